#include "LoginVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "ProfileSignIn.h"
#include "Terminal.h"
#include "api/ServerAddress.h"
#include "core/SecretWipe.h"

namespace {
const QString ProfileOption = QStringLiteral("profile");
const QString ServerOption = QStringLiteral("server");
const QString UsernameOption = QStringLiteral("username");
const QString AccessKeyOption = QStringLiteral("accesskey");
const QString PasswordStdinOption = QStringLiteral("password-stdin");
const QString AccessKeyStdinOption = QStringLiteral("accesskey-stdin");

void setServer(Profile &profile, const QUrl &root)
{
    profile.server = root == ServerAddress::defaultRoot() ? ServerChoice::Voipbin : ServerChoice::Custom;
    profile.customRoot = profile.server == ServerChoice::Custom ? root : QUrl();
}
} // namespace

QString LoginVerb::summary() const
{
    return tr("Sign a profile in and keep its session in the keychain.");
}

void LoginVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { ProfileOption, tr("The profile to sign in (made when there is none of that name)."),
            QStringLiteral("NAME") },
        { ServerOption, tr("The server's address (default: https://api.voipbin.net)."),
            QStringLiteral("URL") },
        { UsernameOption, tr("Sign in as this user with a password."), QStringLiteral("USER") },
        { AccessKeyOption, tr("Sign in with an accesskey.") },
        { PasswordStdinOption, tr("Read the password from the first line of stdin.") },
        { AccessKeyStdinOption, tr("Read the accesskey from the first line of stdin.") },
    });
}

int LoginVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    const bool accessKey = parser.isSet(AccessKeyOption);
    if (accessKey == parser.isSet(UsernameOption) || !parser.positionalArguments().isEmpty()) {
        Terminal::errLine(tr("login: give either --username USER or --accesskey."));
        return ExitCode::Usage;
    }
    if ((parser.isSet(PasswordStdinOption) && accessKey)
        || (parser.isSet(AccessKeyStdinOption) && !accessKey)) {
        Terminal::errLine(
            tr("login: --password-stdin goes with --username, --accesskey-stdin with --accesskey."));
        return ExitCode::Usage;
    }
    CliError error;
    Profile profile = chooseProfile(parser, core, &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    QString secret = readSecret(parser, accessKey, &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    return signIn(core, profile, secret);
}

Profile LoginVerb::chooseProfile(const QCommandLineParser &parser, CliCore &core, CliError *error)
{
    const bool accessKey = parser.isSet(AccessKeyOption);
    const QString name = parser.value(ProfileOption).trimmed();
    Profile profile = name.isEmpty() ? Profile() : core.profiles().findByName(name);
    QUrl root = profile.isNull() ? ServerAddress::defaultRoot() : profile.serverRoot();
    if (parser.isSet(ServerOption)) {
        QString problem;
        root = ServerAddress::parse(parser.value(ServerOption), &problem);
        if (!root.isValid()) {
            *error = CliError(ExitCode::Usage, problem);
            return {};
        }
    }
    if (profile.isNull() && name.isEmpty()) {
        // The same account on the same server signs in again into its own profile.
        for (const Profile &existing : core.profiles().profiles()) {
            const bool sameUser = accessKey ? existing.method == SignInMethod::AccessKey
                                            : existing.username == parser.value(UsernameOption);
            if (existing.serverRoot() == root && sameUser && existing.server != ServerChoice::Sandbox) {
                profile = existing;
                break;
            }
        }
    }
    if (profile.isNull()) {
        profile.name = name;
    }
    setServer(profile, root);
    profile.method = accessKey ? SignInMethod::AccessKey : SignInMethod::Password;
    if (!accessKey)
        profile.username = parser.value(UsernameOption);
    if (profile.id.isEmpty()) {
        if (profile.name.isEmpty())
            profile.name = core.profiles().uniqueName(ProfileStore::suggestedName(profile));
        const QString problem = core.profiles().nameProblem(profile.name);
        if (!problem.isEmpty())
            *error = CliError(ExitCode::Usage, problem);
    }
    return profile;
}

QString LoginVerb::readSecret(const QCommandLineParser &parser, bool accessKey, CliError *error)
{
    QString secret;
    QString problem;
    const bool fromStdin = parser.isSet(accessKey ? AccessKeyStdinOption : PasswordStdinOption);
    bool ok = false;
    if (fromStdin) {
        ok = Terminal::readSecretFromStdin(&secret, &problem);
    } else if (!Terminal::hasTerminal()) {
        problem = accessKey ? tr("There is no terminal to ask for the accesskey: pipe it in with "
                                 "--accesskey-stdin.")
                            : tr("There is no terminal to ask for the password: pipe it in with "
                                 "--password-stdin.");
        *error = CliError(ExitCode::Usage, problem);
        return {};
    } else {
        ok = Terminal::readSecret(accessKey ? tr("Accesskey: ") : tr("Password: "), &secret, &problem);
    }
    if (!ok)
        *error = CliError(ExitCode::Usage, problem);
    return secret;
}

int LoginVerb::signIn(CliCore &core, Profile profile, QString &secret)
{
    Session session;
    const CliError error = ProfileSignIn::run(core, profile, secret, &session);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    core.profiles().setLastUsed(profile.id);
    const QString who = session.username().isEmpty() ? tr("an accesskey") : session.username();
    Terminal::outLine(tr("Signed in to %1 with %2 (customer %3). Profile “%4” is the default now.")
                          .arg(profile.serverDisplayName(), who, session.customer().id, profile.name));
    return ExitCode::Ok;
}
