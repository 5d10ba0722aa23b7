// vbkeys without a usable keychain: run under scripts/keyring-session.sh nobus (no session bus) and locked
// (a keyring that was never unlocked, no prompter). Built twice, VBKEYS_KEYRING_MODE says which. Signing in
// works (the server accepts the password) but the session cannot be kept: a clear message and exit 4.
#include "VbkeysRunner.h"

#include <SandboxServer.h>
#include <memory>

class TestVbkeysKeyring : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolateHome(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.users
            = { { QStringLiteral("bob"), QStringLiteral("bob-sandbox-password"), true, QString() } };
        options.rateLimitPerSecond = 0;
        options.authRateLimitPerSecond = 0;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void loginCannotKeepTheSession()
    {
        const VbkeysResult login = runVbkeys(
            { QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("bob"),
                QStringLiteral("--server"), m_server->url().toString(), QStringLiteral("--username"),
                QStringLiteral("bob"), QStringLiteral("--password-stdin") },
            "bob-sandbox-password\n");
        QCOMPARE(login.code, 4);
        QVERIFY2(login.err.contains("keyring") || login.err.contains("keychain"), login.err.constData());
        QVERIFY(!login.err.contains("bob-sandbox-password"));
        QVERIFY(!login.out.contains("eyJ")); // no JWT anywhere
    }

    void readsSayTheKeychainIsTheProblem()
    {
        // The profile exists (login made it) but its session could not be stored.
        const VbkeysResult list
            = runVbkeys({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("bob") });
#ifdef VBKEYS_KEYRING_LOCKED
        // A locked gnome-keyring answers a read with "not found": nothing saved, sign in again.
        QVERIFY2(list.code == 3 || list.code == 4, list.err.constData());
#else
        QCOMPARE(list.code, 4);
        QVERIFY2(list.err.contains("keyring"), list.err.constData());
#endif
        const VbkeysResult profiles = runVbkeys({ QStringLiteral("profiles") });
        QVERIFY(profiles.out.contains("bob"));
    }
};

QTEST_GUILESS_MAIN(TestVbkeysKeyring)
#include "tst_vbkeyskeyring.moc"
