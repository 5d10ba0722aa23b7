#pragma once

#include <QObject>
#include <QString>

#include <functional>

class CurrentSession;
class LocalKeySecrets;
class SecretJob;
class Session;
struct RotationRecord;

/// The session's side of replacing the key it signs in with. Revoking the accesskey an accesskey session
/// uses would end that session, so once the successor is stored and verified, and before the old key is
/// revoked, KeyRotation hands the session over: the successor's token is read back from the keychain, the
/// session's credential becomes it (CurrentSession::switchCredential), and the remembered session, when
/// there is one, is written again with it. Only when all of that has landed is the old key revoked; a
/// step that fails keeps the old key, so the user always holds a key that works. Idempotent: after a
/// restart that signed in with the old key again (killed before the remembered session was replaced), the
/// next run hands over again; one that signed in with the new key needs nothing.
class SessionHandover : public QObject
{
    Q_OBJECT

public:
    /// Writes the remembered session again for a session whose credential changed; returns the job, or
    /// null when nothing is remembered (SignInController::replaceRememberedSession for the profile).
    using Rememberer = std::function<SecretJob *(const Session &session)>;

    /// Both borrowed; `secrets` follows the session's account (the keys page sets it).
    SessionHandover(CurrentSession *session, LocalKeySecrets *secrets, QObject *parent = nullptr);
    ~SessionHandover() override;

    /// Where the remembered session goes; unset, only the live session moves.
    void setRememberer(Rememberer rememberer) { m_rememberer = std::move(rememberer); }

    /// The session signs in with the key that `record` replaces.
    bool isNeededFor(const RotationRecord &record) const;
    /// Moves the session to `record`'s new key; handedOver() or failed() follows, naming the old key.
    void start(const RotationRecord &record);

signals:
    /// The session signs in with the successor of `oldKeyId` (and remembers it, if it remembers one).
    void handedOver(const QString &oldKeyId, const QString &newKeyId);
    /// A sentence for the user; the old key is kept and still works.
    void failed(const QString &oldKeyId, const QString &message);

private:
    void onRead(SecretJob *job, const QString &oldKeyId, const QString &newKeyId);
    void remember(const QString &oldKeyId, const QString &newKeyId);

    CurrentSession *m_session;
    LocalKeySecrets *m_secrets;
    Rememberer m_rememberer;
};
