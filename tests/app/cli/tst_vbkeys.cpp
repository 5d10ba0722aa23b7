// vbkeys end to end: the binary run as a child against the in-process sandbox over loopback and the real
// gnome-keyring of scripts/keyring-session.sh (unlocked), sharing settings and keychain entries with the
// core the window uses (created here as MainWindow creates them).
#include "VbkeysRunner.h"
#include "api/AccessKeyReply.h"
#include "api/CustomerReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"
#include "core/Settings.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>

#include <SandboxServer.h>
#include <memory>

namespace {
const QString Alice = QStringLiteral("alice");
const QByteArray AlicePassword = "alice-sandbox-password";

template<typename Reply>
Reply *waitFor(Reply *reply)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished())
        spy.wait(15000);
    return reply;
}

SecretJob *waitFor(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(15000);
    return job;
}

QByteArray cmdline(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray environOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/environ").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> result;
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &part : file.readAll().simplified().split(' '))
            if (!part.isEmpty())
                result.append(part.toLongLong());
    }
    return result;
}
} // namespace

class TestVbkeys : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolateHome(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    KeychainSecretStore m_store;
    QString m_server2Url;

    QString url() const { return m_server->url().toString(); }

    VbkeysResult login(const QStringList &extra = {})
    {
        return runVbkeys(QStringList { QStringLiteral("login"), QStringLiteral("--server"), url(),
                             QStringLiteral("--username"), Alice, QStringLiteral("--password-stdin") }
                + extra,
            AlicePassword + '\n');
    }

    /// A fresh view of the settings file the children wrote.
    static std::unique_ptr<Settings> settings()
    {
        auto settings = std::make_unique<Settings>();
        settings->backend()->sync();
        return settings;
    }

    static Profile profileNamed(const QString &name)
    {
        auto s = settings();
        ProfileStore store(s.get());
        return store.findByName(name);
    }

    /// A key created as the window creates one: the client's create, then LocalKeySecrets::store first.
    NewAccessKey createAsTheWindowDoes(const QString &name)
    {
        VoipbinClient client;
        client.setServerRoot(m_server->url());
        LoginReply *login = waitFor(client.login(Alice, QString::fromLatin1(AlicePassword)));
        client.setCredential(Credential::jwt(login->token()));
        CustomerReply *customer = waitFor(client.currentCustomer());
        AccessKeyReply *created = waitFor(client.createAccessKey(name, QString(), 30 * 86400));
        const NewAccessKey key = created->newAccessKey();
        auto s = settings();
        LocalKeySecrets local(&m_store, s->backend());
        local.setAccount(m_server->url(), customer->customer().id);
        SecretJob *job = waitFor(local.store(key));
        if (!job->isOk())
            qWarning("store failed: %s", qPrintable(job->userMessage()));
        delete job;
        delete login;
        delete customer;
        delete created;
        return key;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys"));
        QCoreApplication::setApplicationName(QStringLiteral("voipbin-keys"));
        sandbox::SandboxOptions options;
        options.users = { { Alice, QString::fromLatin1(AlicePassword), true, QString() } };
        options.seedKeys = 3;
        options.rateLimitPerSecond = 0;
        options.authRateLimitPerSecond = 0;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void helpAndVersion()
    {
        const VbkeysResult help = runVbkeys({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        for (const char *verb :
            { "profiles", "login", "list", "create", "token", "revoke", "rename", "exec" })
            QVERIFY2(help.out.contains(QByteArray("  ") + verb), verb);
        const VbkeysResult loginHelp = runVbkeys({ QStringLiteral("login"), QStringLiteral("--help") });
        QCOMPARE(loginHelp.code, 0);
        QVERIFY(loginHelp.out.startsWith("Usage: vbkeys login [options]"));
        QVERIFY(loginHelp.out.contains("--password-stdin"));
        const VbkeysResult version = runVbkeys({ QStringLiteral("--version") });
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("vbkeys " VOIPBIN_KEYS_VERSION));
    }

    void linksNoWidgets()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), { QStringLiteral(VBKEYS_PATH) });
        QVERIFY(ldd.waitForFinished(10000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY2(
            libraries.contains("libQt6Core.so"), libraries.constData()); // the check reads the right list
        QVERIFY(!libraries.contains("libQt6Widgets"));
        QVERIFY(!libraries.contains("libQt6Gui"));
    }

    void usageErrorsExit2()
    {
        QCOMPARE(runVbkeys({}).code, 2);
        QCOMPARE(runVbkeys({ QStringLiteral("frobnicate") }).code, 2);
        const VbkeysResult bad = runVbkeys({ QStringLiteral("list"), QStringLiteral("--bogus") });
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("bogus"));
        // Both or neither of --username and --accesskey.
        QCOMPARE(runVbkeys({ QStringLiteral("login") }).code, 2);
        QCOMPARE(runVbkeys({ QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--expires"),
                               QStringLiteral("3h") })
                     .code,
            2);
    }

    void notSignedInExit3()
    {
        // The settings have no profile yet but the one the 0.x migration makes, never signed in.
        const VbkeysResult list = runVbkeys({ QStringLiteral("list") });
        QCOMPARE(list.code, 3);
        QVERIFY2(list.err.contains("vbkeys login"), list.err.constData());
        QCOMPARE(
            runVbkeys({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("nope") }).code,
            7);
    }

    void wrongPasswordExit5()
    {
        const VbkeysResult wrong
            = runVbkeys({ QStringLiteral("login"), QStringLiteral("--server"), url(),
                            QStringLiteral("--username"), Alice, QStringLiteral("--password-stdin") },
                "not-the-password\n");
        QCOMPARE(wrong.code, 5);
        QVERIFY2(wrong.err.contains("password"), wrong.err.constData());
        QVERIFY(!wrong.err.contains("not-the-password"));
        QVERIFY(profileNamed(QStringLiteral("alice on 127.0.0.1:%1").arg(m_server->port())).isNull());
    }

    void serverDownExit6()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString down = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const VbkeysResult result
            = runVbkeys({ QStringLiteral("login"), QStringLiteral("--server"), down,
                            QStringLiteral("--username"), Alice, QStringLiteral("--password-stdin") },
                AlicePassword + '\n');
        QCOMPARE(result.code, 6);
        QVERIFY(!result.err.isEmpty());
    }

    void noTerminalForThePassword()
    {
        // QProcess gives no controlling terminal: without --password-stdin there is nowhere to ask.
        const VbkeysResult result = runVbkeys({ QStringLiteral("login"), QStringLiteral("--server"), url(),
            QStringLiteral("--username"), Alice });
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains("--password-stdin"));
    }

    void loginAndProfiles()
    {
        const VbkeysResult result = login({ QStringLiteral("--profile"), QStringLiteral("sandbox") });
        QVERIFY2(result.code == 0, qPrintable(QString::number(result.code) + QString::fromUtf8(result.err)));
        const Profile profile = profileNamed(QStringLiteral("sandbox"));
        QVERIFY(!profile.isNull());
        QCOMPARE(profile.serverRoot(), m_server->url());
        QVERIFY(profile.rememberMe);
        QVERIFY(!profile.customerId.isEmpty());
        // The remembered session is the window's entry: it reads it as its own.
        SecretJob *job = waitFor(m_store.read(profile.sessionEntryName()));
        QVERIFY(job->isOk());
        QCOMPARE(job->secret().count(QLatin1Char('.')), 2); // a JWT
        delete job;

        const VbkeysResult profiles = runVbkeys({ QStringLiteral("profiles"), QStringLiteral("--json") });
        QCOMPARE(profiles.code, 0);
        bool found = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(profiles.out).array()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("name")).toString() == QLatin1String("sandbox")) {
                found = true;
                QCOMPARE(object.value(QStringLiteral("session_saved")).toBool(), true);
                QCOMPARE(object.value(QStringLiteral("default")).toBool(), true);
                QCOMPARE(object.value(QStringLiteral("server")).toString(), url());
            }
        }
        QVERIFY2(found, profiles.out.constData());
    }

    void listAllKeys()
    {
        const VbkeysResult list = runVbkeys({ QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(list.code == 0, list.err.constData());
        const QJsonArray keys = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(keys.size(), 3); // the seeded ones
        for (const QJsonValue &key : keys) {
            const QJsonObject object = key.toObject();
            for (const char *field : { "id", "name", "detail", "token_prefix", "created", "expires",
                     "expired", "stored", "signed_in_with" })
                QVERIFY2(object.contains(QLatin1String(field)), field);
            QCOMPARE(object.value(QStringLiteral("stored")).toBool(), false);
        }
        const VbkeysResult text = runVbkeys({ QStringLiteral("list") });
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count('\n'), 3);
    }

    void createdByVbkeysReadByTheWindowsCore()
    {
        const VbkeysResult create = runVbkeys({ QStringLiteral("create"), QStringLiteral("ci-pipeline"),
            QStringLiteral("--detail"), QStringLiteral("deploys"), QStringLiteral("--expires"),
            QStringLiteral("30d"), QStringLiteral("--json") });
        QVERIFY2(create.code == 0, create.err.constData());
        const QJsonObject key = QJsonDocument::fromJson(create.out).object();
        const QString id = key.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(key.value(QStringLiteral("stored")).toBool());
        QVERIFY(!key.contains(QStringLiteral("token"))); // not without --reveal
        const QString prefix = key.value(QStringLiteral("token_prefix")).toString();
        QVERIFY(prefix.startsWith(QStringLiteral("vb_")));

        // The window's core finds it stored, and its secret works against the server.
        const Profile profile = profileNamed(QStringLiteral("sandbox"));
        auto s = settings();
        LocalKeySecrets local(&m_store, s->backend());
        local.setAccount(profile.serverRoot(), profile.customerId);
        QVERIFY(local.isStored(id));
        SecretJob *job = waitFor(local.read(id));
        QVERIFY(job->isOk());
        const QString token = job->secret();
        delete job;
        QVERIFY(token.startsWith(prefix));
        QVERIFY(!create.out.contains(token.toUtf8()) && !create.err.contains(token.toUtf8()));
        VoipbinClient client;
        client.setServerRoot(m_server->url());
        client.setCredential(Credential::accessKey(token));
        CustomerReply *customer = waitFor(client.currentCustomer());
        QVERIFY(customer->isOk());
        delete customer;

        const VbkeysResult list = runVbkeys({ QStringLiteral("list") });
        QVERIFY(list.out.contains(id.toUtf8() + "  " + prefix.toUtf8()));
        QVERIFY(QString::fromUtf8(list.out).contains(
            QRegularExpression(id + QStringLiteral(".* stored  ci-pipeline"))));
    }

    void createdInTheWindowReadByVbkeysToken()
    {
        const NewAccessKey key = createAsTheWindowDoes(QStringLiteral("from-window"));
        QVERIFY(key.isValid());
        const VbkeysResult byId = runVbkeys({ QStringLiteral("token"), key.key.id });
        QVERIFY2(byId.code == 0, byId.err.constData());
        QCOMPARE(byId.out, key.token.toUtf8() + '\n');
        const VbkeysResult byName = runVbkeys({ QStringLiteral("token"), QStringLiteral("from-window") });
        QCOMPARE(byName.code, 0);
        QCOMPARE(byName.out, key.token.toUtf8() + '\n');
        const VbkeysResult byPrefix = runVbkeys({ QStringLiteral("token"), key.key.tokenPrefix });
        QCOMPARE(byPrefix.out, key.token.toUtf8() + '\n');
        // A seeded key's secret was never stored here: said so, exit 7.
        const VbkeysResult list = runVbkeys({ QStringLiteral("list"), QStringLiteral("--json") });
        QString seeded;
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array())
            if (!value.toObject().value(QStringLiteral("stored")).toBool())
                seeded = value.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!seeded.isEmpty());
        const VbkeysResult missing = runVbkeys({ QStringLiteral("token"), seeded });
        QCOMPARE(missing.code, 7);
        QVERIFY(missing.out.isEmpty());
        // A password profile has no accesskey of its own.
        QCOMPARE(runVbkeys({ QStringLiteral("token") }).code, 2);
    }

    void execGivesTheKeyInTheEnvironmentOnly()
    {
        const NewAccessKey key = createAsTheWindowDoes(QStringLiteral("exec-key"));
        // The child reports each variable's presence and length, never its value.
        // Each variable: "NAME set LENGTH" or "NAME unset 0".
        const QString report
            = QStringLiteral("for v in VOIPBIN_ACCESSKEY VN_ACCESS_KEY VOIPBIN_API_KEY MY_KEY; do if eval "
                             "\"[ -n \\\"\\${$v+x}\\"
                             "\" ]\"; then eval \"n=\\${#$v}\"; echo \"$v set $n\"; else echo \"$v unset "
                             "0\"; fi; done; echo \"marker ${VBKEYS_EXEC:-unset}\"; exit 42");
        QProcessEnvironment stale;
        stale.insert(QStringLiteral("VN_ACCESS_KEY"), QStringLiteral("stale-key-from-the-caller"));
        const VbkeysResult run
            = runVbkeys({ QStringLiteral("exec"), QStringLiteral("--key"), key.key.id, QStringLiteral("--"),
                            QStringLiteral("sh"), QStringLiteral("-c"), report },
                {}, stale);
        QCOMPARE(run.code, 42); // the command's own status
        const QByteArray length = QByteArray::number(key.token.size());
        QVERIFY2(run.out.contains("VOIPBIN_ACCESSKEY set " + length), run.out.constData());
        QVERIFY(run.out.contains("VN_ACCESS_KEY set " + length));
        QVERIFY(run.out.contains("VOIPBIN_API_KEY set " + length));
        QVERIFY(run.out.contains("MY_KEY unset 0"));
        QVERIFY(run.out.contains("marker 1"));

        // --env: only the names given (and the competing defaults are gone).
        const VbkeysResult named
            = runVbkeys({ QStringLiteral("exec"), QStringLiteral("--key"), QStringLiteral("exec-key"),
                            QStringLiteral("--env"), QStringLiteral("MY_KEY"), QStringLiteral("sh"),
                            QStringLiteral("-c"), report },
                {}, stale);
        QCOMPARE(named.code, 42);
        QVERIFY(named.out.contains("MY_KEY set " + length));
        QVERIFY(named.out.contains("VN_ACCESS_KEY unset 0"));

        // Inside another vbkeys exec: refused.
        QProcessEnvironment nested;
        nested.insert(QStringLiteral("VBKEYS_EXEC"), QStringLiteral("1"));
        const VbkeysResult refused = runVbkeys({ QStringLiteral("exec"), QStringLiteral("--key"), key.key.id,
                                                   QStringLiteral("--"), QStringLiteral("true") },
            {}, nested);
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains("inside vbkeys exec"));
        QCOMPARE(runVbkeys({ QStringLiteral("exec"), QStringLiteral("--key"), key.key.id,
                               QStringLiteral("--"), QStringLiteral("no-such-command-here") })
                     .code,
            127);
    }

    void noSecretInAnyArgvWhileExecRuns()
    {
        const NewAccessKey key = createAsTheWindowDoes(QStringLiteral("argv-key"));
        QProcess process;
        process.start(QStringLiteral(VBKEYS_PATH),
            { QStringLiteral("exec"), QStringLiteral("--key"), key.key.id, QStringLiteral("--"),
                QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo started; sleep 5") });
        QVERIFY(process.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("started"),
            qPrintable(QString::fromUtf8(output + process.readAllStandardError())), 10000);
        const QList<qint64> children = childrenOf(process.processId());
        QCOMPARE(children.size(), 1);
        const QByteArray token = key.token.toUtf8();
        QVERIFY(!cmdline(process.processId()).isEmpty());
        QVERIFY(!cmdline(process.processId()).contains(token));
        QVERIFY(!cmdline(children.first()).isEmpty());
        QVERIFY(!cmdline(children.first()).contains(token));
        QVERIFY(environOf(children.first()).contains("VOIPBIN_ACCESSKEY=" + token)); // the right process
        QVERIFY(!environOf(process.processId()).contains(token)); // vbkeys' own environment never had it
        // SIGTERM to vbkeys reaches the child; vbkeys exits with the child's 128 + 15.
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 128 + 15);
    }

    void renameAndRevoke()
    {
        const VbkeysResult rename = runVbkeys(
            { QStringLiteral("rename"), QStringLiteral("ci-pipeline"), QStringLiteral("ci-renamed") });
        QVERIFY2(rename.code == 0, rename.err.constData());
        const VbkeysResult list = runVbkeys({ QStringLiteral("list"), QStringLiteral("--json") });
        QString id;
        QString detail;
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == QLatin1String("ci-renamed")) {
                id = value.toObject().value(QStringLiteral("id")).toString();
                detail = value.toObject().value(QStringLiteral("detail")).toString();
            }
        }
        QVERIFY(!id.isEmpty());
        QCOMPARE(detail, QStringLiteral("deploys")); // kept

        const VbkeysResult unasked = runVbkeys({ QStringLiteral("revoke"), id });
        QCOMPARE(unasked.code, 2); // no terminal to ask on, no --yes
        const VbkeysResult revoke = runVbkeys({ QStringLiteral("revoke"), id, QStringLiteral("--yes") });
        QVERIFY2(revoke.code == 0, revoke.err.constData());
        QVERIFY(!runVbkeys({ QStringLiteral("list") }).out.contains(id.toUtf8()));
        const Profile profile = profileNamed(QStringLiteral("sandbox"));
        auto s = settings();
        LocalKeySecrets local(&m_store, s->backend());
        local.setAccount(profile.serverRoot(), profile.customerId);
        QVERIFY(!local.isStored(id));
        QCOMPARE(runVbkeys({ QStringLiteral("revoke"), id, QStringLiteral("--yes") }).code, 7);
    }

    void importVnAndScrub()
    {
        // Two servers: vn's profiles on the sandbox and on a second one (vn's URLs end in /v1.0), plus an
        // expired key.
        sandbox::SandboxOptions options;
        options.users = { { QStringLiteral("carol"), QStringLiteral("carol-password"), true, QString() } };
        options.rateLimitPerSecond = 0;
        options.authRateLimitPerSecond = 0;
        sandbox::SandboxServer second(options);
        QVERIFY(second.start());
        const QString valid
            = m_server->createAccessKeyDirect(Alice, QStringLiteral("vn-default"), 86400 * 30);
        const QString expired
            = second.createAccessKeyDirect(QStringLiteral("carol"), QStringLiteral("old"), -60);
        const QString other
            = second.createAccessKeyDirect(QStringLiteral("carol"), QStringLiteral("vn-b"), 86400);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        const QByteArray text = "current_profile: work\nprofiles:\n  work:\n    access_key: " + valid.toUtf8()
            + "\n    api_url: " + url().toUtf8() + "/v1.0\n  expired:\n    access_key: " + expired.toUtf8()
            + "\n    api_url: " + second.url().toString().toUtf8() + "/v1.0\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The expired key is named, the valid one imported; --scrub leaves the file alone while a key is not
        // stored.
        const VbkeysResult first = runVbkeys(
            { QStringLiteral("import-vn"), QStringLiteral("--file"), path, QStringLiteral("--scrub") });
        QCOMPARE(first.code, 1);
        QVERIFY2(
            first.err.contains("“expired”") && first.err.contains("did not accept"), first.err.constData());
        QVERIFY(first.err.contains("unchanged"));
        QVERIFY(!first.err.contains(expired.toUtf8()) && !first.out.contains(valid.toUtf8()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), text);
        check.close();
        const Profile work = profileNamed(QStringLiteral("work"));
        QVERIFY(!work.isNull());
        QCOMPARE(work.method, SignInMethod::AccessKey);
        QCOMPARE(work.serverRoot(), m_server->url());
        const VbkeysResult token
            = runVbkeys({ QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("work") });
        QCOMPARE(token.out, valid.toUtf8() + '\n');

        // With the expired key replaced, everything is stored and the scrub blanks both keys.
        QByteArray fixed = text;
        fixed.replace(expired.toUtf8(), other.toUtf8());
        // And a second vn profile on the first server: each accesskey profile keeps its own session.
        const QString sameServer
            = m_server->createAccessKeyDirect(Alice, QStringLiteral("vn-second"), 86400 * 30);
        fixed += "  work2:\n    access_key: " + sameServer.toUtf8() + "\n    api_url: " + url().toUtf8()
            + "/v1.0\n";
        QVERIFY(check.open(QIODevice::WriteOnly | QIODevice::Truncate));
        check.write(fixed);
        check.close();
        const VbkeysResult second2 = runVbkeys(
            { QStringLiteral("import-vn"), QStringLiteral("--file"), path, QStringLiteral("--scrub") });
        QVERIFY2(second2.code == 0, second2.err.constData());
        QVERIFY(check.open(QIODevice::ReadOnly));
        QByteArray scrubbed = fixed;
        scrubbed.replace(valid.toUtf8(), "\"\"")
            .replace(other.toUtf8(), "\"\"")
            .replace(sameServer.toUtf8(), "\"\"");
        QCOMPARE(check.readAll(), scrubbed);
        QCOMPARE(int(QFile::permissions(path)),
            int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser));
        const VbkeysResult work1Token
            = runVbkeys({ QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("work") });
        QCOMPARE(work1Token.out, valid.toUtf8() + '\n');
        const VbkeysResult work2Token
            = runVbkeys({ QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("work2") });
        QCOMPARE(work2Token.out, sameServer.toUtf8() + '\n');
        // vn runs with the key from VN_ACCESS_KEY.
        const VbkeysResult vn = runVbkeys({ QStringLiteral("exec"), QStringLiteral("--profile"),
            QStringLiteral("expired"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo ${#VN_ACCESS_KEY}") });
        QCOMPARE(vn.code, 0);
        QCOMPARE(vn.out.trimmed(), QByteArray::number(other.size()));

        // A symlinked vn file: said so, nothing imported.
        const QString link = dir.filePath(QStringLiteral("link.yaml"));
        QVERIFY(QFile::link(path, link));
        const VbkeysResult linked
            = runVbkeys({ QStringLiteral("import-vn"), QStringLiteral("--file"), link });
        QCOMPARE(linked.code, 1);
        QVERIFY(linked.err.contains("symbolic link"));
    }

    void signupInBothServerShapes()
    {
        QCOMPARE(runVbkeys(
                     { QStringLiteral("signup"), QStringLiteral("--email"), QStringLiteral("x@example.com") })
                     .code,
            2);

        // Today's servers: the key comes back with the signup.
        m_server->setSignupFlow(sandbox::SignupFlow::Current);
        const VbkeysResult current = runVbkeys({ QStringLiteral("signup"), QStringLiteral("--email"),
            QStringLiteral("agent1@example.com"), QStringLiteral("--accept-tos"), QStringLiteral("--server"),
            url(), QStringLiteral("--profile"), QStringLiteral("agent1") });
        QVERIFY2(current.code == 0, current.err.constData());
        const VbkeysResult key1
            = runVbkeys({ QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("agent1") });
        QCOMPARE(key1.code, 0);
        QVERIFY(key1.out.startsWith("vb_"));
        QVERIFY(!current.out.contains(key1.out.trimmed())); // not without --reveal
        const VbkeysResult list = runVbkeys({ QStringLiteral("list"), QStringLiteral("--profile"),
            QStringLiteral("agent1"), QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("\"stored\": true"));
        QVERIFY(list.out.contains("\"signed_in_with\": true"));

        // The same address again: the server's {} is explained, exit 5.
        const VbkeysResult again = runVbkeys(
            { QStringLiteral("signup"), QStringLiteral("--email"), QStringLiteral("agent1@example.com"),
                QStringLiteral("--accept-tos"), QStringLiteral("--server"), url() });
        QCOMPARE(again.code, 5);
        QVERIFY2(again.err.contains("already registered"), again.err.constData());

        // The complete-signup generation: the emailed code, read from stdin.
        m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
        QProcess process;
        process.start(QStringLiteral(VBKEYS_PATH),
            { QStringLiteral("signup"), QStringLiteral("--email"), QStringLiteral("agent2@example.com"),
                QStringLiteral("--accept-tos"), QStringLiteral("--server"), url(),
                QStringLiteral("--profile"), QStringLiteral("agent2"), QStringLiteral("--code-stdin") });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_server->outbox()
                 .latest(QStringLiteral("agent2@example.com"), sandbox::SandboxMail::Kind::SignupCode)
                 .secret.isEmpty(),
            10000);
        const QString code
            = m_server->outbox()
                  .latest(QStringLiteral("agent2@example.com"), sandbox::SandboxMail::Kind::SignupCode)
                  .secret;
        QVERIFY(!cmdline(process.processId()).contains(code.toUtf8()));
        process.write(code.toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(15000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(!process.readAllStandardOutput().contains(code.toUtf8()));
        const VbkeysResult key2
            = runVbkeys({ QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("agent2") });
        QCOMPARE(key2.code, 0);
        QVERIFY(key2.out.startsWith("vb_"));
        m_server->setSignupFlow(sandbox::SignupFlow::Current);
    }

    void accessKeyLoginForAgents()
    {
        const NewAccessKey key = createAsTheWindowDoes(QStringLiteral("agent"));
        const VbkeysResult login
            = runVbkeys({ QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("agent"),
                            QStringLiteral("--server"), url(), QStringLiteral("--accesskey"),
                            QStringLiteral("--accesskey-stdin") },
                key.token.toUtf8() + '\n');
        QVERIFY2(login.code == 0, login.err.constData());
        QVERIFY(!login.out.contains(key.token.toUtf8()));
        // The default key of an accesskey profile is its own, read without the server.
        const VbkeysResult token
            = runVbkeys({ QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("agent") });
        QCOMPARE(token.code, 0);
        QCOMPARE(token.out, key.token.toUtf8() + '\n');
        const VbkeysResult run = runVbkeys({ QStringLiteral("exec"), QStringLiteral("--"),
            QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo ${#VOIPBIN_API_KEY}") });
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QByteArray::number(key.token.size()));
        const VbkeysResult list = runVbkeys({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("\"signed_in_with\": true"));
        // A wrong accesskey: refused by the server, exit 5 with no secret in the message.
        const VbkeysResult wrong
            = runVbkeys({ QStringLiteral("login"), QStringLiteral("--server"), url(),
                            QStringLiteral("--accesskey"), QStringLiteral("--accesskey-stdin") },
                "vb_notarealkeyatallnotarealkeyatall\n");
        QCOMPARE(wrong.code, 5);
        QVERIFY(!wrong.err.contains("vb_notareal"));
    }
};

QTEST_GUILESS_MAIN(TestVbkeys)
#include "tst_vbkeys.moc"
