#include "core/Settings.h"
#include "profiles/ProfileRemoval.h"
#include "profiles/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/StoredSecretIndex.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// ProfileRemoval over a real settings file and the in-memory keychain: the confirmation lists exactly
/// what goes, the run deletes exactly that, and whatever another profile of the same account uses stays.
class TestProfileRemoval : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_backend.reset(new QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_settings.reset(new Settings(m_backend.get()));
        m_profiles.reset(new ProfileStore(m_settings.get()));
        m_store.reset(new MemorySecretStore);
    }

    void listsAndDeletesTheSessionAndTheKeysSecrets()
    {
        const Profile staging
            = addProfile(QStringLiteral("staging"), QStringLiteral("alice"), Staging, Alice);
        const Profile other = addProfile(QStringLiteral("prod"), QStringLiteral("bob"), Production, Bob);
        storeSession(staging);
        storeSession(other);
        storeKey(staging, QStringLiteral("k1"));
        storeKey(staging, QStringLiteral("k2"));
        storeKey(other, QStringLiteral("k9"));

        ProfileRemoval removal(staging, remainingWithout(staging), m_store.get(), m_backend.get());
        QStringList names;
        for (const ProfileRemoval::Entry &entry : removal.entries())
            names << entry.name;
        QCOMPARE(names,
            QStringList(
                { staging.sessionEntryName(), SecretKeys::accessKey(Staging, Alice, QStringLiteral("k1")),
                    SecretKeys::accessKey(Staging, Alice, QStringLiteral("k2")) }));
        QVERIFY(removal.entries().first().description.contains(QStringLiteral("alice")));
        QVERIFY(removal.keptBecauseShared().isEmpty());
        // Listing deletes nothing: the person has not said yes yet.
        QCOMPARE(m_store->contents().size(), 5);

        QSignalSpy finished(&removal, &ProfileRemoval::finished);
        removal.run();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(QSet<QString>(m_store->contents().keyBegin(), m_store->contents().keyEnd()),
            QSet<QString>(
                { other.sessionEntryName(), SecretKeys::accessKey(Production, Bob, QStringLiteral("k9")) }));
        QVERIFY(StoredSecretIndex(m_backend.get()).keyIds(Staging, Alice).isEmpty());
        QCOMPARE(StoredSecretIndex(m_backend.get()).keyIds(Production, Bob).size(), 1);
    }

    void keepsWhatADuplicateOfTheSameAccountUses()
    {
        const Profile original
            = addProfile(QStringLiteral("staging"), QStringLiteral("alice"), Staging, Alice);
        Profile copy = m_profiles->duplicate(original.id);
        copy.customerId = Alice; // signed in since: the same account
        m_profiles->update(copy);
        storeSession(original);
        storeKey(original, QStringLiteral("k1"));

        ProfileRemoval removal(copy, remainingWithout(copy), m_store.get(), m_backend.get());
        QVERIFY(removal.entries().isEmpty());
        QCOMPARE(removal.keptBecauseShared().size(), 2);
        QVERIFY(removal.keptBecauseShared().first().contains(QStringLiteral("staging")));
        QSignalSpy finished(&removal, &ProfileRemoval::finished);
        removal.run();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_store->contents().size(), 2);
    }

    void aProfileNeverSignedInHasNoKeys()
    {
        Profile fresh;
        fresh.name = QStringLiteral("fresh");
        fresh.server = ServerChoice::Custom;
        fresh.customRoot = Staging;
        fresh.username = QStringLiteral("carol");
        fresh = m_profiles->add(fresh);
        ProfileRemoval removal(fresh, remainingWithout(fresh), m_store.get(), m_backend.get());
        QCOMPARE(removal.entries().size(), 1); // the session it may have remembered, nothing else
        QCOMPARE(removal.entries().first().name, fresh.sessionEntryName());
    }

    void aKeychainThatRefusesIsReported()
    {
        const Profile staging
            = addProfile(QStringLiteral("staging"), QStringLiteral("alice"), Staging, Alice);
        storeKey(staging, QStringLiteral("k1"));
        m_store->failNextWith(SecretJob::Status::Locked, 2);
        ProfileRemoval removal(staging, remainingWithout(staging), m_store.get(), m_backend.get());
        QSignalSpy finished(&removal, &ProfileRemoval::finished);
        removal.run();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().toString().isEmpty());
        // The key stays marked as stored: its secret is still there.
        QCOMPARE(StoredSecretIndex(m_backend.get()).keyIds(Staging, Alice).size(), 1);
    }

private:
    const QUrl Staging = QUrl(QStringLiteral("https://staging.example.com"));
    const QUrl Production = QUrl(QStringLiteral("https://api.voipbin.net"));
    const QString Alice = QStringLiteral("cust-alice");
    const QString Bob = QStringLiteral("cust-bob");

    Profile addProfile(const QString &name, const QString &user, const QUrl &root, const QString &customer)
    {
        Profile profile;
        profile.name = name;
        profile.server = root == Production ? ServerChoice::Voipbin : ServerChoice::Custom;
        profile.customRoot = root == Production ? QUrl() : root;
        profile.username = user;
        profile.customerId = customer;
        return m_profiles->add(profile);
    }

    QList<Profile> remainingWithout(const Profile &gone) const
    {
        QList<Profile> all = m_profiles->profiles();
        all.removeIf([&gone](const Profile &p) { return p.id == gone.id; });
        return all;
    }

    void write(const QString &name)
    {
        SecretJob *job = m_store->write(name, QStringLiteral("secret"));
        QTRY_VERIFY(job->isFinished());
        delete job;
    }

    void storeSession(const Profile &profile) { write(profile.sessionEntryName()); }

    void storeKey(const Profile &profile, const QString &id)
    {
        write(SecretKeys::accessKey(profile.serverRoot(), profile.customerId, id));
        StoredSecretIndex(m_backend.get()).add(profile.serverRoot(), profile.customerId, id);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_backend;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_store;
};

QTEST_GUILESS_MAIN(TestProfileRemoval)
#include "tst_profileremoval.moc"
