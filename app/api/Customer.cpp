#include "Customer.h"

#include "Timestamp.h"

Customer Customer::fromJson(const QJsonObject &json)
{
    // webhook_secret is deliberately never read: it must not reach the UI, logs or memory dumps we make.
    Customer customer;
    customer.id = json.value(QLatin1String("id")).toString();
    customer.name = json.value(QLatin1String("name")).toString();
    customer.email = json.value(QLatin1String("email")).toString();
    customer.status = json.value(QLatin1String("status")).toString();
    customer.emailVerified = json.value(QLatin1String("email_verified")).toBool();
    customer.createdAt = Timestamp::parse(json.value(QLatin1String("tm_create")).toString());
    return customer;
}

QString Customer::displayName() const
{
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? id : email;
}
