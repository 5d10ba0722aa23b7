#include "KeyResolver.h"

#include "Await.h"
#include "ExitCode.h"
#include "api/AccessKeyListReply.h"
#include "api/VoipbinClient.h"

#include <QStringList>

AccessKeyList KeyResolver::fetchAll(VoipbinClient &client, CliError *error)
{
    AccessKeyListReply *reply = client.listAccessKeys();
    Await::reply(reply);
    reply->deleteLater();
    if (!reply->isOk()) {
        *error = CliError(ExitCode::forApiError(reply->error()), reply->error().userMessage());
        return {};
    }
    return reply->accessKeys();
}

AccessKey KeyResolver::find(const AccessKeyList &keys, const QString &text, CliError *error)
{
    const QString wanted = text.trimmed();
    for (const AccessKey &key : keys) {
        if (key.id == wanted || (!key.tokenPrefix.isEmpty() && key.tokenPrefix == wanted))
            return key;
    }
    AccessKeyList named;
    for (const AccessKey &key : keys) {
        if (key.name == wanted)
            named.append(key);
    }
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty()) {
        *error = CliError(ExitCode::NotFound,
            tr("This account has no key with the id, prefix or name “%1” (vbkeys list shows them).")
                .arg(wanted));
        return {};
    }
    QStringList ids;
    for (const AccessKey &key : named)
        ids.append(key.id);
    *error = CliError(ExitCode::Usage,
        tr("%n keys are named “%1”; name one by its id: %2", nullptr, int(named.size()))
            .arg(wanted, ids.join(QStringLiteral(", "))));
    return {};
}
