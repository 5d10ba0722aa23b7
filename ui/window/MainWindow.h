#pragma once

#include "core/ServerChoice.h"
#include "core/SingleInstance.h"

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>

#include <memory>
#include <utility>

namespace Ui {
class MainWindow;
}
class AccessKeyFilterProxyModel;
class AccessKeyTableModel;
class LocalSandbox;
class ProfileSidebar;
class ProfileStore;
class ProfileWorkspace;
class ReminderCenter;
class QAction;
class QMenu;
class QToolBar;
class SecretStore;
class SecureClipboard;
class Session;
class Settings;
class SignInWidget;
class WindowLock;

/// The window people click through every day, and only its chrome: the profile sidebar, one
/// ProfileWorkspace per profile (its own session, sign-in form and keys page, kept while another profile
/// is shown), the menus and toolbar, which act on the current profile, the status bar and the saved state.
/// The work on keys is KeysPage's (it owns the key actions; the window puts the current page's actions in
/// its menus), the sign-in SignInController's, the keychain clean-up of a removed profile ProfileRemoval's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `store` and `settings` are borrowed (tests pass a real keychain store and a temp-file QSettings).
    MainWindow(SecretStore *store, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Preselects a server on the current profile's sign-in form (command line --server / --sandbox).
    void preselectServer(ServerChoice choice, const QString &customUrl = {});
    /// After the first frame: tries the current profile's remembered session (its form shows meanwhile and
    /// stays if it fails) and listens for the desktop's screen lock.
    void start();
    /// Shows the profile named `name` (case-insensitive); false when there is none.
    bool showProfileNamed(const QString &name);
    void showProfile(const QString &id);
    /// Up from the taskbar, in front and active (a second launch hands over to this window).
    void bringToFront();
    /// What a launch asked for (this one's command line, or a second launch's): its profile, its server.
    void applyLaunchRequest(const SingleInstance::Request &request);

    ProfileStore *profiles() const { return m_profiles; }
    ProfileSidebar *sidebar() const { return m_sidebar; }
    ProfileWorkspace *currentWorkspace() const;
    /// The workspace of a profile shown before; null when it has not been shown yet.
    ProfileWorkspace *workspace(const QString &profileId) const { return m_workspaces.value(profileId); }

    // Of the current profile:
    const Session &session() const;
    bool isSignedIn() const;
    SignInWidget *signInWidget() const;
    AccessKeyTableModel *keyModel() const;
    AccessKeyFilterProxyModel *keyProxy() const;
    SecureClipboard *clipboard() const { return m_clipboard; }
    LocalSandbox *localSandbox() const;
    /// Locking (idle, screen lock, Ctrl+L, the tray) and the tray icon; the expiry reminders.
    WindowLock *windowLock() const { return m_lock; }
    ReminderCenter *reminders() const { return m_reminders; }
    /// The window's actions and the current keys page's, by object name.
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createProfileActions();
    void createMenusAndToolBar();
    void fillMenusAndToolBar();
    QMenu *addMenu(const QString &title, const char *objectName, const QList<const char *> &actionNames);
    static QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback);
    QAction *addWindowAction(const char *name, const QString &text, const QKeySequence &shortcut,
        void (MainWindow::*slot)(), const QString &description = {});

    ProfileWorkspace *workspaceFor(const QString &profileId);
    void connectWorkspace(ProfileWorkspace *workspace);
    void swapPageActions(ProfileWorkspace *from, ProfileWorkspace *to);
    void showProfileAt(int row);
    void showNextProfile();
    void showPreviousProfile();
    void updateChrome();
    void updateTitle();
    void updateStatusBar();

    void signOut();
    void changePassword();
    void addProfile();
    void renameProfile();
    void duplicateProfile();
    void removeProfile();
    void dropWorkspace(const QString &profileId);
    // The vn bridge (POSIX builds): File > Import from vn… and Export profile to vn….
    void importFromVn();
    void exportToVn();
    void startImportedProfiles(const QStringList &profileIds);

    void openSettings();
    void applySettings();
    void quit();
    void showAbout();
    void showAboutQt();
    /// The user guide (the project's README) in the browser.
    void showHelp();
    void saveWindowState();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    SecretStore *m_store;
    Settings *m_settings;
    ProfileStore *m_profiles;
    SecureClipboard *m_clipboard;
    ProfileSidebar *m_sidebar;
    QHash<QString, ProfileWorkspace *> m_workspaces;
    /// The menus the current keys page's actions go into, with their items (a null name is a separator).
    QList<std::pair<QMenu *, QList<const char *>>> m_menus;
    QToolBar *m_toolBar = nullptr;
    WindowLock *m_lock = nullptr;
    ReminderCenter *m_reminders = nullptr;
    bool m_started = false;
};
