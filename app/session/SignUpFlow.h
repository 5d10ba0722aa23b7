#pragma once

#include "api/Customer.h"
#include "api/NewAccessKey.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiError;
class ApiReply;
class LocalKeySecrets;
class Session;
class SignInController;
class SignupReply;
class VoipbinClient;

/// A new account, from the sign-up form to a stored key and a session, without widgets: POST /auth/signup,
/// on servers of the complete-signup period the emailed 6-digit code (POST /auth/complete-signup), then the
/// key's token straight into the keychain (LocalKeySecrets, under the new customer), then an accesskey
/// sign-in with it through SignInController with remember-me, so the profile opens on it next time too.
/// The key is stored before anything else is tried: the server shows its token once, and a sign-in that
/// fails (the network, the keychain) must not lose it. When the keychain refuses, the flow stops at
/// KeyNotStored with the key in unstoredKey() so the person can keep it elsewhere before going on.
class SignUpFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Idle, // nothing sent, or the last attempt failed (the form can send again)
        SigningUp,
        CodeNeeded, // the server wants the 6-digit code it emailed: submitCode()
        CompletingSignUp,
        StoringKey,
        KeyNotStored, // the keychain refused: unstoredKey() to show, then continueWithoutStoring()
        SigningIn,
        Done,
    };
    Q_ENUM(Step)

    /// All borrowed. The client is the one `controller` signs in with.
    SignUpFlow(VoipbinClient *client, SignInController *controller, LocalKeySecrets *secrets,
        QObject *parent = nullptr);
    ~SignUpFlow() override;

    Step step() const { return m_step; }
    bool isBusy() const;
    QString email() const { return m_email; }
    Customer customer() const { return m_customer; }
    /// Only at KeyNotStored: the key the server made, whose token nothing else holds.
    NewAccessKey unstoredKey() const { return m_step == Step::KeyNotStored ? m_key : NewAccessKey(); }

    /// Signs up `email` on `serverRoot`; `profileId` is the profile that signs in with the new key.
    void start(const QUrl &serverRoot, const QString &email, const QString &name, bool acceptedTerms,
        const QString &profileId, bool localSandbox = false);
    /// CodeNeeded: the code from the email (wiped here once sent).
    void submitCode(QString code);
    /// KeyNotStored: signs in with the key anyway, for this session only (nothing is remembered).
    void continueWithoutStoring();

signals:
    void stepChanged(SignUpFlow::Step step);
    /// A sentence for the person; the step is back to Idle (or CodeNeeded after a wrong code).
    void failed(const QString &message);
    /// The server's `{}`: no account was made (an address already registered or not valid; it never says).
    void notCreated();
    /// KeyNotStored: why the keychain refused.
    void keyNotStored(const QString &message);
    /// Signed in with the new key: the account exists and the profile works in it.
    void signedIn(const Session &session);

private:
    void setStep(Step step);
    void watch(SignupReply *reply);
    void takeReply(SignupReply *reply);
    void storeKey();
    void signIn(bool remember);
    void fail(const QString &message, Step back = Step::Idle);
    void wipe();

    VoipbinClient *m_client;
    SignInController *m_controller;
    LocalKeySecrets *m_secrets;
    QPointer<ApiReply> m_reply;
    Step m_step = Step::Idle;
    QUrl m_serverRoot;
    QString m_email;
    QString m_profileId;
    bool m_localSandbox = false;
    Customer m_customer;
    QString m_tempToken;
    NewAccessKey m_key;
};
