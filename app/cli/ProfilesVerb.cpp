#include "ProfilesVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "core/SecretWipe.h"
#include "secrets/SecretJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
enum class Saved { Yes, No, Unknown };

Saved sessionSaved(CliCore &core, const Profile &profile, QString *problem)
{
    if (profile.sessionEntryName().isEmpty() || !profile.rememberMe)
        return Saved::No;
    SecretJob *job = core.store().read(profile.sessionEntryName());
    Await::job(job);
    job->deleteLater();
    QString secret = job->secret();
    SecretWipe::wipe(secret); // only whether it is there matters
    if (job->isOk())
        return Saved::Yes;
    if (job->status() == SecretJob::Status::NotFound)
        return Saved::No;
    *problem = job->userMessage();
    return Saved::Unknown;
}

QString identity(const Profile &profile)
{
    return profile.method == SignInMethod::AccessKey ? QStringLiteral("accesskey") : profile.username;
}
} // namespace

QString ProfilesVerb::summary() const
{
    return tr("List the profiles: server, sign-in, saved session and stored keys.");
}

void ProfilesVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("json"), tr("Print JSON (see vbkeys(1)).") });
}

int ProfilesVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    const QList<Profile> profiles = core.profiles().profiles();
    const QString defaultId = core.profiles().lastUsed().id;
    QString problem;
    QJsonArray json;
    QStringList lines;
    for (const Profile &profile : profiles) {
        const Saved saved = sessionSaved(core, profile, &problem);
        core.localSecrets().setAccount(profile.serverRoot(), profile.customerId);
        const int storedKeys
            = profile.customerId.isEmpty() ? 0 : int(core.localSecrets().storedKeyIds().size());
        json.append(QJsonObject {
            { QStringLiteral("name"), profile.name },
            { QStringLiteral("server"), profile.serverRoot().toString() },
            { QStringLiteral("sign_in"), identity(profile) },
            { QStringLiteral("default"), profile.id == defaultId },
            { QStringLiteral("session_saved"),
                saved == Saved::Unknown ? QJsonValue() : QJsonValue(saved == Saved::Yes) },
            { QStringLiteral("stored_keys"), storedKeys },
        });
        const QString savedText = saved == Saved::Yes ? tr("session saved")
            : saved == Saved::No                      ? tr("not signed in")
                                                      : tr("session unknown");
        lines.append(QStringLiteral("%1 %2  %3  %4  %5  %6")
                         .arg(profile.id == defaultId ? QStringLiteral("*") : QStringLiteral(" "),
                             profile.name, profile.serverDisplayName(), identity(profile), savedText,
                             tr("%n key(s) stored", nullptr, storedKeys)));
    }
    if (parser.isSet(QStringLiteral("json")))
        Terminal::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else if (profiles.isEmpty())
        Terminal::outLine(tr("No profiles yet: vbkeys login makes one."));
    else
        Terminal::out(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (!problem.isEmpty()) {
        Terminal::errLine(tr("Saved sessions could not be checked: %1").arg(problem));
        return ExitCode::Keychain;
    }
    return ExitCode::Ok;
}
