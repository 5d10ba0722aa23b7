#pragma once

#include "Session.h"

#include <QObject>

class AccessKey;
class VoipbinClient;

/// The one session a window (later: a profile) works in, and the one owner of it: who is signed in,
/// where, with what, until when. Everything that depends on the session follows it through its
/// signals instead of being handed copies: the client's server and credential here, the key list, the
/// local secrets, the status bar and the title in their own slots. So signing out is end(), one call.
/// Several can live side by side, each over its own VoipbinClient.
class CurrentSession : public QObject
{
    Q_OBJECT

public:
    /// `client` is borrowed; its server and credential follow the session from now on.
    explicit CurrentSession(VoipbinClient *client, QObject *parent = nullptr);

    const Session &session() const { return m_session; }
    bool isSignedIn() const { return m_session.isValid(); }
    VoipbinClient *client() const { return m_client; }
    /// The same account on the same server as the current session (signing in again after a 401).
    bool isSameAccount(const Session &other) const;

    /// Signed in: the client now speaks for `session`.
    void begin(const Session &session);
    /// The accesskey this session signs in with is `key` (found in the list): its expiry is the session's.
    void useAccessKey(const AccessKey &key);
    /// The accesskey this session signs in with was replaced (Replace key…): the same account, signed by
    /// `credential` from now on. Not a new sign-in, so nothing lets go of the account; changed() follows.
    void switchCredential(const Credential &credential);
    /// The server rejected the credential (a 401): the session has ended, though nobody signed out.
    void markRejected();
    /// Signed out: the client forgets the credential, and every part lets go of the account.
    void end();

signals:
    /// A new sign-in, or the same account signed in again.
    void started(const Session &session);
    /// What is known about the session changed (its end, found from the accesskey list; rejected).
    void changed(const Session &session);
    /// Signed out.
    void ended();

private:
    VoipbinClient *m_client;
    Session m_session;
};
