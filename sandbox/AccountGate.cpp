#include "AccountGate.h"

#include "ErrorEnvelope.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

namespace {
constexpr qint64 kGraceMicros = 30LL * 86400 * 1000000; // deletion takes effect 30 days after scheduling
}

std::optional<ApiResponse> AccountGate::check(const Customer &customer, const ApiRequest &request)
{
    if (customer.status == QLatin1String("frozen")) {
        const QJsonObject detail { { QStringLiteral("deletion_scheduled_at"),
                                       WireTime::goStyle(customer.tmDeletionScheduled) },
            { QStringLiteral("deletion_effective_at"),
                WireTime::goStyle(customer.tmDeletionScheduled + kGraceMicros) },
            { QStringLiteral("recovery_endpoint"), QStringLiteral("DELETE /auth/unregister") } };
        return ErrorEnvelope::make(403, QStringLiteral("ACCOUNT_FROZEN"),
            QStringLiteral("The account is frozen and scheduled for deletion."), request.requestId,
            QJsonArray { detail });
    }
    if (customer.status == QLatin1String("expired"))
        return ErrorEnvelope::make(403, QStringLiteral("ACCOUNT_EXPIRED"),
            QStringLiteral("The account has expired."), request.requestId);
    return std::nullopt;
}

} // namespace sandbox
