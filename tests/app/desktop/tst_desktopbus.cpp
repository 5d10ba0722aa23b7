#include "api/VoipbinClient.h"
#include "core/FixedClock.h"
#include "core/Settings.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/IdleWatcher.h"
#include "desktop/ScreenLockWatcher.h"
#include "reminders/ExpiryReminder.h"
#include "session/AppLock.h"
#include "session/CurrentSession.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

/// A notification server as small as the freedesktop spec allows: it records each Notify and answers with
/// a new id, and the test makes it emit ActionInvoked as a click would. Registered on its own bus
/// connection, so the app's call really travels through the private dbus-daemon.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, summary, body;
        QStringList actions;
        uint id;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        calls.append({ appName, summary, body, actions, uint(calls.size() + 41) });
        return calls.last().id;
    }
};

/// The desktop over a real (private) session bus, as scripts/keyring-session.sh gives one: a reminder
/// reaches the notification server and its click comes back; the screensaver's signal is heard; and the
/// idle watch fires after the time set, not before.
class TestDesktopBus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside scripts/keyring-session.sh");
        m_server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-desktop"));
        QVERIFY(m_server.isConnected());
    }

    void withoutANotificationServerTheUiIsAskedToShowIt()
    {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(NotificationsService));
        DesktopNotifier notifier;
        QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackRequested);
        notifier.notify(QStringLiteral("p1/key/k"), QStringLiteral("title"), QStringLiteral("body"));
        QVERIFY(fallback.wait(10000));
        QCOMPARE(fallback.at(0).at(0).toString(), QStringLiteral("p1/key/k"));
        QCOMPARE(fallback.at(0).at(1).toString(), QStringLiteral("title"));
    }

    void aReminderIsSentAndItsClickComesBack()
    {
        FakeNotificationServer server;
        QVERIFY(m_server.registerObject(NotificationsPath, &server, QDBusConnection::ExportAllSlots));
        QVERIFY(m_server.registerService(NotificationsService));

        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Clock::setInstance(new FixedClock(now));
        DesktopNotifier notifier;
        ExpiryReminder reminder(QStringLiteral("p1"), &settings);
        reminder.setProfileName(QStringLiteral("Work"));
        connect(&reminder, &ExpiryReminder::remind, &notifier,
            [&notifier](const Reminder &r) { notifier.notify(r.id, r.title, r.body); });
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackRequested);

        AccessKey key;
        key.id = QStringLiteral("key-1");
        key.name = QStringLiteral("ci-pipeline");
        key.tokenPrefix = QStringLiteral("vb_abc");
        key.expiresAt = now.addDays(2);
        reminder.setKeys({ key }, { key.id });
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 1, 10000);
        const FakeNotificationServer::Call call = server.calls.at(0);
        QVERIFY2(call.summary.contains(QStringLiteral("ci-pipeline")), qPrintable(call.summary));
        QVERIFY2(call.body.contains(QStringLiteral("Work")), qPrintable(call.body));
        QVERIFY2(call.actions.contains(QStringLiteral("default")), "a click on the bubble must come back");

        // Another notification's click, and another action, are not ours.
        emitSignal(QStringLiteral("ActionInvoked"), { call.id + 100, QStringLiteral("default") });
        emitSignal(QStringLiteral("ActionInvoked"), { call.id, QStringLiteral("other") });
        // The click.
        emitSignal(QStringLiteral("ActionInvoked"), { call.id, QStringLiteral("default") });
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("p1/key/key-1"));
        QCOMPARE(fallback.size(), 0);

        // Checked again the same day: nothing new on the bus.
        reminder.check();
        QTest::qWait(300);
        QCOMPARE(server.calls.size(), 1);

        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        emitSignal(QStringLiteral("NotificationClosed"), { call.id, uint(2) });
        QVERIFY(closed.wait(10000));
        QCOMPARE(closed.at(0).at(0).toString(), QStringLiteral("p1/key/key-1"));

        Clock::setInstance(nullptr);
        m_server.unregisterService(NotificationsService);
        m_server.unregisterObject(NotificationsPath);
    }

    void theScreensaverLockingIsHeard()
    {
        ScreenLockWatcher watcher;
        QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);
        watcher.watch();
        // Unlocking is not locking.
        emitScreenSaver(QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), false);
        QTest::qWait(300);
        QCOMPARE(locked.size(), 0);
        emitScreenSaver(QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), true);
        QVERIFY(locked.wait(10000));
        // KDE's path, and GNOME's own interface.
        emitScreenSaver(QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"), true);
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 2, 10000);
        emitScreenSaver(
            QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true);
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 3, 10000);
    }

    void idleAfterTheTimeSetAndInputPutsItOff()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QElapsedTimer elapsed;
        elapsed.start();
        watcher.setIdleTimeout(600);
        // Input every 200 ms keeps the app awake.
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(200);
            QEvent press(QEvent::KeyPress);
            QCoreApplication::sendEvent(this, &press);
        }
        QCOMPARE(idle.size(), 0);
        QVERIFY(idle.wait(5000));
        QVERIFY2(elapsed.elapsed() >= 1000 + 600 - 50, "idle came before the time set");
        // Once per idle stretch.
        QTest::qWait(900);
        QCOMPARE(idle.size(), 1);
        // Input starts a new stretch.
        QEvent move(QEvent::MouseMove);
        QCoreApplication::sendEvent(this, &move);
        QVERIFY(idle.wait(5000));
        QCOMPARE(idle.size(), 2);
        // Off: never.
        watcher.setIdleTimeout(0);
        QTest::qWait(900);
        QCOMPARE(idle.size(), 2);
    }

    void theScreenLockingLocksEverySessionAndDropsItsCredential()
    {
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        VoipbinClient firstClient, secondClient;
        CurrentSession first(&firstClient), second(&secondClient);
        const QString token = QStringLiteral("vb_lockedsessiontokenlockedsessiontoken");
        first.begin(Session(QUrl(QStringLiteral("https://api.voipbin.net")), Credential::accessKey(token)));
        AppLock appLock(&settings);
        appLock.addSession(&first);
        appLock.addSession(&second); // signed out: nothing to restore
        appLock.watchScreenLock(); // as the window does after its first frame
        QSignalSpy aboutToLock(&appLock, &AppLock::aboutToLock);
        QSignalSpy locked(&appLock, &AppLock::locked);

        emitScreenSaver(QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), true);
        QVERIFY(locked.wait(10000));
        QCOMPARE(aboutToLock.size(), 1);
        QVERIFY(appLock.isLocked());
        QVERIFY(!first.isSignedIn());
        QVERIFY(!firstClient.credential().isValid());
        QVERIFY(first.session().credential().secret().isEmpty());
        QCOMPARE(appLock.sessionsToRestore(), QList<CurrentSession *> { &first });

        // Locked twice is locked once.
        appLock.lock();
        QCOMPARE(locked.size(), 1);
        QSignalSpy unlocked(&appLock, &AppLock::unlocked);
        QList<CurrentSession *> restoreAtUnlock;
        connect(&appLock, &AppLock::unlocked, this, [&] { restoreAtUnlock = appLock.sessionsToRestore(); });
        appLock.unlock();
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(restoreAtUnlock, QList<CurrentSession *> { &first });

        // Turned off in the settings: the screen locking leaves the app alone.
        settings.setValue(Settings::Key::LockOnScreenLock, false);
        emitScreenSaver(QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), true);
        QTest::qWait(500);
        QCOMPARE(locked.size(), 1);
        QVERIFY(!appLock.isLocked());
    }

    void idleLocksAfterTheTimeSetInMinutes()
    {
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        AppLock off(&settings);
        QCOMPARE(off.idleWatcher()->idleTimeout(), 0); // off by default
        settings.setValue(Settings::Key::LockAfterIdleMinutes, 5);
        AppLock appLock(&settings);
        QCOMPARE(appLock.idleWatcher()->idleTimeout(), 5 * 60 * 1000);
        QSignalSpy locked(&appLock, &AppLock::locked);
        appLock.idleWatcher()->setIdleTimeout(300); // minutes are too long for a test
        QVERIFY(locked.wait(5000));
        QVERIFY(appLock.isLocked());
        QCOMPARE(appLock.idleWatcher()->idleTimeout(), 0); // nothing to watch while locked
        appLock.unlock();
        QCOMPARE(appLock.idleWatcher()->idleTimeout(), 5 * 60 * 1000);
    }

private:
    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(NotificationsPath, NotificationsService, name);
        signal.setArguments(arguments);
        QVERIFY(m_server.send(signal));
    }
    void emitScreenSaver(const QString &path, const QString &interface, bool active)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
        signal << active;
        QVERIFY(m_server.send(signal));
    }

    QDBusConnection m_server { QString() };
};

QTEST_GUILESS_MAIN(TestDesktopBus)
#include "tst_desktopbus.moc"
