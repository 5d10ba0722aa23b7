#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

struct Customer
{
    QString id;
    QString name;
    QString email;
    QString webhookSecret; // the real server returns it; clients must hide it
    qint64 tmCreate = 0;

    // The customer webhook shape; empty strings are omitted like Go's omitempty.
    QJsonObject toJson() const;
};

} // namespace sandbox
