#include "api/NewAccessKey.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestLocalKeySecrets : public QObject
{
    Q_OBJECT

private:
    const QUrl m_root { QStringLiteral("https://api.voipbin.net") };
    const QString m_customer = QStringLiteral("c1");
    const QString m_key = QStringLiteral("k1");
    const QString m_token = QStringLiteral("vb_abcdefgh-secret");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<LocalKeySecrets> m_secrets;

    /// Waits for the job's end, reports what it saw and lets the job go, as every owner of a job does.
    static SecretJob::Status finish(SecretJob *job, QString *secret = nullptr)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(1000);
        const SecretJob::Status status = job->status();
        if (secret)
            *secret = job->secret();
        job->deleteLater();
        return status;
    }

    QString entry(const QString &keyId) const { return SecretKeys::accessKey(m_root, m_customer, keyId); }

    NewAccessKey created(const QString &keyId, const QString &name = QStringLiteral("ci-pipeline")) const
    {
        NewAccessKey key;
        key.key.id = keyId;
        key.key.name = name;
        key.key.tokenPrefix = QStringLiteral("vb_abcdefgh");
        key.token = m_token;
        return key;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("index.ini")), QSettings::IniFormat);
        m_store = std::make_unique<MemorySecretStore>();
        m_secrets = std::make_unique<LocalKeySecrets>(m_store.get(), m_settings.get());
        m_secrets->setAccount(m_root, m_customer);
    }

    void cleanup()
    {
        m_secrets.reset();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void entriesAreLabelledWithTheKeyAndItsServer()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        QCOMPARE(m_store->label(entry(m_key)),
            QStringLiteral("VoIPbin Keys: ci-pipeline (vb_abcdefgh) on api.voipbin.net"));

        AccessKey renamed = created(m_key).key;
        renamed.name = QStringLiteral("deploy");
        m_secrets->relabel(renamed);
        QCOMPARE(m_store->label(entry(m_key)),
            QStringLiteral("VoIPbin Keys: deploy (vb_abcdefgh) on api.voipbin.net"));

        // A key not stored here has no entry to label.
        AccessKey other = renamed;
        other.id = QStringLiteral("k2");
        m_secrets->relabel(other);
        QVERIFY(m_store->label(entry(other.id)).isEmpty());
    }

    void storedEntriesOfEarlierVersionsAreLabelledAtTheFirstListing()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        m_store->setLabel(entry(m_key), QStringLiteral("VoIPbin Keys")); // what 0.x left
        AccessKey listed = created(m_key, QStringLiteral("listed-name")).key;
        m_secrets->labelStoredKeys({ listed });
        QCOMPARE(m_store->label(entry(m_key)),
            QStringLiteral("VoIPbin Keys: listed-name (vb_abcdefgh) on api.voipbin.net"));
    }

    void storeWritesTheKeychainAndMarksTheKey()
    {
        QSignalSpy changed(m_secrets.get(), &LocalKeySecrets::storedKeyIdsChanged);
        SecretJob *job = m_secrets->store(created(m_key));
        QVERIFY(!m_secrets->isStored(m_key)); // only once the keychain has it
        QCOMPARE(finish(job), SecretJob::Status::Ok);
        QCOMPARE(m_store->contents().value(entry(m_key)), m_token);
        QVERIFY(m_secrets->isStored(m_key));
        QCOMPARE(m_secrets->storedKeyIds(), QSet<QString> { m_key });
        QCOMPARE(changed.count(), 1);
        // Only the id reaches QSettings, never the token.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_token.toUtf8()));
    }

    void failedStoreLeavesNoMarker()
    {
        m_store->failNextWith(SecretJob::Status::Locked);
        QSignalSpy changed(m_secrets.get(), &LocalKeySecrets::storedKeyIdsChanged);
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Locked);
        QVERIFY(!m_secrets->isStored(m_key));
        QVERIFY(m_store->contents().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void markerIsSetBeforeTheCallerHearsOfIt()
    {
        SecretJob *job = m_secrets->store(created(m_key));
        bool storedWhenFinished = false;
        connect(job, &SecretJob::finished, this, [&] { storedWhenFinished = m_secrets->isStored(m_key); });
        QCOMPARE(finish(job), SecretJob::Status::Ok);
        QVERIFY(storedWhenFinished);
    }

    void readGivesTheToken()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        QString secret;
        QCOMPARE(finish(m_secrets->read(m_key), &secret), SecretJob::Status::Ok);
        QCOMPARE(secret, m_token);
        QVERIFY(m_secrets->isStored(m_key));
    }

    void readOfAnEntryRemovedElsewhereDropsTheMarker()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        QCOMPARE(finish(m_store->remove(entry(m_key))), SecretJob::Status::Ok);
        QSignalSpy changed(m_secrets.get(), &LocalKeySecrets::storedKeyIdsChanged);
        QCOMPARE(finish(m_secrets->read(m_key)), SecretJob::Status::NotFound);
        QVERIFY(!m_secrets->isStored(m_key));
        QCOMPARE(changed.count(), 1);
    }

    void lockedKeyringOnReadKeepsTheMarker()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        m_store->failNextWith(SecretJob::Status::Locked);
        QCOMPARE(finish(m_secrets->read(m_key)), SecretJob::Status::Locked);
        QVERIFY(m_secrets->isStored(m_key)); // still there, just not readable now
    }

    void forgetDropsMarkerAndEntry()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        QSignalSpy changed(m_secrets.get(), &LocalKeySecrets::storedKeyIdsChanged);
        m_secrets->forget(m_key);
        QVERIFY(!m_secrets->isStored(m_key)); // at once: the table must not offer it any more
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(m_store->contents().isEmpty());
    }

    void accountsAreSeparate()
    {
        QCOMPARE(finish(m_secrets->store(created(m_key))), SecretJob::Status::Ok);
        m_secrets->setAccount(m_root, QStringLiteral("c2"));
        QVERIFY(m_secrets->storedKeyIds().isEmpty());
        QVERIFY(!m_secrets->isStored(m_key));
        m_secrets->setAccount(QUrl(QStringLiteral("http://127.0.0.1:8080")), m_customer);
        QVERIFY(m_secrets->storedKeyIds().isEmpty());
        m_secrets->setAccount({}, {}); // signed out
        QVERIFY(m_secrets->storedKeyIds().isEmpty());
        m_secrets->setAccount(m_root, m_customer);
        QCOMPARE(m_secrets->storedKeyIds(), QSet<QString> { m_key });
    }

    void storeKeepsTheAccountItStartedWith()
    {
        SecretJob *job = m_secrets->store(created(m_key));
        m_secrets->setAccount(m_root, QStringLiteral("c2")); // another sign-in while the keychain works
        QCOMPARE(finish(job), SecretJob::Status::Ok);
        QVERIFY(m_store->contents().contains(entry(m_key)));
        QVERIFY(!m_secrets->isStored(m_key));
        m_secrets->setAccount(m_root, m_customer);
        QVERIFY(m_secrets->isStored(m_key));
    }

    // An unlock prompt outlasted the application's timeout: the write that lands later still marks the key.
    void lateStoreIsMarkedWhenItLands()
    {
        SecretJob *job = m_secrets->store(created(m_key));
        job->complete(SecretJob::Status::TimedOut); // what KeychainSecretStore's timer does
        QVERIFY(!m_secrets->isStored(m_key));
        QSignalSpy late(job, &SecretJob::answeredLate);
        QVERIFY(late.wait(1000)); // the memory store's own answer, queued behind the timeout
        QVERIFY(job->isOk());
        QVERIFY(m_secrets->isStored(m_key));
        job->deleteLater();
    }

    // One rule for every job (SecretJob): its caller owns it, so it is still there to be read after
    // finished().
    void callerOwnsTheJobs()
    {
        QPointer<SecretJob> job = m_secrets->store(created(m_key));
        QSignalSpy spy(job.data(), &SecretJob::finished);
        QVERIFY(spy.wait(1000));
        QTest::qWait(50); // deferred deletes have run
        QVERIFY(!job.isNull());
        QVERIFY(job->isOk());
        delete job.data();
        QPointer<SecretJob> read = m_secrets->read(m_key);
        QSignalSpy readSpy(read.data(), &SecretJob::finished);
        QVERIFY(readSpy.wait(1000));
        QTest::qWait(50);
        QVERIFY(!read.isNull());
        QCOMPARE(read->secret(), m_token);
        delete read.data();
    }
};

QTEST_GUILESS_MAIN(TestLocalKeySecrets)
#include "tst_localkeysecrets.moc"
