#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class CurrentSession;
class IdleWatcher;
class ScreenLockWatcher;
class Settings;

/// Locks the app when its user walks away: after the idle time set in Settings (off by default), when the
/// screen locks (on by default), and when asked (the menu, the tray). Locking ends every profile's session,
/// so the client and the session let go of the credential (their buffers are zeroed as they are freed),
/// after aboutToLock() has had the window drop what it holds (the clipboard, open dialogs, the sign-in
/// forms' passwords). Unlocking is signing in again: the window restores the sessions that were open
/// (sessionsToRestore()) from the keychain, or shows the password form.
class AppLock : public QObject
{
    Q_OBJECT

public:
    /// `settings` is borrowed.
    explicit AppLock(Settings *settings, QObject *parent = nullptr);
    ~AppLock() override;

    /// A profile's session to end on lock (each workspace adds its own; removed with it).
    void addSession(CurrentSession *session);
    /// Reads the idle time and the screen-lock choice again (after the settings dialog).
    void applySettings();
    /// Listens for the desktop's screen lock and for resume (ScreenLockWatcher::watch()); the idle timer
    /// runs from the start.
    void watchScreenLock();

    bool isLocked() const { return m_locked; }
    /// The sessions that were signed in when the app locked, for the window to sign in again on unlock.
    QList<CurrentSession *> sessionsToRestore() const;

    IdleWatcher *idleWatcher() const { return m_idle; }
    ScreenLockWatcher *screenLockWatcher() const { return m_screen; }

public slots:
    void lock();
    /// The window shows itself again; signing in is its business (see sessionsToRestore()).
    void unlock();

signals:
    /// Drop every secret the UI holds, now: the sessions end right after.
    void aboutToLock();
    void locked();
    void unlocked();

private:
    void onScreenLocked();

    Settings *m_settings;
    IdleWatcher *m_idle;
    ScreenLockWatcher *m_screen;
    QList<QPointer<CurrentSession>> m_sessions;
    QList<QPointer<CurrentSession>> m_toRestore;
    bool m_locked = false;
};
