// Locking and expiry reminders in the real window, offscreen, against the in-process sandbox, a real
// gnome-keyring and a private session bus (scripts/keyring-session.sh unlocked): the screensaver's signal
// is emitted on that bus, a tiny notification server registered on it sees the reminder and clicks it.
// A second private dbus-daemon stands in for the system bus (DBUS_SYSTEM_BUS_ADDRESS, set before anything
// opens it), where a fake logind answers GetSessionByPID and emits its session's Lock signal.
#include "SandboxServer.h"
#include "SignInForm.h"
#include "WidgetLookup.h"
#include "api/VoipbinClient.h"
#include "core/Settings.h"
#include "desktop/IdleWatcher.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/CreateKeyDialog.h"
#include "keys/NewKeyDialog.h"
#include "lock/LockedPage.h"
#include "lock/TrayIcon.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "session/AppLock.h"
#include "session/CurrentSession.h"
#include "session/Session.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"
#include "window/WindowLock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
const QString Demo = QStringLiteral("demo");
constexpr int UiTimeoutMs = 15000;
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString Login1 = QStringLiteral("org.freedesktop.login1");
const QString OurSessionPath = QStringLiteral("/org/freedesktop/login1/session/_31");
const QString OtherSessionPath = QStringLiteral("/org/freedesktop/login1/session/_32");
} // namespace

/// logind's manager as far as the app asks it: which session this process belongs to.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    int sessionQueries = 0;

public slots:
    QDBusObjectPath GetSessionByPID(uint)
    {
        ++sessionQueries;
        return QDBusObjectPath(OurSessionPath);
    }
};

/// The freedesktop notification server, as small as it gets: records Notify, answers an id.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &,
        const QStringList &, const QVariantMap &, int)
    {
        summaries.append(summary);
        return uint(summaries.size());
    }
};

class TestWindowLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void screenLockDropsEverySecretAndUnlockRestoresTheRememberedSession();
    void idleLockAndUnlockShowsThePasswordForm();
    void ctrlLAndTheFileMenuLockAndTheTrayIsOffByDefault();
    void aReminderIsNotifiedAndItsClickSelectsTheKey();
    void logindLockOfThisSessionLocksTheWindow();
    void theTrayMenuShowsLocksAndQuits();

private:
    void signIn(bool remember);
    QString createKeyAndKeepTheDialogOpen(const QString &name);
    void emitScreenSaverActive();
    void emitLogindLock(const QString &sessionPath);
    LockedPage *lockedPage() const { return m_window->windowLock()->lockedPage(); }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QDBusConnection m_desktop { QString() };
    QDBusConnection m_system { QString() };
    FakeLogind m_logind;
};

void TestWindowLock::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside scripts/keyring-session.sh unlocked");
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlock"));
    sandbox::SandboxOptions options;
    options.port = 0;
    options.rateLimitPerSecond = 0;
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} } };
    options.seedKeys = 3;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
    // The desktop's side of the bus: its own connection, so every signal really goes through the daemon.
    m_desktop = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("desktop"));
    QVERIFY(m_desktop.isConnected());

    // The system bus is the private daemon main() started; logind is a fake of its own on it.
    const QString address = qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
    QVERIFY2(address.startsWith(QLatin1String("unix:")), "no private system bus (is dbus-daemon installed?)");
    m_system = QDBusConnection::connectToBus(address, QStringLiteral("fake-logind"));
    QVERIFY(m_system.isConnected());
    QVERIFY(m_system.registerObject(
        QStringLiteral("/org/freedesktop/login1"), &m_logind, QDBusConnection::ExportAllSlots));
    QVERIFY(m_system.registerService(Login1));
    QVERIFY(QDBusConnection::systemBus().isConnected()); // the app's own connection: to this daemon
}

void TestWindowLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_qsettings.get());
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->resize(1000, 640);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
}

void TestWindowLock::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

void TestWindowLock::signIn(bool remember)
{
    submitPasswordSignIn(m_window->signInWidget(), m_server->url(), Demo, Demo, remember);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    auto *loadBar = child<QProgressBar>(m_window.get(), "loadBar");
    QTRY_VERIFY_WITH_TIMEOUT(!loadBar->isVisible() && m_window->keyModel()->rowCount() > 0, UiTimeoutMs);
}

QString TestWindowLock::createKeyAndKeepTheDialogOpen(const QString &name)
{
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>())); }();
    if (!dialog)
        return {};
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    NewKeyDialog *shown = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs); }();
    return shown ? child<QLineEdit>(shown, "tokenEdit")->text() : QString();
}

void TestWindowLock::emitScreenSaverActive()
{
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
    signal << true;
    QVERIFY(m_desktop.send(signal));
}

void TestWindowLock::emitLogindLock(const QString &sessionPath)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        sessionPath, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    QVERIFY(m_system.send(signal));
}

void TestWindowLock::screenLockDropsEverySecretAndUnlockRestoresTheRememberedSession()
{
    // A profile set up for the server, as after its first sign-in: its session entry is the profile's own.
    Profile profile = m_window->currentWorkspace()->profile();
    profile.server = ServerChoice::Custom;
    profile.customRoot = m_server->url();
    m_window->profiles()->update(profile);
    signIn(true);
    const QString token = createKeyAndKeepTheDialogOpen(QStringLiteral("lock-test"));
    QVERIFY(token.startsWith(QStringLiteral("vb_")));
    NewKeyDialog *shown = visibleTopLevel<NewKeyDialog>();
    QVERIFY(shown);
    QPointer<NewKeyDialog> dialog(shown);
    child<QPushButton>(shown, "copyButton")->click();
    QTRY_COMPARE(QApplication::clipboard()->text(), token);
    VoipbinClient *client = m_window->currentWorkspace()->currentSession()->client();
    QVERIFY(client->credential().isValid());

    emitScreenSaverActive();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowLock()->isLocked(), UiTimeoutMs);
    QTRY_VERIFY(lockedPage()->isVisible());
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(!client->credential().isValid());
    QVERIFY(m_window->currentWorkspace()->session().credential().secret().isEmpty());
    QTRY_VERIFY(!dialog); // the new key's dialog is closed and gone, its token with it
    QVERIFY(QApplication::clipboard()->text() != token);
    QVERIFY(child<QLineEdit>(m_window->signInWidget(), "passwordEdit")->text().isEmpty());
    // Nothing of the account on screen, and no shortcut into it.
    QVERIFY(!m_window->signInWidget()->isVisible());
    QVERIFY(!m_window->menuBar()->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("lockAction"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("quitAction"))->isEnabled());

    lockedPage()->unlockButton()->click();
    QVERIFY(!m_window->windowLock()->isLocked());
    QVERIFY(!lockedPage()->isVisible());
    // Remember-me was on: back from the keychain, no password asked.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    QVERIFY(m_window->menuBar()->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("lockAction"))->isEnabled());
}

void TestWindowLock::idleLockAndUnlockShowsThePasswordForm()
{
    QCOMPARE(m_window->windowLock()->appLock()->idleWatcher()->idleTimeout(), 0); // off by default
    signIn(false);
    m_window->windowLock()->appLock()->idleWatcher()->setIdleTimeout(800);
    // Input keeps it open.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(300);
        QTest::mouseMove(m_window->centralWidget(), QPoint(10 + i, 10));
        QTest::keyClick(m_window->centralWidget(), Qt::Key_Shift);
    }
    QVERIFY(!m_window->windowLock()->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowLock()->isLocked(), 5000);
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(lockedPage()->isVisible());

    lockedPage()->unlockButton()->click();
    // Not remembered: the password form, with the username and nothing secret in it.
    QTRY_VERIFY(m_window->signInWidget()->isVisible());
    QTest::qWait(300);
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(child<QLineEdit>(m_window->signInWidget(), "passwordEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(m_window->signInWidget(), "usernameEdit")->text(), Demo);
}

void TestWindowLock::ctrlLAndTheFileMenuLockAndTheTrayIsOffByDefault()
{
    QVERIFY(!m_window->windowLock()->tray()->isVisible());
    auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(m_window->action(QStringLiteral("lockAction"))));
    const QList<QString> trayItems = [&] {
        QList<QString> names;
        for (QAction *item : m_window->windowLock()->tray()->menu()->actions())
            names << item->objectName();
        return names;
    }();
    QVERIFY(trayItems.contains(QStringLiteral("trayShow")));
    QVERIFY(trayItems.contains(QStringLiteral("trayLock")));
    QVERIFY(trayItems.contains(QStringLiteral("trayQuit")));

    signIn(false);
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->windowLock()->isLocked());
    QVERIFY(!m_window->isSignedIn());
    lockedPage()->unlockButton()->click();
    // The tray's Lock does the same.
    m_window->windowLock()->tray()->lockAction()->trigger();
    QVERIFY(m_window->windowLock()->isLocked());
}

void TestWindowLock::aReminderIsNotifiedAndItsClickSelectsTheKey()
{
    NotificationServer server;
    QVERIFY(m_desktop.registerObject(NotificationsPath, &server, QDBusConnection::ExportAllSlots));
    QVERIFY(m_desktop.registerService(NotificationsService));
    // New keys live a year by default: a warning period longer than that makes the new one due.
    m_settings->setValue(Settings::Key::ExpiryWarningDays, 400);
    m_window->currentWorkspace()->setExpiryWarningDays(400);
    signIn(false);
    const QString name = QStringLiteral("remind-%1").arg(QCoreApplication::applicationPid());
    createKeyAndKeepTheDialogOpen(name);
    visibleTopLevel<NewKeyDialog>()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(server.summaries.cbegin(), server.summaries.cend(),
                                 [&](const QString &summary) { return summary.contains(name); }),
        UiTimeoutMs);
    // The seeded keys have no secret on this computer: nothing about them.
    for (const QString &summary : std::as_const(server.summaries))
        QVERIFY2(summary.contains(name) || summary.contains(QStringLiteral("session")), qPrintable(summary));
    const uint id = uint(std::find_if(server.summaries.cbegin(), server.summaries.cend(),
                             [&](const QString &summary) { return summary.contains(name); })
        - server.summaries.cbegin() + 1);

    auto *table = child<QTableView>(m_window.get(), "keyTable");
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    QDBusMessage click = QDBusMessage::createSignal(
        NotificationsPath, NotificationsService, QStringLiteral("ActionInvoked"));
    click << id << QStringLiteral("default");
    QVERIFY(m_desktop.send(click));
    QTRY_COMPARE_WITH_TIMEOUT(
        table->currentIndex().siblingAtColumn(AccessKeyTableModel::NameColumn).data().toString(), name,
        UiTimeoutMs);

    m_desktop.unregisterService(NotificationsService);
    m_desktop.unregisterObject(NotificationsPath);
}

// `loginctl lock-session` (and a desktop locking through logind) signals Lock on the session's object on
// the system bus: the window locks as for the screensaver. Another session's Lock does nothing.
void TestWindowLock::logindLockOfThisSessionLocksTheWindow()
{
    signIn(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_logind.sessionQueries > 0, UiTimeoutMs); // the window asked for its session
    QVERIFY(!m_window->windowLock()->isLocked());
    // Sent until heard: the window subscribes when logind's answer arrives, a moment after it asked.
    QTRY_VERIFY_WITH_TIMEOUT(
        (emitLogindLock(OurSessionPath), m_window->windowLock()->isLocked()), UiTimeoutMs);
    QVERIFY(lockedPage()->isVisible());
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(!m_window->currentWorkspace()->currentSession()->client()->credential().isValid());

    QTest::qWait(500); // the Locks sent while it subscribed arrive (and find it locked already)
    lockedPage()->unlockButton()->click();
    QVERIFY(!m_window->windowLock()->isLocked());
    for (int i = 0; i < 3; ++i)
        emitLogindLock(OtherSessionPath);
    QTest::qWait(500); // the subscription is live (above): a Lock meant for us would have arrived by now
    QVERIFY(!m_window->windowLock()->isLocked());
}

// The tray icon's own context menu (the icon is off by default, and offscreen there is no tray to show
// it in, but its menu is the same): Show brings the hidden window back, Lock locks, Quit closes it.
void TestWindowLock::theTrayMenuShowsLocksAndQuits()
{
    auto *icon = m_window->windowLock()->tray()->findChild<QSystemTrayIcon *>();
    QVERIFY(icon);
    QMenu *menu = icon->contextMenu();
    QVERIFY(menu);
    auto item = [menu](const char *name) {
        for (QAction *action : menu->actions())
            if (action->objectName() == QLatin1String(name))
                return action;
        return static_cast<QAction *>(nullptr);
    };
    QVERIFY(item("trayShow") && item("trayLock") && item("trayQuit"));
    QVERIFY(!menu->accessibleName().isEmpty());
    for (QAction *action : menu->actions())
        QVERIFY(action->isSeparator() || !action->text().isEmpty());

    signIn(false);
    m_window->hide();
    item("trayShow")->trigger();
    QTRY_VERIFY(m_window->isVisible());

    QVERIFY(item("trayLock")->isEnabled());
    item("trayLock")->trigger();
    QVERIFY(m_window->windowLock()->isLocked());
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(!item("trayLock")->isEnabled()); // nothing left to lock
    lockedPage()->unlockButton()->click();
    QVERIFY(item("trayLock")->isEnabled());

    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false); // the test goes on after the window has gone
    item("trayQuit")->trigger();
    QTRY_VERIFY(!m_window->isVisible());
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
}

/// A private dbus-daemon as the system bus, started before QApplication: Qt opens the system bus once per
/// process, so DBUS_SYSTEM_BUS_ADDRESS must name it before anything (the platform plugin included) may.
class PrivateSystemBus
{
public:
    PrivateSystemBus()
    {
        char dir[] = "/tmp/voipbin-system-bus.XXXXXX";
        if (!::mkdtemp(dir))
            return;
        m_dir = QString::fromLocal8Bit(dir);
        const QByteArray command
            = "dbus-daemon --session --fork --print-address=1 --print-pid=1 --address=unix:dir="
            + QByteArray(dir);
        FILE *out = ::popen(command.constData(), "r");
        if (!out)
            return;
        char address[512] = {};
        char pid[32] = {};
        if (std::fgets(address, sizeof address, out) && std::fgets(pid, sizeof pid, out)) {
            m_pid = QByteArray(pid).trimmed().toInt();
            qputenv("DBUS_SYSTEM_BUS_ADDRESS", QByteArray(address).trimmed());
        }
        ::pclose(out);
    }
    ~PrivateSystemBus()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGTERM);
        if (!m_dir.isEmpty())
            QDir(m_dir).removeRecursively();
    }

private:
    int m_pid = 0;
    QString m_dir;
};

int main(int argc, char *argv[])
{
    PrivateSystemBus systemBus;
    QApplication app(argc, argv);
    TestWindowLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_windowlock.moc"
