#include "JwtIssuer.h"

#include "RandomText.h"
#include "WireTime.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>

namespace sandbox {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}
} // namespace

JwtIssuer::JwtIssuer(qint64 lifetimeSeconds)
    : m_secret(RandomText::bytes(32))
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

void JwtIssuer::setLifetime(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_lifetimeSeconds = seconds;
}

QByteArray JwtIssuer::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

QString JwtIssuer::issue(const QJsonObject &agent) const
{
    qint64 lifetime = 0;
    {
        QMutexLocker lock(&m_mutex);
        lifetime = m_lifetimeSeconds;
    }
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QJsonObject payload {
        { QStringLiteral("type"), QStringLiteral("agent") },
        { QStringLiteral("agent"), agent },
        { QStringLiteral("expire"), WireTime::fixed6(WireTime::nowMicros() + lifetime * 1000000) },
    };
    const QByteArray input = encodeSegment(header) + '.' + encodeSegment(payload);
    return QString::fromLatin1(input + '.' + sign(input));
}

std::optional<QJsonObject> JwtIssuer::verify(const QString &token) const
{
    const QByteArray raw = token.toUtf8();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray input = parts[0] + '.' + parts[1];
    if (sign(input) != parts[2])
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts[1], kBase64Url);
    if (!decoded)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    const QString type = payload.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && type != QLatin1String("agent")) // a missing type counts as agent
        return std::nullopt;
    // The real server compares the expire string with now as plain text, not as a time.
    if (payload.value(QStringLiteral("expire")).toString() < WireTime::fixed6(WireTime::nowMicros()))
        return std::nullopt;
    return payload;
}

} // namespace sandbox
