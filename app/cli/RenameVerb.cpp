#include "RenameVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "KeyResolver.h"
#include "ProfileResolver.h"
#include "SessionOpener.h"
#include "Terminal.h"
#include "api/AccessKeyReply.h"

QString RenameVerb::summary() const
{
    return tr("Rename a key and change its description.");
}

void RenameVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        ProfileResolver::option(),
        { QStringLiteral("detail"), tr("The new description (default: keep it)."), QStringLiteral("TEXT") },
    });
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("The key's id, name or token prefix."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Its new name."));
}

int RenameVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2 || arguments.at(1).trimmed().isEmpty()) {
        Terminal::errLine(tr("rename: vbkeys rename KEY NAME."));
        return ExitCode::Usage;
    }
    CliError error;
    const Profile profile = ProfileResolver::resolve(parser, core.profiles(), &error);
    const Session session = error.isError() ? Session() : SessionOpener::open(core, profile, &error);
    const AccessKeyList keys
        = error.isError() ? AccessKeyList() : KeyResolver::fetchAll(core.client(), &error);
    const AccessKey key = error.isError() ? AccessKey() : KeyResolver::find(keys, arguments.first(), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    const QString detail
        = parser.isSet(QStringLiteral("detail")) ? parser.value(QStringLiteral("detail")) : key.detail;
    AccessKeyReply *reply = core.client().updateAccessKey(key.id, arguments.at(1).trimmed(), detail);
    Await::reply(reply);
    reply->deleteLater();
    if (!reply->isOk()) {
        Terminal::errLine(reply->error().userMessage());
        return ExitCode::forApiError(reply->error());
    }
    core.localSecrets().relabel(reply->accessKey());
    Terminal::outLine(tr("Renamed %1 to “%2”.").arg(key.id, reply->accessKey().displayName()));
    return ExitCode::Ok;
}
