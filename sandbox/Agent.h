#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

// Permission bits of the real agent model.
constexpr int kPermissionSuperAdmin = 0x0001;
constexpr int kPermissionCustomerAdmin = 0x0020;
constexpr int kPermissionCustomerManager = 0x0040;

struct Agent
{
    QString id;
    QString customerId;
    QString username;
    QString password; // plain: this is a throw-away local server; never serialised
    QString name;
    int permission = kPermissionCustomerAdmin;
    qint64 tmCreate = 0;

    // The external agent object (what /v1.0/me returns and the JWT embeds), no password.
    QJsonObject toJson() const;
};

} // namespace sandbox
