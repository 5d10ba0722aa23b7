#include "Session.h"

#include "api/JwtClaims.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"

namespace {
constexpr qint64 JwtLifetimeDays = 7; // the server's TokenExpiration
}

Session::Session(const QUrl &serverRoot, const Credential &credential, const QString &username)
    : m_serverRoot(serverRoot)
    , m_credential(credential)
    , m_username(username)
{
    if (credential.kind() != Credential::Kind::Jwt)
        return;
    const JwtClaims claims = JwtClaims::decode(credential.secret());
    m_expiresAt = claims.expiresAt();
    // The API guide's advice when the claim cannot be read: assume it was issued now for 7 days.
    if (!m_expiresAt.isValid())
        m_expiresAt = Clock::currentDateTimeUtc().addDays(JwtLifetimeDays);
    if (m_username.isEmpty())
        m_username = claims.username();
}

bool Session::isExpired() const
{
    return m_expiresAt.isValid() && m_expiresAt <= Clock::currentDateTimeUtc();
}

qint64 Session::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return -1;
    return qMax<qint64>(0, Clock::currentDateTimeUtc().secsTo(m_expiresAt));
}

QString Session::remainingText() const
{
    if (!m_expiresAt.isValid())
        return {};
    if (isExpired())
        return tr("session expired");
    //: %1 is a moment from now: "in 7 days", "in less than a minute"
    return tr("session expires %1").arg(RelativeTime::describe(m_expiresAt));
}

bool Session::matchesAccessKey(const AccessKey &key) const
{
    return m_credential.kind() == Credential::Kind::AccessKey && !key.tokenPrefix.isEmpty()
        && m_credential.secret().startsWith(key.tokenPrefix);
}

QString Session::accountId() const
{
    if (m_customer.isValid())
        return m_customer.id;
    if (m_credential.kind() == Credential::Kind::Jwt)
        return JwtClaims::decode(m_credential.secret()).customerId();
    return {};
}
