#pragma once

#include <QString>

class QNetworkRequest;

/// A secret that authenticates requests, and how it travels: a JWT as `Authorization: Bearer`,
/// an accesskey only as `?accesskey=` (the server would read it as a JWT anywhere else). Never both.
class Credential
{
public:
    enum class Kind { None, Jwt, AccessKey };

    Credential() = default;
    static Credential jwt(const QString &token) { return Credential(Kind::Jwt, token); }
    static Credential accessKey(const QString &token) { return Credential(Kind::AccessKey, token); }

    Kind kind() const { return m_kind; }
    QString secret() const { return m_secret; }
    bool isValid() const { return m_kind != Kind::None && !m_secret.isEmpty(); }

    /// Adds the credential to a request whose URL is already final.
    void applyTo(QNetworkRequest &request) const;

    bool operator==(const Credential &other) const
    {
        return m_kind == other.m_kind && m_secret == other.m_secret;
    }

private:
    Credential(Kind kind, const QString &secret)
        : m_kind(kind)
        , m_secret(secret)
    {
    }
    Kind m_kind = Kind::None;
    QString m_secret;
};
