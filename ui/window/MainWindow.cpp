#include "MainWindow.h"

#include "about/AboutDialog.h"
#include "api/ServerAddress.h"
#include "api/VoipbinClient.h"
#include "clipboard/SecureClipboard.h"
#include "core/Settings.h"
#include "keys/KeysPage.h"
#include "secrets/LocalKeySecrets.h"
#include "session/CurrentSession.h"
#include "session/LocalSandbox.h"
#include "session/SignInController.h"
#include "settings/SettingsDialog.h"
#include "signin/SignInAgainDialog.h"
#include "signin/SignInWidget.h"
#include "ui_MainWindow.h"
#include "widgets/Accessibility.h"
#include "window/SessionStatusBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

MainWindow::MainWindow(SecretStore *store, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_client(new VoipbinClient(this))
    , m_session(new CurrentSession(m_client, this))
    , m_controller(new SignInController(m_client, store, settings, this))
    , m_signIn(new SignInWidget(this))
    , m_clipboard(new SecureClipboard(this))
    , m_localSecrets(new LocalKeySecrets(store, settings->backend(), this))
    , m_sandbox(new LocalSandbox(this))
{
    m_ui->setupUi(this);
    m_ui->signInHost->addWidget(m_signIn);
    m_signIn->setMinimumWidth(440);
    m_signIn->setMaximumWidth(560);
    m_signIn->setSandboxPassword(m_sandbox->password());
    m_ui->keysPage->setUp(m_session, m_localSecrets, m_clipboard);
    createActions();
    createMenusAndToolBar();
    m_ui->statusbar->watchClipboard(m_clipboard);
    connectSession();
    connectSignIn();
    prefillSignInForm();
    applySettings();
    restoreWindowState();
    showSignInPage();
}

MainWindow::~MainWindow() = default;

const Session &MainWindow::session() const
{
    return m_session->session();
}

bool MainWindow::isSignedIn() const
{
    return m_session->isSignedIn();
}

AccessKeyTableModel *MainWindow::keyModel() const
{
    return m_ui->keysPage->model();
}

AccessKeyFilterProxyModel *MainWindow::keyProxy() const
{
    return m_ui->keysPage->proxy();
}

QAction *MainWindow::addWindowAction(const char *name, const QString &text, const QKeySequence &shortcut,
    void (MainWindow::*slot)(), const QString &description)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    action->setStatusTip(description);
    connect(action, &QAction::triggered, this, slot);
    QMainWindow::addAction(action); // shortcuts work even when the menu bar is hidden
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    addWindowAction("signOutAction", tr("Sign &out"), {}, &MainWindow::signOut,
        tr("Sign out and forget the remembered session"));
    addWindowAction("settingsAction", tr("Prefere&nces…"), {}, &MainWindow::openSettings)
        ->setShortcuts(withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    addWindowAction("quitAction", tr("&Quit"), {}, &MainWindow::quit)
        ->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    addWindowAction("helpAction", tr("&User Guide"), {}, &MainWindow::showHelp,
        tr("Open the VoIPbin Keys user guide in the browser"))
        ->setShortcuts(withFallback(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    addWindowAction("aboutAction", tr("&About VoIPbin Keys"), {}, &MainWindow::showAbout);
    addWindowAction("aboutQtAction", tr("About &Qt"), {}, &MainWindow::showAboutQt);
    // The keys page owns its actions; the window adds them so their shortcuts work from anywhere in it.
    QMainWindow::addActions(m_ui->keysPage->sessionActions() + m_ui->keysPage->keyActions());
}

QList<QKeySequence> MainWindow::withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    // Some platforms bind no key to a standard action (Preferences on GNOME, Quit on Windows): keep one.
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys << fallback;
    return keys;
}

void MainWindow::addMenu(const QString &title, const char *objectName, const QList<const char *> &actionNames)
{
    QMenu *menu = menuBar()->addMenu(title);
    menu->setObjectName(QLatin1String(objectName));
    for (const char *name : actionNames) {
        if (name)
            menu->addAction(action(QLatin1String(name)));
        else
            menu->addSeparator();
    }
}

void MainWindow::createMenusAndToolBar()
{
    // As the KDE and GNOME guidelines lay menus out; a null name is a separator.
    addMenu(tr("&File"), "fileMenu", { "signOutAction", nullptr, "quitAction" });
    addMenu(tr("&Edit"), "editMenu",
        { "copyKeyAction", "copyPrefixAction", "copyCurlAction", nullptr, "findAction", nullptr,
            "settingsAction" });
    addMenu(tr("&View"), "viewMenu", { "refreshAction" });
    addMenu(tr("&Keys"), "keysMenu", { "newKeyAction", "editKeyAction", "revokeKeyAction" });
    addMenu(tr("&Help"), "helpMenu", { "helpAction", nullptr, "aboutAction", "aboutQtAction" });

    m_toolBar = addToolBar(tr("Keys"));
    m_toolBar->setObjectName(QStringLiteral("keysToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : { "newKeyAction", "editKeyAction", "revokeKeyAction", "copyKeyAction",
             "copyCurlAction", "refreshAction" })
        m_toolBar->addAction(action(QLatin1String(name)));
    Accessibility::nameOverflowButton(m_toolBar);
}

void MainWindow::connectSession()
{
    connect(m_session, &CurrentSession::started, m_ui->statusbar, &SessionStatusBar::showSession);
    connect(m_session, &CurrentSession::changed, m_ui->statusbar, &SessionStatusBar::showSession);
    connect(m_session, &CurrentSession::ended, m_ui->statusbar, &SessionStatusBar::clearSession);
    connect(m_session, &CurrentSession::ended, m_clipboard, &SecureClipboard::clearNow);
    connect(m_session, &CurrentSession::ended, this, &MainWindow::onSessionEnded);
    KeysPage *keys = m_ui->keysPage;
    connect(keys, &KeysPage::signInRequired, this, &MainWindow::requireSignIn);
    connect(keys, &KeysPage::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::connectSignIn()
{
    connect(m_signIn, &SignInWidget::signInRequested, this,
        [this](const SignInAttempt &attempt) { submitSignIn(m_signIn, attempt); });
    connect(m_signIn, &SignInWidget::cancelRequested, m_controller, &SignInController::cancel);
    connect(m_controller, &SignInController::busyChanged, this, [this](bool busy) {
        if (SignInWidget *form = activeSignInForm())
            form->setBusy(busy);
    });
    connect(m_controller, &SignInController::signInFailed, this, [this](const QString &message) {
        stopUnusedSandbox();
        if (SignInWidget *form = activeSignInForm()) {
            form->showError(message);
            form->focusFirstEmptyField();
        }
    });
    connect(m_controller, &SignInController::signedIn, this, &MainWindow::onSignedIn);
    connect(m_controller, &SignInController::restoreFailed, this, &MainWindow::onRestoreFailed);
    connect(m_controller, &SignInController::rememberFailed, this, [this](const QString &message) {
        m_ui->keysPage->showProblem(
            tr("You are signed in, but this computer could not remember the session: %1").arg(message));
    });
}

void MainWindow::prefillSignInForm()
{
    m_signIn->setRemember(m_settings->value(Settings::Key::RememberMe).toBool());
    m_signIn->setCustomUrl(m_settings->value(Settings::Key::CustomServerUrl).toString());
    // The last sign-in's server and username go together; without one, the preferred server, no username.
    const QUrl lastServer(m_settings->value(Settings::Key::LastServer).toString());
    if (lastServer.isValid() && !lastServer.isEmpty())
        m_signIn->setRememberedAccount(lastServer, m_settings->lastSignInMethod(),
            m_settings->value(Settings::Key::LastUsername).toString());
    else
        preselectServer(m_settings->defaultServer());
}

void MainWindow::preselectServer(ServerChoice choice, const QString &customUrl)
{
    if (!customUrl.isEmpty())
        m_signIn->setCustomUrl(customUrl);
    m_signIn->setServerChoice(choice);
}

void MainWindow::start()
{
    if (!m_controller->restoreRememberedSession())
        m_signIn->focusFirstEmptyField();
}

SignInWidget *MainWindow::activeSignInForm() const
{
    return m_signInAgain ? m_signInAgain->signInWidget() : m_signIn;
}

void MainWindow::submitSignIn(SignInWidget *form, SignInAttempt attempt)
{
    if (form == m_signIn && form->serverChoice() == ServerChoice::Sandbox) {
        signInToSandbox(form, attempt);
        return;
    }
    if (attempt.serverRoot.scheme() == QLatin1String("https")
        || !ServerAddress::isLoopback(attempt.serverRoot))
        m_settings->setValue(Settings::Key::CustomServerUrl,
            form->serverChoice() == ServerChoice::Custom ? attempt.serverRoot.toString()
                                                         : m_settings->value(Settings::Key::CustomServerUrl));
    m_controller->signIn(attempt);
}

void MainWindow::signInToSandbox(SignInWidget *form, SignInAttempt attempt)
{
    // The server starts now, for this sign-in, and stops again when no session uses it.
    form->setBusy(true);
    auto *context = new QObject(this);
    connect(
        m_sandbox, &LocalSandbox::started, context, [this, form, attempt, context](const QUrl &url) mutable {
            context->deleteLater();
            form->setBusy(false);
            form->setSandboxUrl(url);
            // Its certificate was made for this run: trusted for it, by this app only.
            m_client->setExtraCaCertificates(m_sandbox->certificates());
            attempt.serverRoot = url;
            attempt.localSandbox = true;
            m_controller->signIn(attempt);
        });
    connect(m_sandbox, &LocalSandbox::failed, context, [form, context](const QString &message) {
        context->deleteLater();
        form->setBusy(false);
        form->showError(message);
    });
    m_sandbox->start();
}

void MainWindow::stopUnusedSandbox()
{
    if (m_sandbox->isRunning() && session().serverRoot() != m_sandbox->url()) {
        m_sandbox->stop();
        m_signIn->setSandboxUrl({});
        m_client->setExtraCaCertificates({});
    }
}

void MainWindow::onSignedIn(const Session &session)
{
    const bool sameAccount = m_session->isSameAccount(session);
    // Signed in again mid-action: the table and any open dialog stay, the action runs again.
    const std::function<void()> retry = m_signInAgain ? m_signInAgain->takeRetry() : std::function<void()>();
    m_session->begin(session);
    m_signIn->clearSecrets();
    updateTitle();
    if (retry && sameAccount) {
        retry();
        return;
    }
    showKeysPage();
    m_ui->keysPage->refresh();
}

void MainWindow::onRestoreFailed(const QString &message)
{
    showSignInPage();
    if (!message.isEmpty())
        m_signIn->showError(message);
    m_signIn->focusFirstEmptyField();
}

void MainWindow::requireSignIn(std::function<void()> retry)
{
    if (!m_signInAgain) {
        // Over the top-most modal dialog (a half-filled create dialog), so that dialog stays usable after.
        QWidget *over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
        m_signInAgain = new SignInAgainDialog(
            m_session->session(), m_settings->value(Settings::Key::RememberMe).toBool(), over);
        m_signInAgain->setAttribute(Qt::WA_DeleteOnClose);
        SignInWidget *form = m_signInAgain->signInWidget();
        connect(form, &SignInWidget::signInRequested, this,
            [this, form](const SignInAttempt &attempt) { submitSignIn(form, attempt); });
        connect(form, &SignInWidget::cancelRequested, m_controller, &SignInController::cancel);
        connect(m_signInAgain, &QDialog::rejected, this, [this] {
            m_ui->keysPage->showProblem(tr("Your session has ended. Sign in again to continue."));
        });
        m_signInAgain->open();
        m_signInAgain->activateWindow();
        form->focusFirstEmptyField();
    }
    m_signInAgain->setRetry(std::move(retry));
}

void MainWindow::signOut()
{
    m_controller->forgetRememberedSession(session());
    m_settings->setValue(Settings::Key::RememberMe, false);
    m_session->end(); // every part lets go of the account by itself
}

void MainWindow::onSessionEnded()
{
    stopUnusedSandbox();
    prefillSignInForm(); // the account just signed out, on its own server
    m_signIn->setRemember(false);
    showSignInPage();
    m_signIn->focusFirstEmptyField();
}

void MainWindow::showSignInPage()
{
    m_ui->pages->setCurrentWidget(m_ui->signInPage);
    action(QStringLiteral("signOutAction"))->setEnabled(false);
    m_toolBar->hide(); // greyed-out key actions over the sign-in form only distract
    updateTitle();
}

void MainWindow::showKeysPage()
{
    m_ui->pages->setCurrentWidget(m_ui->keysPage);
    m_toolBar->show();
    action(QStringLiteral("signOutAction"))->setEnabled(true);
    m_ui->keysPage->updateEmptyState();
    m_ui->keysPage->focusTable();
}

void MainWindow::updateTitle()
{
    // The account's display name at most: never a secret, never a username that could be one.
    const QString account = isSignedIn() ? session().customer().displayName() : QString();
    setWindowTitle(account.isEmpty() ? tr("VoIPbin Keys") : tr("%1 - VoIPbin Keys").arg(account));
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(*m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings()
{
    m_clipboard->setClearAfterSeconds(m_settings->clipboardClearSeconds());
    m_clipboard->setCopyToSelection(m_settings->copyToSelection());
    m_ui->keysPage->setExpiryWarningDays(m_settings->expiryWarningDays());
}

void MainWindow::quit()
{
    close();
}

void MainWindow::showHelp()
{
    QDesktopServices::openUrl(QUrl(QStringLiteral("https://github.com/voipbin-keys/voipbin-keys#readme")));
}

void MainWindow::showAboutQt()
{
    QApplication::aboutQt();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_clipboard->clearNow(); // quitting never leaves a secret behind on the clipboard
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::MainWindowState, saveState());
    m_settings->setValue(Settings::Key::KeyTableHeaderState, m_ui->keysPage->saveHeaderState());
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings->value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings->value(Settings::Key::MainWindowState).toByteArray());
    m_ui->keysPage->restoreHeaderState(m_settings->value(Settings::Key::KeyTableHeaderState).toByteArray());
}
