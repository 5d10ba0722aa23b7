#include "CurrentSession.h"

#include "api/AccessKey.h"
#include "api/VoipbinClient.h"
#include "core/Clock.h"

CurrentSession::CurrentSession(VoipbinClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &VoipbinClient::unauthorized, this, &CurrentSession::markRejected);
}

bool CurrentSession::isSameAccount(const Session &other) const
{
    return m_session.isValid() && m_session.serverRoot() == other.serverRoot()
        && m_session.customer().id == other.customer().id;
}

void CurrentSession::begin(const Session &session)
{
    m_session = session;
    m_client->setServerRoot(session.serverRoot());
    m_client->setCredential(session.credential());
    emit started(m_session);
}

void CurrentSession::useAccessKey(const AccessKey &key)
{
    if (!m_session.matchesAccessKey(key))
        return;
    m_session.setExpiresAt(key.expiresAt); // invalid for a key that never expires: nothing to show
    emit changed(m_session);
}

void CurrentSession::switchCredential(const Credential &credential)
{
    if (!m_session.isValid() || !credential.isValid())
        return;
    Session next(m_session.serverRoot(), credential, m_session.username());
    next.setCustomer(m_session.customer()); // its end is the new key's, found when the list shows it
    m_session = next;
    m_client->setCredential(credential);
    emit changed(m_session);
}

void CurrentSession::markRejected()
{
    if (!m_session.isValid() || m_session.isExpired())
        return;
    // The server's word beats the clock: show "session expired" rather than a time still left.
    m_session.setExpiresAt(Clock::currentDateTimeUtc());
    emit changed(m_session);
}

void CurrentSession::end()
{
    m_client->setCredential(Credential());
    m_session = Session();
    emit ended();
}
