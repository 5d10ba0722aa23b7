#include "JwtClaims.h"

#include "Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Base64url without padding, as JWTs use; nullopt-like empty result on any decoding error.
bool decodeSegment(const QString &segment, QByteArray *out)
{
    const auto result = QByteArray::fromBase64Encoding(segment.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}
} // namespace

JwtClaims JwtClaims::decode(const QString &jwt)
{
    JwtClaims claims;
    const QStringList parts = jwt.trimmed().split(QLatin1Char('.'));
    QByteArray payload;
    if (parts.size() != 3 || parts.at(1).isEmpty() || !decodeSegment(parts.at(1), &payload))
        return claims;
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return claims;
    const QJsonObject object = doc.object();
    const QJsonObject agent = object.value(QLatin1String("agent")).toObject();
    claims.m_valid = true;
    // VoIPbin's own `expire` string claim, not the standard numeric `exp`.
    claims.m_expiresAt = Timestamp::parse(object.value(QLatin1String("expire")));
    claims.m_username = agent.value(QLatin1String("username")).toString();
    claims.m_customerId = agent.value(QLatin1String("customer_id")).toString();
    claims.m_permission = quint32(agent.value(QLatin1String("permission")).toDouble());
    return claims;
}
