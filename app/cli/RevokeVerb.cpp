#include "RevokeVerb.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "KeyResolver.h"
#include "ProfileResolver.h"
#include "SessionOpener.h"
#include "Terminal.h"
#include "api/AccessKeyReply.h"

QString RevokeVerb::summary() const
{
    return tr("Revoke a key on the server and forget its stored secret.");
}

void RevokeVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        ProfileResolver::option(),
        { QStringLiteral("yes"), tr("Do not ask first.") },
    });
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("The key's id, name or token prefix."));
}

int RevokeVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    if (parser.positionalArguments().size() != 1) {
        Terminal::errLine(tr("revoke: name one key: vbkeys revoke KEY."));
        return ExitCode::Usage;
    }
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (!yes && !Terminal::hasTerminal()) {
        Terminal::errLine(tr("revoke: there is no terminal to ask on; add --yes to revoke without asking."));
        return ExitCode::Usage;
    }
    CliError error;
    const Profile profile = ProfileResolver::resolve(parser, core.profiles(), &error);
    const Session session = error.isError() ? Session() : SessionOpener::open(core, profile, &error);
    const AccessKeyList keys
        = error.isError() ? AccessKeyList() : KeyResolver::fetchAll(core.client(), &error);
    const AccessKey key = error.isError()
        ? AccessKey()
        : KeyResolver::find(keys, parser.positionalArguments().first(), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    const bool signsInWithIt = session.matchesAccessKey(key);
    if (!yes) {
        const QString question = signsInWithIt
            ? tr("Revoke %1 “%2”? Profile “%3” signs in with it and will be signed out.")
            : tr("Revoke %1 “%2”? Whatever uses it stops working.");
        if (!Terminal::confirm(question.arg(key.id, key.displayName(), profile.name))) {
            Terminal::errLine(tr("Nothing was revoked."));
            return ExitCode::Failed;
        }
    }
    AccessKeyReply *reply = core.client().deleteAccessKey(key.id);
    Await::reply(reply);
    reply->deleteLater();
    // Already gone (a second revoke's 409): the outcome the user asked for.
    if (!reply->isOk() && reply->error().kind() != ApiError::Kind::AlreadyDeleted) {
        Terminal::errLine(reply->error().userMessage());
        return ExitCode::forApiError(reply->error());
    }
    core.localSecrets().forget(key.id);
    Terminal::outLine(tr("Revoked %1 “%2”.").arg(key.id, key.displayName()));
    return ExitCode::Ok;
}
