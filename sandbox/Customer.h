#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

struct Customer
{
    QString id;
    QString name;
    QString detail;
    QString email;
    QString webhookSecret; // the real server returns it; clients must hide it
    QString status = QStringLiteral("active"); // initial | active | frozen | deleted | expired
    bool emailVerified = true;
    qint64 tmCreate = 0;
    qint64 tmUpdate = 0; // 0 = null
    qint64 tmDeletionScheduled = 0; // 0 = null; set when frozen

    // The customer webhook shape; empty strings are omitted like Go's omitempty.
    QJsonObject toJson() const;
};

} // namespace sandbox
