#include "PasswordChange.h"

#include "SignInController.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"
#include "core/SecretWipe.h"

PasswordChange::PasswordChange(VoipbinClient *client, SignInController *controller, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_controller(controller)
{
}

PasswordChange::~PasswordChange()
{
    if (m_reply)
        m_reply->abort();
    wipe();
}

void PasswordChange::start(const Session &session, QString currentPassword, QString newPassword,
    bool remember, const QString &profileId)
{
    if (isBusy() || m_controller->isBusy()) {
        SecretWipe::wipe(currentPassword);
        SecretWipe::wipe(newPassword);
        return;
    }
    if (session.credential().kind() != Credential::Kind::Jwt || session.username().isEmpty()) {
        SecretWipe::wipe(currentPassword);
        SecretWipe::wipe(newPassword);
        fail(tr("Only a session signed in with a username and password can change its password."));
        return;
    }
    if (newPassword.size() < VoipbinClient::MinPasswordLength) {
        SecretWipe::wipe(currentPassword);
        SecretWipe::wipe(newPassword);
        fail(tr(
            "The new password must be at least %n characters long.", "", VoipbinClient::MinPasswordLength));
        return;
    }
    m_session = session;
    m_newPassword = newPassword;
    SecretWipe::wipe(newPassword);
    m_remember = remember;
    m_profileId = profileId;
    checkCurrent(currentPassword);
    SecretWipe::wipe(currentPassword);
}

void PasswordChange::checkCurrent(const QString &currentPassword)
{
    setStep(Step::CheckingCurrent);
    // login() leaves the client's credential alone: the change below goes out with the session's own JWT.
    LoginReply *reply = m_client->login(m_session.username(), currentPassword);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        if (!reply->isOk()) {
            fail(reply->error().kind() == ApiError::Kind::BadCredentials
                    ? tr("The current password is wrong. Nothing was changed.")
                    : reply->error().userMessage());
            return;
        }
        change();
    });
}

void PasswordChange::change()
{
    setStep(Step::Changing);
    ApiReply *reply = m_client->changePassword(m_newPassword);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        if (!reply->isOk()) {
            fail(reply->error().userMessage());
            return;
        }
        signInAgain();
    });
}

void PasswordChange::signInAgain()
{
    setStep(Step::SigningIn);
    SignInAttempt attempt;
    attempt.serverRoot = m_session.serverRoot();
    attempt.method = SignInMethod::Password;
    attempt.username = m_session.username();
    attempt.secret = m_newPassword;
    attempt.remember = m_remember;
    attempt.profileId = m_profileId;
    SecretWipe::wipe(m_newPassword);
    // Heard once: the controller also serves the sign-in form.
    auto *context = new QObject(this);
    connect(m_controller, &SignInController::signedIn, context, [this, context](const Session &session) {
        context->deleteLater();
        setStep(Step::Done);
        emit finished(session);
    });
    connect(m_controller, &SignInController::signInFailed, context, [this, context](const QString &message) {
        context->deleteLater();
        fail(tr("The password was changed, but signing in again with the new one failed: %1").arg(message),
            true);
    });
    m_controller->signIn(attempt);
    SecretWipe::wipe(attempt.secret);
}

void PasswordChange::fail(const QString &message, bool changed)
{
    wipe();
    setStep(Step::Idle);
    emit failed(message, changed);
}

void PasswordChange::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void PasswordChange::wipe()
{
    SecretWipe::wipe(m_newPassword);
}
