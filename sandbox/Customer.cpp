#include "Customer.h"

#include "WireTime.h"

#include <QJsonValue>

namespace sandbox {

QJsonObject Customer::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("email"), email },
        { QStringLiteral("webhook_method"), QStringLiteral("POST") },
        { QStringLiteral("webhook_secret"), webhookSecret },
        { QStringLiteral("billing_account_id"), QStringLiteral("00000000-0000-0000-0000-000000000000") },
        { QStringLiteral("metadata"), QJsonObject() },
        { QStringLiteral("email_verified"), true },
        { QStringLiteral("status"), QStringLiteral("active") },
        { QStringLiteral("identity_verification_status"), QStringLiteral("none") },
        { QStringLiteral("tm_create"), WireTime::goStyle(tmCreate) },
        { QStringLiteral("tm_update"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("tm_delete"), QJsonValue(QJsonValue::Null) },
    };
    return o;
}

} // namespace sandbox
