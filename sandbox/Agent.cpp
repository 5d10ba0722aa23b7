#include "Agent.h"

#include "WireTime.h"

#include <QJsonArray>

namespace sandbox {

QJsonObject Agent::toJson() const
{
    // Field set of bin-agent-manager's agent; tm_update/tm_delete are omitted while null.
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("username"), username },
        { QStringLiteral("name"), name },
        { QStringLiteral("detail"), QString() },
        { QStringLiteral("ring_method"), QStringLiteral("ringall") },
        { QStringLiteral("status"), QStringLiteral("available") },
        { QStringLiteral("permission"), permission },
        { QStringLiteral("tag_ids"), QJsonArray() },
        { QStringLiteral("addresses"), QJsonArray() },
        { QStringLiteral("tm_create"), WireTime::goStyle(tmCreate) },
    };
}

} // namespace sandbox
