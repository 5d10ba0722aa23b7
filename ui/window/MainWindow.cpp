#include "MainWindow.h"

#include "AccessKeyCopier.h"
#include "AccessKeyEditor.h"
#include "AccessKeyFilterProxyModel.h"
#include "AccessKeyListLoader.h"
#include "AccessKeyTableModel.h"
#include "KeysPage.h"
#include "RetryAfterSignIn.h"
#include "SessionStatusBar.h"
#include "SignInController.h"
#include "api/ApiError.h"
#include "api/ServerAddress.h"
#include "api/VoipbinClient.h"
#include "clipboard/SecureClipboard.h"
#include "common/Accessibility.h"
#include "core/Settings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/SettingsDialog.h"
#include "secrets/LocalKeySecrets.h"
#include "session/LocalSandbox.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace {
constexpr int CopiedMessageMs = 3000;
constexpr int RevokedMessageMs = 5000;
/// The API names no key in its answers to an accesskey: a key's token_prefix is the first characters
/// of its token ("vb_" + 8), so that is how the key in use is found.
constexpr int TokenPrefixLength = 11;
} // namespace

MainWindow::MainWindow(SecretStore *store, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_client(new VoipbinClient(this))
    , m_controller(new SignInController(m_client, store, settings, this))
    , m_signIn(new SignInWidget(this))
    , m_retryAfterSignIn(new RetryAfterSignIn(m_controller, settings, this))
    , m_model(new AccessKeyTableModel(this))
    , m_proxy(new AccessKeyFilterProxyModel(this))
    , m_listLoader(new AccessKeyListLoader(m_client, m_model, m_proxy, this))
    , m_clipboard(new SecureClipboard(this))
    , m_localSecrets(new LocalKeySecrets(store, nullptr, this))
    , m_copier(new AccessKeyCopier(m_localSecrets, m_clipboard, this))
    , m_editor(new AccessKeyEditor(m_client, m_model, m_localSecrets, m_clipboard, this))
    , m_sandbox(new LocalSandbox(this))
{
    m_ui->setupUi(this);
    m_ui->signInHost->addWidget(m_signIn);
    m_signIn->setMinimumWidth(440);
    m_signIn->setMaximumWidth(560);
    createActions();
    createMenusAndToolBar();
    setUpKeysPage();
    m_ui->statusbar->watchClipboard(m_clipboard);
    connectSignIn();
    prefillSignInForm();
    connectListLoader();
    connectKeyWork();
    applySettings();
    restoreWindowState();
    showSignInPage();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
    void (MainWindow::*slot)(), const QString &description)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(description);
    action->setToolTip(shortcut.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                          : tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                              shortcut.toString(QKeySequence::NativeText)));
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
    auto *newKey = addAction(QStringLiteral("newKeyAction"), tr("&New key…"), QKeySequence::New,
        &MainWindow::createKey, tr("Create a new accesskey"));
    auto *edit = addAction(QStringLiteral("editKeyAction"), tr("&Edit…"), QKeySequence(Qt::Key_F2),
        &MainWindow::editKey, tr("Change the name and detail of the selected key"));
    auto *revoke = addAction(QStringLiteral("revokeKeyAction"), tr("&Revoke…"), QKeySequence::Delete,
        &MainWindow::revokeKey, tr("Revoke the selected key on the server"));
    auto *copy = addAction(QStringLiteral("copyKeyAction"), tr("&Copy key"), QKeySequence::Copy,
        &MainWindow::copyKey, tr("Copy the selected key's secret; the clipboard is cleared later"));
    auto *prefix = addAction(QStringLiteral("copyPrefixAction"), tr("Copy &prefix"), {},
        &MainWindow::copyPrefix, tr("Copy the selected key's prefix, which is not secret"));
    auto *curl = addAction(QStringLiteral("copyCurlAction"), tr("Copy c&url example"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyCurlExample,
        tr("Copy a curl command that lists the accesskeys with this key"));
    auto *refresh = addAction(QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence::Refresh,
        &MainWindow::refresh, tr("Load the accesskeys again"));
    auto *find = addAction(QStringLiteral("findAction"), tr("&Find…"), QKeySequence::Find,
        &MainWindow::focusFilter, tr("Filter the keys by name, detail or prefix"));
    auto *signOut = addAction(QStringLiteral("signOutAction"), tr("Sign &out"), {}, &MainWindow::signOut,
        tr("Sign out and forget the remembered session"));
    addAction(QStringLiteral("settingsAction"), tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
        &MainWindow::openSettings);
    addAction(
        QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), &MainWindow::quit);
    addAction(QStringLiteral("aboutAction"), tr("&About VoIPbin Keys"), {}, &MainWindow::showAbout);
    // F5 is QKeySequence::Refresh on most platforms but not all; make sure it is there.
    if (!refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)))
        refresh->setShortcuts(refresh->shortcuts() << QKeySequence(Qt::Key_F5));
    m_keyActions = { edit, revoke, copy, prefix, curl };
    m_sessionActions = { newKey, refresh, find, signOut };
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("settingsAction")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("signOutAction")));
    file->addAction(action(QStringLiteral("quitAction")));
    QMenu *keys = menuBar()->addMenu(tr("&Keys"));
    for (const char *name : { "newKeyAction", "editKeyAction", "revokeKeyAction" })
        keys->addAction(action(QLatin1String(name)));
    keys->addSeparator();
    for (const char *name : { "copyKeyAction", "copyPrefixAction", "copyCurlAction" })
        keys->addAction(action(QLatin1String(name)));
    keys->addSeparator();
    keys->addAction(action(QStringLiteral("findAction")));
    keys->addAction(action(QStringLiteral("refreshAction")));
    menuBar()->addMenu(tr("&Help"))->addAction(action(QStringLiteral("aboutAction")));

    m_toolBar = addToolBar(tr("Keys"));
    m_toolBar->setObjectName(QStringLiteral("keysToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : { "newKeyAction", "editKeyAction", "revokeKeyAction", "copyKeyAction",
             "copyCurlAction", "refreshAction" })
        m_toolBar->addAction(action(QLatin1String(name)));
    Accessibility::nameOverflowButton(m_toolBar);
}

void MainWindow::setUpKeysPage()
{
    KeysPage *page = m_ui->keysPage;
    page->setUp(m_model, m_proxy, m_listLoader);
    connect(page, &KeysPage::currentKeyChanged, this, &MainWindow::updateActions);
    connect(page, &KeysPage::editRequested, this, &MainWindow::editKey);
    connect(page, &KeysPage::contextMenuRequested, this, &MainWindow::showTableContextMenu);
}

void MainWindow::connectListLoader()
{
    connect(m_listLoader, &AccessKeyListLoader::loaded, this, &MainWindow::useAccessKeyExpiry);
    connect(m_listLoader, &AccessKeyListLoader::failed, this, &MainWindow::onListFailed);
}

void MainWindow::connectKeyWork()
{
    connect(m_localSecrets, &LocalKeySecrets::storedKeyIdsChanged, this, &MainWindow::reloadStoredSecretIds);
    connect(m_copier, &AccessKeyCopier::copied, this,
        [this](const QString &message) { statusBar()->showMessage(message, CopiedMessageMs); });
    connect(m_editor, &AccessKeyEditor::revoked, this,
        [this](const QString &message) { statusBar()->showMessage(message, RevokedMessageMs); });
    connect(m_editor, &AccessKeyEditor::signInRequired, this, &MainWindow::requireSignIn);
}

void MainWindow::connectSignIn()
{
    connect(m_signIn, &SignInWidget::signInRequested, this, [this] { submitSignIn(m_signIn); });
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
    connect(m_retryAfterSignIn, &RetryAfterSignIn::submitted, this, &MainWindow::submitSignIn);
    connect(m_retryAfterSignIn, &RetryAfterSignIn::abandoned, this,
        [this] { showProblem(tr("Your session has ended. Sign in again to continue.")); });
    connect(m_controller, &SignInController::restoreFailed, this, &MainWindow::onRestoreFailed);
    connect(m_controller, &SignInController::rememberFailed, this, [this](const QString &message) {
        showProblem(
            tr("You are signed in, but this computer could not remember the session: %1").arg(message));
    });
}

void MainWindow::prefillSignInForm()
{
    m_signIn->setRemember(m_settings->value(Settings::Key::RememberMe).toBool());
    const QString defaultServer = m_settings->value(Settings::Key::DefaultServer).toString();
    m_signIn->setCustomUrl(m_settings->value(Settings::Key::CustomServerUrl).toString());
    // The last sign-in's server and username go together; without one, the preferred server, no username.
    const QUrl lastServer(m_settings->value(Settings::Key::LastServer).toString());
    if (lastServer.isValid() && !lastServer.isEmpty()) {
        m_signIn->setRememberedAccount(lastServer,
            m_settings->value(Settings::Key::LastSignInMethod).toString() == QLatin1String("accesskey")
                ? SignInController::Method::AccessKey
                : SignInController::Method::Password,
            m_settings->value(Settings::Key::LastUsername).toString());
    } else if (defaultServer == QLatin1String("custom")) {
        preselectServer(SignInWidget::ServerChoice::Custom);
    } else if (defaultServer == QLatin1String("sandbox")) {
        preselectServer(SignInWidget::ServerChoice::Sandbox);
    } else {
        preselectServer(SignInWidget::ServerChoice::Voipbin);
    }
}

void MainWindow::preselectServer(SignInWidget::ServerChoice choice, const QString &customUrl)
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
    SignInWidget *again = m_retryAfterSignIn->form();
    return again ? again : m_signIn;
}

void MainWindow::submitSignIn(SignInWidget *form)
{
    QString error;
    SignInController::Attempt attempt = form->attempt(&error);
    if (form == m_signIn && form->serverChoice() == SignInWidget::ServerChoice::Sandbox) {
        signInToSandbox(form, attempt);
        return;
    }
    if (!attempt.serverRoot.isValid()) {
        form->showError(error);
        return;
    }
    if (attempt.serverRoot.scheme() == QLatin1String("https")
        || !ServerAddress::isLoopback(attempt.serverRoot))
        m_settings->setValue(Settings::Key::CustomServerUrl,
            form->serverChoice() == SignInWidget::ServerChoice::Custom
                ? attempt.serverRoot.toString()
                : m_settings->value(Settings::Key::CustomServerUrl));
    m_controller->signIn(attempt);
}

void MainWindow::signInToSandbox(SignInWidget *form, SignInController::Attempt attempt)
{
    // The server starts now, for this sign-in, and stops again when no session uses it.
    form->setBusy(true);
    auto *context = new QObject(this);
    connect(
        m_sandbox, &LocalSandbox::started, context, [this, form, attempt, context](const QUrl &url) mutable {
            context->deleteLater();
            form->setBusy(false);
            form->setSandboxUrl(url);
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
    if (m_sandbox->isRunning() && m_session.serverRoot() != m_sandbox->url()) {
        m_sandbox->stop();
        m_signIn->setSandboxUrl({});
    }
}

void MainWindow::onSignedIn(const Session &session)
{
    const bool sameAccount = m_session.isValid() && m_session.customer().id == session.customer().id
        && m_session.serverRoot() == session.serverRoot();
    m_session = session;
    m_localSecrets->setAccount(session.serverRoot(), session.customer().id);
    m_ui->statusbar->showSession(m_session);
    updateTitle();
    m_signIn->clearSecrets();
    // Signed in again mid-action: the table and any open dialog stay, the action runs again.
    const std::function<void()> retry = m_retryAfterSignIn->takeRetry();
    if (retry && sameAccount) {
        retry();
        return;
    }
    showKeysPage();
    refresh();
}

void MainWindow::onRestoreFailed(const QString &message)
{
    showSignInPage();
    if (!message.isEmpty())
        m_signIn->showError(message);
    m_signIn->focusFirstEmptyField();
}

void MainWindow::showSignInPage()
{
    m_ui->pages->setCurrentWidget(m_ui->signInPage);
    for (QAction *action : m_sessionActions + m_keyActions)
        action->setEnabled(false);
    m_toolBar->hide(); // greyed-out key actions over the sign-in form only distract
    m_ui->statusbar->clearSession();
    updateTitle();
}

void MainWindow::showKeysPage()
{
    m_ui->pages->setCurrentWidget(m_ui->keysPage);
    m_toolBar->show();
    for (QAction *action : m_sessionActions)
        action->setEnabled(true);
    updateActions();
    m_ui->keysPage->updateEmptyState();
    m_ui->keysPage->focusTable();
}

void MainWindow::requireSignIn(std::function<void()> retry)
{
    m_retryAfterSignIn->ask(m_session, std::move(retry));
}

void MainWindow::signOut()
{
    // Nothing of this account may come back when the aborted load reports.
    m_listLoader->discard();
    m_controller->forgetRememberedSession(m_session);
    m_settings->setValue(Settings::Key::RememberMe, false);
    m_clipboard->clearNow();
    m_client->setCredential(Credential());
    m_session = Session();
    m_localSecrets->setAccount({}, {});
    m_model->setKeys({});
    m_model->setInUseKeyId({});
    stopUnusedSandbox();
    prefillSignInForm(); // the account just signed out, on its own server
    m_signIn->setRemember(false);
    showSignInPage();
    m_signIn->focusFirstEmptyField();
}

void MainWindow::useAccessKeyExpiry()
{
    if (m_session.credential().kind() != Credential::Kind::AccessKey)
        return;
    const QString prefix = m_session.credential().secret().left(TokenPrefixLength);
    const int row = m_model->rowOfTokenPrefix(prefix);
    const AccessKey key = m_model->keyAt(row);
    m_model->setInUseKeyId(key.id);
    if (row < 0)
        return; // another account's key, or the list is incomplete: the end stays unknown
    m_session.setExpiresAt(key.expiresAt); // invalid for a key that never expires: nothing to show
    m_ui->statusbar->showSession(m_session);
}

void MainWindow::updateTitle()
{
    // The account's display name at most: never a secret, never a username that could be one.
    const QString account = m_session.isValid() ? m_session.customer().displayName() : QString();
    setWindowTitle(account.isEmpty() ? tr("VoIPbin Keys") : tr("%1 - VoIPbin Keys").arg(account));
}

void MainWindow::refresh()
{
    if (!m_session.isValid())
        return;
    m_ui->keysPage->hideProblem();
    reloadStoredSecretIds();
    m_listLoader->load();
}

void MainWindow::onListFailed(const ApiError &error)
{
    if (error.needsSignIn())
        requireSignIn([this] { refresh(); });
    else
        showProblem(tr("The accesskeys could not be loaded. %1").arg(error.userMessage()));
}

void MainWindow::createKey()
{
    if (m_session.isValid())
        m_editor->create();
}

void MainWindow::editKey()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_editor->edit(key);
}

void MainWindow::revokeKey()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_editor->revoke(key);
}

void MainWindow::copyKey()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_copier->copySecret(key);
}

void MainWindow::copyPrefix()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_copier->copyPrefix(key);
}

void MainWindow::copyCurlExample()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_copier->copyCurlExample(key, m_session.serverRoot());
}

void MainWindow::focusFilter()
{
    m_ui->keysPage->focusFilter();
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
    m_model->setWarningDays(m_settings->expiryWarningDays());
}

void MainWindow::quit()
{
    close();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showTableContextMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    for (QAction *action : m_keyActions)
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("newKeyAction")));
    menu.exec(globalPosition);
}

void MainWindow::updateActions()
{
    const bool haveKey = m_session.isValid() && currentKey().isValid();
    for (QAction *action : m_keyActions)
        action->setEnabled(haveKey);
}

void MainWindow::showProblem(const QString &message)
{
    m_ui->keysPage->showProblem(message);
}

AccessKey MainWindow::currentKey() const
{
    return m_ui->keysPage->currentKey();
}

void MainWindow::reloadStoredSecretIds()
{
    m_model->setStoredSecretIds(m_localSecrets->storedKeyIds());
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
