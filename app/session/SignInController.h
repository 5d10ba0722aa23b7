#pragma once

#include "Session.h"
#include "SignInAttempt.h"
#include "api/ApiError.h"
#include "secrets/SecretJob.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiReply;
class ProfileStore;
struct Profile;
class SecretStore;
class Settings;
class VoipbinClient;

/// Signs in, without any widget: username and password (login -> JWT -> the customer) or a pasted
/// accesskey (-> the customer). Remembers the credential in the keychain when asked, and restores it at
/// start while it is still valid. Also owns the embedded local sandbox for the "Local sandbox" choice.
class SignInController : public QObject
{
    Q_OBJECT

public:
    SignInController(
        VoipbinClient *client, SecretStore *store, Settings *settings, QObject *parent = nullptr);
    ~SignInController() override;

    void signIn(const SignInAttempt &attempt);
    /// Stops a running attempt; the form becomes usable again (no signal but busyChanged).
    void cancel();
    bool isBusy() const { return !m_reply.isNull() || m_restoring; }

    /// Where an attempt with a profileId records what it learnt (method, username, remember-me, customer);
    /// borrowed. Without it, the single-account settings of earlier versions are written.
    void setProfiles(ProfileStore *profiles) { m_profiles = profiles; }

    /// At start: reads the remembered credential of the last sign-in. Returns false when nothing is
    /// remembered; otherwise emits signedIn() or restoreFailed() later.
    bool restoreRememberedSession();
    /// The same for one profile: its remembered session, when it has remember-me and a fixed server.
    bool restoreRememberedSession(const Profile &profile);
    /// Sign out: the remembered credential of `session` is removed from the keychain.
    void forgetRememberedSession(const Session &session);
    /// The session's credential changed in place (its accesskey was replaced by its successor): the
    /// remembered session of `profileId`, when it keeps one, is written again with the new credential.
    /// The caller owns the job (see SecretJob); null when nothing is remembered, so nothing is written.
    SecretJob *replaceRememberedSession(const Session &session, const QString &profileId);

    static QString keychainUser(SignInMethod method, const QString &username);

    /// Why the last signInFailed() or restoreFailed() came, for callers that act on the kind rather than
    /// show the sentence (vbkeys' exit codes): the server's error (none when the server was not the
    /// problem) and the keychain's answer to the restore's read (Ok when the keychain was not the problem).
    ApiError lastError() const { return m_lastError; }
    SecretJob::Status lastKeychainStatus() const { return m_lastKeychainStatus; }

signals:
    void busyChanged(bool busy);
    void signedIn(const Session &session);
    void signInFailed(const QString &message);
    /// The remembered session could not be used; show the form (message may be empty: nothing to say).
    void restoreFailed(const QString &message);
    /// Signed in, but "remember me" could not write to the keychain.
    void rememberFailed(const QString &message);
    /// "Remember me" wrote the credential to the keychain (a caller that exits next waits for this).
    void remembered();

private:
    void startLogin();
    void fetchCustomer();
    void finishSignIn(const Session &session);
    void rememberCredential(const Session &session);
    void failAttempt(const ApiError &error);
    void restoreFromSecret(const QString &secret);
    void labelRememberedSession() const;
    QString sessionEntry(SignInMethod method, const QUrl &root, const QString &username) const;
    QString sessionEntry(
        const QString &profileId, SignInMethod method, const QUrl &root, const QString &username) const;
    bool remembers(const QString &profileId, const QUrl &root) const;
    void failRestore(const QString &message, bool forgetSecret);
    void setReply(ApiReply *reply);
    void saveLastSignIn(const Session &session) const;
    void recordInProfile(const Session &session) const;
    bool restore(const SignInAttempt &attempt);

    VoipbinClient *m_client;
    SecretStore *m_store;
    Settings *m_settings;
    ProfileStore *m_profiles = nullptr;
    QPointer<ApiReply> m_reply;
    SignInAttempt m_attempt;
    Credential m_credential;
    bool m_restoring = false;
    ApiError m_lastError;
    SecretJob::Status m_lastKeychainStatus = SecretJob::Status::Ok;
};
