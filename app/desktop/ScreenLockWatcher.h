#pragma once

#include <QObject>
#include <QString>

/// Tells when the desktop's screen locks and when the computer wakes from suspend, so the app can lock
/// itself with the screen and look again at what expires. Listens on the session bus for the
/// screensaver's ActiveChanged(true) (org.freedesktop.ScreenSaver, as KDE and others emit it, and
/// org.gnome.ScreenSaver), and on the system bus, when logind is there, for this login session's Lock
/// signal and the manager's PrepareForSleep(false). Elsewhere it never signals. It listens from watch() on,
/// which the window calls after its first frame: the first use of each bus opens a connection and waits for
/// the bus's answer, and start-up has a window to show first.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);
    ~ScreenLockWatcher() override;

    /// Starts listening on both buses; once (later calls do nothing).
    void watch();

signals:
    /// The screen locked (or the screensaver started, which locks it on most desktops).
    void screenLocked();
    /// The computer woke from suspend.
    void resumed();

private slots:
    void onScreenSaverActiveChanged(bool active);
    void onLogindLock();
    void onPrepareForSleep(bool sleeping);

private:
    void watchLogindSession();

    bool m_watching = false;
};
