#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

struct AccessKey
{
    QString id;
    QString customerId;
    QString name;
    QString detail;
    QString tokenHash; // SHA-256 hex of the token; the token itself is never stored
    QString tokenPrefix; // first 11 characters of the token
    qint64 tmExpire = 0;
    qint64 tmCreate = 0;
    qint64 tmUpdate = 0; // 0 = null
    qint64 tmDelete = 0; // 0 = null (not deleted)

    bool isDeleted() const { return tmDelete != 0; }
    // External shape. `plainToken` is set only for the create response.
    QJsonObject toJson(const QString &plainToken = QString()) const;
};

} // namespace sandbox
