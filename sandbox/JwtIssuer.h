#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>

#include <optional>

namespace sandbox {

// HS256 tokens shaped like api-manager's login tokens: {"type":"agent","agent":{...},"expire":"...Z"},
// with no exp/iat. The secret is random per server, so tokens never outlive the process.
class JwtIssuer
{
public:
    explicit JwtIssuer(qint64 lifetimeSeconds);

    void setLifetime(qint64 seconds);
    QString issue(const QJsonObject &agent) const;
    // The payload if the signature matches and "expire" does not sort before now as text.
    std::optional<QJsonObject> verify(const QString &token) const;

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_secret;
    mutable QMutex m_mutex;
    qint64 m_lifetimeSeconds;
};

} // namespace sandbox
