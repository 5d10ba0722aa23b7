#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_menu(new QMenu)
{
    m_icon->setToolTip(QApplication::applicationDisplayName());
    QAction *show = m_menu->addAction(tr("&Show VoIPbin Keys"), this, &TrayIcon::showRequested);
    show->setObjectName(QStringLiteral("trayShow"));
    m_lock = m_menu->addAction(tr("&Lock"), this, &TrayIcon::lockRequested);
    m_lock->setObjectName(QStringLiteral("trayLock"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    m_menu->setAccessibleName(tr("VoIPbin Keys tray menu"));
    m_icon->setContextMenu(m_menu);

    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_messageId.isEmpty())
            emit messageClicked(m_messageId);
    });
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::setLocked(bool locked)
{
    m_lock->setEnabled(!locked);
}

bool TrayIcon::showMessage(const QString &id, const QString &title, const QString &body)
{
    if (!m_icon->isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_messageId = id;
    m_icon->showMessage(title, body, QSystemTrayIcon::Warning);
    return true;
}
