// The main window driven like a person would, offscreen, against the in-process sandbox server and a real
// gnome-keyring (run inside scripts/keyring-session.sh unlocked).
#include "AnnouncementRecorder.h"
#include "SandboxServer.h"
#include "SignInForm.h"
#include "WidgetLookup.h"
#include "about/AboutDialog.h"
#include "api/JwtClaims.h"
#include "core/Settings.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/CreateKeyDialog.h"
#include "keys/EditKeyDialog.h"
#include "keys/NewKeyDialog.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "session/LocalSandbox.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"
#include "signin/SignInAgainDialog.h"
#include "signin/SignInWidget.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <csignal>
#include <memory>

namespace {
const QString Demo = QStringLiteral("demo");
const QString Many = QStringLiteral("many");
const QString Manager = QStringLiteral("manager"); // a manager-only agent: 403 on accesskeys
constexpr int UiTimeoutMs = 15000;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void focusStartsOnFirstEmptyField();
    void signInShowsAccountServerAndSessionTime();
    void wrongPasswordIsExplainedInline();
    void unreachableServerIsExplainedInline();
    void escapeCancelsARunningSignIn();
    void listsAll250KeysPageByPage();
    void filterNarrowsTheTable();
    void sortsByExpiry();
    void createShowsStoresCopiesAndClearsTheToken();
    void keyWithoutLocalSecretOffersThePrefix();
    void revokeNamesTheKeyAndForgetsTheSecret();
    void expiredSessionSignsInAgainAndRetriesTheCreate();
    void closingTheSignInFormDropsTheRefreshAndExplains();
    void rememberMeOpensStraightOntoTheTable();
    void everyInteractiveWidgetHasAnAccessibleName();
    void accessKeySignInShowsTheKeysExpiryAndMarksItInUse();
    void failedRefreshKeepsEveryRowAndExplains_data();
    void failedRefreshKeepsEveryRowAndExplains();
    void refreshFailingHalfwayPutsTheOldListBack();
    void slowServerShowsProgressAndTheFilterStillWorks();
    void editSendsNameAndDetailAndUpdatesTheRow();
    void expiredRememberedSessionFallsBackToThePrefilledForm();
    void untrustedCertificateIsExplainedInline();
    void settingsAndAboutOpenAndClose();
    void keysToolBarOnlyWhileSignedIn();
    void sortIndicatorMatchesTheRowsAlsoAfterRestart();
    void sortArrowPointsUpForAscending();
    // Trust: a password only ever goes to the server its username belongs to.
    void signOutKeepsTheUsernameWithItsServer();
    void restartWithoutRememberMeShowsTheServerWithTheUsername();
    void passingOverTheSandboxStartsNothingAndFillsNothing();
    void signingInToTheSandboxStartsItAndSignOutStopsIt();
    // Trust: a keychain that answers late (an unlock prompt) is waited for, not written off.
    void slowKeychainIsWaitedForAndTheKeyMarkedSavedWhenItLands();
    void slowKeychainStillRemembersTheSession();
    // Trust: a create whose answer was lost is reconciled, never silently repeated.
    void lostCreateAnswerFindsTheOrphanAndRevokesIt();
    void lostCreateAnswerWithNoKeyMadeSaysSo();
    // Trust: a credential with a line break never reaches a request.
    void pastedAccessKeyWithALineBreakIsRefused();
    void tamperedKeychainSessionIsNotUsed();
    // Trust: a list that never ends is stopped, and the table the user had stays.
    void cyclingPageTokensStopAndKeepTheOldTable();
    void repeatedPagesNeverShowDuplicates();
    // At home on every desktop.
    void bannerSentenceReachesAScreenReader();
    void permissionDeniedListInvitesNothingAndDisablesNewKey();
    void countSaysHowManyTheFilterShowsAndFollowsChanges();
    void escapeInTheFilterClearsIt();
    void statusBarSaysExpiredWhenTheSessionEnds();
    void menusAreThoseOfADesktopApp();
    void helpOpensTheUserGuide();

private:
    void createWindow();
    void activateMainWindow();
    void signIn(const QString &username, const QString &password, bool remember = false);
    void submitSignIn(const QString &username, const QString &password, bool remember = false);
    void waitForKeysLoaded();
    bool selectKeyByName(const QString &name);
    QString createKeyThroughUi(const QString &name);
    QString readSecret(const QString &key, SecretJob::Status *status = nullptr);
    QStringList shownNames() const;
    void verifyShownOrderMatchesTheIndicator();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    sandbox::SandboxOptions options;
    options.port = 0;
    options.rateLimitPerSecond = 0; // the 250-key test lists three pages in a row, repeatedly
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} },
        sandbox::SandboxUser { Many, Many, true, {} }, sandbox::SandboxUser { Manager, Manager, false, {} } };
    options.seedKeys = 3;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->seedAccessKeys(Many, 250);
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_qsettings.get());
    m_settings->setValue(Settings::Key::ClipboardClearSeconds, 1);
    createWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
    m_server->setJwtLifetime(7 * 86400);
    m_server->setLatency(0);
}

void TestMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->resize(1000, 640);
    m_window->show();
    m_window->activateWindow(); // no window manager: nothing activates a window by itself
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
}

void TestMainWindow::activateMainWindow()
{
    // Without a window manager nothing hands activation back to the main window after a dialog closes.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void TestMainWindow::submitSignIn(const QString &username, const QString &password, bool remember)
{
    submitPasswordSignIn(m_window->signInWidget(), m_server->url(), username, password, remember);
}

void TestMainWindow::signIn(const QString &username, const QString &password, bool remember)
{
    submitSignIn(username, password, remember);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    waitForKeysLoaded();
}

void TestMainWindow::waitForKeysLoaded()
{
    auto *loadBar = child<QProgressBar>(m_window.get(), "loadBar");
    QTRY_VERIFY_WITH_TIMEOUT(!loadBar->isVisible() && m_window->keyModel()->rowCount() > 0, UiTimeoutMs);
}

bool TestMainWindow::selectKeyByName(const QString &name)
{
    auto *table = child<QTableView>(m_window.get(), "keyTable");
    AccessKeyFilterProxyModel *proxy = m_window->keyProxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, AccessKeyTableModel::NameColumn);
        if (index.data().toString() == name) {
            table->setFocus();
            table->selectRow(row);
            table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QString TestMainWindow::createKeyThroughUi(const QString &name)
{
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>())); }();
    if (!dialog)
        return {};
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(dialog, "detailEdit"), QStringLiteral("made by the GUI test"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    NewKeyDialog *shown = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs); }();
    if (!shown)
        return {};
    const QString token = child<QLineEdit>(shown, "tokenEdit")->text();
    shown->accept();
    return token;
}

QString TestMainWindow::readSecret(const QString &key, SecretJob::Status *status)
{
    SecretJob *job = m_store->read(key);
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, UiTimeoutMs))
        qWarning("keychain read timed out");
    if (status)
        *status = job->status();
    const QString secret = job->secret();
    job->deleteLater();
    return secret;
}

void TestMainWindow::focusStartsOnFirstEmptyField()
{
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_window->signInWidget(), "usernameEdit"));
    // With the username remembered (always together with its server), the password is left to type.
    Profile profile = m_window->profiles()->lastUsed();
    profile.server = ServerChoice::Custom;
    profile.customRoot = m_server->url();
    profile.username = Demo;
    m_window->profiles()->update(profile);
    m_window.reset();
    createWindow();
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_window->signInWidget(), "passwordEdit"));
}

void TestMainWindow::signInShowsAccountServerAndSessionTime()
{
    signIn(Demo, Demo);
    QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentWidget()->objectName(),
        QStringLiteral("keysPage"));
    QCOMPARE(m_window->keyModel()->rowCount(), 3);
    QCOMPARE(
        child<QLabel>(m_window.get(), "sessionLabel")->text(), QStringLiteral("session expires in 7 days"));
    QVERIFY(child<QLabel>(m_window.get(), "accountLabel")->text().contains(m_server->url().host()));
    QVERIFY(!m_window->windowTitle().contains(m_window->session().credential().secret()));
}

void TestMainWindow::wrongPasswordIsExplainedInline()
{
    submitSignIn(Demo, QStringLiteral("not-the-password"));
    auto *error = child<QLabel>(m_window->signInWidget(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), UiTimeoutMs);
    QCOMPARE(error->text(), QStringLiteral("The username or password is wrong."));
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(child<QPushButton>(m_window->signInWidget(), "signInButton")->isEnabled());
}

void TestMainWindow::unreachableServerIsExplainedInline()
{
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(QStringLiteral("http://127.0.0.1:1"));
    QTest::keyClicks(child<QLineEdit>(form, "usernameEdit"), Demo);
    QTest::keyClicks(child<QLineEdit>(form, "passwordEdit"), Demo);
    QTest::keyClick(child<QLineEdit>(form, "passwordEdit"), Qt::Key_Return);
    auto *error = child<QLabel>(form, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), UiTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("not reachable")), qPrintable(error->text()));
}

void TestMainWindow::escapeCancelsARunningSignIn()
{
    m_server->setLatency(3000);
    submitSignIn(Demo, Demo);
    SignInWidget *form = m_window->signInWidget();
    auto *button = child<QPushButton>(form, "signInButton");
    QTRY_VERIFY(form->isBusy());
    QVERIFY(!button->isEnabled()); // cannot be submitted twice
    QVERIFY(child<QProgressBar>(form, "busyBar")->isVisible());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!form->isBusy());
    QVERIFY(button->isEnabled());
    QVERIFY(!m_window->isSignedIn());
}

void TestMainWindow::listsAll250KeysPageByPage()
{
    signIn(Many, Many);
    QCOMPARE(m_window->keyModel()->rowCount(), 250);
    QCOMPARE(m_window->keyProxy()->rowCount(), 250);
    QVERIFY(child<QLabel>(m_window.get(), "loadLabel")->text().contains(QStringLiteral("250")));
}

void TestMainWindow::filterNarrowsTheTable()
{
    m_server->createAccessKeyDirect(Demo, QStringLiteral("needle-in-haystack"), 86400 * 10);
    signIn(Demo, Demo);
    const int all = m_window->keyProxy()->rowCount();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *filter = child<QLineEdit>(m_window.get(), "filterEdit");
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("NEEDLE"));
    QTRY_COMPARE(m_window->keyProxy()->rowCount(), 1);
    QCOMPARE(m_window->keyProxy()->index(0, 0).data().toString(), QStringLiteral("needle-in-haystack"));
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QTRY_COMPARE(m_window->keyProxy()->rowCount(), 0);
    QTRY_VERIFY(child<QLabel>(m_window.get(), "emptyLabel")->isVisible());
    filter->clear();
    QTRY_COMPARE(m_window->keyProxy()->rowCount(), all);
}

void TestMainWindow::sortsByExpiry()
{
    m_server->createAccessKeyDirect(Demo, QStringLiteral("hundred-days"), 86400 * 100);
    m_server->createAccessKeyDirect(Demo, QStringLiteral("two-days"), 86400 * 2);
    m_server->createAccessKeyDirect(Demo, QStringLiteral("expired"), -86400);
    signIn(Demo, Demo);
    auto *table = child<QTableView>(m_window.get(), "keyTable");
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(AccessKeyTableModel::ExpiresColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_COMPARE(header->sortIndicatorSection(), int(AccessKeyTableModel::ExpiresColumn));
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    AccessKeyFilterProxyModel *proxy = m_window->keyProxy();
    QDateTime previous;
    QStringList ours;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QDateTime expires
            = QDateTime::fromMSecsSinceEpoch(proxy->index(row, AccessKeyTableModel::ExpiresColumn)
                                                 .data(AccessKeyTableModel::SortRole)
                                                 .toLongLong(),
                Qt::UTC);
        QVERIFY(!previous.isValid() || previous <= expires);
        previous = expires;
        const QString name = proxy->index(row, AccessKeyTableModel::NameColumn).data().toString();
        if (name == QLatin1String("expired") || name.endsWith(QLatin1String("-days")))
            ours << name;
    }
    QCOMPARE(ours,
        (QStringList {
            QStringLiteral("expired"), QStringLiteral("two-days"), QStringLiteral("hundred-days") }));
    // Expired rows come first and are struck through.
    QVERIFY(proxy->index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
}

void TestMainWindow::createShowsStoresCopiesAndClearsTheToken()
{
    signIn(Demo, Demo);
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>()));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("gui-created"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    NewKeyDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs);
    QVERIFY(shown->storedInKeychain());
    const QString token = child<QLineEdit>(shown, "tokenEdit")->text();
    QVERIFY(token.startsWith(QStringLiteral("vb_")));

    // Stored before it was shown: read it back from the real keychain.
    const int row = m_window->keyModel()->rowOf(m_window->keyModel()->keyAt(0).id);
    const AccessKey created = m_window->keyModel()->keyAt(row);
    QCOMPARE(created.name, QStringLiteral("gui-created"));
    QCOMPARE(readSecret(SecretKeys::accessKey(
                 m_window->session().serverRoot(), m_window->session().customer().id, created.id)),
        token);
    QVERIFY(m_window->keyModel()->isStoredLocally(created.id));

    child<QPushButton>(shown, "copyButton")->click();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), token);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    shown->accept();

    // The window's own Copy does the same from the keychain, with a countdown in the status bar.
    activateMainWindow();
    QVERIFY(selectKeyByName(QStringLiteral("gui-created")));
    QApplication::clipboard()->clear();
    QTest::keySequence(
        child<QTableView>(m_window.get(), "keyTable"), QKeySequence::Copy); // Ctrl+C on the table
    QTRY_COMPARE(QApplication::clipboard()->text(), token);
    QVERIFY(child<QLabel>(m_window.get(), "clipboardLabel")
                ->text()
                .startsWith(QStringLiteral("Clipboard clears in")));
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
}

void TestMainWindow::keyWithoutLocalSecretOffersThePrefix()
{
    signIn(Demo, Demo);
    // A seeded key: created on the server without this app, so its secret was never here.
    AccessKey key;
    for (int row = 0; row < m_window->keyModel()->rowCount() && !key.isValid(); ++row) {
        if (!m_window->keyModel()->isStoredLocally(m_window->keyModel()->keyAt(row).id))
            key = m_window->keyModel()->keyAt(row);
    }
    QVERIFY(key.isValid());
    QVERIFY(selectKeyByName(key.name));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("copyKeyAction"))->trigger();
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("only once")), qPrintable(MessageBox::lastText()));
    QCOMPARE(QApplication::clipboard()->text(), key.tokenPrefix);
    QVERIFY(
        QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")).isEmpty());
}

void TestMainWindow::revokeNamesTheKeyAndForgetsTheSecret()
{
    signIn(Demo, Demo);
    const QString token = createKeyThroughUi(QStringLiteral("to-revoke"));
    QVERIFY(!token.isEmpty());
    const AccessKey key = m_window->keyModel()->keyAt(0);
    QCOMPARE(key.name, QStringLiteral("to-revoke"));
    const QString secretKey
        = SecretKeys::accessKey(m_window->session().serverRoot(), m_window->session().customer().id, key.id);
    activateMainWindow();
    QVERIFY(selectKeyByName(QStringLiteral("to-revoke")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(child<QTableView>(m_window.get(), "keyTable"), Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("to-revoke")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->keyModel()->rowOf(key.id), -1, UiTimeoutMs);
    SecretJob::Status status = SecretJob::Status::Pending;
    QTRY_VERIFY_WITH_TIMEOUT(
        (readSecret(secretKey, &status), status == SecretJob::Status::NotFound), UiTimeoutMs);
    // Gone on the server too.
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    waitForKeysLoaded();
    QCOMPARE(m_window->keyModel()->rowOf(key.id), -1);
}

void TestMainWindow::expiredSessionSignsInAgainAndRetriesTheCreate()
{
    m_server->setJwtLifetime(3);
    signIn(Demo, Demo);
    m_server->setJwtLifetime(7 * 86400);
    const int before = m_window->keyModel()->rowCount();
    // The server compares the expiry as text with microseconds: wait until it has truly passed.
    const QDateTime expiresAt = JwtClaims::decode(m_window->session().credential().secret()).expiresAt();
    QVERIFY(expiresAt.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiresAt.addSecs(1), 10000);

    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>()));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("after-expiry"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    SignInAgainDialog *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (again = m_window->findChild<SignInAgainDialog *>()) && again->isVisible(), UiTimeoutMs);
    QVERIFY(dialog->isVisible()); // the half-filled create dialog is still there
    QCOMPARE(dialog->name(), QStringLiteral("after-expiry"));
    auto *user = child<QLineEdit>(again, "usernameEdit");
    QCOMPARE(user->text(), Demo); // pre-filled
    // The server box names the session's own server, where the password will go.
    QCOMPARE(child<QComboBox>(again, "serverCombo")->currentData().toInt(), int(ServerChoice::Custom));
    QVERIFY(child<QLineEdit>(again, "customUrlEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(again, "customUrlEdit")->text(), m_server->url().toString());
    auto *pass = child<QLineEdit>(again, "passwordEdit");
    QTest::keyClicks(pass, Demo);
    QTest::keyClick(pass, Qt::Key_Return);

    NewKeyDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs);
    QVERIFY(child<QLineEdit>(shown, "tokenEdit")->text().startsWith(QStringLiteral("vb_")));
    shown->accept();
    QCOMPARE(m_window->keyModel()->rowCount(), before + 1);
    QCOMPARE(m_window->keyModel()->keyAt(0).name, QStringLiteral("after-expiry"));
    QVERIFY(m_window->findChild<SignInAgainDialog *>() == nullptr
        || !m_window->findChild<SignInAgainDialog *>()->isVisible());
    QVERIFY(!m_window->session().isExpired());
}

void TestMainWindow::closingTheSignInFormDropsTheRefreshAndExplains()
{
    m_server->setJwtLifetime(3);
    signIn(Demo, Demo);
    m_server->setJwtLifetime(7 * 86400);
    const QStringList before = shownNames();
    const QDateTime expiresAt = JwtClaims::decode(m_window->session().credential().secret()).expiresAt();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiresAt.addSecs(1), 10000);

    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    SignInAgainDialog *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (again = m_window->findChild<SignInAgainDialog *>()) && again->isVisible(), UiTimeoutMs);
    QTest::keyClick(again, Qt::Key_Escape);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    QVERIFY2(
        banner->text().contains(QStringLiteral("Sign in again to continue")), qPrintable(banner->text()));
    QCOMPARE(shownNames(), before); // the table stays as it was
    QTRY_VERIFY(!m_window->findChild<SignInAgainDialog *>());
    QVERIFY(!child<QProgressBar>(m_window.get(), "loadBar")->isVisible());
}

void TestMainWindow::rememberMeOpensStraightOntoTheTable()
{
    signIn(Demo, Demo, true);
    const QString jwt = m_window->session().credential().secret();
    QTRY_COMPARE(readSecret(SecretKeys::session(m_window->session().serverRoot(), Demo)), jwt);
    QVERIFY(!m_qsettings->allKeys().join(QLatin1Char(' ')).contains(jwt)); // never in QSettings
    m_window.reset();

    createWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    waitForKeysLoaded();
    QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentWidget()->objectName(),
        QStringLiteral("keysPage"));

    // Sign out forgets the stored JWT: the next start shows the form, pre-filled.
    m_window->action(QStringLiteral("signOutAction"))->trigger();
    SecretJob::Status status = SecretJob::Status::Pending;
    QTRY_VERIFY_WITH_TIMEOUT((readSecret(SecretKeys::session(m_server->url(), Demo), &status),
                                 status == SecretJob::Status::NotFound),
        UiTimeoutMs);
    m_window.reset();
    createWindow();
    QVERIFY(!m_window->isSignedIn());
    QCOMPARE(child<QLineEdit>(m_window->signInWidget(), "usernameEdit")->text(), Demo);
}

void TestMainWindow::everyInteractiveWidgetHasAnAccessibleName()
{
    auto check = [](QWidget *root) {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const bool interactive
                = widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(widget);
            if (!interactive || !widget->isVisibleTo(root)
                || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(
                    widget->objectName(), QLatin1String(widget->metaObject()->className()));
        }
        return unnamed;
    };
    QStringList unnamed = check(m_window.get());
    QVERIFY2(
        unnamed.isEmpty(), qPrintable(QStringLiteral("sign-in page: ") + unnamed.join(QStringLiteral(", "))));
    signIn(Demo, Demo);
    unnamed = check(m_window.get());
    QVERIFY2(
        unnamed.isEmpty(), qPrintable(QStringLiteral("keys page: ") + unnamed.join(QStringLiteral(", "))));
}

QStringList TestMainWindow::shownNames() const
{
    QStringList names;
    AccessKeyFilterProxyModel *proxy = m_window->keyProxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << proxy->index(row, AccessKeyTableModel::NameColumn).data().toString();
    return names;
}

void TestMainWindow::accessKeySignInShowsTheKeysExpiryAndMarksItInUse()
{
    const QString token
        = m_server->createAccessKeyDirect(Demo, QStringLiteral("signed-in-with"), 86400 * 10 + 600);
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(m_server->url().toString());
    form->setMethod(SignInMethod::AccessKey);
    auto *edit = child<QLineEdit>(form, "accessKeyEdit");
    QTest::keyClicks(edit, token);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    waitForKeysLoaded();
    auto *sessionLabel = child<QLabel>(m_window.get(), "sessionLabel");
    QTRY_COMPARE(sessionLabel->text(), QStringLiteral("accesskey expires in 10 days"));
    QVERIFY(child<QFrame>(m_window.get(), "sessionSeparator")->isVisible());

    AccessKeyTableModel *model = m_window->keyModel();
    const int row = model->rowOfTokenPrefix(token.left(11));
    QVERIFY(row >= 0);
    QCOMPARE(model->keyAt(row).name, QStringLiteral("signed-in-with"));
    QVERIFY(model->index(row, AccessKeyTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("In use")));
    for (int other = 0; other < model->rowCount(); ++other) {
        if (other != row)
            QVERIFY(
                !model->index(other, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("In use")));
    }
}

void TestMainWindow::failedRefreshKeepsEveryRowAndExplains_data()
{
    QTest::addColumn<sandbox::Failure>("failure");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("500") << sandbox::Failure::InternalError << QStringLiteral("could not be loaded");
    QTest::newRow("not JSON") << sandbox::Failure::MalformedJson << QStringLiteral("could not be loaded");
    QTest::newRow("dropped") << sandbox::Failure::DropConnection << QStringLiteral("could not be loaded");
}

void TestMainWindow::failedRefreshKeepsEveryRowAndExplains()
{
    QFETCH(sandbox::Failure, failure);
    QFETCH(QString, explanation);
    signIn(Many, Many);
    QCOMPARE(m_window->keyProxy()->rowCount(), 250);
    const QStringList before = shownNames();
    // Qt resends once on a dropped connection: fail both.
    m_server->injectFailures(failure, failure == sandbox::Failure::DropConnection ? 2 : 1);
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    QVERIFY2(banner->text().contains(explanation), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QStringLiteral("{")), qPrintable(banner->text())); // no raw JSON
    QVERIFY(!child<QProgressBar>(m_window.get(), "loadBar")->isVisible());
    QCOMPARE(m_window->keyModel()->rowCount(), 250);
    QCOMPARE(shownNames(), before);
    QVERIFY(child<QTableView>(m_window.get(), "keyTable")->isVisible());
    // The next refresh works and the message goes away.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), UiTimeoutMs);
    waitForKeysLoaded();
    QCOMPARE(m_window->keyModel()->rowCount(), 250);
}

void TestMainWindow::refreshFailingHalfwayPutsTheOldListBack()
{
    signIn(Many, Many);
    const QStringList before = shownNames();
    m_server->setLatency(500);
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    // One page is in, and the old rows are still what the table shows (the new list only replaces them
    // once it is complete); the second request is waiting in the server: make it fail.
    auto *loadLabel = child<QLabel>(m_window.get(), "loadLabel");
    QTRY_VERIFY_WITH_TIMEOUT(loadLabel->text().startsWith(QStringLiteral("Loaded 1 ")), UiTimeoutMs);
    QCOMPARE(shownNames(), before);
    m_server->injectFailures(sandbox::Failure::InternalError);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    QVERIFY2(banner->text().contains(QStringLiteral("could not be loaded")), qPrintable(banner->text()));
    QCOMPARE(m_window->keyModel()->rowCount(), 250);
    QCOMPARE(shownNames(), before);
}

void TestMainWindow::slowServerShowsProgressAndTheFilterStillWorks()
{
    signIn(Many, Many);
    m_server->setLatency(1500); // three pages: about 4.5 s of loading
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *loadBar = child<QProgressBar>(m_window.get(), "loadBar");
    QTRY_VERIFY(loadBar->isVisible());
    // The window answers while the load goes on: the filter narrows what is there.
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *filter = child<QLineEdit>(m_window.get(), "filterEdit");
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("#12"));
    QTRY_VERIFY(m_window->keyProxy()->rowCount() > 0
        && m_window->keyProxy()->rowCount() < m_window->keyModel()->rowCount());
    QVERIFY(loadBar->isVisible());
    waitForKeysLoaded();
    // New pages are filtered too.
    QCOMPARE(m_window->keyModel()->rowCount(), 250);
    for (const QString &name : shownNames())
        QVERIFY2(name.contains(QStringLiteral("#12")), qPrintable(name));
}

void TestMainWindow::editSendsNameAndDetailAndUpdatesTheRow()
{
    signIn(Demo, Demo);
    const AccessKey key = m_window->keyModel()->keyAt(0);
    QVERIFY(selectKeyByName(m_window->keyModel()->index(0, 0).data().toString()));
    m_server->clearRequests();
    QTest::keyClick(child<QTableView>(m_window.get(), "keyTable"), Qt::Key_F2);
    EditKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<EditKeyDialog>()));
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    auto *detail = child<QLineEdit>(dialog, "detailEdit");
    name->clear();
    detail->clear();
    QTest::keyClicks(name, QStringLiteral("renamed-by-gui"));
    QTest::keyClicks(detail, QStringLiteral("new detail"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleTopLevel<EditKeyDialog>(), UiTimeoutMs);
    const int row = m_window->keyModel()->rowOf(key.id);
    QCOMPARE(m_window->keyModel()->keyAt(row).name, QStringLiteral("renamed-by-gui"));
    QCOMPARE(m_window->keyModel()->keyAt(row).detail, QStringLiteral("new detail"));
    bool put = false;
    for (const sandbox::RecordedRequest &request : m_server->requests())
        put = put || (request.method == QLatin1String("PUT") && request.path.endsWith(key.id));
    QVERIFY(put);
    // Both fields were stored on the server, not just shown.
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->keyModel()->rowOf(key.id) >= 0
            && m_window->keyModel()->keyAt(m_window->keyModel()->rowOf(key.id)).detail
                == QLatin1String("new detail"),
        UiTimeoutMs);
    QCOMPARE(m_window->keyModel()->keyAt(m_window->keyModel()->rowOf(key.id)).name,
        QStringLiteral("renamed-by-gui"));
}

void TestMainWindow::expiredRememberedSessionFallsBackToThePrefilledForm()
{
    m_server->setJwtLifetime(2);
    signIn(Demo, Demo, true);
    const QDateTime expiresAt = JwtClaims::decode(m_window->session().credential().secret()).expiresAt();
    QTRY_VERIFY_WITH_TIMEOUT(
        !readSecret(SecretKeys::session(m_window->session().serverRoot(), Demo)).isEmpty(), UiTimeoutMs);
    m_window.reset();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiresAt.addSecs(1), 10000);

    createWindow();
    auto *error = child<QLabel>(m_window->signInWidget(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), UiTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("expired")), qPrintable(error->text()));
    QVERIFY(!m_window->isSignedIn());
    QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentWidget()->objectName(),
        QStringLiteral("signInPage"));
    QCOMPARE(child<QLineEdit>(m_window->signInWidget(), "usernameEdit")->text(), Demo);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_window->signInWidget(), "passwordEdit"));
}

void TestMainWindow::untrustedCertificateIsExplainedInline()
{
    sandbox::SandboxOptions options;
    options.tls = true;
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} } };
    sandbox::SandboxServer https(options);
    QVERIFY2(https.start(), qPrintable(https.errorString()));
    QCOMPARE(https.url().scheme(), QStringLiteral("https"));
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(https.url().toString());
    QTest::keyClicks(child<QLineEdit>(form, "usernameEdit"), Demo);
    QTest::keyClicks(child<QLineEdit>(form, "passwordEdit"), Demo);
    QTest::keyClick(child<QLineEdit>(form, "passwordEdit"), Qt::Key_Return);
    auto *error = child<QLabel>(form, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), UiTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("certificate could not be verified")),
        qPrintable(error->text()));
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(!form->isBusy());
}

void TestMainWindow::settingsAndAboutOpenAndClose()
{
    activateMainWindow();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = visibleTopLevel<SettingsDialog>()));
    QTest::keyClick(settings, Qt::Key_Escape);
    QTRY_VERIFY(!visibleTopLevel<SettingsDialog>());

    activateMainWindow();
    m_window->action(QStringLiteral("aboutAction"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = visibleTopLevel<AboutDialog>()));
    QVERIFY(about->windowTitle().contains(QStringLiteral("VoIPbin Keys")));
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!visibleTopLevel<AboutDialog>());
}

void TestMainWindow::keysToolBarOnlyWhileSignedIn()
{
    auto *toolBar = child<QToolBar>(m_window.get(), "keysToolBar");
    QVERIFY(!toolBar->isVisible()); // no greyed-out key actions over the sign-in form
    QVERIFY(!child<QFrame>(m_window.get(), "sessionSeparator")->isVisible());
    signIn(Demo, Demo);
    QVERIFY(toolBar->isVisible());
    // account | session time, with a visible line between them
    QVERIFY(child<QFrame>(m_window.get(), "sessionSeparator")->isVisible());
    m_window->action(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(!toolBar->isVisible());
    QVERIFY(!child<QFrame>(m_window.get(), "sessionSeparator")->isVisible());
}

namespace {
/// How a person orders names: case-insensitive, and numbers by value ("soon-9" before "soon-34").
int naturalCompare(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < x.size() && j < y.size()) {
        if (x.at(i).isDigit() && y.at(j).isDigit()) {
            qsizetype iEnd = i;
            qsizetype jEnd = j;
            while (iEnd < x.size() && x.at(iEnd).isDigit())
                ++iEnd;
            while (jEnd < y.size() && y.at(jEnd).isDigit())
                ++jEnd;
            const qulonglong m = x.mid(i, iEnd - i).toULongLong();
            const qulonglong n = y.mid(j, jEnd - j).toULongLong();
            if (m != n)
                return m < n ? -1 : 1;
            i = iEnd;
            j = jEnd;
            continue;
        }
        if (x.at(i) != y.at(j))
            return x.at(i) < y.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    return (x.size() - i > 0) - (y.size() - j > 0);
}
} // namespace

void TestMainWindow::verifyShownOrderMatchesTheIndicator()
{
    QHeaderView *header = child<QTableView>(m_window.get(), "keyTable")->horizontalHeader();
    const int column = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QCOMPARE(m_window->keyProxy()->sortColumn(), column);
    QCOMPARE(m_window->keyProxy()->sortOrder(), order);
    AccessKeyFilterProxyModel *proxy = m_window->keyProxy();
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const QVariant a = proxy->index(row - 1, column).data(AccessKeyTableModel::SortRole);
        const QVariant b = proxy->index(row, column).data(AccessKeyTableModel::SortRole);
        const int comparison = a.typeId() == QMetaType::QString
            ? naturalCompare(a.toString(), b.toString())
            : (a.toLongLong() < b.toLongLong()        ? -1
                    : a.toLongLong() > b.toLongLong() ? 1
                                                      : 0);
        QVERIFY2(order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0,
            qPrintable(QStringLiteral("row %1 out of order").arg(row)));
    }
}

void TestMainWindow::sortIndicatorMatchesTheRowsAlsoAfterRestart()
{
    signIn(Many, Many);
    verifyShownOrderMatchesTheIndicator(); // the default: newest first
    QHeaderView *header = child<QTableView>(m_window.get(), "keyTable")->horizontalHeader();
    const int x = header->sectionViewportPosition(AccessKeyTableModel::NameColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_COMPARE(header->sortIndicatorSection(), int(AccessKeyTableModel::NameColumn));
    verifyShownOrderMatchesTheIndicator();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    verifyShownOrderMatchesTheIndicator();
    const Qt::SortOrder chosen = header->sortIndicatorOrder();

    // Closing saves the header; the next window sorts as its restored indicator says.
    m_window->close();
    m_window.reset();
    createWindow();
    signIn(Many, Many);
    header = child<QTableView>(m_window.get(), "keyTable")->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(AccessKeyTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), chosen);
    verifyShownOrderMatchesTheIndicator();
}

void TestMainWindow::sortArrowPointsUpForAscending()
{
    QHeaderView *header = child<QTableView>(m_window.get(), "keyTable")->horizontalHeader();
    // Draws the header's arrow as QHeaderView asks for it; returns the ink in the top and bottom halves.
    auto ink = [header](Qt::SortOrder order) {
        QImage image(24, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionHeader option;
        option.initFrom(header);
        option.rect = image.rect();
        option.sortIndicator
            = order == Qt::AscendingOrder ? QStyleOptionHeader::SortDown : QStyleOptionHeader::SortUp;
        header->style()->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter, header);
        painter.end();
        QList<int> rows;
        for (int y = 0; y < image.height(); ++y) {
            int row = 0;
            for (int x = 0; x < image.width(); ++x)
                row += 255 - qGray(image.pixel(x, y));
            rows << row;
        }
        // Only the arrow's own rows: the style may draw it anywhere in the rectangle.
        int first = 0;
        int last = int(rows.size()) - 1;
        while (first < last && rows.at(first) == 0)
            ++first;
        while (last > first && rows.at(last) == 0)
            --last;
        int top = 0;
        int bottom = 0;
        for (int y = first; y <= last; ++y) {
            if (2 * (y - first) < last - first)
                top += rows.at(y);
            else if (2 * (y - first) > last - first)
                bottom += rows.at(y);
        }
        return std::pair { top, bottom };
    };
    // A triangle is widest at its base: ▲ has more ink below its middle, ▼ above.
    const auto [ascendingTop, ascendingBottom] = ink(Qt::AscendingOrder);
    QVERIFY2(ascendingBottom > ascendingTop, "ascending should show an up arrow");
    const auto [descendingTop, descendingBottom] = ink(Qt::DescendingOrder);
    QVERIFY2(descendingTop > descendingBottom, "descending should show a down arrow");
}

namespace {
ServerChoice shownServer(SignInWidget *form)
{
    return ServerChoice(child<QComboBox>(form, "serverCombo")->currentData().toInt());
}
} // namespace

void TestMainWindow::signOutKeepsTheUsernameWithItsServer()
{
    signIn(Demo, Demo);
    m_window->action(QStringLiteral("signOutAction"))->trigger();
    SignInWidget *form = m_window->signInWidget();
    auto *user = child<QLineEdit>(form, "usernameEdit");
    QCOMPARE(shownServer(form), ServerChoice::Custom);
    QCOMPARE(child<QLineEdit>(form, "customUrlEdit")->text(), m_server->url().toString());
    QCOMPARE(user->text(), Demo);
    // Pointing the form at another server takes the username away; coming back brings it again.
    form->setServerChoice(ServerChoice::Voipbin);
    QVERIFY(user->text().isEmpty());
    form->setServerChoice(ServerChoice::Custom);
    QCOMPARE(user->text(), Demo);
    child<QLineEdit>(form, "customUrlEdit")->setText(QStringLiteral("https://staging.example.com"));
    QVERIFY(user->text().isEmpty());
}

void TestMainWindow::restartWithoutRememberMeShowsTheServerWithTheUsername()
{
    signIn(Demo, Demo, false);
    m_window.reset();
    createWindow();
    SignInWidget *form = m_window->signInWidget();
    QVERIFY(!m_window->isSignedIn());
    QCOMPARE(child<QLineEdit>(form, "usernameEdit")->text(), Demo);
    QCOMPARE(shownServer(form), ServerChoice::Custom);
    QCOMPARE(child<QLineEdit>(form, "customUrlEdit")->text(), m_server->url().toString());
    QString error;
    QCOMPARE(form->attempt(&error).serverRoot, m_server->url());
}

void TestMainWindow::passingOverTheSandboxStartsNothingAndFillsNothing()
{
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Voipbin);
    auto *combo = child<QComboBox>(form, "serverCombo");
    auto *user = child<QLineEdit>(form, "usernameEdit");
    auto *pass = child<QLineEdit>(form, "passwordEdit");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(shownServer(form), ServerChoice::Sandbox);
    QCOMPARE(user->text(), Demo); // the demo account is shown while the sandbox is chosen
    QVERIFY(!m_window->localSandbox()->isRunning() && !m_window->localSandbox()->isStarting());
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(shownServer(form), ServerChoice::Custom);
    QVERIFY(user->text().isEmpty());
    QVERIFY(pass->text().isEmpty());
    QVERIFY(!m_window->localSandbox()->isRunning() && !m_window->localSandbox()->isStarting());
}

void TestMainWindow::signingInToTheSandboxStartsItAndSignOutStopsIt()
{
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Sandbox);
    QVERIFY(!m_window->localSandbox()->isRunning());
    QTest::keyClick(child<QLineEdit>(form, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->isSignedIn(), qPrintable(child<QLabel>(form, "errorLabel")->text()), UiTimeoutMs);
    waitForKeysLoaded();
    QVERIFY(m_window->localSandbox()->isRunning());
    QCOMPARE(m_window->session().serverRoot().scheme(), QStringLiteral("https")); // its own certificate
    QCOMPARE(m_window->session().serverRoot(), m_window->localSandbox()->url());
    QCOMPARE(m_window->session().username(), Demo);
    m_window->action(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(!m_window->localSandbox()->isRunning());
    // Nothing about the demo server is remembered: its port changes every run.
    QVERIFY(m_settings->value(Settings::Key::LastServer).toString().isEmpty());
}

namespace {
/// This test's own gnome-keyring-daemon (keyring-session.sh starts one per private session bus), stopped
/// with SIGSTOP for as long as the object lives: a keyring that does not answer, like one behind a prompt.
class StoppedKeyring
{
public:
    StoppedKeyring()
    {
        const QByteArray bus = "DBUS_SESSION_BUS_ADDRESS=" + qgetenv("DBUS_SESSION_BUS_ADDRESS");
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(entry));
            QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
            if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("gnome-keyring-d")
                || !environ.open(QIODevice::ReadOnly) || !environ.readAll().split('\0').contains(bus))
                continue;
            m_pid = entry.toInt();
            ::kill(m_pid, SIGSTOP);
            return;
        }
    }
    ~StoppedKeyring() { resume(); }
    bool isStopped() const { return m_pid > 0; }
    void resume()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGCONT);
        m_pid = 0;
    }

private:
    int m_pid = 0;
};
} // namespace

void TestMainWindow::slowKeychainIsWaitedForAndTheKeyMarkedSavedWhenItLands()
{
    signIn(Demo, Demo);
    m_store->setTimeout(1500);
    StoppedKeyring keyring;
    QVERIFY(keyring.isStopped());
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>()));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("behind-a-prompt"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    NewKeyDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs);
    QPointer<NewKeyDialog> guard(shown);
    auto *notice = child<QLabel>(shown, "onceLabel");
    QVERIFY2(notice->text().contains(QStringLiteral("has not answered yet")), qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(QStringLiteral("could NOT")));
    QVERIFY(!shown->canClose()); // the secret stays on screen while the keychain is being asked
    const QString token = child<QLineEdit>(shown, "tokenEdit")->text();
    const QString id = m_window->keyModel()->keyAt(0).id;
    QVERIFY(!m_window->keyModel()->isStoredLocally(id));

    keyring.resume(); // the person unlocked the keyring: the write lands
    QTRY_VERIFY_WITH_TIMEOUT(guard && shown->storedInKeychain(), UiTimeoutMs);
    QVERIFY(shown->canClose());
    QVERIFY2(notice->text().contains(QStringLiteral("has been saved")), qPrintable(notice->text()));
    QTRY_VERIFY(m_window->keyModel()->isStoredLocally(id));
    m_store->setTimeout(KeychainSecretStore::DefaultTimeoutMs);
    QCOMPARE(readSecret(SecretKeys::accessKey(
                 m_window->session().serverRoot(), m_window->session().customer().id, id)),
        token);
    shown->accept();
}

void TestMainWindow::slowKeychainStillRemembersTheSession()
{
    m_store->setTimeout(1000);
    {
        StoppedKeyring keyring;
        QVERIFY(keyring.isStopped());
        signIn(Demo, Demo, true);
        QTest::qWait(1500); // past the timeout
        auto *problem = child<QLabel>(m_window.get(), "bannerLabel");
        QVERIFY(!problem || !problem->isVisible()
            || !problem->text().contains(QStringLiteral("could not remember")));
    }
    m_store->setTimeout(KeychainSecretStore::DefaultTimeoutMs);
    SecretJob::Status status = SecretJob::Status::Pending;
    QTRY_VERIFY_WITH_TIMEOUT(
        !readSecret(SecretKeys::session(m_server->url(), Demo), &status).isEmpty(), UiTimeoutMs);
}

void TestMainWindow::lostCreateAnswerFindsTheOrphanAndRevokesIt()
{
    signIn(Demo, Demo);
    const int before = m_window->keyModel()->rowCount();
    m_server->clearRequests();
    m_server->injectFailures(sandbox::Failure::DropAfterHandling); // the key is made, the answer lost
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Revoke"
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>()));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("lost-answer"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QStringLiteral("answer was lost")), UiTimeoutMs);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("lost-answer")));
    QVERIFY(visibleTopLevel<NewKeyDialog>() == nullptr); // no secret to show: it never arrived
    // Revoked in the same step: a refresh shows the account exactly as before.
    QTRY_VERIFY_WITH_TIMEOUT(!shownNames().contains(QStringLiteral("lost-answer")), UiTimeoutMs);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    waitForKeysLoaded();
    QVERIFY(!shownNames().contains(QStringLiteral("lost-answer")));
    QCOMPARE(m_window->keyModel()->rowCount(), before);
    int creates = 0;
    for (const sandbox::RecordedRequest &request : m_server->requests())
        creates
            += request.method == QLatin1String("POST") && request.path.endsWith(QLatin1String("/accesskeys"));
    QCOMPARE(creates, 1); // never sent twice
}

void TestMainWindow::lostCreateAnswerWithNoKeyMadeSaysSo()
{
    signIn(Demo, Demo);
    const int before = m_window->keyModel()->rowCount();
    m_server->injectFailures(sandbox::Failure::DropConnection); // dropped before the server acted
    QTest::keySequence(m_window.get(), QKeySequence::New);
    CreateKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<CreateKeyDialog>()));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("never-made"));
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    auto *error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        error->isVisible() && error->text().contains(QStringLiteral("no key was created")), UiTimeoutMs);
    QVERIFY(!error->text().contains(QStringLiteral("try again")));
    QCOMPARE(error->accessibleDescription(), error->text()); // the sentence reaches a screen reader
    QCOMPARE(m_window->keyModel()->rowCount(), before);
    QCOMPARE(dialog->name(), QStringLiteral("never-made")); // kept as typed, to create it again
    dialog->reject();
}

void TestMainWindow::pastedAccessKeyWithALineBreakIsRefused()
{
    SignInWidget *form = m_window->signInWidget();
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(m_server->url().toString());
    form->setMethod(SignInMethod::AccessKey);
    m_server->clearRequests();
    auto *key = child<QLineEdit>(form, "accessKeyEdit");
    key->setText(QStringLiteral("vb_S9pecO7VabcdefghijklmnopqrstuvwxyzAB\r\nX-Injected: yes"));
    QTest::keyClick(key, Qt::Key_Return);
    auto *error = child<QLabel>(form, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("line breaks")), qPrintable(error->text()));
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(m_server->requests().isEmpty()); // refused before anything was sent
}

void TestMainWindow::tamperedKeychainSessionIsNotUsed()
{
    signIn(Demo, Demo, true);
    const QString entry = SecretKeys::session(m_server->url(), Demo);
    QTRY_VERIFY_WITH_TIMEOUT(!readSecret(entry).isEmpty(), UiTimeoutMs);
    m_window.reset();
    // Someone (or something) rewrote the saved session with a header in it.
    SecretJob *write
        = m_store->write(entry, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.c2ln\r\nX-Injected: yes"));
    QTRY_VERIFY(write->isFinished());
    QVERIFY(write->isOk());
    write->deleteLater();
    m_server->clearRequests();

    createWindow();
    auto *error = child<QLabel>(m_window->signInWidget(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), UiTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("damaged")), qPrintable(error->text()));
    QVERIFY(!m_window->isSignedIn());
    QVERIFY(m_server->requests().isEmpty()); // the bad entry was never sent
    SecretJob::Status status = SecretJob::Status::Pending;
    QTRY_VERIFY_WITH_TIMEOUT(
        (readSecret(entry, &status), status == SecretJob::Status::NotFound), UiTimeoutMs);
}

void TestMainWindow::cyclingPageTokensStopAndKeepTheOldTable()
{
    signIn(Many, Many);
    const QStringList before = shownNames();
    m_server->setEndlessPaging(sandbox::EndlessPaging::CyclingTokens);
    m_server->clearRequests();
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    m_server->setEndlessPaging(sandbox::EndlessPaging::Off);
    QVERIFY2(banner->text().contains(QStringLiteral("could not be loaded")), qPrintable(banner->text()));
    QVERIFY(m_server->requests().size() < 10); // stopped at the first token seen twice
    QCOMPARE(shownNames(), before);
}

void TestMainWindow::repeatedPagesNeverShowDuplicates()
{
    signIn(Many, Many);
    m_server->setEndlessPaging(sandbox::EndlessPaging::SameIdsNewToken);
    m_server->clearRequests();
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *loadBar = child<QProgressBar>(m_window.get(), "loadBar");
    QTRY_VERIFY_WITH_TIMEOUT(!loadBar->isVisible(), UiTimeoutMs);
    m_server->setEndlessPaging(sandbox::EndlessPaging::Off);
    QVERIFY(m_server->requests().size() < 10);
    const QSet<QString> ids = m_window->keyModel()->keyIds();
    QCOMPARE(int(ids.size()), m_window->keyModel()->rowCount()); // each key once
}

void TestMainWindow::bannerSentenceReachesAScreenReader()
{
    signIn(Many, Many);
    m_server->injectFailures(sandbox::Failure::InternalError);
    activateMainWindow();
    AnnouncementRecorder announcements;
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    // Spoken when it appears (an Alert event with the sentence), not just there to be found.
    QVERIFY(announcements.announced(banner, QStringLiteral("could not be loaded")));
    // Not just "Problem": the sentence itself.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(accessible);
    QVERIFY2(accessible->text(QAccessible::Description).contains(QStringLiteral("could not be loaded")),
        qPrintable(accessible->text(QAccessible::Description)));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), UiTimeoutMs);
    QVERIFY(banner->accessibleDescription().isEmpty());
}

void TestMainWindow::permissionDeniedListInvitesNothingAndDisablesNewKey()
{
    submitSignIn(Manager, Manager);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
    auto *banner = child<QLabel>(m_window.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), UiTimeoutMs);
    QTRY_VERIFY(!child<QProgressBar>(m_window.get(), "loadBar")->isVisible());
    auto *empty = child<QLabel>(m_window.get(), "emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(!empty->text().contains(QStringLiteral("Ctrl+N")), qPrintable(empty->text()));
    QVERIFY(!m_window->action(QStringLiteral("newKeyAction"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("refreshAction"))->isEnabled());
    activateMainWindow();
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QTest::qWait(200); // nothing may open; there is no event to wait for
    QVERIFY(!visibleTopLevel<CreateKeyDialog>());
}

void TestMainWindow::countSaysHowManyTheFilterShowsAndFollowsChanges()
{
    const QString tag = QStringLiteral("countme-%1").arg(QDateTime::currentMSecsSinceEpoch());
    m_server->createAccessKeyDirect(Demo, tag + QStringLiteral("-a"), 86400 * 10);
    signIn(Demo, Demo);
    auto *count = child<QLabel>(m_window.get(), "loadLabel");
    const int total = m_window->keyModel()->rowCount();
    QCOMPARE(count->text(), QStringLiteral("%1 accesskeys").arg(total));
    QTest::keyClicks(child<QLineEdit>(m_window.get(), "filterEdit"), tag);
    QTRY_COMPARE(m_window->keyProxy()->rowCount(), 1);
    QTRY_COMPARE(count->text(), QStringLiteral("1 of %1 accesskeys").arg(total));

    activateMainWindow();
    QVERIFY(!createKeyThroughUi(tag + QStringLiteral("-b")).isEmpty());
    QTRY_COMPARE(count->text(), QStringLiteral("2 of %1 accesskeys").arg(total + 1));
    activateMainWindow();
    QVERIFY(!createKeyThroughUi(QStringLiteral("outside-the-filter")).isEmpty());
    QTRY_COMPARE(count->text(), QStringLiteral("2 of %1 accesskeys").arg(total + 2));

    activateMainWindow();
    QVERIFY(selectKeyByName(tag + QStringLiteral("-b")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(child<QTableView>(m_window.get(), "keyTable"), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(
        count->text(), QStringLiteral("1 of %1 accesskeys").arg(total + 1), UiTimeoutMs);
    child<QLineEdit>(m_window.get(), "filterEdit")->clear();
    QTRY_COMPARE(count->text(), QStringLiteral("%1 accesskeys").arg(total + 1));
}

void TestMainWindow::escapeInTheFilterClearsIt()
{
    signIn(Demo, Demo);
    const int all = m_window->keyProxy()->rowCount();
    activateMainWindow();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *filter = child<QLineEdit>(m_window.get(), "filterEdit");
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("zzz-matches-nothing"));
    QTRY_COMPARE(m_window->keyProxy()->rowCount(), 0);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QTRY_COMPARE(m_window->keyProxy()->rowCount(), all);
    // Empty, Esc is not taken: it goes on to whoever wants it.
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(filter, &escape);
    QVERIFY(!escape.isAccepted());
}

void TestMainWindow::statusBarSaysExpiredWhenTheSessionEnds()
{
    m_server->setJwtLifetime(3);
    signIn(Demo, Demo);
    m_server->setJwtLifetime(7 * 86400);
    auto *sessionLabel = child<QLabel>(m_window.get(), "sessionLabel");
    QCOMPARE(sessionLabel->text(), QStringLiteral("session expires in less than a minute"));
    // Well before the minute timer would come round.
    QTRY_COMPARE_WITH_TIMEOUT(sessionLabel->text(), QStringLiteral("session expired"), 10000);
}

namespace {
QStringList menuItems(QMenu *menu)
{
    QStringList items;
    for (QAction *action : menu->actions())
        items << (action->isSeparator() ? QStringLiteral("-") : action->objectName());
    return items;
}
} // namespace

void TestMainWindow::menusAreThoseOfADesktopApp()
{
    QStringList titles;
    for (QAction *top : m_window->menuBar()->actions())
        titles << top->text();
    QCOMPARE(titles,
        QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("&Keys"), QStringLiteral("&Help") }));
    const auto menu = [this](int index) { return m_window->menuBar()->actions().at(index)->menu(); };
    QCOMPARE(menuItems(menu(0)),
        QStringList({ QStringLiteral("newProfileAction"), QStringLiteral("duplicateProfileAction"),
            QStringLiteral("renameProfileAction"), QStringLiteral("removeProfileAction"), QStringLiteral("-"),
            QStringLiteral("importVnAction"), QStringLiteral("exportVnAction"), QStringLiteral("-"),
            QStringLiteral("lockAction"), QStringLiteral("changePasswordAction"),
            QStringLiteral("signOutAction"), QStringLiteral("-"), QStringLiteral("quitAction") }));
    QCOMPARE(menuItems(menu(1)),
        QStringList({ QStringLiteral("copyKeyAction"), QStringLiteral("copyPrefixAction"),
            QStringLiteral("copyCurlAction"), QStringLiteral("-"), QStringLiteral("findAction"),
            QStringLiteral("-"), QStringLiteral("settingsAction") }));
    QCOMPARE(menuItems(menu(2)),
        QStringList({ QStringLiteral("refreshAction"), QStringLiteral("-"),
            QStringLiteral("nextProfileAction"), QStringLiteral("previousProfileAction") }));
    QCOMPARE(menuItems(menu(3)),
        QStringList({ QStringLiteral("newKeyAction"), QStringLiteral("editKeyAction"),
            QStringLiteral("replaceKeyAction"), QStringLiteral("revokeKeyAction") }));
    QCOMPARE(menuItems(menu(4)),
        QStringList({ QStringLiteral("helpAction"), QStringLiteral("-"), QStringLiteral("aboutAction"),
            QStringLiteral("aboutQtAction") }));
    // Every item has a mnemonic, none twice in one menu.
    for (QAction *top : m_window->menuBar()->actions()) {
        QSet<QChar> seen;
        for (QAction *item : top->menu()->actions()) {
            if (item->isSeparator())
                continue;
            const QString text = item->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(top->text() + QStringLiteral(" > ") + text));
            seen.insert(key);
        }
    }
    const auto shortcuts
        = [this](const char *name) { return m_window->action(QLatin1String(name))->shortcuts(); };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Quit))
        QVERIFY(shortcuts("quitAction").contains(key));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
        QVERIFY(shortcuts("settingsAction").contains(key));
    QVERIFY(shortcuts("helpAction").contains(QKeySequence(Qt::Key_F1)));
    QCOMPARE(m_window->action(QStringLiteral("settingsAction"))->text(), QStringLiteral("Prefere&nces…"));
}

namespace {
/// Stands in for the desktop's browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};
} // namespace

void TestMainWindow::helpOpensTheUserGuide()
{
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.urls.size(), 1);
    QVERIFY2(browser.urls.first().toString().contains(QStringLiteral("voipbin-keys")),
        qPrintable(browser.urls.first().toString()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
