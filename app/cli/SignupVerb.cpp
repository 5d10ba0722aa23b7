#include "SignupVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "ProfileSignIn.h"
#include "Terminal.h"
#include "api/ServerAddress.h"
#include "api/SignupReply.h"
#include "core/SecretWipe.h"
#include "secrets/SecretJob.h"

namespace {
const QString EmailOption = QStringLiteral("email");
const QString AcceptOption = QStringLiteral("accept-tos");
const QString NameOption = QStringLiteral("name");
const QString ServerOption = QStringLiteral("server");
const QString ProfileOption = QStringLiteral("profile");
const QString CodeStdinOption = QStringLiteral("code-stdin");
const QString RevealOption = QStringLiteral("reveal");
} // namespace

QString SignupVerb::summary() const
{
    return tr("Create a VoIPbin account and keep its accesskey in the keychain.");
}

void SignupVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { EmailOption, tr("The account's email address."), QStringLiteral("EMAIL") },
        { AcceptOption, tr("Accept VoIPbin's terms of service (required).") },
        { NameOption, tr("The account's name."), QStringLiteral("NAME") },
        { ServerOption, tr("The server's address (default: https://api.voipbin.net)."),
            QStringLiteral("URL") },
        { ProfileOption, tr("The profile to make (default: the address on the server)."),
            QStringLiteral("NAME") },
        { CodeStdinOption, tr("Read the emailed code from stdin, when the server asks for one.") },
        { RevealOption, tr("Print the new accesskey too (it is in the keychain either way).") },
    });
}

int SignupVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    const QString email = parser.value(EmailOption).trimmed();
    if (email.isEmpty() || !parser.isSet(AcceptOption)) {
        Terminal::errLine(tr("signup: give --email EMAIL and --accept-tos (the server creates no account "
                             "without the terms accepted)."));
        return ExitCode::Usage;
    }
    QString problem;
    const QUrl root = parser.isSet(ServerOption) ? ServerAddress::parse(parser.value(ServerOption), &problem)
                                                 : ServerAddress::defaultRoot();
    if (!root.isValid() || !core.client().setServerRoot(root)) {
        Terminal::errLine(problem);
        return ExitCode::Usage;
    }
    SignupReply *reply = core.client().signUp(email, parser.value(NameOption), true);
    Await::reply(reply);
    QString customerId;
    CliError error;
    NewAccessKey created = keyFrom(parser, core, reply, &customerId, &error);
    delete reply; // wipes its copies
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    return keep(parser, core, created, customerId);
}

NewAccessKey SignupVerb::keyFrom(
    const QCommandLineParser &parser, CliCore &core, SignupReply *reply, QString *customerId, CliError *error)
{
    if (!reply->isOk()) {
        *error = CliError(ExitCode::forApiError(reply->error()), reply->error().userMessage());
        return {};
    }
    if (reply->outcome() == SignupReply::Outcome::NotCreated) {
        *error = CliError(ExitCode::ServerRefused,
            tr("The server created no account for %1: the address is already registered or not valid. It "
               "does "
               "not say which, so that nobody can find out who has an account. If it is yours, sign in "
               "(vbkeys login) or reset its password.")
                .arg(parser.value(EmailOption).trimmed()));
        return {};
    }
    *customerId = reply->customer().id;
    if (reply->outcome() == SignupReply::Outcome::KeyReady)
        return reply->newAccessKey();

    // The complete-signup generation: the code emailed to the address finishes it.
    QString code;
    QString problem;
    const bool ok = parser.isSet(CodeStdinOption) ? Terminal::readSecretFromStdin(&code, &problem)
                                                  : Terminal::hasTerminal()
            && Terminal::readSecret(
                tr("The 6-digit code emailed to %1: ").arg(parser.value(EmailOption).trimmed()), &code,
                &problem);
    if (!ok) {
        *error = CliError(ExitCode::Usage,
            problem.isEmpty()
                ? tr("The server emailed a code; there is no terminal to ask for it: pipe it in with "
                     "--code-stdin.")
                : problem);
        return {};
    }
    QString tempToken = reply->tempToken();
    SignupReply *completed = core.client().completeSignUp(tempToken, code.trimmed());
    SecretWipe::wipe(tempToken);
    SecretWipe::wipe(code);
    Await::reply(completed);
    NewAccessKey created;
    if (!completed->isOk())
        *error = CliError(ExitCode::forApiError(completed->error()), completed->error().userMessage());
    else if (completed->outcome() != SignupReply::Outcome::KeyReady)
        *error = CliError(ExitCode::ServerRefused, tr("The server did not complete the signup."));
    else
        created = completed->newAccessKey();
    if (completed->isOk() && !completed->customer().id.isEmpty())
        *customerId = completed->customer().id;
    delete completed;
    return created;
}

int SignupVerb::keep(
    const QCommandLineParser &parser, CliCore &core, NewAccessKey &created, const QString &customerId)
{
    const QUrl root = core.client().serverRoot();
    // First of all the keychain, as a key of the account (the window marks it stored).
    core.localSecrets().setAccount(root, customerId);
    SecretJob *job = core.localSecrets().store(created);
    Await::job(job);
    const bool stored = job->isOk();
    const QString keychainProblem = job->userMessage();
    job->deleteLater();
    const bool reveal = parser.isSet(RevealOption);
    if (reveal)
        Terminal::outLine(created.token);
    if (!stored) {
        Terminal::errLine(
            tr("The account was created, but its accesskey could not be stored: %1 %2")
                .arg(keychainProblem,
                    reveal ? tr("It is printed above: keep it somewhere safe.")
                           : tr("The server shows it only once; sign in with a password once the "
                                "address is verified and create another key.")));
        SecretWipe::wipe(created.token);
        return ExitCode::Keychain;
    }
    Profile profile;
    profile.name = parser.isSet(ProfileOption)
        ? parser.value(ProfileOption).trimmed()
        : core.profiles().uniqueName(tr("%1 on %2").arg(parser.value(EmailOption).trimmed(), root.host()));
    const QString nameProblem = core.profiles().nameProblem(profile.name);
    profile.server = root == ServerAddress::defaultRoot() ? ServerChoice::Voipbin : ServerChoice::Custom;
    profile.customRoot = profile.server == ServerChoice::Custom ? root : QUrl();
    profile.method = SignInMethod::AccessKey;
    Session session;
    const CliError error = nameProblem.isEmpty() ? ProfileSignIn::run(core, profile, created.token, &session)
                                                 : CliError(ExitCode::Usage, nameProblem);
    SecretWipe::wipe(created.token);
    if (error.isError()) {
        Terminal::errLine(
            tr("The account was created and its key %1 stored, but no profile signs in with it: %2")
                .arg(created.key.id, error.message()));
        return error.code();
    }
    core.profiles().setLastUsed(profile.id);
    Terminal::outLine(
        tr("Signed up. Profile “%1” signs in with the accesskey %2 (%3), stored in the keychain. "
           "Verify the address with the link emailed to it soon: unverified accounts expire.")
            .arg(profile.name, created.key.id, created.key.tokenPrefix));
    return ExitCode::Ok;
}
