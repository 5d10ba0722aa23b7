#include "core/Settings.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretKeys.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// ProfileStore over a real settings file: the upgrade from one account to profiles, and the edits the
/// window's profile list and `vbkeys` make.
class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_backend.reset(new QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_settings.reset(new Settings(m_backend.get()));
    }

    void upgradeKeepsTheAccountAndItsRememberedSession()
    {
        // What version 0.x wrote after a remembered sign-in to a custom server.
        const QUrl staging(QStringLiteral("https://staging.example.com:8443"));
        m_settings->setValue(Settings::Key::LastServer, staging.toString());
        m_settings->setValue(Settings::Key::LastUsername, QStringLiteral("alice"));
        m_settings->setLastSignInMethod(SignInMethod::Password);
        m_settings->setValue(Settings::Key::RememberMe, true);

        ProfileStore store(m_settings.get());
        QCOMPARE(store.count(), 1);
        const Profile first = store.lastUsed();
        QCOMPARE(first.server, ServerChoice::Custom);
        QCOMPARE(first.serverRoot(), staging);
        QCOMPARE(first.username, QStringLiteral("alice"));
        QVERIFY(first.rememberMe);
        QCOMPARE(first.name, QStringLiteral("alice on staging.example.com:8443"));
        // The very entry name 0.x remembered the session under: found without moving anything.
        QCOMPARE(first.sessionEntryName(), SecretKeys::session(staging, QStringLiteral("alice")));

        // Migration happens once: a second store (the next start, or vbkeys) sees the same profile.
        ProfileStore again(m_settings.get());
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.lastUsed().id, first.id);
    }

    void upgradeFromTheOfficialServerWithAnAccesskey()
    {
        m_settings->setValue(Settings::Key::LastServer, QStringLiteral("https://api.voipbin.net"));
        m_settings->setLastSignInMethod(SignInMethod::AccessKey);
        m_settings->setValue(Settings::Key::RememberMe, true);
        ProfileStore store(m_settings.get());
        const Profile first = store.lastUsed();
        QCOMPARE(first.server, ServerChoice::Voipbin);
        QCOMPARE(first.method, SignInMethod::AccessKey);
        QCOMPARE(first.name, QStringLiteral("api.voipbin.net"));
        QCOMPARE(first.sessionEntryName(),
            SecretKeys::session(QUrl(QStringLiteral("https://api.voipbin.net")), QString()));
    }

    void accesskeyProfilesOfOneServerKeepTheirOwnSessions()
    {
        ProfileStore store(m_settings.get());
        Profile ci;
        ci.name = QStringLiteral("ci");
        ci.method = SignInMethod::AccessKey;
        ci = store.add(ci);
        Profile agent = ci;
        agent.name = QStringLiteral("agent");
        agent = store.add(agent);
        // Two keys name no user: one shared entry would let one profile's sign-in replace the other's.
        QVERIFY(ci.sessionEntryName() != agent.sessionEntryName());
        QVERIFY(ci.sessionEntryName().startsWith(QStringLiteral("voipbin-keys/")));
        const Profile copy = store.duplicate(ci.id);
        QVERIFY(copy.sessionEntryName() != ci.sessionEntryName());

        // Password sessions stay per account: two profiles of alice share hers.
        Profile a1;
        a1.name = QStringLiteral("alice 1");
        a1.username = QStringLiteral("alice");
        Profile a2 = a1;
        a2.name = QStringLiteral("alice 2");
        QCOMPARE(store.add(a1).sessionEntryName(), store.add(a2).sessionEntryName());
    }

    void freshInstallHasOneProfileForTheDefaultServer()
    {
        m_settings->setDefaultServer(ServerChoice::Sandbox);
        ProfileStore store(m_settings.get());
        QCOMPARE(store.count(), 1);
        const Profile first = store.lastUsed();
        QCOMPARE(first.server, ServerChoice::Sandbox);
        QCOMPARE(first.name, QStringLiteral("local sandbox"));
        QVERIFY(first.serverRoot().isEmpty());
        QVERIFY(first.sessionEntryName().isEmpty()); // never remembered: a new server every run
    }

    void removingEveryProfileDoesNotMigrateAgain()
    {
        m_settings->setValue(Settings::Key::LastServer, QStringLiteral("https://api.voipbin.net"));
        {
            ProfileStore store(m_settings.get());
            store.remove(store.lastUsed().id);
            QCOMPARE(store.count(), 0);
        }
        ProfileStore again(m_settings.get());
        QCOMPARE(again.count(), 0);
        QVERIFY(again.lastUsed().isNull());
    }

    void namesAreUniqueAsAPersonReadsThem()
    {
        ProfileStore store(m_settings.get());
        Profile p;
        p.name = QStringLiteral("Production");
        store.add(p);
        QVERIFY(!store.nameProblem(QStringLiteral("production ")).isEmpty());
        QVERIFY(!store.nameProblem(QStringLiteral("  ")).isEmpty());
        QVERIFY(!store.nameProblem(QString(65, QLatin1Char('x'))).isEmpty());
        QVERIFY(store.nameProblem(QStringLiteral("Staging")).isEmpty());
        const Profile production = store.findByName(QStringLiteral("PRODUCTION"));
        QVERIFY(!production.isNull());
        // Renaming a profile to its own name (another case) is fine.
        QVERIFY(store.nameProblem(QStringLiteral("production"), production.id).isEmpty());
        QCOMPARE(store.uniqueName(QStringLiteral("Production")), QStringLiteral("Production 2"));
    }

    void addUpdateDuplicateRemove()
    {
        ProfileStore store(m_settings.get());
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        QSignalSpy changed(&store, &ProfileStore::profileChanged);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);

        Profile p;
        p.name = QStringLiteral("ci");
        p.server = ServerChoice::Custom;
        p.customRoot = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        p.method = SignInMethod::AccessKey;
        p = store.add(p);
        QVERIFY(!p.id.isEmpty());
        QCOMPARE(added.count(), 1);

        p.customerId = QStringLiteral("c-1");
        p.rememberMe = true;
        QVERIFY(store.update(p));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.profile(p.id).customerId, QStringLiteral("c-1"));
        QVERIFY(store.profile(p.id).rememberMe);

        const Profile copy = store.duplicate(p.id);
        QCOMPARE(copy.name, QStringLiteral("ci 2"));
        QCOMPARE(copy.serverRoot(), p.serverRoot());
        QVERIFY(copy.customerId.isEmpty());
        QVERIFY(copy.id != p.id);

        const int before = store.count();
        store.setLastUsed(p.id);
        store.remove(p.id);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.count(), before - 1);
        QVERIFY(store.profile(p.id).isNull());
        QVERIFY(m_backend->childGroups().contains(QStringLiteral("Profiles")));
        m_backend->beginGroup(QStringLiteral("Profiles"));
        QVERIFY(!m_backend->childGroups().contains(p.id)); // its settings went with it
        m_backend->endGroup();
        QCOMPARE(store.lastUsed().id, store.profiles().first().id);
    }

    void orderIsTheUsers()
    {
        ProfileStore store(m_settings.get());
        Profile a;
        a.name = QStringLiteral("a");
        a = store.add(a);
        store.move(a.id, 0);
        QCOMPARE(store.profiles().first().id, a.id);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_backend;
    std::unique_ptr<Settings> m_settings;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
