#include "core/FixedClock.h"
#include "core/Settings.h"
#include "reminders/ExpiryReminder.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-03-10T09:00:00Z"), Qt::ISODate);
// A token of the accesskey shape: only the session's kind matters here, never its text.
const QString SessionToken = QStringLiteral("vb_sessiontokensessiontokensessiontoken0");

AccessKey key(const QString &id, const QString &name, const QDateTime &expiresAt)
{
    AccessKey k;
    k.id = id;
    k.name = name;
    k.tokenPrefix = QStringLiteral("vb_") + id;
    k.expiresAt = expiresAt;
    return k;
}

QStringList idsOf(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &call : spy)
        ids.append(call.at(0).value<Reminder>().id);
    return ids;
}
} // namespace

/// Which keys and sessions are reminded of, and that nothing is reminded of twice in a day.
class TestExpiryReminder : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qRegisterMetaType<Reminder>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend
            = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<Settings>(m_backend.get());
        m_clock = new FixedClock(Now);
        Clock::setInstance(m_clock);
    }
    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_settings.reset();
        m_backend.reset();
        m_dir.reset();
    }

    void onlyStoredKeysWithinTheWarningPeriod()
    {
        ExpiryReminder reminder(QStringLiteral("p1"), m_settings.get());
        reminder.setProfileName(QStringLiteral("Work"));
        QSignalSpy spy(&reminder, &ExpiryReminder::remind);
        const QList<AccessKey> keys {
            key(QStringLiteral("soon"), QStringLiteral("ci-pipeline"), Now.addDays(3)),
            key(QStringLiteral("notstored"), QStringLiteral("other"), Now.addDays(3)),
            key(QStringLiteral("later"), QStringLiteral("later"), Now.addDays(30)),
            key(QStringLiteral("expired"), QStringLiteral("gone"), Now.addDays(-1)),
            key(QStringLiteral("never"), QStringLiteral("forever"), QDateTime()),
        };
        reminder.setKeys(keys,
            { QStringLiteral("soon"), QStringLiteral("later"), QStringLiteral("expired"),
                QStringLiteral("never") });
        QCOMPARE(idsOf(spy), QStringList { QStringLiteral("p1/key/soon") });
        const Reminder sent = spy.at(0).at(0).value<Reminder>();
        QCOMPARE(sent.keyId, QStringLiteral("soon"));
        QCOMPARE(sent.profileId, QStringLiteral("p1"));
        QVERIFY2(sent.title.contains(QStringLiteral("ci-pipeline")), qPrintable(sent.title));
        QVERIFY2(sent.title.contains(QStringLiteral("in 3 days")), qPrintable(sent.title));
        QVERIFY2(sent.body.contains(QStringLiteral("Work")), qPrintable(sent.body));
    }

    void theWarningPeriodComesFromSettings()
    {
        m_settings->setValue(Settings::Key::ExpiryWarningDays, 40);
        ExpiryReminder reminder(QStringLiteral("p1"), m_settings.get());
        QSignalSpy spy(&reminder, &ExpiryReminder::remind);
        reminder.setKeys({ key(QStringLiteral("later"), QStringLiteral("later"), Now.addDays(30)) },
            { QStringLiteral("later") });
        QCOMPARE(idsOf(spy), QStringList { QStringLiteral("p1/key/later") });
    }

    void notTwiceADayEvenAcrossARestartButAgainTomorrow()
    {
        const QList<AccessKey> keys { key(QStringLiteral("soon"), QStringLiteral("ci"), Now.addDays(3)) };
        {
            ExpiryReminder reminder(QStringLiteral("p1"), m_settings.get());
            QSignalSpy spy(&reminder, &ExpiryReminder::remind);
            reminder.setKeys(keys, { QStringLiteral("soon") });
            reminder.check();
            reminder.setKeys(keys, { QStringLiteral("soon") });
            QCOMPARE(spy.count(), 1);
        }
        // A restart the same day: remembered in the settings.
        m_clock->advanceSeconds(3 * 60 * 60);
        ExpiryReminder again(QStringLiteral("p1"), m_settings.get());
        QSignalSpy spy(&again, &ExpiryReminder::remind);
        again.setKeys(keys, { QStringLiteral("soon") });
        QCOMPARE(spy.count(), 0);
        // The next day, the hourly check (or any other) sends it once more.
        m_clock->advanceSeconds(24 * 60 * 60);
        again.check();
        QCOMPARE(idsOf(spy), QStringList { QStringLiteral("p1/key/soon") });
        again.check();
        QCOMPARE(spy.count(), 1);
        // Yesterday's record is dropped, so the list does not grow day after day.
        QCOMPARE(m_settings->value(Settings::Key::RemindersSent).toStringList().size(), 1);
    }

    void anotherProfilesReminderIsItsOwn()
    {
        const QList<AccessKey> keys { key(QStringLiteral("soon"), QStringLiteral("ci"), Now.addDays(3)) };
        ExpiryReminder first(QStringLiteral("p1"), m_settings.get());
        ExpiryReminder second(QStringLiteral("p2"), m_settings.get());
        QSignalSpy spy(&second, &ExpiryReminder::remind);
        first.setKeys(keys, { QStringLiteral("soon") });
        second.setKeys(keys, { QStringLiteral("soon") });
        QCOMPARE(idsOf(spy), QStringList { QStringLiteral("p2/key/soon") });
    }

    void anAccessKeySessionEndingWithinThePeriod()
    {
        ExpiryReminder reminder(QStringLiteral("p1"), m_settings.get());
        QSignalSpy spy(&reminder, &ExpiryReminder::remind);
        Session session(QUrl(QStringLiteral("https://api.voipbin.net")), Credential::accessKey(SessionToken));
        session.setExpiresAt(Now.addDays(2));
        reminder.setSession(session);
        QCOMPARE(spy.count(), 1);
        const Reminder sent = spy.at(0).at(0).value<Reminder>();
        QVERIFY(sent.keyId.isEmpty());
        QVERIFY2(sent.title.contains(QStringLiteral("in 2 days")), qPrintable(sent.title));
        QVERIFY2(!sent.title.contains(SessionToken) && !sent.body.contains(SessionToken), "no secret in it");
    }

    void aPasswordSessionOnlyInItsLastDay()
    {
        ExpiryReminder reminder(QStringLiteral("p1"), m_settings.get());
        QSignalSpy spy(&reminder, &ExpiryReminder::remind);
        const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2ln");
        Session session(
            QUrl(QStringLiteral("https://api.voipbin.net")), Credential::jwt(jwt), QStringLiteral("alice"));
        session.setExpiresAt(Now.addDays(6));
        reminder.setSession(session);
        QCOMPARE(spy.count(), 0);
        m_clock->advanceSeconds(5 * 24 * 60 * 60 + 60);
        reminder.check();
        QCOMPARE(spy.count(), 1);
    }

    void nothingAfterSignOut()
    {
        ExpiryReminder reminder(QStringLiteral("p1"), m_settings.get());
        QSignalSpy spy(&reminder, &ExpiryReminder::remind);
        const QList<AccessKey> keys { key(QStringLiteral("soon"), QStringLiteral("ci"), Now.addDays(3)) };
        reminder.setKeys(keys, { QStringLiteral("soon") });
        QCOMPARE(spy.count(), 1);
        reminder.clear();
        m_clock->advanceSeconds(24 * 60 * 60);
        reminder.check();
        QCOMPARE(spy.count(), 1);
        reminder.setKeys(keys, { QStringLiteral("soon") });
        QCOMPARE(spy.count(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_backend;
    std::unique_ptr<Settings> m_settings;
    FixedClock *m_clock = nullptr;
};

QTEST_GUILESS_MAIN(TestExpiryReminder)
#include "tst_expiryreminder.moc"
