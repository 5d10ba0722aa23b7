// Runs inside scripts/keyring-session.sh unlocked: a private dbus session with an unlocked gnome-keyring.
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store { QStringLiteral("VoIPbin Keys test") };

    static SecretJob *wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(10000);
        return job;
    }
    QString read(const QString &key, SecretJob::Status expected = SecretJob::Status::Ok)
    {
        SecretJob *job = wait(m_store.read(key));
        const bool ok = job->status() == expected;
        const QString secret = job->secret();
        delete job;
        return ok ? secret : QStringLiteral("<unexpected status>");
    }

private slots:
    void writeReadOverwriteDelete()
    {
        const QString key = QStringLiteral("voipbin-keys/test/session/alice");
        QVERIFY(wait(m_store.write(key, QStringLiteral("first-secret")))->isOk());
        QCOMPARE(read(key), QStringLiteral("first-secret"));
        QVERIFY(wait(m_store.write(key, QStringLiteral("second-secret")))->isOk());
        QCOMPARE(read(key), QStringLiteral("second-secret"));
        QVERIFY(wait(m_store.remove(key))->isOk());
        QCOMPARE(read(key, SecretJob::Status::NotFound), QString());
    }

    void twoAccountsSideBySide()
    {
        const QString a = QStringLiteral("voipbin-keys/test/c1/accesskey/k1");
        const QString b = QStringLiteral("voipbin-keys/test/c2/accesskey/k1");
        QVERIFY(wait(m_store.write(a, QStringLiteral("secret-a")))->isOk());
        QVERIFY(wait(m_store.write(b, QStringLiteral("secret-b")))->isOk());
        QCOMPARE(read(a), QStringLiteral("secret-a"));
        QCOMPARE(read(b), QStringLiteral("secret-b"));
        QVERIFY(wait(m_store.remove(a))->isOk());
        QCOMPARE(read(b), QStringLiteral("secret-b"));
        QVERIFY(wait(m_store.remove(b))->isOk());
    }

    // What a person sees in Seahorse or `secret-tool search`: the entry's label, read back from the
    // Secret Service by another program.
    static QString labelSeenBySecretTool(const QString &service, const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service,
                QStringLiteral("user"), key });
        if (!tool.waitForFinished(10000))
            return QStringLiteral("<secret-tool did not finish>");
        // secret-tool prints attributes and the label on stderr, the secret on stdout: only stderr is read.
        const QString listing = QString::fromUtf8(tool.readAllStandardError() + tool.readAllStandardOutput());
        for (const QString &line : listing.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("label = ")))
                return line.mid(8);
        }
        return QStringLiteral("<no label>");
    }

    void entriesCarryTheLabelAPersonReads()
    {
        const QString service = QStringLiteral("VoIPbin Keys test");
        const QString key = QStringLiteral("voipbin-keys/test/c1/accesskey/labelled");
        const QString label = QStringLiteral("VoIPbin Keys: ci-pipeline (vb_S9pecO7V) on api.voipbin.net");
        m_store.setLabel(key, label);
        QVERIFY(wait(m_store.write(key, QStringLiteral("labelled-secret")))->isOk());
        QCOMPARE(labelSeenBySecretTool(service, key), label);

        // Relabelling an entry that exists (a rename, or an entry of an earlier version) needs no write.
        const QString renamed = QStringLiteral("VoIPbin Keys: deploy (vb_S9pecO7V) on api.voipbin.net");
        m_store.setLabel(key, renamed);
        QTRY_COMPARE_WITH_TIMEOUT(labelSeenBySecretTool(service, key), renamed, 10000);
        QCOMPARE(read(key), QStringLiteral("labelled-secret"));
        QVERIFY(wait(m_store.remove(key))->isOk());
    }

    void missingEntryIsNotFound()
    {
        SecretJob *job = wait(m_store.read(QStringLiteral("voipbin-keys/test/never-written")));
        QCOMPARE(job->status(), SecretJob::Status::NotFound);
        QVERIFY(job->secret().isEmpty());
    }

    void unicodeSecret()
    {
        const QString key = QStringLiteral("voipbin-keys/test/unicode");
        const QString secret = QString::fromUtf8("p\xc3\xa4ss \xe2\x9c\x93 vb_+/=");
        QVERIFY(wait(m_store.write(key, secret))->isOk());
        QCOMPARE(read(key), secret);
        QVERIFY(wait(m_store.remove(key))->isOk());
    }

    void applicationTimeoutFinishesOnce()
    {
        // A zero timeout races the real answer: either way finished() comes once, the late answer is
        // dropped safely, and the QtKeychain queue keeps working afterwards.
        KeychainSecretStore impatient(QStringLiteral("VoIPbin Keys test"));
        impatient.setTimeout(0);
        SecretJob *job = impatient.write(QStringLiteral("voipbin-keys/test/impatient"), QStringLiteral("s"));
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(5000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->status() == SecretJob::Status::TimedOut || job->isOk());
        delete job;
        QTest::qWait(200);
        QVERIFY(wait(m_store.write(QStringLiteral("voipbin-keys/test/after"), QStringLiteral("s")))->isOk());
        QVERIFY(wait(m_store.remove(QStringLiteral("voipbin-keys/test/after")))->isOk());
        QVERIFY(wait(m_store.remove(QStringLiteral("voipbin-keys/test/impatient")))->isOk());
    }

    void jobDeletedEarlyIsSafe()
    {
        // The caller gives up before QtKeychain answers: nothing may touch the deleted job.
        delete m_store.read(QStringLiteral("voipbin-keys/test/never-written"));
        QVERIFY(wait(m_store.read(QStringLiteral("voipbin-keys/test/never-written")))->isFinished());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
