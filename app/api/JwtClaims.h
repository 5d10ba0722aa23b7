#pragma once

#include <QDateTime>
#include <QString>

/// What the client can read from a VoIPbin JWT without the server's key: the payload's custom `expire`
/// claim (RFC 3339, or the legacy space-separated form) and the agent's username and permission.
/// The decoded payload is secret-adjacent: it is never logged or stored.
class JwtClaims
{
public:
    /// An invalid JwtClaims (isValid() false) when the token is not three base64url segments with a JSON
    /// payload.
    static JwtClaims decode(const QString &jwt);

    bool isValid() const { return m_valid; }
    /// Invalid when the claim is missing or unparseable.
    QDateTime expiresAt() const { return m_expiresAt; }
    QString username() const { return m_username; }
    QString customerId() const { return m_customerId; }
    quint32 permission() const { return m_permission; }

private:
    bool m_valid = false;
    QDateTime m_expiresAt;
    QString m_username;
    QString m_customerId;
    quint32 m_permission = 0;
};
