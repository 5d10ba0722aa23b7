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
        { QStringLiteral("email_verified"), emailVerified },
        { QStringLiteral("status"), status },
        { QStringLiteral("identity_verification_status"), QStringLiteral("none") },
        { QStringLiteral("tm_deletion_scheduled"), WireTime::goStyleOrNull(tmDeletionScheduled) },
        { QStringLiteral("tm_create"), WireTime::goStyle(tmCreate) },
        { QStringLiteral("tm_update"), WireTime::goStyleOrNull(tmUpdate) },
        { QStringLiteral("tm_delete"), QJsonValue(QJsonValue::Null) },
    };
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    for (const char *field : { "name", "email", "webhook_secret" }) {
        if (o.value(QLatin1String(field)).toString().isEmpty())
            o.remove(QLatin1String(field));
    }
    return o;
}

} // namespace sandbox
