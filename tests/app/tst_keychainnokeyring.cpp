// Runs inside scripts/keyring-session.sh nobus: no session bus, so no Secret Service at all.
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestKeychainNoKeyring : public QObject
{
    Q_OBJECT

private:
    const QString m_secret = QStringLiteral("vb_nokeyringSECRET0123456789abcdef");

    static SecretJob *wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(10000);
        return job;
    }

private slots:
    void saysNoKeyringQuickly()
    {
        KeychainSecretStore store;
        QElapsedTimer timer;
        timer.start();
        SecretJob *write = wait(store.write(QStringLiteral("voipbin-keys/test/k"), m_secret));
        QCOMPARE(write->status(), SecretJob::Status::NoKeyring);
        QVERIFY2(timer.elapsed() < 5000, "must fail fast, not wait for the application timeout");
        QVERIFY(write->userMessage().startsWith(QStringLiteral("No keyring is available")));
        QVERIFY(!write->errorDetail().contains(m_secret));
        QCOMPARE(
            wait(store.read(QStringLiteral("voipbin-keys/test/k")))->status(), SecretJob::Status::NoKeyring);
        QCOMPARE(wait(store.remove(QStringLiteral("voipbin-keys/test/k")))->status(),
            SecretJob::Status::NoKeyring);
    }

    void nothingWrittenAnywhere()
    {
        // The insecure fallback stays off: the secret must not land in any file under the throw-away HOME.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoKeyring)
#include "tst_keychainnokeyring.moc"
