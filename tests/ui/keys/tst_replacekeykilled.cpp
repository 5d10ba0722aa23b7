// Replace key… in the real voipbin-keys executable, SIGKILLed in the middle of the rotation and started
// again, twice: against the in-process sandbox (whose holdRequests() stalls the request the kill should
// interrupt), inside the private keyring session of scripts/keyring-session.sh (the app's keychain is the
// test's), offscreen. Nothing here runs the rotation in-process: the test only reads what the killed app
// left behind (its settings file, the keychain, the server's keys and the requests it received).
//
// The rotation starts as Replace key… starts it: its first record, written before the create is sent
// (the click itself is not driven; tests/ui/keys/tst_replacekey does that in-process). Then:
//   run 1: the app signs in with the old key (remembered), resumes, creates, stores the new key and checks
//          it with GET /v1.0/customer, which the sandbox holds: SIGKILL.
//   run 2: the check again, now answered; the session moves to the new key; the revoke of the old key is
//          held: SIGKILL. The revoke then reaches the server after all (its answer lost with the app).
//   run 3: signs in with the new key from the keychain and finishes the rotation.
// At every stop: the old key was never revoked before the new one was stored and checked, and a key that
// works is in the keychain as the remembered session.
#include "api/Credential.h"
#include "core/Settings.h"
#include "profiles/ProfileStore.h"
#include "rotation/RotationStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <SandboxServer.h>
#include <memory>

using Step = RotationRecord::Step;

namespace {
constexpr int AppTimeoutMs = 30000;
const QString User = QStringLiteral("killed");
const QString KeyName = QStringLiteral("ci-pipeline");
const QString KeyDetail = QStringLiteral("for the CI runners");
} // namespace

class TestReplaceKeyKilled : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void killedWhileCheckingTheNewKeyAndWhileRevokingTheOld();

private:
    // The server, over plain HTTP as a test client (never through the app's classes).
    QJsonObject call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {});
    QString createOldKey(QString *id);
    QJsonObject liveKey(const QString &id);
    int liveKeysNamed(const QString &name);
    bool works(const QString &token);
    QString readKeychain(const QString &entry);
    void writeKeychain(const QString &entry, const QString &secret);
    // The app's own settings file, read afresh (the app writes it behind this process's back).
    RotationRecord storedRecord();
    // Indexes into the server's request log.
    int firstRequest(const QString &method, const QString &path, const QString &signedBy = {}) const;
    void launch();
    void killApp();

    QString m_program;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_runtime;
    std::unique_ptr<QProcess> m_app;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QNetworkAccessManager m_nam;
    QString m_jwt;
    QString m_customerId;
    QString m_oldKeyId;
};

void TestReplaceKeyKilled::initTestCase()
{
    m_program = qEnvironmentVariable("VOIPBIN_KEYS_PROGRAM");
    QVERIFY2(QFileInfo(m_program).isExecutable(), "VOIPBIN_KEYS_PROGRAM names no program");
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = 0;
    options.users = { sandbox::SandboxUser { User, QStringLiteral("pw-killed"), true, {} } };
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_keychain = std::make_unique<KeychainSecretStore>(); // the app's service: its entries
    const QJsonObject login = call("POST", QStringLiteral("/auth/login"),
        QJsonDocument(QJsonObject { { QStringLiteral("username"), User },
                          { QStringLiteral("password"), QStringLiteral("pw-killed") } })
            .toJson());
    m_jwt = login.value(QStringLiteral("token")).toString();
    QVERIFY(!m_jwt.isEmpty());
    m_customerId = call("GET", QStringLiteral("/v1.0/customer")).value(QStringLiteral("id")).toString();
    QVERIFY(!m_customerId.isEmpty());
}

void TestReplaceKeyKilled::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->terminate();
        if (!m_app->waitForFinished(10000))
            killApp();
    }
    m_app.reset();
    m_server->releaseHeld();
}

QJsonObject TestReplaceKeyKilled::call(
    const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_server->url().toString() + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_jwt.isEmpty() && !pathAndQuery.contains(QLatin1String("accesskey=")))
        request.setRawHeader("Authorization", "Bearer " + m_jwt.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    answer.insert(QStringLiteral("_status"), status);
    reply->deleteLater();
    return answer;
}

QString TestReplaceKeyKilled::createOldKey(QString *id)
{
    const QJsonObject key = call("POST", QStringLiteral("/v1.0/accesskeys"),
        QJsonDocument(QJsonObject { { QStringLiteral("name"), KeyName },
                          { QStringLiteral("detail"), KeyDetail }, { QStringLiteral("expire"), 30 * 86400 } })
            .toJson());
    *id = key.value(QStringLiteral("id")).toString();
    return key.value(QStringLiteral("token")).toString();
}

QJsonObject TestReplaceKeyKilled::liveKey(const QString &id)
{
    const QJsonArray keys = call("GET", QStringLiteral("/v1.0/accesskeys?page_size=100"))
                                .value(QStringLiteral("result"))
                                .toArray();
    for (const QJsonValue &key : keys) {
        if (key.toObject().value(QStringLiteral("id")).toString() == id)
            return key.toObject();
    }
    return {};
}

int TestReplaceKeyKilled::liveKeysNamed(const QString &name)
{
    int count = 0;
    for (const QJsonValue &key : call("GET", QStringLiteral("/v1.0/accesskeys?page_size=100"))
                                     .value(QStringLiteral("result"))
                                     .toArray())
        count += key.toObject().value(QStringLiteral("name")).toString() == name ? 1 : 0;
    return count;
}

bool TestReplaceKeyKilled::works(const QString &token)
{
    if (token.isEmpty())
        return false;
    const QJsonObject customer = call("GET",
        QStringLiteral("/v1.0/customer?accesskey=") + QString::fromLatin1(QUrl::toPercentEncoding(token)));
    return customer.value(QStringLiteral("_status")).toInt() == 200
        && customer.value(QStringLiteral("id")).toString() == m_customerId;
}

QString TestReplaceKeyKilled::readKeychain(const QString &entry)
{
    SecretJob *job = m_keychain->read(entry);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(15000);
    const QString secret = job->isOk() ? job->secret() : QString();
    job->deleteLater();
    return secret;
}

void TestReplaceKeyKilled::writeKeychain(const QString &entry, const QString &secret)
{
    SecretJob *job = m_keychain->write(entry, secret);
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished())
        QVERIFY(spy.wait(15000));
    QVERIFY2(job->isOk(), qPrintable(job->userMessage()));
    job->deleteLater();
}

RotationRecord TestReplaceKeyKilled::storedRecord()
{
    QSettings file(QDir(m_config->path()).filePath(QStringLiteral("voipbin-keys/voipbin-keys.conf")),
        QSettings::NativeFormat);
    return RotationStore(&file).record(m_server->url(), m_customerId, m_oldKeyId);
}

int TestReplaceKeyKilled::firstRequest(
    const QString &method, const QString &path, const QString &signedBy) const
{
    const QList<sandbox::RecordedRequest> requests = m_server->requests();
    for (int i = 0; i < requests.size(); ++i) {
        const sandbox::RecordedRequest &r = requests.at(i);
        if (r.method == method && r.path == path
            && (signedBy.isEmpty()
                || r.query.contains(QString::fromLatin1(QUrl::toPercentEncoding(signedBy)))))
            return i;
    }
    return -1;
}

void TestReplaceKeyKilled::launch()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    m_app = std::make_unique<QProcess>();
    m_app->setProcessEnvironment(env);
    m_app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app->start(m_program, {});
    QVERIFY2(m_app->waitForStarted(10000), qPrintable(m_app->errorString()));
}

void TestReplaceKeyKilled::killApp()
{
    m_app->kill(); // SIGKILL: no destructor, no event loop, nothing written on the way out
    QVERIFY(m_app->waitForFinished(10000));
    QCOMPARE(m_app->exitStatus(), QProcess::CrashExit);
}

void TestReplaceKeyKilled::killedWhileCheckingTheNewKeyAndWhileRevokingTheOld()
{
    m_config = std::make_unique<QTemporaryDir>();
    m_runtime = std::make_unique<QTemporaryDir>();
    const QString oldToken = createOldKey(&m_oldKeyId);
    QVERIFY(oldToken.startsWith(QStringLiteral("vb_")));

    // The app's state as the window leaves it: an accesskey profile on this server, remembered, signed in
    // with the old key; and the first record of Replace key… on that key (revoke at once).
    Profile profile;
    {
        QSettings file(QDir(m_config->path()).filePath(QStringLiteral("voipbin-keys/voipbin-keys.conf")),
            QSettings::NativeFormat);
        Settings settings(&file);
        ProfileStore profiles(&settings);
        profile.name = QStringLiteral("killed");
        profile.server = ServerChoice::Custom;
        profile.customRoot = m_server->url();
        profile.method = SignInMethod::AccessKey;
        profile.rememberMe = true;
        profile.customerId = m_customerId;
        profile = profiles.add(profile);
        profiles.setLastUsed(profile.id);
        RotationRecord record;
        record.serverRoot = m_server->url();
        record.customerId = m_customerId;
        record.oldKeyId = m_oldKeyId;
        record.oldKeyPrefix = oldToken.left(11);
        record.name = KeyName;
        record.detail = KeyDetail;
        record.lifetimeSeconds = 30 * 86400;
        record.step = Step::Creating;
        record.attempts = 1;
        record.createStartedUtc = QDateTime::currentDateTimeUtc();
        record.knownIds = { m_oldKeyId };
        RotationStore(&file).save(record);
        file.sync();
    }
    const QString sessionEntry = profile.sessionEntryName();
    writeKeychain(sessionEntry, oldToken);
    QCOMPARE(storedRecord().step, Step::Creating);

    // Run 1: killed while the new key is being checked.
    m_server->clearRequests();
    m_server->holdRequests(
        QStringLiteral("GET"), QStringLiteral("/v1.0/customer"), sandbox::HoldScope::KeysCreatedFromNow);
    launch();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, AppTimeoutMs);
    killApp();
    const RotationRecord afterRun1 = storedRecord();
    QCOMPARE(afterRun1.step, Step::Stored);
    QVERIFY(!afterRun1.newKeyId.isEmpty());
    const QString newToken
        = readKeychain(SecretKeys::accessKey(m_server->url(), m_customerId, afterRun1.newKeyId));
    QVERIFY2(newToken.startsWith(afterRun1.newKeyPrefix) && !afterRun1.newKeyPrefix.isEmpty(),
        "the new key's secret is not in the keychain");
    QCOMPARE(liveKeysNamed(KeyName), 2);
    QCOMPARE(firstRequest(QStringLiteral("DELETE"), QStringLiteral("/v1.0/accesskeys/") + m_oldKeyId), -1);
    m_server->releaseHeld();
    QVERIFY(works(oldToken)); // still the remembered, working session
    QCOMPARE(readKeychain(sessionEntry), oldToken);

    // Run 2: the check succeeds, the session moves to the new key; killed while the old one is revoked.
    m_server->clearRequests();
    m_server->holdRequests(QStringLiteral("DELETE"), QStringLiteral("/v1.0/accesskeys/") + m_oldKeyId);
    launch();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, AppTimeoutMs);
    killApp();
    QCOMPARE(storedRecord().step, Step::Revoking);
    const int checked = firstRequest(QStringLiteral("GET"), QStringLiteral("/v1.0/customer"), newToken);
    const int revoked
        = firstRequest(QStringLiteral("DELETE"), QStringLiteral("/v1.0/accesskeys/") + m_oldKeyId);
    QVERIFY(checked >= 0);
    QVERIFY2(revoked > checked, "the old key's revoke went out before the new key was checked");
    QVERIFY(works(newToken));
    QCOMPARE(readKeychain(sessionEntry), newToken); // the next start signs in with the new key
    QVERIFY(!liveKey(m_oldKeyId).isEmpty()); // held: not revoked yet
    m_server->releaseHeld(); // the revoke reaches the server after all; its answer is lost with the app
    QTRY_VERIFY_WITH_TIMEOUT(liveKey(m_oldKeyId).isEmpty(), 10000);

    // Run 3: signed in from the keychain with the new key, the rotation finishes.
    m_server->clearRequests();
    launch();
    QTRY_VERIFY_WITH_TIMEOUT(!storedRecord().isValid(), AppTimeoutMs);
    QVERIFY(firstRequest(QStringLiteral("GET"), QStringLiteral("/v1.0/customer"), newToken) >= 0);
    QCOMPARE(firstRequest(QStringLiteral("GET"), QStringLiteral("/v1.0/customer"), oldToken), -1);
    QTRY_VERIFY_WITH_TIMEOUT(
        firstRequest(QStringLiteral("GET"), QStringLiteral("/v1.0/accesskeys"), newToken) >= 0, AppTimeoutMs);
    QCOMPARE(liveKeysNamed(KeyName), 1);
    QVERIFY(!liveKey(afterRun1.newKeyId).isEmpty());
    QVERIFY(works(newToken));
    QVERIFY(!works(oldToken));
    QCOMPARE(readKeychain(sessionEntry), newToken);
    QCOMPARE(
        readKeychain(SecretKeys::accessKey(m_server->url(), m_customerId, afterRun1.newKeyId)), newToken);
}

QTEST_GUILESS_MAIN(TestReplaceKeyKilled)
#include "tst_replacekeykilled.moc"
