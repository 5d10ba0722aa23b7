#include "SignUpFlow.h"

#include "SignInController.h"
#include "api/SignupReply.h"
#include "api/VoipbinClient.h"
#include "core/SecretWipe.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"

SignUpFlow::SignUpFlow(
    VoipbinClient *client, SignInController *controller, LocalKeySecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_controller(controller)
    , m_secrets(secrets)
{
}

SignUpFlow::~SignUpFlow()
{
    if (m_reply)
        m_reply->abort();
    wipe();
}

bool SignUpFlow::isBusy() const
{
    return m_step == Step::SigningUp || m_step == Step::CompletingSignUp || m_step == Step::StoringKey
        || m_step == Step::SigningIn;
}

void SignUpFlow::start(const QUrl &serverRoot, const QString &email, const QString &name, bool acceptedTerms,
    const QString &profileId, bool localSandbox)
{
    if (isBusy() || m_controller->isBusy())
        return;
    if (!m_client->setServerRoot(serverRoot)) {
        fail(tr("That server address cannot be used."));
        return;
    }
    wipe();
    m_serverRoot = m_client->serverRoot();
    m_email = email.trimmed();
    m_profileId = profileId;
    m_localSandbox = localSandbox;
    m_customer = Customer();
    setStep(Step::SigningUp);
    watch(m_client->signUp(m_email, name.trimmed(), acceptedTerms));
}

void SignUpFlow::submitCode(QString code)
{
    if (m_step != Step::CodeNeeded) {
        SecretWipe::wipe(code);
        return;
    }
    setStep(Step::CompletingSignUp);
    // The client refuses anything but 6 digits before sending, so a typo costs none of the five tries.
    watch(m_client->completeSignUp(m_tempToken, code.trimmed()));
    SecretWipe::wipe(code);
}

void SignUpFlow::watch(SignupReply *reply)
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        takeReply(reply);
    });
}

void SignUpFlow::takeReply(SignupReply *reply)
{
    const bool completing = m_step == Step::CompletingSignUp;
    if (!reply->isOk()) {
        const ApiError error = reply->error();
        // A wrong code keeps the signup: the person can type it again (the server allows five tries).
        const bool retryCode = completing && error.reason() == QLatin1String(ApiError::WrongSignupCodeReason);
        fail(error.userMessage(), retryCode ? Step::CodeNeeded : Step::Idle);
        return;
    }
    using O = SignupReply::Outcome;
    switch (reply->outcome()) {
    case O::NotCreated:
        setStep(Step::Idle);
        emit notCreated();
        return;
    case O::CodeNeeded:
        m_customer = reply->customer();
        m_tempToken = reply->tempToken();
        setStep(Step::CodeNeeded);
        return;
    case O::KeyReady:
        if (reply->customer().isValid() && (!completing || !m_customer.isValid()))
            m_customer = reply->customer();
        else if (m_customer.id.isEmpty())
            m_customer.id = reply->customer().id;
        SecretWipe::wipe(m_tempToken);
        m_key = reply->newAccessKey();
        storeKey();
        return;
    case O::None:
        break;
    }
    fail(tr("The server's answer to the sign-up could not be read."));
}

void SignUpFlow::storeKey()
{
    setStep(Step::StoringKey);
    m_secrets->setAccount(m_serverRoot, m_customer.id);
    SecretJob *job = m_secrets->store(m_key);
    // A keychain behind an unlock prompt may answer after the timeout: only its real answer counts.
    auto answered = [this, job] {
        if (job->status() == SecretJob::Status::TimedOut) {
            emit keyNotStored(job->userMessage()); // said now; the real answer may still store it
            return;
        }
        job->deleteLater();
        if (m_step != Step::StoringKey && m_step != Step::KeyNotStored)
            return;
        if (job->isOk()) {
            signIn(true);
        } else {
            setStep(Step::KeyNotStored);
            emit keyNotStored(job->userMessage());
        }
    };
    connect(job, &SecretJob::finished, this, answered);
    connect(job, &SecretJob::answeredLate, this, answered);
}

void SignUpFlow::continueWithoutStoring()
{
    if (m_step == Step::KeyNotStored)
        signIn(false);
}

void SignUpFlow::signIn(bool remember)
{
    setStep(Step::SigningIn);
    SignInAttempt attempt;
    attempt.serverRoot = m_serverRoot;
    attempt.method = SignInMethod::AccessKey;
    attempt.secret = m_key.token; // the controller wipes its copy once signed in
    attempt.remember = remember && !m_localSandbox;
    attempt.localSandbox = m_localSandbox;
    attempt.profileId = m_profileId;
    // Heard once: the controller also serves the sign-in form, whose attempts are not this flow's.
    auto *context = new QObject(this);
    connect(m_controller, &SignInController::signedIn, context, [this, context](const Session &session) {
        context->deleteLater();
        wipe();
        setStep(Step::Done);
        emit signedIn(session);
    });
    connect(m_controller, &SignInController::signInFailed, context,
        [this, context, remember](const QString &message) {
            context->deleteLater();
            wipe();
            // The key is stored (or was shown): the account is not lost, only this sign-in.
            fail(remember ? tr("The account was created and its accesskey saved in your keychain, but "
                               "signing in with it failed: %1")
                                .arg(message)
                          : tr("The account was created, but signing in with its accesskey failed: %1")
                                .arg(message));
        });
    m_controller->signIn(attempt);
    SecretWipe::wipe(attempt.secret);
}

void SignUpFlow::fail(const QString &message, Step back)
{
    setStep(back);
    emit failed(message);
}

void SignUpFlow::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void SignUpFlow::wipe()
{
    SecretWipe::wipe(m_tempToken);
    SecretWipe::wipe(m_key.token);
    m_key = NewAccessKey();
}
