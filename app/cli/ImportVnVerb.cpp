#include "ImportVnVerb.h"

#include "CliCore.h"
#include "ExitCode.h"
#include "ProfileSignIn.h"
#include "Terminal.h"
#include "api/ServerAddress.h"
#include "vn/VnConfigFile.h"


QString ImportVnVerb::summary() const
{
    return tr("Move the vn CLI's plaintext accesskeys into profiles and the keychain.");
}

void ImportVnVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("file"), tr("vn's configuration (default: ~/.vn/config.yaml)."),
            QStringLiteral("PATH") },
        { QStringLiteral("scrub"),
            tr("Once every key is stored, blank the keys in vn's file (vn then runs as vbkeys exec -- vn "
               "…).") },
    });
}

Profile ImportVnVerb::profileFor(CliCore &core, const VnProfile &entry, const QUrl &root)
{
    // Imported again (or by the window): the profile of the same name on the same server. Each accesskey
    // profile has its own keychain entry, so every vn entry of one server gets a profile of its own.
    const Profile named = core.profiles().findByName(entry.name);
    if (!named.isNull() && named.method == SignInMethod::AccessKey && named.server != ServerChoice::Sandbox
        && named.serverRoot() == root)
        return named;
    Profile profile;
    profile.name = core.profiles().uniqueName(entry.name);
    profile.server = root == ServerAddress::defaultRoot() ? ServerChoice::Voipbin : ServerChoice::Custom;
    profile.customRoot = profile.server == ServerChoice::Custom ? root : QUrl();
    profile.method = SignInMethod::AccessKey;
    return profile;
}

int ImportVnVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    VnConfigFile file(parser.isSet(QStringLiteral("file")) ? parser.value(QStringLiteral("file"))
                                                           : VnConfigFile::defaultPath());
    if (!file.load()) {
        Terminal::errLine(file.errorString());
        return ExitCode::Failed;
    }
    for (const QString &warning : file.warnings())
        Terminal::errLine(warning);
    int failures = 0;
    int stored = 0;
    for (const VnProfile &entry : file.profiles()) {
        if (entry.accessKey.isEmpty())
            continue;
        QString problem;
        const QUrl root = entry.serverRoot(&problem);
        if (!root.isValid()) {
            Terminal::errLine(tr("vn profile “%1”: its api_url cannot be used: %2").arg(entry.name, problem));
            ++failures;
            continue;
        }
        Profile profile = profileFor(core, entry, root);
        QString secret = entry.accessKey;
        Session session;
        const CliError error = ProfileSignIn::run(core, profile, secret, &session);
        if (error.isError()) {
            const QString reason = error.code() == ExitCode::ServerRefused
                ? tr("the server did not accept its key (expired, revoked or mistyped)")
                : error.message();
            Terminal::errLine(
                tr("vn profile “%1” on %2 was not imported: %3").arg(entry.name, root.host(), reason));
            if (error.code() == ExitCode::Keychain)
                return ExitCode::Keychain; // no entry can be stored; say it once
            ++failures;
            continue;
        }
        ++stored;
        Terminal::outLine(
            tr("vn profile “%1” → profile “%2” on %3 (customer %4): key stored in the keychain.")
                .arg(entry.name, profile.name, profile.serverDisplayName(), session.customer().id));
    }
    if (stored == 0 && failures == 0)
        Terminal::outLine(tr("%1 holds no accesskey to import.").arg(file.path()));
    if (!parser.isSet(QStringLiteral("scrub")))
        return failures == 0 ? ExitCode::Ok : ExitCode::Failed;
    if (failures > 0) {
        Terminal::errLine(tr("%1 was left unchanged: not every key in it is stored here.").arg(file.path()));
        return ExitCode::Failed;
    }
    QString problem;
    if (!file.scrub(&problem)) {
        Terminal::errLine(problem);
        return ExitCode::Failed;
    }
    if (stored > 0)
        Terminal::outLine(tr("The keys in %1 are blank now; run vn as vbkeys exec --profile NAME -- vn ….")
                              .arg(file.path()));
    return ExitCode::Ok;
}
