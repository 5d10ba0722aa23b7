#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

// Who a /v1.0 request authenticated as.
struct Identity
{
    QString customerId;
    bool viaAccessKey = false; // accesskeys count as customer admin but are not agents
    qint64 accessKeyCreated = 0; // the accesskey's tm_create (microseconds); 0 for a JWT
    int permission = 0;
    QJsonObject agent; // from the JWT payload; empty for accesskeys

    bool isCustomerAdmin() const;
    bool isAdminOrManager() const;
};

} // namespace sandbox
