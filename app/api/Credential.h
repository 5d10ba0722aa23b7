#pragma once

#include <QCoreApplication>
#include <QString>

class QNetworkRequest;

/// A secret that authenticates requests, and how it travels: a JWT as `Authorization: Bearer`,
/// an accesskey only as `?accesskey=` (the server would read it as a JWT anywhere else). Never both.
/// A secret travels only when it is well-formed (problem() is empty): a JWT is three base64url parts with two
/// dots, an accesskey is base64 text (`vb_` + base64url today, 16 characters for legacy keys). A value with
/// CR LF, spaces or other characters a token never has, from a hostile login answer or a tampered keychain
/// entry, would otherwise split or extend the request it is written into.
class Credential
{
    Q_DECLARE_TR_FUNCTIONS(Credential)

public:
    enum class Kind { None, Jwt, AccessKey };

    Credential() = default;
    static Credential jwt(const QString &token) { return Credential(Kind::Jwt, token); }
    static Credential accessKey(const QString &token) { return Credential(Kind::AccessKey, token); }

    Kind kind() const { return m_kind; }
    QString secret() const { return m_secret; }
    bool isValid() const { return m_kind != Kind::None && !m_secret.isEmpty(); }

    /// Why `secret` cannot be a `kind` credential, as a sentence for a person; empty when it is well-formed.
    /// For the UI at paste time and when restoring from the keychain.
    static QString problem(Kind kind, const QString &secret);
    static bool isWellFormed(Kind kind, const QString &secret) { return problem(kind, secret).isEmpty(); }
    bool isWellFormed() const { return isWellFormed(m_kind, m_secret); }

    /// Adds the credential to a request whose URL is already final; does nothing unless isWellFormed().
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
