#pragma once

#include "api/AccessKey.h"
#include "api/Credential.h"
#include "api/Customer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

/// Who is signed in, where, with what, and until when. A JWT session's end comes from its `expire` claim
/// (7 days after login); an accesskey session ends with the key's tm_expire when known.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session() = default;
    Session(const QUrl &serverRoot, const Credential &credential, const QString &username = {});

    bool isValid() const { return m_serverRoot.isValid() && m_credential.isValid(); }
    QUrl serverRoot() const { return m_serverRoot; }
    Credential credential() const { return m_credential; }
    /// The agent's username for a password sign-in; empty for an accesskey sign-in.
    QString username() const { return m_username; }

    Customer customer() const { return m_customer; }
    void setCustomer(const Customer &customer) { m_customer = customer; }

    /// Invalid when unknown (an accesskey whose expiry has not been looked up).
    QDateTime expiresAt() const { return m_expiresAt; }
    void setExpiresAt(const QDateTime &expiresAt) { m_expiresAt = expiresAt; }
    bool isExpired() const; // against Clock
    qint64 secondsLeft() const; // against Clock; 0 when expired, -1 when unknown
    /// "session expires in 6 days", "session expires in 3 hours", "session expired"; empty when unknown.
    QString remainingText() const;

    /// True when this session signs in with `key`'s own token. The API names no key in its answers to an
    /// accesskey, but a key's token_prefix is the first characters of its token: that is how it is found.
    bool matchesAccessKey(const AccessKey &key) const;

    /// The namespace for this account's entries in the keychain (see SecretKeys).
    QString accountId() const;

private:
    QUrl m_serverRoot;
    Credential m_credential;
    QString m_username;
    Customer m_customer;
    QDateTime m_expiresAt;
};
