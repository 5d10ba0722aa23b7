#include "AccessKey.h"

#include "WireTime.h"

namespace sandbox {

QJsonObject AccessKey::toJson(const QString &plainToken) const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("customer_id"), customerId } };
    // omitempty on the real model: an empty name/detail/token/token_prefix is absent, not "".
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!plainToken.isEmpty())
        o.insert(QStringLiteral("token"), plainToken);
    if (!tokenPrefix.isEmpty())
        o.insert(QStringLiteral("token_prefix"), tokenPrefix);
    o.insert(QStringLiteral("tm_expire"), WireTime::goStyleOrNull(tmExpire));
    o.insert(QStringLiteral("tm_create"), WireTime::goStyleOrNull(tmCreate));
    o.insert(QStringLiteral("tm_update"), WireTime::goStyleOrNull(tmUpdate));
    o.insert(QStringLiteral("tm_delete"), WireTime::goStyleOrNull(tmDelete));
    return o;
}

} // namespace sandbox
