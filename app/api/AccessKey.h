#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <string_view>

/// One accesskey as the server lists it. Never a secret: a new key's token travels as NewAccessKey.
class AccessKey
{
public:
    static constexpr qint64 MinimumLifetimeSeconds = 86400; // the server refuses less
    static constexpr qint64 MaximumLifetimeSeconds = 2147483647; // the server's int32 wraps above
    static bool isValidLifetime(qint64 seconds)
    {
        return seconds >= MinimumLifetimeSeconds && seconds <= MaximumLifetimeSeconds;
    }

    /// Returns an AccessKey with an empty id when `json` lacks one.
    static AccessKey fromJson(const QJsonObject &json);
    /// One member of the server's key object, by its wire name; members the app does not use are skipped.
    /// `value` gives text() (empty unless it is a string) and timestamp() (Timestamp::parse). The one map
    /// of wire names to fields, for fromJson and for the key list's pages (AccessKeyPage).
    template<typename Value>
    void readMember(std::string_view wireName, const Value &value);

    QString id;
    QString customerId;
    QString name; // empty when the server omitted it
    QString detail;
    QString tokenPrefix;
    QDateTime expiresAt; // invalid = no expiry known
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    bool isValid() const { return !id.isEmpty(); }
    /// What a person calls the key: its name, or its token prefix when it has none.
    QString displayName() const { return name.isEmpty() ? tokenPrefix : name; }
    bool isDeleted() const { return deletedAt.isValid(); }
    /// Against Clock::currentDateTimeUtc().
    bool isExpired() const;
    bool expiresWithinDays(int days) const;
};

template<typename Value>
void AccessKey::readMember(std::string_view wireName, const Value &value)
{
    if (wireName == "id")
        id = value.text();
    else if (wireName == "customer_id")
        customerId = value.text();
    else if (wireName == "name")
        name = value.text();
    else if (wireName == "detail")
        detail = value.text();
    else if (wireName == "token_prefix")
        tokenPrefix = value.text();
    else if (wireName == "tm_expire")
        expiresAt = value.timestamp();
    else if (wireName == "tm_create")
        createdAt = value.timestamp();
    else if (wireName == "tm_update")
        updatedAt = value.timestamp();
    else if (wireName == "tm_delete")
        deletedAt = value.timestamp();
}

Q_DECLARE_METATYPE(AccessKey)
using AccessKeyList = QList<AccessKey>;
