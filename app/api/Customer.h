#pragma once

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

    bool isValid() const { return !id.isEmpty(); }
    /// A self-signup account whose address is not verified yet; the server expires it after a while (one
    /// hour today; the server does not say when), and verifying the address makes it active.
    bool awaitsVerification() const { return status == QLatin1String("initial") && !emailVerified; }
    /// What to call the account on screen: name, else email, else id.
    QString displayName() const;
};
