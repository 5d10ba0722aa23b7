#include "SessionOpener.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "session/SignInController.h"

namespace {
QString signInAgain(const Profile &profile)
{
    return SessionOpener::tr("Sign in with vbkeys login --profile “%1”.").arg(profile.name);
}
} // namespace

Session SessionOpener::open(CliCore &core, const Profile &profile, CliError *error)
{
    if (profile.server == ServerChoice::Sandbox) {
        *error = CliError(ExitCode::NotSignedIn,
            tr("Profile “%1” is the window's local sandbox, which keeps no session; give vbkeys the "
               "sandbox's address with --server.")
                .arg(profile.name));
        return {};
    }
    SignInController controller(&core.client(), &core.store(), &core.settings());
    controller.setProfiles(&core.profiles());
    Session session;
    QString failure;
    bool done = false;
    QObject::connect(&controller, &SignInController::signedIn, [&](const Session &s) {
        session = s;
        done = true;
    });
    QObject::connect(&controller, &SignInController::restoreFailed, [&](const QString &message) {
        failure = message;
        done = true;
    });
    if (!controller.restoreRememberedSession(profile)) {
        *error = CliError(ExitCode::NotSignedIn,
            tr("Profile “%1” is not signed in. %2").arg(profile.name, signInAgain(profile)));
        return {};
    }
    Await::until([&done] { return done; });
    if (session.isValid()) {
        core.client().setCredential(session.credential());
        core.localSecrets().setAccount(session.serverRoot(), session.customer().id);
        return session;
    }
    const SecretJob::Status keychain = controller.lastKeychainStatus();
    const ApiError apiError = controller.lastError();
    if (keychain == SecretJob::Status::NotFound)
        *error = CliError(ExitCode::NotSignedIn,
            tr("Profile “%1” has no saved session. %2").arg(profile.name, signInAgain(profile)));
    else if (keychain != SecretJob::Status::Ok)
        *error = CliError(ExitCode::Keychain, SecretJob::describe(keychain));
    else if (apiError.isError() && !apiError.needsSignIn())
        *error = CliError(ExitCode::forApiError(apiError), apiError.userMessage());
    else
        *error = CliError(ExitCode::NotSignedIn, failure + QLatin1Char(' ') + signInAgain(profile));
    return {};
}
