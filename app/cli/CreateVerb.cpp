#include "CreateVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "ExpirySpec.h"
#include "KeyJson.h"
#include "KeyResolver.h"
#include "ProfileResolver.h"
#include "SessionOpener.h"
#include "Terminal.h"
#include "api/AccessKeyReply.h"
#include "api/UnconfirmedCreateCheck.h"
#include "core/Clock.h"
#include "core/SecretWipe.h"
#include "secrets/SecretJob.h"

#include <QJsonDocument>

QString CreateVerb::summary() const
{
    return tr("Create a key and store its secret in the keychain.");
}

void CreateVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        ProfileResolver::option(),
        { QStringLiteral("detail"), tr("A description of the key."), QStringLiteral("TEXT") },
        { QStringLiteral("expires"),
            tr("30d, 90d, 1y or YYYY-MM-DD (default: %1).").arg(QLatin1String(ExpirySpec::Default)),
            QStringLiteral("WHEN") },
        { QStringLiteral("json"), tr("Print JSON (see vbkeys(1)).") },
        { QStringLiteral("reveal"), tr("Print the secret too (it is in the keychain either way).") },
    });
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The key's name."));
}

int CreateVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
        Terminal::errLine(tr("create: name the key: vbkeys create NAME."));
        return ExitCode::Usage;
    }
    const QString name = arguments.first().trimmed();
    const QString detail = parser.value(QStringLiteral("detail"));
    QString problem;
    const qint64 lifetime = ExpirySpec::lifetimeSeconds(parser.isSet(QStringLiteral("expires"))
            ? parser.value(QStringLiteral("expires"))
            : QLatin1String(ExpirySpec::Default),
        Clock::currentDateTimeUtc(), &problem);
    if (lifetime < 0) {
        Terminal::errLine(QStringLiteral("create: ") + problem);
        return ExitCode::Usage;
    }
    CliError error;
    const Profile profile = ProfileResolver::resolve(parser, core.profiles(), &error);
    const Session session = error.isError() ? Session() : SessionOpener::open(core, profile, &error);
    // Listed first: should the create's answer be lost, the keys that were already there are known.
    const AccessKeyList before
        = error.isError() ? AccessKeyList() : KeyResolver::fetchAll(core.client(), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    QSet<QString> knownIds;
    for (const AccessKey &key : before)
        knownIds.insert(key.id);
    const QDateTime startedUtc = Clock::currentDateTimeUtc();
    AccessKeyReply *reply = core.client().createAccessKey(name, detail, lifetime);
    Await::reply(reply);
    if (!reply->isOk()) {
        const ApiError apiError = reply->error();
        delete reply;
        if (apiError.outcomeUnknown())
            return reportLostAnswer(core, name, detail, startedUtc, knownIds);
        Terminal::errLine(apiError.userMessage());
        return ExitCode::forApiError(apiError);
    }
    NewAccessKey created = reply->newAccessKey();
    delete reply; // wipes its copy of the token
    error = storeSecret(core, created);
    const bool reveal = parser.isSet(QStringLiteral("reveal"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = KeyJson::of(created.key, !error.isError(), false);
        if (reveal)
            json.insert(QStringLiteral("token"), created.token);
        Terminal::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        Terminal::outLine(tr("Created key %1 “%2” (%3).")
                              .arg(created.key.id, created.key.displayName(), created.key.tokenPrefix));
        if (reveal)
            Terminal::outLine(created.token);
    }
    SecretWipe::wipe(created.token);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    return ExitCode::Ok;
}

CliError CreateVerb::storeSecret(CliCore &core, const NewAccessKey &created)
{
    SecretJob *job = core.localSecrets().store(created);
    Await::job(job);
    if (job->status() == SecretJob::Status::TimedOut) // an unlock prompt may still be answered
        Await::signal(job, &SecretJob::answeredLate, KeychainSecretStore::DefaultTimeoutMs);
    const bool ok = job->isOk();
    const QString message = job->userMessage();
    job->deleteLater();
    if (ok)
        return {};
    return CliError(ExitCode::Keychain,
        tr("The key %1 was created, but its secret could not be stored: %2 Its secret is shown only once: "
           "run vbkeys create again with --reveal once the keychain works, and revoke this one "
           "(vbkeys revoke %1).")
            .arg(created.key.id, message));
}

int CreateVerb::reportLostAnswer(CliCore &core, const QString &name, const QString &detail,
    const QDateTime &startedUtc, const QSet<QString> &knownIds)
{
    UnconfirmedCreateCheck *check
        = UnconfirmedCreateCheck::start(&core.client(), name, detail, startedUtc, knownIds);
    Await::reply(check);
    check->deleteLater();
    if (!check->isOk()) {
        Terminal::errLine(
            tr("The server's answer to the create was lost, and the keys could not be listed to "
               "see whether it made one: %1 Check with vbkeys list before creating it again.")
                .arg(check->error().userMessage()));
        return ExitCode::Network;
    }
    if (check->matches().isEmpty()) {
        Terminal::errLine(tr("The server's answer was lost and no key was made. Please try again."));
        return ExitCode::Network;
    }
    Terminal::errLine(tr("The server's answer was lost, but it made the key %1; its secret, shown only in "
                         "that answer, cannot be had. Revoke it (vbkeys revoke %1) and create another.")
                          .arg(check->matches().first().id));
    return ExitCode::Failed;
}
