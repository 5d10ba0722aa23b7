#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

// Who a /v1.0 request authenticated as.
struct Identity
{
    QString customerId;
    bool viaAccessKey = false; // accesskeys count as customer admin but are not agents
    int permission = 0;
    QJsonObject agent; // from the JWT payload; empty for accesskeys

    bool isCustomerAdmin() const;
    bool isAdminOrManager() const;
};

} // namespace sandbox
