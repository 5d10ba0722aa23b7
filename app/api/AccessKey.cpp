#include "AccessKey.h"

#include "Timestamp.h"
#include "core/Clock.h"

AccessKey AccessKey::fromJson(const QJsonObject &json)
{
    AccessKey key;
    key.id = json.value(QLatin1String("id")).toString();
    key.customerId = json.value(QLatin1String("customer_id")).toString();
    // name, detail and token_prefix are omitted when empty; a create's token is AccessKeyReply's.
    key.name = json.value(QLatin1String("name")).toString();
    key.detail = json.value(QLatin1String("detail")).toString();
    key.tokenPrefix = json.value(QLatin1String("token_prefix")).toString();
    key.expiresAt = Timestamp::parse(json.value(QLatin1String("tm_expire")));
    key.createdAt = Timestamp::parse(json.value(QLatin1String("tm_create")));
    key.updatedAt = Timestamp::parse(json.value(QLatin1String("tm_update")));
    key.deletedAt = Timestamp::parse(json.value(QLatin1String("tm_delete")));
    return key;
}

bool AccessKey::isExpired() const
{
    return expiresAt.isValid() && expiresAt <= Clock::currentDateTimeUtc();
}

bool AccessKey::expiresWithinDays(int days) const
{
    // An already expired key is not "expiring soon": the UI shows it as expired instead.
    return expiresAt.isValid() && !isExpired() && expiresAt <= Clock::currentDateTimeUtc().addDays(days);
}
