#include "V1Api.h"

#include "ErrorEnvelope.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace sandbox {

namespace {
constexpr int kMaxPageSize = 100;
constexpr qint64 kMinExpireSeconds = 86400;
constexpr int kMinPasswordBytes = 8; // as /auth/password-reset (the notes give no other rule)

ApiResponse error(const ApiRequest &request, int status, const char *reason, const char *message)
{
    return ErrorEnvelope::make(status, QLatin1String(reason), QLatin1String(message), request.requestId);
}

ApiResponse permissionDenied(const ApiRequest &request)
{
    return error(request, 403, "PERMISSION_DENIED", "You do not have permission to perform this action.");
}

ApiResponse invalidJson(const ApiRequest &request)
{
    return error(request, 400, "INVALID_JSON_BODY", "The request body is not valid JSON.");
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

// Go's json binding into *string: absent or null -> "", anything but a string -> bind error.
bool optionalString(const QJsonObject &o, const char *field, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

V1Api::V1Api(AccountStore &store)
    : m_store(store)
{
}

ApiResponse V1Api::handle(const ApiRequest &request, const Identity &who)
{
    const QString &m = request.method;
    const QString &p = request.path;
    if (p == QLatin1String("/v1.0/customer") && m == QLatin1String("GET"))
        return customer(request, who);
    if (p == QLatin1String("/v1.0/me") && m == QLatin1String("GET"))
        return me(request, who);
    if (p == QLatin1String("/v1.0/service_agents/me/password") && m == QLatin1String("PUT"))
        return changePassword(request, who);
    if (p == QLatin1String("/v1.0/accesskeys")) {
        if (m == QLatin1String("GET"))
            return listKeys(request, who);
        if (m == QLatin1String("POST"))
            return createKey(request, who);
    }
    static const QRegularExpression keyPath(QStringLiteral("^/v1\\.0/accesskeys/([^/]+)$"));
    const QRegularExpressionMatch match = keyPath.match(p);
    if (match.hasMatch()) {
        const QString id = match.captured(1);
        if (m == QLatin1String("GET"))
            return getKey(request, who, id);
        if (m == QLatin1String("PUT"))
            return updateKey(request, who, id);
        if (m == QLatin1String("DELETE"))
            return deleteKey(request, who, id);
    }
    // gin answers an unknown method on a known path with 404 too (no 405).
    return error(request, 404, "ROUTE_NOT_FOUND", "The requested route does not exist.");
}

ApiResponse V1Api::customer(const ApiRequest &request, const Identity &who)
{
    if (!who.isAdminOrManager())
        return permissionDenied(request);
    const std::optional<Customer> c = m_store.customer(who.customerId);
    if (!c)
        return error(request, 404, "RESOURCE_NOT_FOUND", "The customer was not found.");
    return ApiResponse::json(200, c->toJson());
}

ApiResponse V1Api::me(const ApiRequest &request, const Identity &who)
{
    if (who.viaAccessKey)
        return error(request, 403, "AGENT_AUTH_REQUIRED", "This endpoint requires agent authentication.");
    return ApiResponse::json(200, who.agent);
}

ApiResponse V1Api::changePassword(const ApiRequest &request, const Identity &who)
{
    // An agent's own password: only an agent's JWT knows which agent that is. The body is the new password
    // alone; the real endpoint asks for no current password.
    if (who.viaAccessKey)
        return error(request, 403, "AGENT_AUTH_REQUIRED", "This endpoint requires agent authentication.");
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString password;
    if (!body || !optionalString(*body, "password", &password))
        return invalidJson(request);
    if (password.toUtf8().size() < kMinPasswordBytes)
        return error(request, 400, "INVALID_ARGUMENT", "The password must be at least 8 characters long.");
    if (!m_store.setPassword(who.agent.value(QStringLiteral("username")).toString(), password))
        return error(request, 404, "RESOURCE_NOT_FOUND", "The agent was not found.");
    return ApiResponse::json(200, who.agent);
}

ApiResponse V1Api::listKeys(const ApiRequest &request, const Identity &who)
{
    if (!who.isCustomerAdmin())
        return permissionDenied(request);
    int pageSize = kMaxPageSize;
    const QString sizeText = request.query.value(QStringLiteral("page_size"));
    if (!sizeText.isEmpty()) {
        bool ok = false;
        pageSize = sizeText.toInt(&ok);
        if (!ok)
            return error(request, 400, "INVALID_REQUEST_PARAMETER", "page_size must be an integer.");
        if (pageSize <= 0 || pageSize > kMaxPageSize)
            pageSize = kMaxPageSize;
    }
    const QList<AccessKey> keys
        = m_store.list(who.customerId, request.query.value(QStringLiteral("page_token")), pageSize);
    QJsonArray result;
    for (const AccessKey &key : keys)
        result.append(key.toJson());
    // Non-empty whenever the page has items, even the last one: clients stop on a short page.
    const QString next = keys.isEmpty() ? QString() : WireTime::fixed6(keys.last().tmCreate);
    return ApiResponse::json(200,
        QJsonObject { { QStringLiteral("result"), result }, { QStringLiteral("next_page_token"), next } });
}

ApiResponse V1Api::createKey(const ApiRequest &request, const Identity &who)
{
    if (!who.isCustomerAdmin())
        return permissionDenied(request);
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString name;
    QString detail;
    if (!body || !optionalString(*body, "name", &name) || !optionalString(*body, "detail", &detail))
        return invalidJson(request);
    const QJsonValue expireValue = body->value(QStringLiteral("expire"));
    double expire = 0; // a missing expire binds as 0
    if (!expireValue.isUndefined() && !expireValue.isNull()) {
        // Go binds into an int: a fraction, a string or an out-of-range number is a bind error.
        const double d = expireValue.toDouble();
        if (!expireValue.isDouble() || std::abs(d) > 9.0e18 || d != double(qint64(d)))
            return invalidJson(request);
        expire = expireValue.toDouble();
    }
    // The server narrows to int32: anything above 2147483647 wraps negative and is refused.
    const auto narrowed = qint32(quint32(quint64(qint64(expire))));
    if (narrowed < kMinExpireSeconds)
        return error(request, 400, "INVALID_ARGUMENT", "expire must be at least 86400 seconds.");
    const AccountStore::CreatedKey created = m_store.create(who.customerId, name, detail, narrowed);
    return ApiResponse::json(200, created.key.toJson(created.token));
}

ApiResponse V1Api::keyLookupResult(
    const ApiRequest &request, AccountStore::Lookup result, const AccessKey &key)
{
    switch (result) {
    case AccountStore::Lookup::Ok:
        return ApiResponse::json(200, key.toJson());
    case AccountStore::Lookup::Unknown:
        // customer-manager answers a bare 400 for a missing row; api-manager maps it so.
        return error(request, 400, "INVALID_ARGUMENT", "The accesskey could not be found.");
    case AccountStore::Lookup::OtherCustomer:
        return error(request, 404, "RESOURCE_NOT_FOUND", "The requested resource was not found.");
    case AccountStore::Lookup::Deleted:
        break;
    }
    return error(request, 409, "STATE_INVALID", "The accesskey has been deleted.");
}

ApiResponse V1Api::getKey(const ApiRequest &request, const Identity &who, const QString &id)
{
    if (!who.isCustomerAdmin())
        return permissionDenied(request);
    if (!isUuid(id))
        return error(request, 400, "INVALID_ID", "The id is not a valid UUID.");
    AccessKey key;
    const auto result = m_store.get(id.toLower(), who.customerId, &key);
    return keyLookupResult(request, result, key);
}

ApiResponse V1Api::updateKey(const ApiRequest &request, const Identity &who, const QString &id)
{
    if (!who.isCustomerAdmin())
        return permissionDenied(request);
    if (!isUuid(id))
        return error(request, 400, "INVALID_ID", "The id is not a valid UUID.");
    const std::optional<QJsonObject> body = parseObject(request.body);
    QString name;
    QString detail;
    if (!body || !optionalString(*body, "name", &name) || !optionalString(*body, "detail", &detail))
        return invalidJson(request);
    AccessKey key;
    const auto result = m_store.update(id.toLower(), who.customerId, name, detail, &key);
    return keyLookupResult(request, result, key);
}

ApiResponse V1Api::deleteKey(const ApiRequest &request, const Identity &who, const QString &id)
{
    if (!who.isCustomerAdmin())
        return permissionDenied(request);
    if (!isUuid(id))
        return error(request, 400, "INVALID_ID", "The id is not a valid UUID.");
    AccessKey key;
    const auto result = m_store.remove(id.toLower(), who.customerId, &key);
    return keyLookupResult(request, result, key);
}

} // namespace sandbox
