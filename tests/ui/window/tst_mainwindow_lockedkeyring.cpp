// The promise "the app never loses a key secret" when the keychain cannot store anything: the main window
// offscreen against the in-process sandbox, with gnome-keyring running but locked (KEYRING locked), or with
// no session bus at all when built with VOIPBIN_EXPECT_NO_KEYRING (KEYRING nobus).
#include "SandboxServer.h"
#include "SignInForm.h"
#include "WidgetLookup.h"
#include "core/Settings.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/CreateKeyDialog.h"
#include "keys/NewKeyDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "session/Session.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
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
#ifdef VOIPBIN_EXPECT_NO_KEYRING
const QString KeyringReason = QStringLiteral("No keyring is available");
#else
const QString KeyringReason = QStringLiteral("keyring is locked");
#endif
} // namespace

class TestMainWindowLockedKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsInWithoutRememberMe();
    void newKeyIsShownUntilTheUserConfirmsTheCopy();
    void rememberMeExplainsInlineAndStillSignsIn();

private:
    void signIn(bool remember);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowLockedKeyring::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_lockedkeyring"));
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = 0;
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} } };
    options.seedKeys = 3;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
}

void TestMainWindowLockedKeyring::init()
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

void TestMainWindowLockedKeyring::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

void TestMainWindowLockedKeyring::signIn(bool remember)
{
    submitPasswordSignIn(m_window->signInWidget(), m_server->url(), Demo, Demo, remember);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    auto *loadBar = child<QProgressBar>(m_window.get(), "loadBar");
    QTRY_VERIFY_WITH_TIMEOUT(!loadBar->isVisible() && m_window->keyModel()->rowCount() > 0, UiTimeoutMs);
}

void TestMainWindowLockedKeyring::signsInWithoutRememberMe()
{
    signIn(false);
    QCOMPARE(m_window->keyModel()->rowCount(), 3);
    QVERIFY(!child<QLabel>(m_window.get(), "bannerLabel")->isVisible()); // nothing to complain about
}

void TestMainWindowLockedKeyring::newKeyIsShownUntilTheUserConfirmsTheCopy()
{
    signIn(false);
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *create = nullptr;
    QTRY_VERIFY((create = visibleTopLevel<CreateKeyDialog>()));
    QTest::keyClicks(child<QLineEdit>(create, "nameEdit"), QStringLiteral("not-in-keychain"));
    child<QDialogButtonBox>(create, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    NewKeyDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs);
    QVERIFY(!shown->storedInKeychain());
    auto *token = child<QLineEdit>(shown, "tokenEdit");
    QVERIFY(token->isVisible());
    QVERIFY(token->text().startsWith(QStringLiteral("vb_")));
    const QString warning = child<QLabel>(shown, "onceLabel")->text();
    QVERIFY2(warning.contains(QStringLiteral("could NOT be saved in your keychain")), qPrintable(warning));
    QVERIFY2(warning.contains(KeyringReason), qPrintable(warning));
    // Said once, not wrapped twice.
    QVERIFY2(warning.count(QStringLiteral("Copy it now")) == 1, qPrintable(warning));
    QVERIFY2(!warning.contains(QStringLiteral("could not be stored")), qPrintable(warning));

    // Escape, the Close button and a programmatic close all leave it open.
    QTest::keyClick(shown, Qt::Key_Escape);
    QVERIFY(shown->isVisible());
    child<QDialogButtonBox>(shown, "buttonBox")->button(QDialogButtonBox::Close)->click();
    QVERIFY(shown->isVisible());
    shown->close();
    QVERIFY(shown->isVisible());
    QVERIFY(!shown->canClose());

    auto *copied = child<QCheckBox>(shown, "copiedCheckBox");
    QVERIFY(copied->isVisible());
    copied->click();
    QVERIFY(shown->canClose());
    child<QDialogButtonBox>(shown, "buttonBox")->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!visibleTopLevel<NewKeyDialog>());

    // The row is there, without the "stored on this computer" marker.
    AccessKeyTableModel *model = m_window->keyModel();
    const AccessKey key = model->keyAt(0);
    QCOMPARE(key.name, QStringLiteral("not-in-keychain"));
    QVERIFY(!model->isStoredLocally(key.id));
    QVERIFY(model->index(0, AccessKeyTableModel::KeyColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(!model->index(0, AccessKeyTableModel::KeyColumn)
                 .data(AccessKeyTableModel::StoredLocallyRole)
                 .toBool());
}

void TestMainWindowLockedKeyring::rememberMeExplainsInlineAndStillSignsIn()
{
    signIn(true);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    QVERIFY2(banner->text().contains(QStringLiteral("could not remember the session")),
        qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(KeyringReason), qPrintable(banner->text()));
    QVERIFY(m_window->isSignedIn());
    QVERIFY(m_window->keyModel()->rowCount() >= 3); // the seeded keys (and one made by an earlier test)
}

QTEST_MAIN(TestMainWindowLockedKeyring)
#include "tst_mainwindow_lockedkeyring.moc"
