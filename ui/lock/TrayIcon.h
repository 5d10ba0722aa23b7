#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

/// The optional icon in the system tray (off by default: not every desktop has a tray, and an app that
/// hides there surprises people): Show, Lock and Quit, a click shows the window. It also shows the
/// reminders the desktop's notification service could not (another platform, or none running), and a
/// click on such a message comes back as messageClicked() with the reminder's id.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void setVisible(bool visible);
    bool isVisible() const;
    /// Lock is offered only while there is something to lock.
    void setLocked(bool locked);
    /// Shows a reminder as a tray message (only while the icon is shown; elsewhere nothing can show it).
    bool showMessage(const QString &id, const QString &title, const QString &body);

    QMenu *menu() const { return m_menu; }
    QAction *lockAction() const { return m_lock; }

signals:
    void showRequested();
    void lockRequested();
    void quitRequested();
    void messageClicked(const QString &id);

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_lock;
    QString m_messageId;
};
