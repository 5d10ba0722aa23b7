#include "ImportVnVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "vn/VnConfigFile.h"
#include "vn/VnImport.h"

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
    VnImport import(&core.profiles(), &core.store(), &core.settings());
    QObject::connect(&import, &VnImport::entryImported,
        [](const QString &entry, const Profile &profile, const Session &session) {
            Terminal::outLine(
                tr("vn profile “%1” → profile “%2” on %3 (customer %4): key stored in the keychain.")
                    .arg(entry, profile.name, profile.serverDisplayName(), session.customer().id));
        });
    QObject::connect(&import, &VnImport::entryFailed, [](const QString &entry, const QString &reason) {
        Terminal::errLine(tr("vn profile “%1” was not imported: %2").arg(entry, reason));
    });
    bool finished = false;
    QObject::connect(&import, &VnImport::finished, [&finished] { finished = true; });
    import.start(file.profiles());
    Await::until([&finished] { return finished; });
    if (import.keychainFailed())
        return ExitCode::Keychain; // no entry can be stored; said once
    const int failures = import.failedCount();
    const int stored = import.importedCount();
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
