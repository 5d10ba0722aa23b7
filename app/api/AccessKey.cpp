#include "AccessKey.h"

#include "Timestamp.h"
#include "core/Clock.h"

namespace {
/// A QJsonObject member as AccessKey::readMember reads it.
struct JsonMember
{
    QJsonValue value;

    QString text() const { return value.toString(); }
    QDateTime timestamp() const { return Timestamp::parse(value); }
};
} // namespace

AccessKey AccessKey::fromJson(const QJsonObject &json)
{
    // name, detail and token_prefix are omitted when empty; a create's token is AccessKeyReply's.
    AccessKey key;
    for (auto member = json.begin(); member != json.end(); ++member) {
        const QByteArray wireName = member.key().toUtf8();
        key.readMember(
            std::string_view(wireName.constData(), size_t(wireName.size())), JsonMember { member.value() });
    }
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
