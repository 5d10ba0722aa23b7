#include "Authenticator.h"

#include "ErrorEnvelope.h"

namespace sandbox {

namespace {
QString bearerValue(const QString &authorization)
{
    const QLatin1String prefix("Bearer ");
    return authorization.startsWith(prefix) ? authorization.mid(prefix.size()) : QString();
}
} // namespace

Authenticator::Authenticator(const AccountStore &store, const JwtIssuer &jwt)
    : m_store(store)
    , m_jwt(jwt)
{
}

std::optional<ApiResponse> Authenticator::authenticate(const ApiRequest &request, Identity *out) const
{
    const QString jwtSources[] = { request.cookies.value(QStringLiteral("token")),
        request.query.value(QStringLiteral("token")), bearerValue(request.authorization) };
    const QString keySources[] = { request.cookies.value(QStringLiteral("accesskey")),
        request.query.value(QStringLiteral("accesskey")) };
    bool ok = false;
    bool found = false;
    for (const QString &jwt : jwtSources) {
        if (!jwt.isEmpty()) {
            found = true;
            ok = fromJwt(jwt, out);
            break;
        }
    }
    for (int i = 0; !found && i < 2; ++i) {
        if (!keySources[i].isEmpty()) {
            found = true;
            ok = fromAccessKey(keySources[i], out);
        }
    }
    if (!found)
        return ErrorEnvelope::make(401, QStringLiteral("AUTHENTICATION_REQUIRED"),
            QStringLiteral("Authentication is required."), request.requestId);
    if (!ok) // expired, deleted and malformed are deliberately not told apart
        return ErrorEnvelope::make(401, QStringLiteral("INVALID_CREDENTIALS"),
            QStringLiteral("The provided credentials are invalid."), request.requestId);
    return std::nullopt;
}

bool Authenticator::fromJwt(const QString &token, Identity *out) const
{
    const std::optional<QJsonObject> payload = m_jwt.verify(token);
    if (!payload)
        return false;
    out->agent = payload->value(QStringLiteral("agent")).toObject();
    out->customerId = out->agent.value(QStringLiteral("customer_id")).toString();
    out->permission = out->agent.value(QStringLiteral("permission")).toInt();
    out->viaAccessKey = false;
    out->accessKeyCreated = 0;
    return !out->customerId.isEmpty();
}

bool Authenticator::fromAccessKey(const QString &token, Identity *out) const
{
    const std::optional<AccessKey> key = m_store.keyForToken(token);
    if (!key)
        return false;
    out->customerId = key->customerId;
    out->viaAccessKey = true;
    out->accessKeyCreated = key->tmCreate;
    out->permission = 0;
    out->agent = QJsonObject();
    return true;
}

} // namespace sandbox
