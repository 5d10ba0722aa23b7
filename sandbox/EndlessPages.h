#pragma once

#include "EndlessPaging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

namespace sandbox {

// The accesskey list of a server that never says "last page", in the shapes of EndlessPaging. The keys it
// invents exist only in these pages: they cannot be read, changed or used. Thread-safe.
class EndlessPages
{
public:
    void setMode(EndlessPaging mode);
    EndlessPaging mode() const;
    // A full page (100 keys) and a next_page_token, for any page_token.
    QJsonObject page(const QString &customerId, const QString &pageToken);

private:
    QJsonArray inventKeys(const QString &customerId, int count);
    QString nextToken(const QString &pageToken);

    mutable QMutex m_mutex;
    EndlessPaging m_mode = EndlessPaging::Off;
    QJsonArray m_sameKeys; // SameIdsNewToken: made once per customer and mode change
    QString m_sameKeysCustomer;
    qint64 m_clock = 0; // micros of the next invented tm_create / token, counting down
};

} // namespace sandbox
