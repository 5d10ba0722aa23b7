#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AppLock;
class LockedPage;
class MainWindow;
class ProfileWorkspace;
class QAction;
class QWidget;
class SecureClipboard;
class Settings;
class TrayIcon;

/// The window's side of locking (AppLock decides when): before the sessions end it drops every secret the
/// widgets hold (the clipboard if it still has ours, every new-key dialog's token, the sign-in forms'
/// passwords, any dialog open over the window), then shows the locked page in place of the profiles and
/// disables every action but Quit. Unlock puts the profiles back and signs in again where a session was
/// open: from the keychain when remember-me is on, else the password form shows. It also owns the
/// optional tray icon (Show, Lock, Quit) and the window's Lock action (Ctrl+L).
class WindowLock : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; `window` is also the parent.
    WindowLock(MainWindow *window, Settings *settings, SecureClipboard *clipboard);
    ~WindowLock() override;

    /// Each profile's session is locked with the others.
    void addWorkspace(ProfileWorkspace *workspace);
    /// The idle time, the screen-lock choice and the tray icon, from Settings again.
    void applySettings();
    /// After the window's first frame (MainWindow::start()): the screen lock and resume are listened for.
    void start();

    AppLock *appLock() const { return m_appLock; }
    TrayIcon *tray() const { return m_tray; }
    QAction *lockAction() const { return m_lockAction; }
    LockedPage *lockedPage() const;
    bool isLocked() const;

private:
    void dropSecrets();
    void showLockedPage();
    void hideLockedPage();
    void signInAgain();

    MainWindow *m_window;
    Settings *m_settings;
    SecureClipboard *m_clipboard;
    AppLock *m_appLock;
    TrayIcon *m_tray;
    QAction *m_lockAction;
    QPointer<LockedPage> m_page; // the window owns it while it shows, this object otherwise
    QPointer<QWidget> m_profilesWidget; // the window's central widget, put aside while locked
    QList<QPointer<ProfileWorkspace>> m_workspaces;
    QList<QPointer<QAction>> m_disabledActions;
};
