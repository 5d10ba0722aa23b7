#include "MainWindow.h"

#include "about/AboutDialog.h"
#include "clipboard/SecureClipboard.h"
#include "core/Settings.h"
#include "keys/KeysPage.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileRemoval.h"
#include "profiles/ProfileSidebar.h"
#include "profiles/ProfileStore.h"
#ifdef VOIPBIN_KEYS_VN_BRIDGE
#include "profiles/VnImportDialog.h"
#include "vn/VnConfigFile.h"

#include <QDir>
#endif
#include "desktop/ScreenLockWatcher.h"
#include "session/AppLock.h"
#include "session/CurrentSession.h"
#include "settings/SettingsDialog.h"
#include "ui_MainWindow.h"
#include "widgets/Accessibility.h"
#include "widgets/MessageBox.h"
#include "window/ProfileWorkspace.h"
#include "window/ReminderCenter.h"
#include "window/SessionStatusBar.h"
#include "window/WindowLock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace {
constexpr int ProfileShortcuts = 9; // Ctrl+1 .. Ctrl+9
constexpr int RemovedMessageMs = 5000;
} // namespace

MainWindow::MainWindow(SecretStore *store, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_settings(settings)
    , m_profiles(new ProfileStore(settings, this)) // turns 0.x settings into a first profile
    , m_clipboard(new SecureClipboard(this))
    , m_sidebar(new ProfileSidebar(m_profiles, this))
{
    m_ui->setupUi(this);
    m_ui->splitter->insertWidget(0, m_sidebar);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 240, 860 });
    createActions();
    m_lock = new WindowLock(this, m_settings, m_clipboard);
    m_reminders = new ReminderCenter(this, m_settings, m_lock->tray());
    connect(m_lock->appLock()->screenLockWatcher(), &ScreenLockWatcher::resumed, m_reminders,
        &ReminderCenter::checkAll);
    createMenusAndToolBar();
    m_ui->statusbar->watchClipboard(m_clipboard);
    connect(m_sidebar, &ProfileSidebar::currentProfileChanged, this, &MainWindow::showProfile);
    connect(m_profiles, &ProfileStore::profileChanged, this, &MainWindow::updateTitle);
    restoreWindowState();
    showProfile(m_profiles->lastUsed().id);
}

MainWindow::~MainWindow() = default;

ProfileWorkspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<ProfileWorkspace *>(m_ui->workspaces->currentWidget());
}

const Session &MainWindow::session() const
{
    return currentWorkspace()->session();
}

bool MainWindow::isSignedIn() const
{
    return currentWorkspace()->isSignedIn();
}

SignInWidget *MainWindow::signInWidget() const
{
    return currentWorkspace()->signInWidget();
}

AccessKeyTableModel *MainWindow::keyModel() const
{
    return currentWorkspace()->keysPage()->model();
}

AccessKeyFilterProxyModel *MainWindow::keyProxy() const
{
    return currentWorkspace()->keysPage()->proxy();
}

LocalSandbox *MainWindow::localSandbox() const
{
    return currentWorkspace()->localSandbox();
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
    // The window's own and the current page's: those are the ones added to the window.
    for (QAction *action : actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    createProfileActions();
    addWindowAction("signOutAction", tr("Sign &out"), {}, &MainWindow::signOut,
        tr("Sign this profile out and forget its remembered session"));
    addWindowAction("changePasswordAction", tr("Change &Password…"), {}, &MainWindow::changePassword,
        tr("Change the password of the account this profile is signed in to"));
    addWindowAction("settingsAction", tr("Prefere&nces…"), {}, &MainWindow::openSettings)
        ->setShortcuts(withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    addWindowAction("quitAction", tr("&Quit"), {}, &MainWindow::quit)
        ->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    addWindowAction("helpAction", tr("&User Guide"), {}, &MainWindow::showHelp,
        tr("Open the VoIPbin Keys user guide in the browser"))
        ->setShortcuts(withFallback(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    addWindowAction("aboutAction", tr("&About VoIPbin Keys"), {}, &MainWindow::showAbout);
    addWindowAction("aboutQtAction", tr("About &Qt"), {}, &MainWindow::showAboutQt);
}

void MainWindow::createProfileActions()
{
    QAction *add = addWindowAction("newProfileAction", tr("&New profile…"), {}, &MainWindow::addProfile,
        tr("Add a profile: another account or server, side by side with this one"));
    QAction *rename = addWindowAction("renameProfileAction", tr("Rena&me profile…"), {},
        &MainWindow::renameProfile, tr("Give the current profile another name"));
    QAction *duplicate = addWindowAction("duplicateProfileAction", tr("&Duplicate profile"), {},
        &MainWindow::duplicateProfile, tr("A copy of the current profile that signs in on its own"));
    QAction *remove = addWindowAction("removeProfileAction", tr("Remo&ve profile…"), {},
        &MainWindow::removeProfile, tr("Remove the current profile and what it keeps in the keychain"));
    addWindowAction("nextProfileAction", tr("&Next profile"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
        &MainWindow::showNextProfile);
    addWindowAction("previousProfileAction", tr("&Previous profile"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
        &MainWindow::showPreviousProfile);
    for (int n = 1; n <= ProfileShortcuts; ++n) {
        auto *shortcut = new QAction(tr("Profile %1").arg(n), this);
        shortcut->setObjectName(QStringLiteral("profile%1Action").arg(n));
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(shortcut, &QAction::triggered, this, [this, n] { showProfileAt(n - 1); });
        QMainWindow::addAction(shortcut);
    }
#ifdef VOIPBIN_KEYS_VN_BRIDGE
    addWindowAction("importVnAction", tr("&Import from vn…"), {}, &MainWindow::importFromVn,
        tr("Move the vn command line's plaintext keys into profiles and the keychain"));
    addWindowAction("exportVnAction", tr("&Export profile to vn…"), {}, &MainWindow::exportToVn,
        tr("Add the current profile to vn's configuration, with its server and no key"));
#endif
    m_sidebar->setActions(add, { rename, duplicate, remove });
}

QList<QKeySequence> MainWindow::withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    // Some platforms bind no key to a standard action (Preferences on GNOME, Quit on Windows): keep one.
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys << fallback;
    return keys;
}

QMenu *MainWindow::addMenu(
    const QString &title, const char *objectName, const QList<const char *> &actionNames)
{
    QMenu *menu = menuBar()->addMenu(title);
    menu->setObjectName(QLatin1String(objectName));
    m_menus.append({ menu, actionNames });
    return menu;
}

void MainWindow::createMenusAndToolBar()
{
    // As the KDE and GNOME guidelines lay menus out; a null name is a separator.
    addMenu(tr("&File"), "fileMenu",
        { "newProfileAction", "duplicateProfileAction", "renameProfileAction", "removeProfileAction", nullptr,
            "importVnAction", "exportVnAction", nullptr, "lockAction", "changePasswordAction",
            "signOutAction", nullptr, "quitAction" });
    addMenu(tr("&Edit"), "editMenu",
        { "copyKeyAction", "copyPrefixAction", "copyCurlAction", nullptr, "findAction", nullptr,
            "settingsAction" });
    addMenu(
        tr("&View"), "viewMenu", { "refreshAction", nullptr, "nextProfileAction", "previousProfileAction" });
    // An action the current page does not have (yet) is left out.
    addMenu(
        tr("&Keys"), "keysMenu", { "newKeyAction", "editKeyAction", "replaceKeyAction", "revokeKeyAction" });
    addMenu(tr("&Help"), "helpMenu", { "helpAction", nullptr, "aboutAction", "aboutQtAction" });

    m_toolBar = addToolBar(tr("Keys"));
    m_toolBar->setObjectName(QStringLiteral("keysToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    Accessibility::nameOverflowButton(m_toolBar);
}

// The menus and the toolbar hold the current page's key actions: filled again at every switch.
void MainWindow::fillMenusAndToolBar()
{
    for (const auto &[menu, names] : std::as_const(m_menus)) {
        menu->clear();
        for (const char *name : names) {
            if (!name)
                menu->addSeparator();
            else if (QAction *item = action(QLatin1String(name)))
                menu->addAction(item);
        }
    }
    m_toolBar->clear();
    for (const char *name : { "newKeyAction", "editKeyAction", "revokeKeyAction", "copyKeyAction",
             "copyCurlAction", "refreshAction" }) {
        if (QAction *item = action(QLatin1String(name)))
            m_toolBar->addAction(item);
    }
}

ProfileWorkspace *MainWindow::workspaceFor(const QString &profileId)
{
    if (ProfileWorkspace *existing = m_workspaces.value(profileId))
        return existing;
    auto *workspace = new ProfileWorkspace(profileId, m_profiles, m_store, m_settings, m_clipboard, this);
    workspace->setExpiryWarningDays(m_settings->expiryWarningDays());
    m_workspaces.insert(profileId, workspace);
    m_ui->workspaces->addWidget(workspace);
    connectWorkspace(workspace);
    m_lock->addWorkspace(workspace);
    m_reminders->addWorkspace(workspace);
    if (m_started)
        workspace->start(); // shown for the first time: its remembered session comes back
    return workspace;
}

void MainWindow::connectWorkspace(ProfileWorkspace *workspace)
{
    const QString id = workspace->profileId();
    connect(workspace, &ProfileWorkspace::stateChanged, this, [this, workspace, id] {
        m_sidebar->model()->setSignedIn(id, workspace->isSignedIn());
        if (workspace == currentWorkspace())
            updateChrome();
    });
    connect(
        workspace, &ProfileWorkspace::statusMessage, this, [this, workspace](const QString &text, int ms) {
            if (workspace == currentWorkspace())
                statusBar()->showMessage(text, ms);
        });
    // The status bar is the current profile's; a background session goes on by itself.
    CurrentSession *session = workspace->currentSession();
    for (auto signal : { &CurrentSession::started, &CurrentSession::changed }) {
        connect(session, signal, this, [this, workspace, id](const Session &) {
            m_sidebar->model()->setSignedIn(id, workspace->isSignedIn());
            if (workspace == currentWorkspace())
                updateStatusBar();
        });
    }
    connect(session, &CurrentSession::ended, this, [this, workspace, id] {
        m_sidebar->model()->setSignedIn(id, false);
        if (workspace == currentWorkspace())
            updateStatusBar();
    });
}

void MainWindow::showProfile(const QString &id)
{
    if (m_profiles->profile(id).isNull())
        return;
    ProfileWorkspace *from = currentWorkspace();
    ProfileWorkspace *to = workspaceFor(id);
    m_sidebar->setCurrentProfileId(id);
    if (from == to && !m_menus.first().first->isEmpty())
        return;
    m_ui->workspaces->setCurrentWidget(to);
    m_profiles->setLastUsed(id);
    swapPageActions(from, to);
    statusBar()->clearMessage(); // a passing word of the profile left behind
    updateChrome();
    updateStatusBar();
}

bool MainWindow::showProfileNamed(const QString &name)
{
    const Profile profile = m_profiles->findByName(name);
    if (profile.isNull())
        return false;
    showProfile(profile.id);
    return true;
}

void MainWindow::showProfileAt(int row)
{
    const QString id = m_sidebar->model()->idAt(row);
    if (!id.isEmpty())
        showProfile(id);
}

void MainWindow::showNextProfile()
{
    const int count = m_sidebar->model()->rowCount();
    if (count > 1)
        showProfileAt((m_sidebar->model()->rowOf(currentWorkspace()->profileId()) + 1) % count);
}

void MainWindow::showPreviousProfile()
{
    const int count = m_sidebar->model()->rowCount();
    if (count > 1)
        showProfileAt((m_sidebar->model()->rowOf(currentWorkspace()->profileId()) + count - 1) % count);
}

void MainWindow::swapPageActions(ProfileWorkspace *from, ProfileWorkspace *to)
{
    // Only the shown page's actions are in the window, so a shortcut never reaches a hidden profile.
    if (from && from != to) {
        for (QAction *item : from->keysPage()->sessionActions() + from->keysPage()->keyActions())
            QMainWindow::removeAction(item);
    }
    QMainWindow::addActions(to->keysPage()->sessionActions() + to->keysPage()->keyActions());
    fillMenusAndToolBar();
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::applyLaunchRequest(const SingleInstance::Request &request)
{
    if (!request.profile.isEmpty())
        showProfileNamed(request.profile);
    if (request.sandbox)
        preselectServer(ServerChoice::Sandbox);
    else if (!request.server.isEmpty())
        preselectServer(ServerChoice::Custom, request.server);
}

void MainWindow::preselectServer(ServerChoice choice, const QString &customUrl)
{
    currentWorkspace()->preselectServer(choice, customUrl);
}

void MainWindow::start()
{
    m_started = true;
    m_lock->start();
    // The profile on screen comes back first; the others when they are first shown.
    currentWorkspace()->start();
    for (ProfileWorkspace *workspace : std::as_const(m_workspaces)) {
        if (workspace != currentWorkspace())
            workspace->start();
    }
}

void MainWindow::signOut()
{
    currentWorkspace()->signOut();
}

void MainWindow::changePassword()
{
    currentWorkspace()->changePassword();
}

void MainWindow::updateChrome()
{
    ProfileWorkspace *workspace = currentWorkspace();
    action(QStringLiteral("signOutAction"))->setEnabled(workspace->isSignedIn());
    // Only a password sign-in has a password to change (an accesskey is not an agent).
    action(QStringLiteral("changePasswordAction"))->setEnabled(workspace->canChangePassword());
    action(QStringLiteral("removeProfileAction"))->setEnabled(m_profiles->count() > 1);
    const bool several = m_profiles->count() > 1;
    action(QStringLiteral("nextProfileAction"))->setEnabled(several);
    action(QStringLiteral("previousProfileAction"))->setEnabled(several);
    // Greyed-out key actions over the sign-in form only distract.
    m_toolBar->setVisible(!workspace->isSignInPageShown());
    updateTitle();
}

void MainWindow::updateTitle()
{
    // The profile's name and server: never a secret. The name is the user's own label for the profile.
    const Profile profile = currentWorkspace() ? currentWorkspace()->profile() : Profile();
    setWindowTitle(profile.isNull()
            ? tr("VoIPbin Keys")
            : tr("%1 (%2) - VoIPbin Keys").arg(profile.name, profile.serverDisplayName()));
}

void MainWindow::updateStatusBar()
{
    ProfileWorkspace *workspace = currentWorkspace();
    if (workspace->isSignedIn())
        m_ui->statusbar->showSession(workspace->session());
    else
        m_ui->statusbar->clearSession();
}

void MainWindow::addProfile()
{
    auto *dialog = new ProfileDialog(ProfileDialog::Mode::Add, m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Profile draft;
    draft.name = m_profiles->uniqueName(tr("New profile"));
    dialog->setProfile(draft);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { showProfile(m_profiles->add(dialog->profile()).id); });
    dialog->open();
}

void MainWindow::renameProfile()
{
    auto *dialog = new ProfileDialog(ProfileDialog::Mode::Rename, m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(currentWorkspace()->profile());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Profile renamed = m_profiles->profile(dialog->profile().id);
        renamed.name = dialog->profile().name;
        m_profiles->update(renamed);
    });
    dialog->open();
}

void MainWindow::duplicateProfile()
{
    const Profile copy = m_profiles->duplicate(currentWorkspace()->profileId());
    if (!copy.isNull())
        showProfile(copy.id);
}

namespace {
QString bulleted(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += QStringLiteral("\n• ") + line;
    return text;
}
} // namespace

void MainWindow::removeProfile()
{
    const Profile profile = currentWorkspace()->profile();
    if (profile.isNull() || m_profiles->count() < 2)
        return;
    QList<Profile> remaining = m_profiles->profiles();
    remaining.removeIf([&profile](const Profile &other) { return other.id == profile.id; });
    auto *removal = new ProfileRemoval(profile, remaining, m_store, m_settings->backend(), this);
    QStringList going;
    for (const ProfileRemoval::Entry &entry : removal->entries())
        going << entry.description;
    QString text = tr("Remove the profile “%1” on %2?").arg(profile.name, profile.serverDisplayName());
    text += QStringLiteral("\n\n")
        + (going.isEmpty() ? tr("It keeps nothing in the keychain.")
                           : tr("These keychain entries will be deleted:") + bulleted(going));
    if (!removal->keptBecauseShared().isEmpty())
        text += QStringLiteral("\n\n") + tr("These stay, because another profile uses them:")
            + bulleted(removal->keptBecauseShared());
    text += QStringLiteral("\n\n") + tr("The keys themselves stay on the server.");
    if (!MessageBox::confirm(this, tr("Remove Profile"), text, tr("&Remove"), tr("&Keep"))) {
        delete removal;
        return;
    }
    dropWorkspace(profile.id);
    m_profiles->remove(profile.id);
    connect(removal, &ProfileRemoval::finished, this, [this, removal](const QString &problem) {
        removal->deleteLater();
        if (!problem.isEmpty())
            MessageBox::warning(this, tr("Remove Profile"), problem);
        else
            statusBar()->showMessage(tr("Profile removed."), RemovedMessageMs);
    });
    removal->run();
}

void MainWindow::dropWorkspace(const QString &profileId)
{
    ProfileWorkspace *workspace = m_workspaces.take(profileId);
    const int row = m_sidebar->model()->rowOf(profileId);
    const QString next = m_sidebar->model()->idAt(row > 0 ? row - 1 : row + 1);
    if (workspace == currentWorkspace())
        showProfile(next);
    if (!workspace)
        return;
    if (workspace->isSignedIn())
        workspace->currentSession()->end(); // its remembered session is ProfileRemoval's to delete
    m_ui->workspaces->removeWidget(workspace);
    workspace->deleteLater();
}

#ifdef VOIPBIN_KEYS_VN_BRIDGE
void MainWindow::importFromVn()
{
    auto *dialog = new VnImportDialog(m_profiles, m_store, m_settings, VnConfigFile::defaultPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VnImportDialog::profilesImported, this, &MainWindow::startImportedProfiles);
    dialog->open();
}

void MainWindow::startImportedProfiles(const QStringList &profileIds)
{
    // Each imported key is its profile's remembered session now: its workspace signs in with it.
    for (const QString &id : profileIds) {
        const bool existed = m_workspaces.contains(id);
        ProfileWorkspace *workspace = workspaceFor(id); // a new one starts by itself once the window has
        if ((existed || !m_started) && !workspace->isSignedIn())
            workspace->start();
    }
}

void MainWindow::exportToVn()
{
    const Profile profile = currentWorkspace() ? currentWorkspace()->profile() : Profile();
    if (profile.isNull())
        return;
    const QString title = tr("Export Profile to vn");
    if (profile.server == ServerChoice::Sandbox) {
        MessageBox::warning(this, title,
            tr("The local sandbox gets a new address on every start, so vn could not reach it later."));
        return;
    }
    VnConfigFile file;
    if (!file.load()) {
        MessageBox::warning(this, title, tr("vn's file was not changed: %1").arg(file.errorString()));
        return;
    }
    const QString url = profile.serverRoot().toString() + QStringLiteral("/v1.0");
    const QString path = QDir::toNativeSeparators(file.path());
    for (const VnProfile &existing : file.profiles()) {
        if (existing.name == profile.name) { // said before asking, rather than after
            MessageBox::warning(this, title,
                tr("vn's file %1 already has a profile named “%2”; it was not changed.")
                    .arg(path, profile.name));
            return;
        }
    }
    if (!MessageBox::confirm(this, title,
            tr("Add the profile “%1” to vn's file %2, with the server %3 and an empty key? The key stays in "
               "the keychain; vn gets it when run as vbkeys exec --profile “%1” -- vn ….")
                .arg(profile.name, path, url),
            tr("&Export"), tr("&Cancel")))
        return;
    QString error;
    if (!file.addProfile(profile.name, profile.serverRoot(), &error)) {
        MessageBox::warning(this, title, tr("vn's file was not changed: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Added “%1” to %2.").arg(profile.name, path), RemovedMessageMs);
}
#endif

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
    for (ProfileWorkspace *workspace : std::as_const(m_workspaces))
        workspace->setExpiryWarningDays(m_settings->expiryWarningDays());
    m_lock->applySettings();
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
    for (ProfileWorkspace *workspace : std::as_const(m_workspaces))
        workspace->saveState();
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings->value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings->value(Settings::Key::MainWindowState).toByteArray());
    applySettings();
}
