#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"

#include <QSignalSpy>
#include <QTest>

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private:
    static SecretJob *wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(1000);
        return job;
    }

private slots:
    void isAsynchronous()
    {
        MemorySecretStore store;
        SecretJob *job = store.write(QStringLiteral("k"), QStringLiteral("s"));
        QVERIFY(!job->isFinished());
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->isOk());
    }

    void writeReadRemove()
    {
        MemorySecretStore store;
        QVERIFY(wait(store.write(QStringLiteral("k"), QStringLiteral("s1")))->isOk());
        QVERIFY(wait(store.write(QStringLiteral("k"), QStringLiteral("s2")))->isOk());
        SecretJob *read = wait(store.read(QStringLiteral("k")));
        QVERIFY(read->isOk());
        QCOMPARE(read->secret(), QStringLiteral("s2"));
        QCOMPARE(store.contents().size(), 1);
        QVERIFY(wait(store.remove(QStringLiteral("k")))->isOk());
        QCOMPARE(wait(store.read(QStringLiteral("k")))->status(), SecretJob::Status::NotFound);
        // Like the Secret Service: deleting what is not there succeeds.
        QVERIFY(wait(store.remove(QStringLiteral("k")))->isOk());
    }

    void injectedFailures()
    {
        MemorySecretStore store;
        store.failNextWith(SecretJob::Status::Locked, 2);
        SecretJob *first = wait(store.write(QStringLiteral("k"), QStringLiteral("s")));
        QCOMPARE(first->status(), SecretJob::Status::Locked);
        QVERIFY(first->secret().isEmpty());
        QCOMPARE(first->userMessage(), QStringLiteral("The keyring is locked. Unlock it and try again."));
        QCOMPARE(wait(store.read(QStringLiteral("k")))->status(), SecretJob::Status::Locked);
        QVERIFY(store.contents().isEmpty());
        QVERIFY(wait(store.write(QStringLiteral("k"), QStringLiteral("s")))->isOk());
    }

    void jobCompletesOnce()
    {
        SecretJob job;
        QSignalSpy spy(&job, &SecretJob::finished);
        job.complete(SecretJob::Status::Ok, QStringLiteral("first"));
        job.complete(SecretJob::Status::Failed);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job.status(), SecretJob::Status::Ok);
        QCOMPARE(job.secret(), QStringLiteral("first"));
    }

    // A write behind an unlock prompt outlives the application timeout: its real answer still counts.
    void timedOutJobReportsTheLateAnswerOnce()
    {
        SecretJob job;
        QSignalSpy finished(&job, &SecretJob::finished);
        QSignalSpy late(&job, &SecretJob::answeredLate);
        job.complete(SecretJob::Status::TimedOut);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(late.count(), 0);
        job.complete(SecretJob::Status::Ok, QStringLiteral("late"));
        job.complete(SecretJob::Status::Failed);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(late.count(), 1);
        QCOMPARE(job.status(), SecretJob::Status::Ok);
        QCOMPARE(job.secret(), QStringLiteral("late"));
    }

    void descriptions()
    {
        QCOMPARE(SecretJob::describe(SecretJob::Status::NoKeyring),
            QStringLiteral(
                "No keyring is available: VoIPbin Keys needs a Secret Service such as GNOME Keyring "
                "or KWallet to store secrets."));
        QCOMPARE(SecretJob::describe(SecretJob::Status::TimedOut),
            QStringLiteral("The keyring did not answer (is an unlock prompt waiting?)."));
        for (int s = int(SecretJob::Status::Pending); s <= int(SecretJob::Status::Failed); ++s)
            QVERIFY(!SecretJob::describe(SecretJob::Status(s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
