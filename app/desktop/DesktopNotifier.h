#pragma once

#include <QHash>
#include <QObject>
#include <QString>

/// Sends desktop notifications that say something and can be clicked: the freedesktop Notifications
/// service on Linux (Notify with a "default" action, so a click on the bubble comes back as
/// ActionInvoked), and on other platforms, or with no service on the bus, fallbackRequested() for the
/// window to show the message through its tray icon. Each notification carries the caller's id (a
/// reminder's), so a click tells which key it was about. Never give it a secret: a notification is
/// read by the desktop, logged by some, and shown on a locked screen. It subscribes to the service's
/// signals with its first notification, not when built: the window builds it before its first frame, and
/// the first use of the session bus waits for the bus to answer.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// True where notifications go over D-Bus (Linux); elsewhere everything is a fallback.
    static bool isSupported();

    /// Shows `title` and `body`; `id` comes back in activated() when the user clicks it.
    void notify(const QString &id, const QString &title, const QString &body);

signals:
    /// The user clicked the notification sent with `id`.
    void activated(const QString &id);
    /// The notification sent with `id` went away (expired, dismissed, or clicked).
    void closed(const QString &id);
    /// No notification service answered: the UI shows the message its own way (QSystemTrayIcon).
    void fallbackRequested(const QString &id, const QString &title, const QString &body);

private slots:
    void onActionInvoked(uint notificationId, const QString &actionKey);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    /// ActionInvoked and NotificationClosed, from the first notify() on.
    void listenForClicks();

    /// The server's notification ids to ours, while they are on screen.
    QHash<uint, QString> m_ids;
    bool m_listening = false;
};
