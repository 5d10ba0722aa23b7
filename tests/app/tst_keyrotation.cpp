// Replacing a key (app/rotation) against the in-process sandbox: each step interrupted (the rotation
// destroyed mid-way and a new one built from the stored record, as after a killed app; the server
// dropping; the keychain refusing) resumes correctly, and the account always has a working key stored.
// Built twice: over MemorySecretStore, and over the real keychain in a private keyring session
// (VOIPBIN_REAL_KEYCHAIN).
#include "ClientTestSupport.h"
#include "api/AccessKeyListReply.h"
#include "api/AccessKeyReply.h"
#include "api/CustomerReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"
#include "core/FixedClock.h"
#include "rotation/KeyRotation.h"
#include "rotation/PendingRotations.h"
#include "rotation/RotationStore.h"
#include "rotation/SessionHandover.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "session/CurrentSession.h"

#include <QSettings>
#include <QTemporaryDir>

#include <SandboxServer.h>
#include <functional>
#include <memory>

using Step = RotationRecord::Step;

namespace {
const QString KeyName = QStringLiteral("ci-pipeline");
const QString KeyDetail = QStringLiteral("for the CI runners");

// A keychain whose next write can be held: it never answers and writes nothing, as when the app is
// killed before the write reaches the keychain. Everything else goes to the real store underneath.
class GatedSecretStore : public SecretStore
{
public:
    explicit GatedSecretStore(SecretStore *inner)
        : m_inner(inner)
    {
    }
    bool holdNextWrite = false;
    SecretJob *read(const QString &key) override { return m_inner->read(key); }
    SecretJob *write(const QString &key, const QString &secret) override
    {
        if (!holdNextWrite)
            return m_inner->write(key, secret);
        holdNextWrite = false;
        return new SecretJob(this);
    }
    SecretJob *remove(const QString &key) override { return m_inner->remove(key); }
    void setLabel(const QString &key, const QString &label) override { m_inner->setLabel(key, label); }

private:
    SecretStore *m_inner;
};
} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<GatedSecretStore> m_gate;
    std::unique_ptr<VoipbinClient> m_client;
    std::unique_ptr<LocalKeySecrets> m_secrets;
    std::unique_ptr<RotationStore> m_store;
    QString m_customerId;
    AccessKey m_oldKey;
    QString m_oldToken;
    int m_user = 0;

    static constexpr int Users = 32;

    MemorySecretStore *memory() const { return qobject_cast<MemorySecretStore *>(m_keychain.get()); }

    std::unique_ptr<KeyRotation> newRotation()
    {
        return std::make_unique<KeyRotation>(m_client.get(), m_secrets.get(), m_store.get());
    }

    RotationRecord storedRecord() const
    {
        return m_store->record(m_client->serverRoot(), m_customerId, m_oldKey.id);
    }

    AccessKeyList liveKeys()
    {
        AccessKeyList live;
        AccessKeyListReply *list = waitFor(m_client->listAccessKeys());
        for (const AccessKey &key : list->accessKeys()) {
            if (!key.isDeleted())
                live << key;
        }
        list->deleteLater();
        return live;
    }

    AccessKeyList liveKeysNamed(const QString &name)
    {
        AccessKeyList named;
        for (const AccessKey &key : liveKeys()) {
            if (key.name == name)
                named << key;
        }
        return named;
    }

    bool isLive(const QString &id)
    {
        for (const AccessKey &key : liveKeys()) {
            if (key.id == id)
                return true;
        }
        return false;
    }

    // The token stored here for `id`, read back through the keychain; empty when none.
    QString storedToken(const QString &id)
    {
        SecretJob *job = m_secrets->read(id);
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(10000);
        const QString token = job->isOk() ? job->secret() : QString();
        job->deleteLater();
        return token;
    }

    bool works(const QString &token)
    {
        if (token.isEmpty())
            return false;
        VoipbinClient checker;
        checker.setServerRoot(m_server->url());
        checker.setCredential(Credential::accessKey(token));
        CustomerReply *reply = waitFor(checker.currentCustomer());
        return reply->isOk() && reply->customer().id == m_customerId;
    }

    // What a user relies on at every moment: some key of the account is stored here and works.
    int workingStoredKeys()
    {
        int working = 0;
        for (const AccessKey &key : liveKeys()) {
            if (m_secrets->isStored(key.id) && works(storedToken(key.id)))
                ++working;
        }
        return working;
    }

    // Destroys the rotation once it has recorded `step`, before it takes another event: what a killed app
    // leaves behind (the record on disk, and whatever request was already on its way).
    void killAt(std::unique_ptr<KeyRotation> &rotation, Step step, const std::function<void()> &begin)
    {
        bool killed = false;
        connect(rotation.get(), &KeyRotation::stepChanged, this, [&](Step reached) {
            if (reached != step || killed)
                return;
            killed = true;
            QMetaObject::invokeMethod(
                this, [&] { rotation.reset(); }, Qt::QueuedConnection);
        });
        begin();
        QTRY_VERIFY_WITH_TIMEOUT(!rotation, 15000);
        QTest::qWait(300); // a request that was on its way lands
    }

    // Waits for the end; true when it finished (the old key revoked).
    bool runToEnd(KeyRotation *rotation, QString *failure = nullptr, bool *resumable = nullptr)
    {
        QSignalSpy done(rotation, &KeyRotation::finished);
        QSignalSpy failed(rotation, &KeyRotation::failed);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000)) {
            qWarning("the rotation neither finished nor failed");
            return false;
        }
        if (!failed.isEmpty()) {
            if (failure)
                *failure = failed.first().at(0).toString();
            if (resumable)
                *resumable = failed.first().at(1).toBool();
            return false;
        }
        return true;
    }

    // After a rotation that finished: the old key is gone everywhere, exactly one successor is live,
    // stored here and works, and no record is left.
    void verifyReplaced()
    {
        QVERIFY(!isLive(m_oldKey.id));
        QVERIFY(!m_secrets->isStored(m_oldKey.id));
        const AccessKeyList successors = liveKeysNamed(KeyName);
        QCOMPARE(successors.size(), 1);
        const AccessKey successor = successors.first();
        QVERIFY(successor.id != m_oldKey.id);
        QCOMPARE(successor.detail, KeyDetail);
        QVERIFY(m_secrets->isStored(successor.id));
        QVERIFY(works(storedToken(successor.id)));
        QVERIFY(!storedRecord().isValid());
        QCOMPARE(m_store->records(m_client->serverRoot(), m_customerId).size(), 0);
    }

    int createsReceived() const
    {
        int posts = 0;
        for (const sandbox::RecordedRequest &r : m_server->requests())
            posts
                += r.method == QLatin1String("POST") && r.path.contains(QLatin1String("accesskeys")) ? 1 : 0;
        return posts;
    }

    // A session signed in with an accesskey, as the window's profile has one: its own client, the
    // CurrentSession over it, and a handover whose "remembered session" is this struct's string.
    struct AccessKeySession
    {
        AccessKeySession(TestKeyRotation *test, const QString &token)
            : test(test)
            , token(token)
            , client(std::make_unique<VoipbinClient>())
            , session(std::make_unique<CurrentSession>(client.get()))
            , handover(std::make_unique<SessionHandover>(session.get(), test->m_secrets.get()))
            , remembered(token)
        {
            handover->setRememberer([this](const Session &moved) {
                SecretJob *job = this->test->m_keychain->write(
                    QStringLiteral("test/remembered"), moved.credential().secret());
                QObject::connect(
                    job, &SecretJob::finished, job, [this, job, secret = moved.credential().secret()] {
                        if (job->isOk())
                            remembered = secret;
                    });
                return job;
            });
        }
        bool begin()
        {
            client->setServerRoot(test->m_server->url());
            client->setCredential(Credential::accessKey(token));
            CustomerReply *customer = waitFor(client->currentCustomer());
            if (!customer->isOk())
                return false;
            Session signedIn(test->m_server->url(), Credential::accessKey(token));
            signedIn.setCustomer(customer->customer());
            session->begin(signedIn);
            return true;
        }
        TestKeyRotation *test;
        QString token;
        std::unique_ptr<VoipbinClient> client;
        std::unique_ptr<CurrentSession> session;
        std::unique_ptr<SessionHandover> handover;
        QString remembered;
    };

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions o;
        o.rateLimitPerSecond = 0;
        for (int i = 0; i < Users; ++i)
            o.users << sandbox::SandboxUser { QStringLiteral("rot%1").arg(i),
                QStringLiteral("pw-rot%1").arg(i), true, QString() };
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    // A fresh account with one key, "ci-pipeline", stored here and working.
    void init()
    {
        QVERIFY(m_user < Users);
        const QString user = QStringLiteral("rot%1").arg(m_user++);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
#ifdef VOIPBIN_REAL_KEYCHAIN
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
#else
        m_keychain = std::make_unique<MemorySecretStore>();
#endif
        m_gate = std::make_unique<GatedSecretStore>(m_keychain.get());
        m_client = std::make_unique<VoipbinClient>();
        QVERIFY(m_client->setServerRoot(m_server->url()));
        LoginReply *login = waitFor(m_client->login(user, QStringLiteral("pw-") + user));
        QVERIFY2(login->isOk(), qPrintable(describe(login)));
        m_client->setCredential(Credential::jwt(login->token()));
        CustomerReply *customer = waitFor(m_client->currentCustomer());
        QVERIFY(customer->isOk());
        m_customerId = customer->customer().id;
        m_secrets = std::make_unique<LocalKeySecrets>(m_gate.get(), m_settings.get());
        m_secrets->setAccount(m_client->serverRoot(), m_customerId);
        m_store = std::make_unique<RotationStore>(m_settings.get());

        AccessKeyReply *created = waitFor(m_client->createAccessKey(KeyName, KeyDetail, 30 * 86400));
        QVERIFY2(created->isOk(), qPrintable(describe(created)));
        m_oldKey = created->accessKey();
        m_oldToken = created->newAccessKey().token;
        SecretJob *stored = m_secrets->store(created->newAccessKey());
        QSignalSpy spy(stored, &SecretJob::finished);
        QVERIFY(spy.wait(10000));
        QVERIFY(stored->isOk());
        QCOMPARE(workingStoredKeys(), 1);
        m_server->clearRequests();
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_server->clearFailures();
        m_store.reset();
        m_secrets.reset();
        m_client.reset();
    }

    void storeKeepsEveryField()
    {
        RotationRecord r;
        r.serverRoot = QUrl(QStringLiteral("https://api.example/"));
        r.customerId = QStringLiteral("c/1");
        r.oldKeyId = QStringLiteral("old/1");
        r.oldKeyPrefix = QStringLiteral("vb_abc");
        r.name = KeyName;
        r.detail = KeyDetail;
        r.lifetimeSeconds = 86400 * 30;
        r.graceSeconds = 3600;
        r.step = Step::Verified;
        r.attempts = 2;
        r.createStartedUtc = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        r.knownIds = { QStringLiteral("old/1"), QStringLiteral("k2") };
        r.newKeyId = QStringLiteral("new");
        r.newKeyPrefix = QStringLiteral("vb_new");
        r.revokeAtUtc = QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC);
        r.discardIds = { QStringLiteral("lost") };
        r.restartAfterDiscard = true;
        m_store->save(r);
        QSettings reread(m_settings->fileName(), QSettings::IniFormat); // what the next run reads
        const RotationRecord back = RotationStore(&reread).record(r.serverRoot, r.customerId, r.oldKeyId);
        QCOMPARE(back.oldKeyPrefix, r.oldKeyPrefix);
        QCOMPARE(back.name, r.name);
        QCOMPARE(back.detail, r.detail);
        QCOMPARE(back.lifetimeSeconds, r.lifetimeSeconds);
        QCOMPARE(back.graceSeconds, r.graceSeconds);
        QCOMPARE(back.step, Step::Verified);
        QCOMPARE(back.attempts, 2);
        QCOMPARE(back.createStartedUtc, r.createStartedUtc);
        QCOMPARE(back.knownIds, r.knownIds);
        QCOMPARE(back.newKeyId, r.newKeyId);
        QCOMPARE(back.newKeyPrefix, r.newKeyPrefix);
        QCOMPARE(back.revokeAtUtc, r.revokeAtUtc);
        QCOMPARE(back.discardIds, r.discardIds);
        QVERIFY(back.restartAfterDiscard);
        QCOMPARE(RotationStore(&reread).records(r.serverRoot, r.customerId).size(), 1);
        QCOMPARE(RotationStore(&reread).records(r.serverRoot, QStringLiteral("c")).size(), 0);
        m_store->remove(r.serverRoot, r.customerId, r.oldKeyId);
        QVERIFY(!m_store->record(r.serverRoot, r.customerId, r.oldKeyId).isValid());
    }

    void replacesAndRevokesAtOnce()
    {
        auto rotation = newRotation();
        QSignalSpy stored(rotation.get(), &KeyRotation::newKeyStored);
        QList<Step> steps;
        connect(rotation.get(), &KeyRotation::stepChanged, this, [&](Step step) { steps << step; });
        rotation->start(m_oldKey, m_customerId, 0, liveKeys());
        QVERIFY(runToEnd(rotation.get()));
        verifyReplaced();
        // The new key was handed out once, after it was stored; the old one went only after the check.
        QCOMPARE(stored.size(), 1);
        const NewAccessKey shown = stored.first().at(0).value<NewAccessKey>();
        QCOMPARE(shown.key.id, liveKeysNamed(KeyName).first().id);
        QCOMPARE(steps,
            (QList<Step> { Step::Creating, Step::Created, Step::Storing, Step::Stored, Step::Verified,
                Step::Revoking }));
        QCOMPARE(createsReceived(), 1);
    }

    void keepsTheLifetime()
    {
        const AccessKey successor = [&] {
            auto rotation = newRotation();
            rotation->start(m_oldKey, m_customerId, 0, {});
            runToEnd(rotation.get());
            return liveKeysNamed(KeyName).value(0);
        }();
        QVERIFY(successor.isValid());
        const qint64 lifetime = successor.createdAt.secsTo(successor.expiresAt);
        QVERIFY2(qAbs(lifetime - 30 * 86400) <= 120, qPrintable(QString::number(lifetime)));
    }

    void killedAfterStep_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<int>("creates"); // creates the server gets in all
        QTest::newRow("create sent, never answered") << Step::Creating << 2;
        QTest::newRow("secret written, not confirmed") << Step::Storing << 1;
        QTest::newRow("stored, check on its way") << Step::Stored << 1;
        QTest::newRow("revoke on its way") << Step::Revoking << 1;
    }

    void killedAfterStep()
    {
        QFETCH(Step, step);
        QFETCH(int, creates);
        auto rotation = newRotation();
        const AccessKeyList listed = liveKeys();
        killAt(rotation, step, [&] { rotation->start(m_oldKey, m_customerId, 0, listed); });
        QCOMPARE(storedRecord().step, step);
        QVERIFY(workingStoredKeys() >= 1);

        auto resumed = newRotation(); // the next start
        resumed->resume(storedRecord());
        QVERIFY(runToEnd(resumed.get()));
        verifyReplaced();
        QCOMPARE(createsReceived(), creates);
    }

    // Killed between the create's answer and the keychain write: nobody holds that key's secret. It is
    // revoked and the rotation starts again, from a record at Storing or at Created.
    void killedBeforeTheWrite_data()
    {
        QTest::addColumn<Step>("step");
        QTest::newRow("storing") << Step::Storing;
        QTest::newRow("created") << Step::Created;
    }

    void killedBeforeTheWrite()
    {
        QFETCH(Step, step);
        m_gate->holdNextWrite = true;
        auto rotation = newRotation();
        const AccessKeyList listed = liveKeys();
        killAt(rotation, Step::Storing, [&] { rotation->start(m_oldKey, m_customerId, 0, listed); });
        RotationRecord left = storedRecord();
        const QString unheld = left.newKeyId;
        QVERIFY(!unheld.isEmpty());
        QVERIFY(isLive(unheld));
        QVERIFY(storedToken(unheld).isEmpty());
        left.step = step;
        m_store->save(left);
        QCOMPARE(workingStoredKeys(), 1); // the old key, still

        auto resumed = newRotation();
        resumed->resume(storedRecord());
        QVERIFY(runToEnd(resumed.get()));
        QVERIFY(!isLive(unheld));
        verifyReplaced();
        QCOMPARE(createsReceived(), 2);
    }

    // The answer to the create is lost (the server made the key): it is found and revoked, not left
    // behind, and the create is not simply sent again blind.
    void lostCreateAnswerIsFound()
    {
        const AccessKeyList listed = liveKeys();
        m_server->injectFailures(sandbox::Failure::DropAfterHandling, 1);
        auto rotation = newRotation();
        QSignalSpy revoked(rotation.get(), &KeyRotation::keyRevoked);
        rotation->start(m_oldKey, m_customerId, 0, listed);
        QVERIFY(runToEnd(rotation.get()));
        verifyReplaced();
        QCOMPARE(createsReceived(), 2);
        QCOMPARE(revoked.size(), 2); // the orphan, then the old key
    }

    // A reset before the server handled the create: nothing was made, so one create more is safe.
    void resetCreateStartsAgain()
    {
        const AccessKeyList listed = liveKeys();
        m_server->injectFailures(sandbox::Failure::ResetConnection, 1);
        auto rotation = newRotation();
        rotation->start(m_oldKey, m_customerId, 0, listed);
        QVERIFY(runToEnd(rotation.get()));
        verifyReplaced();
        QCOMPARE(createsReceived(), 2);
    }

    // The check of the new key fails on the server's side: the old key stays until it can be checked.
    void failedCheckKeepsTheOldKey()
    {
        auto rotation = newRotation();
        bool injected = false;
        connect(rotation.get(), &KeyRotation::stepChanged, this, [this, &injected](Step step) {
            if (step == Step::Stored && !injected)
                m_server->injectFailures(sandbox::Failure::InternalError, 1);
            injected = injected || step == Step::Stored;
        });
        rotation->start(m_oldKey, m_customerId, 0, liveKeys());
        QString message;
        bool resumable = false;
        QVERIFY(!runToEnd(rotation.get(), &message, &resumable));
        QVERIFY(resumable);
        QVERIFY2(message.contains(QLatin1String("old key is kept")), qPrintable(message));
        QCOMPARE(storedRecord().step, Step::Stored);
        QVERIFY(isLive(m_oldKey.id));
        QVERIFY(works(storedToken(m_oldKey.id)));
        QCOMPARE(workingStoredKeys(), 2);

        rotation->resume();
        QVERIFY(runToEnd(rotation.get()));
        verifyReplaced();
    }

    void failedRevokeIsTriedAgain()
    {
        auto rotation = newRotation();
        bool injected = false;
        connect(rotation.get(), &KeyRotation::stepChanged, this, [this, &injected](Step step) {
            if (step == Step::Revoking && !injected)
                m_server->injectFailures(sandbox::Failure::InternalError, 1);
            injected = injected || step == Step::Revoking;
        });
        rotation->start(m_oldKey, m_customerId, 0, liveKeys());
        bool resumable = false;
        QVERIFY(!runToEnd(rotation.get(), nullptr, &resumable));
        QVERIFY(resumable);
        QVERIFY(isLive(m_oldKey.id));
        QCOMPARE(workingStoredKeys(), 2);
        rotation->resume();
        QVERIFY(runToEnd(rotation.get()));
        verifyReplaced();
    }

    void refusingKeychainKeepsTheOldKey()
    {
        if (!memory())
            QSKIP("the real keychain of this session does not refuse");
        auto rotation = newRotation();
        QSignalSpy stored(rotation.get(), &KeyRotation::newKeyStored);
        connect(rotation.get(), &KeyRotation::stepChanged, this, [this](Step step) {
            if (step == Step::Created)
                memory()->failNextWith(SecretJob::Status::Locked);
        });
        rotation->start(m_oldKey, m_customerId, 0, liveKeys());
        QString message;
        bool resumable = true;
        QVERIFY(!runToEnd(rotation.get(), &message, &resumable));
        QVERIFY(!resumable);
        QVERIFY2(
            message.contains(QLatin1String("keychain")) && message.contains(QLatin1String("old key is kept")),
            qPrintable(message));
        QCOMPARE(stored.size(), 0);
        // The old key works and is stored; the new one, whose secret nothing holds, is gone.
        const AccessKeyList keys = liveKeysNamed(KeyName);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().id, m_oldKey.id);
        QCOMPARE(storedToken(m_oldKey.id), m_oldToken);
        QCOMPARE(workingStoredKeys(), 1);
        QVERIFY(!storedRecord().isValid());
    }

    // The grace period outlives the app: the revocation waits while it is not yet time, and happens at
    // the first start after it.
    void graceRevocationAfterRestart()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Clock::setInstance(new FixedClock(now));
        auto rotation = newRotation();
        QSignalSpy scheduled(rotation.get(), &KeyRotation::revocationScheduled);
        rotation->start(m_oldKey, m_customerId, 3600, liveKeys());
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, 15000);
        QCOMPARE(scheduled.first().at(0).toDateTime(), now.addSecs(3600));
        rotation.reset(); // quit
        QCOMPARE(storedRecord().step, Step::Verified);
        QCOMPARE(storedRecord().revokeAtUtc, now.addSecs(3600));
        QVERIFY(isLive(m_oldKey.id));
        QCOMPARE(workingStoredKeys(), 2); // both work during the grace period

        Clock::setInstance(new FixedClock(now.addSecs(1800))); // started again, too early
        PendingRotations early(m_client.get(), m_secrets.get(), m_store.get());
        early.setAccount(m_client->serverRoot(), m_customerId);
        QCOMPARE(early.pendingRevocations().value(m_oldKey.id), now.addSecs(3600));
        QTest::qWait(500);
        QVERIFY(isLive(m_oldKey.id));
        early.setAccount({}, {}); // signed out

        Clock::setInstance(new FixedClock(now.addSecs(3601))); // started again, after the time
        PendingRotations late(m_client.get(), m_secrets.get(), m_store.get());
        QSignalSpy finished(&late, &PendingRotations::rotationFinished);
        late.setAccount(m_client->serverRoot(), m_customerId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        verifyReplaced();
        QVERIFY(late.pendingRevocations().isEmpty());
    }

    // Replacing the key an accesskey session signs in with, after the grace period and across a restart:
    // the session moves to the new key as soon as it works (and its remembered entry with it), so the
    // revocation later signs nobody out.
    void theSessionsOwnKeyMovesToItsSuccessorBeforeTheRevoke()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Clock::setInstance(new FixedClock(now));
        AccessKeySession signedIn(this, m_oldToken);
        QVERIFY(signedIn.begin());
        auto rotation = std::make_unique<KeyRotation>(signedIn.client.get(), m_secrets.get(), m_store.get());
        rotation->setHandover(signedIn.handover.get());
        QSignalSpy scheduled(rotation.get(), &KeyRotation::revocationScheduled);
        rotation->start(m_oldKey, m_customerId, 3600, liveKeys());
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, 15000);
        const AccessKey successor = [&] {
            for (const AccessKey &key : liveKeysNamed(KeyName))
                if (key.id != m_oldKey.id)
                    return key;
            return AccessKey();
        }();
        QVERIFY(successor.isValid());
        const QString newToken = storedToken(successor.id);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.session->session().credential().secret(), newToken, 15000);
        QCOMPARE(signedIn.client->credential().secret(), newToken);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.remembered, newToken, 15000);
        QVERIFY(isLive(m_oldKey.id)); // the grace period still runs
        rotation.reset(); // quit

        // Started again after the grace period, signed in from the remembered entry: the new key.
        Clock::setInstance(new FixedClock(now.addSecs(3601)));
        AccessKeySession restarted(this, signedIn.remembered);
        QVERIFY(restarted.begin());
        PendingRotations late(restarted.client.get(), m_secrets.get(), m_store.get());
        late.setHandover(restarted.handover.get());
        QSignalSpy finished(&late, &PendingRotations::rotationFinished);
        late.setAccount(m_client->serverRoot(), m_customerId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        verifyReplaced();
        QVERIFY(restarted.session->isSignedIn());
        QVERIFY(!restarted.session->session().isExpired()); // never rejected
        CustomerReply *customer = waitFor(restarted.client->currentCustomer());
        QVERIFY2(customer->isOk(), qPrintable(describe(customer)));
    }

    // Killed after the check, before the session moved: the next start signed in with the old key again
    // (its remembered entry was not replaced yet). The session moves before the revoke, which therefore
    // goes out signed by the new key.
    void killedBeforeTheHandoverMovesTheSessionAtTheNextStart()
    {
        // Without a handover and with a grace period, the rotation stops at Verified: what the app leaves
        // when it dies before the session moved.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Clock::setInstance(new FixedClock(now));
        auto rotation = newRotation();
        const AccessKeyList listed = liveKeys();
        killAt(rotation, Step::Verified, [&] { rotation->start(m_oldKey, m_customerId, 3600, listed); });
        Clock::setInstance(new FixedClock(now.addSecs(3601)));
        QCOMPARE(storedRecord().step, Step::Verified);
        QVERIFY(isLive(m_oldKey.id));
        const QString newToken = storedToken(storedRecord().newKeyId);
        QVERIFY(works(newToken));

        AccessKeySession restarted(this, m_oldToken);
        QVERIFY(restarted.begin());
        m_server->clearRequests();
        PendingRotations resumed(restarted.client.get(), m_secrets.get(), m_store.get());
        resumed.setHandover(restarted.handover.get());
        QSignalSpy finished(&resumed, &PendingRotations::rotationFinished);
        resumed.setAccount(m_client->serverRoot(), m_customerId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        verifyReplaced();
        QCOMPARE(restarted.session->session().credential().secret(), newToken);
        QCOMPARE(restarted.remembered, newToken);
        QString revokeQuery;
        for (const sandbox::RecordedRequest &r : m_server->requests())
            if (r.method == QLatin1String("DELETE") && r.path.endsWith(m_oldKey.id))
                revokeQuery = r.query;
        QVERIFY2(revokeQuery.contains(QString::fromLatin1(QUrl::toPercentEncoding(newToken))),
            "the revoke was not signed by the new key");
        CustomerReply *customer = waitFor(restarted.client->currentCustomer());
        QVERIFY(customer->isOk());
    }

    // A keychain that cannot give the new key back: the session stays on the old key, and the old key stays.
    void aHandoverThatCannotReadTheNewKeyKeepsTheOldKey()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Clock::setInstance(new FixedClock(now));
        auto rotation = newRotation();
        const AccessKeyList listed = liveKeys();
        killAt(rotation, Step::Verified, [&] { rotation->start(m_oldKey, m_customerId, 3600, listed); });
        Clock::setInstance(new FixedClock(now.addSecs(3601)));
        const QString newKeyId = storedRecord().newKeyId;
        SecretJob *removed
            = m_keychain->remove(SecretKeys::accessKey(m_client->serverRoot(), m_customerId, newKeyId));
        QSignalSpy removedSpy(removed, &SecretJob::finished);
        QVERIFY(removedSpy.wait(10000));

        AccessKeySession restarted(this, m_oldToken);
        QVERIFY(restarted.begin());
        PendingRotations resumed(restarted.client.get(), m_secrets.get(), m_store.get());
        resumed.setHandover(restarted.handover.get());
        QSignalSpy failed(&resumed, &PendingRotations::rotationFailed);
        resumed.setAccount(m_client->serverRoot(), m_customerId);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("old key is kept")),
            qPrintable(failed.first().at(0).toString()));
        QVERIFY(isLive(m_oldKey.id));
        QCOMPARE(restarted.session->session().credential().secret(), m_oldToken);
        QVERIFY(waitFor(restarted.client->currentCustomer())->isOk());
    }

    void graceRevocationOnTime()
    {
        auto rotation = newRotation();
        QSignalSpy scheduled(rotation.get(), &KeyRotation::revocationScheduled);
        rotation->start(m_oldKey, m_customerId, 2, liveKeys());
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, 15000);
        QVERIFY(isLive(m_oldKey.id));
        QVERIFY(runToEnd(rotation.get()));
        QVERIFY(QDateTime::currentDateTimeUtc() >= scheduled.first().at(0).toDateTime());
        verifyReplaced();
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
