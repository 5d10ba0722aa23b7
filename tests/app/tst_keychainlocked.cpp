// Runs inside scripts/keyring-session.sh locked: gnome-keyring runs but its login collection was never
// unlocked, and there is no display for an unlock prompt.
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private:
    static constexpr int TimeoutMs = 3000;

    static SecretJob *wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(TimeoutMs + 5000);
        return job;
    }

private slots:
    void writeFailsClearlyWithinTimeout()
    {
        KeychainSecretStore store;
        store.setTimeout(TimeoutMs);
        QElapsedTimer timer;
        timer.start();
        SecretJob *job
            = wait(store.write(QStringLiteral("voipbin-keys/test/k"), QStringLiteral("vb_lockedSECRET")));
        QVERIFY(job->isFinished());
        QVERIFY(timer.elapsed() < TimeoutMs + 2000);
        // Observed here: OtherError "Object does not exist at path .../collection/login" -> Locked.
        QVERIFY2(job->status() == SecretJob::Status::Locked, qPrintable(job->errorDetail()));
        QVERIFY(!job->userMessage().isEmpty());
    }

    void readFindsNothing()
    {
        KeychainSecretStore store;
        store.setTimeout(TimeoutMs);
        SecretJob *job = wait(store.read(QStringLiteral("voipbin-keys/test/k")));
        QVERIFY(job->isFinished());
        QVERIFY(!job->isOk());
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
