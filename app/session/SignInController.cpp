#include "SignInController.h"

#include "api/ApiError.h"
#include "api/CustomerReply.h"
#include "api/JwtClaims.h"
#include "api/LoginReply.h"
#include "api/ServerAddress.h"
#include "api/VoipbinClient.h"
#include "core/Clock.h"
#include "core/SecretWipe.h"
#include "core/Settings.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"

namespace {
// The keychain entry of an accesskey session is named by the method: the key itself names no user.
const QString AccessKeySessionUser = QStringLiteral("accesskey");
} // namespace

SignInController::SignInController(
    VoipbinClient *client, SecretStore *store, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_settings(settings)
{
}

SignInController::~SignInController()
{
    if (m_reply)
        m_reply->abort();
}

QString SignInController::keychainUser(SignInMethod method, const QString &username)
{
    return method == SignInMethod::AccessKey ? AccessKeySessionUser : username;
}

void SignInController::signIn(const SignInAttempt &attempt)
{
    if (isBusy())
        return; // the form cannot be submitted twice
    m_lastError = ApiError();
    if (!m_client->setServerRoot(attempt.serverRoot)) {
        emit signInFailed(tr("That server address cannot be used."));
        return;
    }
    m_attempt = attempt;
    if (attempt.method == SignInMethod::Password) {
        startLogin();
    } else {
        // A pasted line break or a stray word must never reach a request.
        const QString problem = Credential::problem(Credential::Kind::AccessKey, attempt.secret.trimmed());
        if (!problem.isEmpty()) {
            emit signInFailed(problem);
            return;
        }
        m_credential = Credential::accessKey(attempt.secret.trimmed());
        fetchCustomer();
    }
}

void SignInController::cancel()
{
    if (m_reply)
        m_reply->abort(); // finished() follows with Canceled; failAttempt() stays quiet about it
}

void SignInController::startLogin()
{
    LoginReply *reply = m_client->login(m_attempt.username, m_attempt.secret);
    setReply(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        if (!reply->isOk()) {
            failAttempt(reply->error());
            return;
        }
        m_credential = Credential::jwt(reply->token());
        fetchCustomer();
    });
}

void SignInController::fetchCustomer()
{
    m_client->setCredential(m_credential);
    CustomerReply *reply = m_client->currentCustomer();
    setReply(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        if (!reply->isOk()) {
            // A pasted accesskey that the server refuses is a wrong key, not an expired session.
            failAttempt(reply->error());
            return;
        }
        const QString username = m_attempt.method == SignInMethod::Password ? m_attempt.username : QString();
        Session session(m_client->serverRoot(), m_credential, username);
        session.setCustomer(reply->customer());
        // The session (and the client) hold the credential from here on; the password is done with.
        SecretWipe::wipe(m_attempt.secret);
        m_credential = Credential();
        finishSignIn(session);
    });
}

void SignInController::finishSignIn(const Session &session)
{
    saveLastSignIn(session);
    if (m_attempt.remember)
        rememberCredential(session);
    else
        forgetRememberedSession(session); // unticking "remember me" means: keep nothing here
    emit busyChanged(false);
    emit signedIn(session);
}

void SignInController::rememberCredential(const Session &session)
{
    const QString username = m_attempt.method == SignInMethod::Password ? session.username() : QString();
    const QString key = sessionEntry(m_attempt.method, session.serverRoot(), username);
    m_store->setLabel(key, SecretKeys::sessionLabel(session.serverRoot(), username));
    SecretJob *job = m_store->write(key, session.credential().secret());
    // A timed-out write may still land behind an unlock prompt: only its real answer is reported.
    auto report = [this, job] {
        if (job->status() == SecretJob::Status::TimedOut)
            return;
        job->deleteLater();
        if (!job->isOk())
            emit rememberFailed(job->userMessage());
        else
            emit remembered();
    };
    connect(job, &SecretJob::finished, this, report);
    connect(job, &SecretJob::answeredLate, this, report);
}

QString SignInController::sessionEntry(SignInMethod method, const QUrl &root, const QString &username) const
{
    return sessionEntry(m_attempt.profileId, method, root, username);
}

QString SignInController::sessionEntry(
    const QString &profileId, SignInMethod method, const QUrl &root, const QString &username) const
{
    // A profile's entry (accesskey sessions are per profile); without one, the per-server name of 0.x.
    if (m_profiles && !profileId.isEmpty()) {
        const Profile profile = m_profiles->profile(profileId);
        if (!profile.isNull() && profile.server != ServerChoice::Sandbox && profile.method == method
            && profile.serverRoot() == root)
            return profile.sessionEntryName();
    }
    return SecretKeys::session(root, keychainUser(method, username));
}

void SignInController::forgetRememberedSession(const Session &session)
{
    const SignInMethod method = session.credential().kind() == Credential::Kind::AccessKey
        ? SignInMethod::AccessKey
        : SignInMethod::Password;
    SecretJob *job = m_store->remove(sessionEntry(method, session.serverRoot(), session.username()));
    connect(job, &SecretJob::finished, job, &QObject::deleteLater);
}

SecretJob *SignInController::replaceRememberedSession(const Session &session, const QString &profileId)
{
    if (!session.isValid() || !remembers(profileId, session.serverRoot()))
        return nullptr;
    const SignInMethod method = session.credential().kind() == Credential::Kind::AccessKey
        ? SignInMethod::AccessKey
        : SignInMethod::Password;
    const QString key = sessionEntry(profileId, method, session.serverRoot(), session.username());
    m_store->setLabel(key, SecretKeys::sessionLabel(session.serverRoot(), session.username()));
    return m_store->write(key, session.credential().secret());
}

bool SignInController::remembers(const QString &profileId, const QUrl &root) const
{
    if (m_profiles && !profileId.isEmpty()) {
        const Profile profile = m_profiles->profile(profileId);
        return !profile.isNull() && profile.rememberMe && profile.server != ServerChoice::Sandbox;
    }
    // The single-account settings of earlier versions: remember-me of the last sign-in, on its server.
    return m_settings->value(Settings::Key::RememberMe).toBool()
        && QUrl(m_settings->value(Settings::Key::LastServer).toString()) == root;
}

void SignInController::failAttempt(const ApiError &error)
{
    m_lastError = error;
    SecretWipe::wipe(m_attempt.secret);
    m_credential = Credential();
    emit busyChanged(false);
    if (error.kind() == ApiError::Kind::Canceled)
        return;
    if (m_attempt.method == SignInMethod::AccessKey && error.needsSignIn())
        emit signInFailed(
            tr("The server did not accept this accesskey. It may be mistyped, expired or revoked."));
    else
        emit signInFailed(error.userMessage());
}

void SignInController::setReply(ApiReply *reply)
{
    const bool wasBusy = isBusy();
    m_reply = reply;
    if (!wasBusy)
        emit busyChanged(true);
}

void SignInController::recordInProfile(const Session &session) const
{
    Profile profile = m_profiles->profile(m_attempt.profileId);
    if (profile.isNull())
        return; // removed while signing in
    // A name the app made up ("api.voipbin.net") follows the profile to where it signed in.
    const bool namedByTheApp = profile.name == ProfileStore::suggestedName(profile);
    // The form can point a profile at another server: the profile is where it signed in. Recorded
    // before the session is remembered, whose keychain entry the profile's server names.
    if (m_attempt.localSandbox) {
        profile.server = ServerChoice::Sandbox;
    } else if (m_client->serverRoot() == ServerAddress::defaultRoot()) {
        profile.server = ServerChoice::Voipbin;
    } else {
        profile.server = ServerChoice::Custom;
        profile.customRoot = m_client->serverRoot();
    }
    profile.method = m_attempt.method;
    if (m_attempt.method == SignInMethod::Password)
        profile.username = m_attempt.username;
    profile.rememberMe = m_attempt.remember && !m_attempt.localSandbox;
    if (!m_attempt.localSandbox)
        profile.customerId = session.customer().id;
    const QString suggested = ProfileStore::suggestedName(profile);
    if (namedByTheApp && m_profiles->nameProblem(suggested, profile.id).isEmpty())
        profile.name = suggested;
    m_profiles->update(profile);
}

void SignInController::saveLastSignIn(const Session &session) const
{
    if (m_profiles && !m_attempt.profileId.isEmpty()) {
        recordInProfile(session);
        return;
    }
    if (m_attempt.localSandbox) {
        // Its port changes every run: a username remembered with it would be paired with no server.
        m_settings->reset(Settings::Key::LastServer);
        m_settings->reset(Settings::Key::LastUsername);
        m_settings->setValue(Settings::Key::RememberMe, false);
        return;
    }
    m_settings->setValue(Settings::Key::LastServer, m_client->serverRoot().toString());
    m_settings->setLastSignInMethod(m_attempt.method);
    if (m_attempt.method == SignInMethod::Password)
        m_settings->setValue(Settings::Key::LastUsername, m_attempt.username);
    m_settings->setValue(Settings::Key::RememberMe, m_attempt.remember);
}

bool SignInController::restoreRememberedSession()
{
    SignInAttempt attempt;
    attempt.serverRoot = QUrl(m_settings->value(Settings::Key::LastServer).toString());
    attempt.remember = m_settings->value(Settings::Key::RememberMe).toBool();
    attempt.method = m_settings->lastSignInMethod();
    attempt.username = m_settings->value(Settings::Key::LastUsername).toString();
    return restore(attempt);
}

bool SignInController::restoreRememberedSession(const Profile &profile)
{
    if (profile.server == ServerChoice::Sandbox)
        return false; // a new server each run: nothing of the last one is valid
    SignInAttempt attempt;
    attempt.serverRoot = profile.serverRoot();
    attempt.remember = profile.rememberMe;
    attempt.method = profile.method;
    attempt.username = profile.username;
    attempt.profileId = profile.id;
    return restore(attempt);
}

bool SignInController::restore(const SignInAttempt &attempt)
{
    if (isBusy() || !attempt.remember || !attempt.serverRoot.isValid() || attempt.serverRoot.isEmpty())
        return false;
    if (!m_client->setServerRoot(attempt.serverRoot))
        return false;
    m_attempt = attempt;
    m_lastError = ApiError();
    m_lastKeychainStatus = SecretJob::Status::Ok;

    m_restoring = true;
    emit busyChanged(true);
    SecretJob *job = m_store->read(sessionEntry(m_attempt.method, m_attempt.serverRoot, m_attempt.username));
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        m_restoring = false;
        m_lastKeychainStatus = job->status();
        if (job->isOk())
            restoreFromSecret(job->secret());
        else if (job->status() == SecretJob::Status::NotFound)
            failRestore({}, false);
        else
            failRestore(job->userMessage(), false);
    });
    return true;
}

void SignInController::restoreFromSecret(const QString &secret)
{
    m_credential = m_attempt.method == SignInMethod::AccessKey ? Credential::accessKey(secret)
                                                               : Credential::jwt(secret);
    // A keychain entry is outside the app's control (edited by hand, or by another program): check it.
    if (!m_credential.isWellFormed()) {
        failRestore(
            tr("The session saved in your keychain is damaged and was not used. Please sign in again."),
            true);
        return;
    }
    if (m_credential.kind() == Credential::Kind::Jwt) {
        // Checked offline first: an expired JWT would only earn a 401 and a pointless request.
        const QDateTime expiresAt = JwtClaims::decode(secret).expiresAt();
        if (expiresAt.isValid() && expiresAt <= Clock::currentDateTimeUtc()) {
            failRestore(tr("Your saved session has expired. Please sign in again."), true);
            return;
        }
    }
    m_client->setCredential(m_credential);
    CustomerReply *reply = m_client->currentCustomer();
    setReply(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        if (!reply->isOk()) {
            m_lastError = reply->error();
            const bool rejected = reply->error().needsSignIn();
            failRestore(rejected ? tr("Your saved session is no longer valid. Please sign in again.")
                                 : reply->error().userMessage(),
                rejected);
            return;
        }
        Session session(m_client->serverRoot(), m_credential, m_attempt.username);
        session.setCustomer(reply->customer());
        m_credential = Credential(); // the session holds it now
        labelRememberedSession(); // entries of versions that labelled everything "VoIPbin Keys" too
        emit busyChanged(false);
        emit signedIn(session);
    });
}

void SignInController::labelRememberedSession() const
{
    const QString username = m_attempt.method == SignInMethod::Password ? m_attempt.username : QString();
    m_store->setLabel(sessionEntry(m_attempt.method, m_attempt.serverRoot, username),
        SecretKeys::sessionLabel(m_attempt.serverRoot, username));
}

void SignInController::failRestore(const QString &message, bool forgetSecret)
{
    if (forgetSecret) {
        Session stale(m_attempt.serverRoot, m_credential, m_attempt.username);
        forgetRememberedSession(stale);
    }
    m_client->setCredential(Credential());
    m_credential = Credential();
    emit busyChanged(false);
    emit restoreFailed(message);
}
