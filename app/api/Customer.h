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
    QString status;

    bool isValid() const { return !id.isEmpty(); }
    /// What to call the account on screen: name, else email, else id.
    QString displayName() const;
};
