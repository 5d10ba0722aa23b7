#include "KeyJson.h"

#include "api/AccessKey.h"

namespace {
QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject KeyJson::of(const AccessKey &key, bool stored, bool signedInWith)
{
    return {
        { QStringLiteral("id"), key.id },
        { QStringLiteral("name"), key.name },
        { QStringLiteral("detail"), key.detail },
        { QStringLiteral("token_prefix"), key.tokenPrefix },
        { QStringLiteral("created"), time(key.createdAt) },
        { QStringLiteral("expires"), time(key.expiresAt) },
        { QStringLiteral("expired"), key.isExpired() },
        { QStringLiteral("stored"), stored },
        { QStringLiteral("signed_in_with"), signedInWith },
    };
}
