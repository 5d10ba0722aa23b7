#pragma once

#include "RotationRecord.h"
#include "SessionHandover.h"
#include "api/AccessKey.h"
#include "api/NewAccessKey.h"

#include <QObject>
#include <QPointer>

class ApiError;
class LocalKeySecrets;
class QTimer;
class RotationStore;
class SecretJob;
class VoipbinClient;

/// Replaces one accesskey without a moment where nothing works: a new key with the same name, detail and
/// lifetime is created, its secret stored in the keychain, checked against the server (GET /v1.0/customer
/// with the new key itself, on a second client), and only then is the old key revoked, at once or when the
/// grace period ends. Every step is written to RotationStore before and after it runs, so a new
/// KeyRotation built from a stored record (resume()) carries on where a killed app, a dropped connection
/// or a refusing keychain stopped it:
/// - a create whose answer was lost is looked for with UnconfirmedCreateCheck, never blindly sent again;
/// - a new key whose secret never reached the keychain is revoked (nobody holds it) and the rotation
///   starts again; a keychain that refuses the write keeps the old key, revokes the new one and says so;
/// - the old key is revoked only from Verified, so never before its successor is stored and works.
/// The revocation happens on time while this object lives, and at resume() when that time has passed.
/// When the session signs in with the old key itself, a SessionHandover moves it to the new key first
/// (and its remembered session with it), at Verified and again before any revoke, so revoking never signs
/// the user out.
/// No widgets: the dialog and the keys page follow its signals.
class KeyRotation : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxAttempts = 3; // creates per run before it gives up, keeping the old key
    static constexpr int RetryMs = 60000; // a revoke that failed in passing is tried again after this
    static constexpr qint64 MaxTimerMs = 3600 * 1000; // long waits are re-checked against the clock

    /// All borrowed. `client` is the session's (its credential signs every call but the check);
    /// `secrets` must be set to the account of the records this object runs.
    KeyRotation(
        VoipbinClient *client, LocalKeySecrets *secrets, RotationStore *store, QObject *parent = nullptr);
    ~KeyRotation() override;

    /// The successor's lifetime: the old key's own (created to expires), within the server's limits; one
    /// year for a key whose dates are unknown.
    static qint64 lifetimeOf(const AccessKey &key);

    /// Borrowed; moves the session off the old key before it is revoked. Without one, nothing moves.
    void setHandover(SessionHandover *handover) { m_handover = handover; }

    /// Starts replacing `oldKey` of the client's account (`customerId`). `listed` are the keys listed so
    /// far, for reconciling a lost create; `graceSeconds` 0 revokes the old key once the new one works.
    void start(
        const AccessKey &oldKey, const QString &customerId, qint64 graceSeconds, const AccessKeyList &listed);
    /// Carries on from a stored record (after a restart), or from where this object stopped (try again).
    void resume(const RotationRecord &record);
    void resume() { resume(m_record); }

    RotationRecord record() const { return m_record; }
    QString oldKeyId() const { return m_record.oldKeyId; }
    /// Waiting for a request or the keychain (not for the grace period).
    bool isBusy() const { return m_busy; }
    /// The rotation has ended: the old key is revoked, or it stopped for good with the old key kept.
    bool isFinished() const { return m_finished; }

signals:
    /// After each step is recorded.
    void stepChanged(RotationRecord::Step step);
    /// The one time the new key's secret is handed out, once it is in the keychain: show it, let it go.
    void newKeyStored(const NewAccessKey &created);
    /// A key appeared on (or left) the server: the table follows.
    void keyCreated(const AccessKey &key);
    void keyRevoked(const QString &keyId);
    /// The new key works; the old one goes at `revokeAtUtc` (now, for no grace period).
    void revocationScheduled(const QDateTime &revokeAtUtc);
    /// Done: the old key is revoked, the new one is stored and works.
    void finished();
    /// Stopped with a sentence for the user; the old key still works. resumable: resume() (or the next
    /// sign-in) carries on; else the rotation is over and its record gone.
    void failed(const QString &message, bool resumable);
    /// What it is doing, for the dialog ("Checking whether the key was created…").
    void progress(const QString &message);

private:
    void record(RotationRecord::Step step);
    void run();
    void sendCreate();
    void onCreateAnswered(const NewAccessKey &created, const ApiError &error);
    void checkLostCreate();
    void storeSecret();
    void onStored(SecretJob *job);
    void readStoredSecret(bool verifyAfter);
    void verify();
    void onVerified(const ApiError &error);
    void handOverThen(void (KeyRotation::*next)());
    void scheduleRevocation();
    void revokeOld();
    void discardNext();
    void restart();
    void stop(const QString &message);
    void pause(const QString &message);
    void forgetToken();

    VoipbinClient *m_client;
    LocalKeySecrets *m_secrets;
    RotationStore *m_store;
    QTimer *m_timer;
    QPointer<VoipbinClient> m_checkClient;
    QPointer<SessionHandover> m_handover;
    RotationRecord m_record;
    NewAccessKey m_created; // the token only between the create (or keychain read) and the check
    QString m_stopMessage; // why a Discarding that does not restart was started
    bool m_busy = false;
    bool m_finished = false;
};
