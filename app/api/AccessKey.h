#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

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

Q_DECLARE_METATYPE(AccessKey)
using AccessKeyList = QList<AccessKey>;
