#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// The signed-in customer (GET /v1.0/customer). The server also sends webhook_secret: it is
/// deliberately not read.
class Customer
{
public:
    static Customer fromJson(const QJsonObject &json);

    QString id;
    QString name;
    QString email;
    QString status; // initial (new, email not verified), active, frozen, deleted or expired
    bool emailVerified = false;
    QDateTime createdAt; // tm_create; invalid when not sent (complete-signup names the customer by id only)

    bool isValid() const { return !id.isEmpty(); }
    /// A self-signup account whose address is not verified yet; the server expires it after a while (one
    /// hour today; the server does not say when), and verifying the address makes it active.
    bool awaitsVerification() const { return status == QLatin1String("initial") && !emailVerified; }
    /// When an unverified account expires if the server still allows `allowedSeconds` (3600 today) after
    /// sign-up; invalid when the creation time is unknown.
    QDateTime verificationDeadline(qint64 allowedSeconds) const
    {
        return createdAt.isValid() ? createdAt.addSecs(allowedSeconds) : QDateTime();
    }
    /// What to call the account on screen: name, else email, else id.
    QString displayName() const;
};
