#include "ListVerb.h"

#include "CliCore.h"
#include "ExitCode.h"
#include "KeyJson.h"
#include "KeyResolver.h"
#include "ProfileResolver.h"
#include "SessionOpener.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString expiryText(const AccessKey &key)
{
    if (!key.expiresAt.isValid())
        return ListVerb::tr("never");
    const QString date = key.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    return key.isExpired() ? ListVerb::tr("%1 (expired)").arg(date) : date;
}
} // namespace

QString ListVerb::summary() const
{
    return tr("List the account's keys, their expiry and whether their secret is stored here.");
}

void ListVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        ProfileResolver::option(),
        { QStringLiteral("json"), tr("Print JSON (see vbkeys(1)).") },
        { QStringLiteral("expiring"), tr("Only keys that expire within DAYS days, or have expired."),
            QStringLiteral("DAYS") },
    });
}

int ListVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    int days = -1;
    if (parser.isSet(QStringLiteral("expiring"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("expiring")).toInt(&ok);
        if (!ok || days < 0) {
            Terminal::errLine(tr("list: --expiring takes a number of days."));
            return ExitCode::Usage;
        }
    }
    CliError error;
    const Profile profile = ProfileResolver::resolve(parser, core.profiles(), &error);
    const Session session = error.isError() ? Session() : SessionOpener::open(core, profile, &error);
    const AccessKeyList keys
        = error.isError() ? AccessKeyList() : KeyResolver::fetchAll(core.client(), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    QJsonArray json;
    QStringList lines;
    for (const AccessKey &key : keys) {
        if (days >= 0 && !key.isExpired() && !key.expiresWithinDays(days))
            continue;
        const bool stored = core.localSecrets().isStored(key.id);
        const bool current = session.matchesAccessKey(key);
        json.append(KeyJson::of(key, stored, current));
        lines.append(
            QStringLiteral("%1  %2  %3  %4  %5%6")
                .arg(key.id, key.tokenPrefix, expiryText(key), stored ? tr("stored") : tr("not stored"),
                    key.displayName(), current ? tr("  (this profile signs in with it)") : QString()));
    }
    if (parser.isSet(QStringLiteral("json")))
        Terminal::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else if (!lines.isEmpty())
        Terminal::out(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitCode::Ok;
}
