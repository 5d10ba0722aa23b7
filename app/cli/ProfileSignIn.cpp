#include "ProfileSignIn.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "core/SecretWipe.h"
#include "session/SignInController.h"

CliError ProfileSignIn::run(CliCore &core, Profile &profile, QString &secret, Session *session)
{
    const bool isNew = profile.id.isEmpty();
    if (isNew)
        profile = core.profiles().add(profile);
    else
        core.profiles().update(profile);
    SignInController controller(&core.client(), &core.store(), &core.settings());
    controller.setProfiles(&core.profiles());
    SignInAttempt attempt;
    attempt.serverRoot = profile.serverRoot();
    attempt.method = profile.method;
    attempt.username = profile.username;
    attempt.secret = secret;
    attempt.remember = true;
    attempt.profileId = profile.id;
    SecretWipe::wipe(secret); // the attempt holds it; the controller wipes that copy once used

    QString failure;
    QString rememberProblem;
    bool finished = false;
    bool remembered = false;
    QObject::connect(&controller, &SignInController::signedIn, [&](const Session &s) {
        *session = s;
        finished = true;
    });
    QObject::connect(&controller, &SignInController::signInFailed, [&](const QString &message) {
        failure = message;
        finished = true;
    });
    QObject::connect(&controller, &SignInController::remembered, [&] { remembered = true; });
    QObject::connect(&controller, &SignInController::rememberFailed, [&](const QString &message) {
        rememberProblem = message;
        remembered = true;
    });
    controller.signIn(attempt);
    SecretWipe::wipe(attempt.secret);
    Await::until([&finished] { return finished; });
    if (!session->isValid()) {
        if (isNew)
            core.profiles().remove(profile.id);
        const ApiError apiError = controller.lastError();
        if (!apiError.isError())
            return CliError(ExitCode::Usage, failure); // refused before anything was sent
        // A rejected password or accesskey is the server's refusal here, not a session to renew.
        const int code = ExitCode::forApiError(apiError);
        return CliError(code == ExitCode::NotSignedIn ? ExitCode::ServerRefused : code, failure);
    }
    // A keychain job stuck on an unlock prompt reports TimedOut, which the controller waits past.
    if (!Await::until([&remembered] { return remembered; }, KeychainSecretStore::DefaultTimeoutMs + 2000))
        rememberProblem = SecretJob::describe(SecretJob::Status::TimedOut);
    if (!rememberProblem.isEmpty())
        return CliError(
            ExitCode::Keychain, tr("Signed in, but the session could not be kept: %1").arg(rememberProblem));
    profile = core.profiles().profile(profile.id); // with what the sign-in learnt
    return {};
}
