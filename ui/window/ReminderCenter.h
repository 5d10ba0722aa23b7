#pragma once

#include "reminders/ExpiryReminder.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class DesktopNotifier;
class MainWindow;
class ProfileWorkspace;
class Settings;
class TrayIcon;

/// Expiry reminders for every profile shown: one ExpiryReminder per workspace, fed its session and its key
/// list as they change, sent as desktop notifications (DesktopNotifier; the tray icon's message where the
/// desktop has no notification service). A click on one raises the window on that profile with the key
/// selected.
class ReminderCenter : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; `window` is also the parent. `tray` shows the fallback messages.
    ReminderCenter(MainWindow *window, Settings *settings, TrayIcon *tray);
    ~ReminderCenter() override;

    void addWorkspace(ProfileWorkspace *workspace);
    /// Checks every profile again (after a wake from suspend).
    void checkAll();
    DesktopNotifier *notifier() const { return m_notifier; }
    /// Raises the window on the reminder's profile and key (what a click on its notification does).
    void show(const QString &reminderId);

private:
    void feedKeys(ProfileWorkspace *workspace, ExpiryReminder *reminder);

    MainWindow *m_window;
    Settings *m_settings;
    TrayIcon *m_tray;
    DesktopNotifier *m_notifier;
    QList<QPointer<ExpiryReminder>> m_reminders;
    QHash<QString, Reminder> m_sent; // by id, for the click
};
