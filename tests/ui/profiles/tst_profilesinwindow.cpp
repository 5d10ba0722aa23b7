// Several profiles side by side in the real window, offscreen, against two in-process sandbox servers and a
// real gnome-keyring (run inside scripts/keyring-session.sh unlocked).
#include "SandboxServer.h"
#include "SignInForm.h"
#include "WidgetLookup.h"
#include "core/Settings.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/CreateKeyDialog.h"
#include "keys/NewKeyDialog.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileSidebar.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "session/Session.h"
#include "signin/SignInWidget.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString Demo = QStringLiteral("demo");
constexpr int UiTimeoutMs = 15000;
} // namespace

class TestProfilesInWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoServersSideBySideNeverSignEachOtherOut();
    void upgradeFromOneAccountLandsSignedIn();
    void removingAProfileDeletesItsEntriesButKeepsSharedOnes();
    void newProfileDialogAddsAndShowsIt();
    void titleAndShortcutsFollowTheCurrentProfile();

private:
    void createWindow(Settings *settings);
    void signInHere(sandbox::SandboxServer *server, bool remember = false);
    void waitForKeysLoaded();
    QString createKeyThroughUi(const QString &name);
    QStringList shownNames() const;
    int createsOn(sandbox::SandboxServer *server) const;
    Profile addProfileOn(sandbox::SandboxServer *server, const QString &name);
    SecretJob::Status secretStatus(const QString &key);

    std::unique_ptr<sandbox::SandboxServer> m_a;
    std::unique_ptr<sandbox::SandboxServer> m_b;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfilesInWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilesinwindow"));
    sandbox::SandboxOptions options;
    options.port = 0;
    options.rateLimitPerSecond = 0;
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} } };
    options.seedKeys = 1;
    m_a = std::make_unique<sandbox::SandboxServer>(options);
    m_b = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_a->start(), qPrintable(m_a->errorString()));
    QVERIFY2(m_b->start(), qPrintable(m_b->errorString()));
    QVERIFY(m_a->url() != m_b->url());
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
}

void TestProfilesInWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_qsettings.get());
    createWindow(m_settings.get());
}

void TestProfilesInWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

void TestProfilesInWindow::createWindow(Settings *settings)
{
    m_window = std::make_unique<MainWindow>(m_store.get(), settings);
    m_window->resize(1100, 640);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
}

void TestProfilesInWindow::signInHere(sandbox::SandboxServer *server, bool remember)
{
    submitPasswordSignIn(m_window->signInWidget(), server->url(), Demo, Demo, remember);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    QCOMPARE(m_window->session().serverRoot(), server->url());
    waitForKeysLoaded();
}

void TestProfilesInWindow::waitForKeysLoaded()
{
    auto *loadBar = child<QProgressBar>(m_window->currentWorkspace(), "loadBar");
    QTRY_VERIFY_WITH_TIMEOUT(!loadBar->isVisible() && m_window->keyModel()->rowCount() > 0, UiTimeoutMs);
}

QString TestProfilesInWindow::createKeyThroughUi(const QString &name)
{
    m_window->activateWindow();
    m_window->action(QStringLiteral("newKeyAction"))->trigger();
    CreateKeyDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>())); }();
    if (!dialog)
        return {};
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    NewKeyDialog *shown = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs); }();
    if (!shown)
        return {};
    const QString token = child<QLineEdit>(shown, "tokenEdit")->text();
    shown->accept();
    return token;
}

QStringList TestProfilesInWindow::shownNames() const
{
    QStringList names;
    AccessKeyTableModel *model = m_window->keyModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->keyAt(row).name;
    return names;
}

int TestProfilesInWindow::createsOn(sandbox::SandboxServer *server) const
{
    int creates = 0;
    for (const sandbox::RecordedRequest &request : server->requests())
        creates
            += request.method == QLatin1String("POST") && request.path == QLatin1String("/v1.0/accesskeys");
    return creates;
}

Profile TestProfilesInWindow::addProfileOn(sandbox::SandboxServer *server, const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.server = ServerChoice::Custom;
    profile.customRoot = server->url();
    profile.username = Demo;
    return m_window->profiles()->add(profile);
}

SecretJob::Status TestProfilesInWindow::secretStatus(const QString &key)
{
    SecretJob *job = m_store->read(key);
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, UiTimeoutMs))
        qWarning("keychain read timed out");
    const SecretJob::Status status = job->status();
    job->deleteLater();
    return status;
}

void TestProfilesInWindow::twoServersSideBySideNeverSignEachOtherOut()
{
    const QString firstId = m_window->currentWorkspace()->profileId();
    signInHere(m_a.get());
    // The first profile's name was made up by the app for the default server: it now names where it is.
    const QUrl a = m_a->url();
    QCOMPARE(m_window->profiles()->profile(firstId).name,
        QStringLiteral("%1 on %2:%3").arg(Demo, a.host(), QString::number(a.port())));
    const Profile staging = addProfileOn(m_b.get(), QStringLiteral("staging"));
    m_window->showProfile(staging.id);
    QVERIFY(!m_window->isSignedIn()); // a profile of its own: not signed in yet
    QVERIFY(m_window->workspace(firstId)->isSignedIn()); // and the first one still is
    signInHere(m_b.get());
    QCOMPARE(m_window->profiles()->profile(staging.id).name, QStringLiteral("staging")); // the user's stays
    const int createsOnA = createsOn(m_a.get());
    QVERIFY(!createKeyThroughUi(QStringLiteral("made-on-b")).isEmpty());
    QTRY_VERIFY(shownNames().contains(QStringLiteral("made-on-b")));
    QCOMPARE(createsOn(m_a.get()), createsOnA); // B's create never reached A

    m_window->showProfile(firstId);
    QVERIFY(m_window->isSignedIn());
    QCOMPARE(m_window->session().serverRoot(), m_a->url());
    QVERIFY(!shownNames().contains(QStringLiteral("made-on-b")));
    QVERIFY(!createKeyThroughUi(QStringLiteral("made-on-a")).isEmpty());
    QTRY_VERIFY(shownNames().contains(QStringLiteral("made-on-a")));

    m_window->showProfile(staging.id);
    QVERIFY(shownNames().contains(QStringLiteral("made-on-b")));
    QVERIFY(!shownNames().contains(QStringLiteral("made-on-a")));
    m_window->action(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(!m_window->isSignedIn());
    ProfileListModel *list = m_window->sidebar()->model();
    QCOMPARE(
        list->data(list->index(list->rowOf(staging.id)), ProfileListModel::SignedInRole).toBool(), false);
    QCOMPARE(list->data(list->index(list->rowOf(firstId)), ProfileListModel::SignedInRole).toBool(), true);

    // The other profile works on: its table refreshes from its server and a create goes there.
    m_window->showProfile(firstId);
    QVERIFY(m_window->isSignedIn());
    const int createsOnB = createsOn(m_b.get());
    m_window->action(QStringLiteral("refreshAction"))->trigger();
    waitForKeysLoaded();
    QVERIFY(shownNames().contains(QStringLiteral("made-on-a")));
    QVERIFY(!createKeyThroughUi(QStringLiteral("made-on-a-again")).isEmpty());
    QTRY_VERIFY(shownNames().contains(QStringLiteral("made-on-a-again")));
    QCOMPARE(createsOn(m_b.get()), createsOnB);
}

void TestProfilesInWindow::upgradeFromOneAccountLandsSignedIn()
{
    // A remembered session in the keychain, as version 0.x left it (the entry's name has not changed).
    signInHere(m_a.get(), true);
    const QString entry = SecretKeys::session(m_a->url(), Demo);
    QTRY_COMPARE_WITH_TIMEOUT(secretStatus(entry), SecretJob::Status::Ok, UiTimeoutMs);
    m_window.reset();

    // ... and the single-account settings file of 0.x, with no profile in it.
    QTemporaryDir oldDir;
    QSettings oldFile(oldDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings old(&oldFile);
    old.setValue(Settings::Key::LastServer, m_a->url().toString());
    old.setValue(Settings::Key::LastUsername, Demo);
    old.setLastSignInMethod(SignInMethod::Password);
    old.setValue(Settings::Key::RememberMe, true);
    QVERIFY(old.profileIds().isEmpty());

    createWindow(&old);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    waitForKeysLoaded();
    QCOMPARE(m_window->profiles()->count(), 1);
    QCOMPARE(m_window->session().serverRoot(), m_a->url());
    QCOMPARE(m_window->currentWorkspace()->profile().username, Demo);
    QVERIFY(m_window->windowTitle().contains(m_a->url().host()));
    m_window->action(QStringLiteral("signOutAction"))->trigger(); // the entry goes, for the next tests
    QTRY_COMPARE_WITH_TIMEOUT(secretStatus(entry), SecretJob::Status::NotFound, UiTimeoutMs);
    m_window.reset();
}

void TestProfilesInWindow::removingAProfileDeletesItsEntriesButKeepsSharedOnes()
{
    const Profile original = m_window->currentWorkspace()->profile();
    signInHere(m_a.get(), true);
    QVERIFY(!createKeyThroughUi(QStringLiteral("kept-secret")).isEmpty());
    QString keyId;
    for (int row = 0; row < m_window->keyModel()->rowCount(); ++row) {
        if (m_window->keyModel()->keyAt(row).name == QLatin1String("kept-secret"))
            keyId = m_window->keyModel()->keyAt(row).id;
    }
    QVERIFY(!keyId.isEmpty());
    const QString sessionEntry = SecretKeys::session(m_a->url(), Demo);
    const QString keyEntry = SecretKeys::accessKey(m_a->url(), m_window->session().customer().id, keyId);
    QTRY_COMPARE_WITH_TIMEOUT(secretStatus(sessionEntry), SecretJob::Status::Ok, UiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(secretStatus(keyEntry), SecretJob::Status::Ok, UiTimeoutMs);

    // A duplicate of the same account: removing it must leave the original's entries alone.
    m_window->action(QStringLiteral("duplicateProfileAction"))->trigger();
    QVERIFY(m_window->currentWorkspace()->profileId() != original.id);
    signInHere(m_a.get(), true);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("removeProfileAction"))->trigger();
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("also uses")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->profiles()->count(), 1);
    QCOMPARE(m_window->currentWorkspace()->profileId(), original.id);
    QVERIFY(m_window->isSignedIn()); // the original was never signed out
    QTest::qWait(500); // a wrong deletion would have landed by now
    QCOMPARE(secretStatus(sessionEntry), SecretJob::Status::Ok);
    QCOMPARE(secretStatus(keyEntry), SecretJob::Status::Ok);

    // Removing the original itself lists both entries, then deletes them.
    addProfileOn(m_b.get(), QStringLiteral("elsewhere"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("removeProfileAction"))->trigger();
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(QStringLiteral("remembered session")), qPrintable(asked));
    QVERIFY2(asked.contains(keyId), qPrintable(asked));
    QVERIFY(m_window->profiles()->profile(original.id).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(secretStatus(sessionEntry), SecretJob::Status::NotFound, UiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(secretStatus(keyEntry), SecretJob::Status::NotFound, UiTimeoutMs);
    QCOMPARE(m_window->currentWorkspace()->profile().name, QStringLiteral("elsewhere"));
}

void TestProfilesInWindow::newProfileDialogAddsAndShowsIt()
{
    m_window->action(QStringLiteral("newProfileAction"))->trigger();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<ProfileDialog>()));
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Staging"));
    auto *server = child<QComboBox>(dialog, "serverCombo");
    server->setCurrentIndex(server->findData(int(ServerChoice::Custom)));
    QTest::keyClicks(child<QLineEdit>(dialog, "customUrlEdit"), m_b->url().toString());
    QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), Demo);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!visibleTopLevel<ProfileDialog>());
    QCOMPARE(m_window->profiles()->count(), 2);
    QCOMPARE(m_window->currentWorkspace()->profile().name, QStringLiteral("Staging"));
    // The form is the new profile's: its server and username are filled in, the password is left.
    QCOMPARE(child<QLineEdit>(m_window->signInWidget(), "usernameEdit")->text(), Demo);
    QString error;
    QCOMPARE(m_window->signInWidget()->attempt(&error).serverRoot, m_b->url());

    // A name that is taken is refused in a sentence, and the dialog stays.
    m_window->action(QStringLiteral("newProfileAction"))->trigger();
    QTRY_VERIFY((dialog = visibleTopLevel<ProfileDialog>()));
    name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("staging"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    auto *problem = child<QLabel>(dialog, "errorLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("already")), qPrintable(problem->text()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(m_window->profiles()->count(), 2);
}

void TestProfilesInWindow::titleAndShortcutsFollowTheCurrentProfile()
{
    const Profile first = m_window->currentWorkspace()->profile();
    const Profile second = addProfileOn(m_b.get(), QStringLiteral("client-acme"));
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentWorkspace()->profileId(), second.id);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("client-acme")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("127.0.0.1:%1").arg(m_b->url().port())));
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier); // wraps around
    QCOMPARE(m_window->currentWorkspace()->profileId(), first.id);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentWorkspace()->profileId(), second.id);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentWorkspace()->profileId(), first.id);
    // The last profile shown is the one the next start opens on.
    m_window->showProfile(second.id);
    m_window.reset();
    createWindow(m_settings.get());
    QCOMPARE(m_window->currentWorkspace()->profileId(), second.id);
}

QTEST_MAIN(TestProfilesInWindow)
#include "tst_profilesinwindow.moc"
