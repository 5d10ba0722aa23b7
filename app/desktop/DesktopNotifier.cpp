#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QVariantMap>

#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
// A notification server that does not answer within this has none to show: fall back.
constexpr int CallTimeoutMs = 5000;
// -1: the server's own default for how long a bubble stays.
constexpr int DefaultExpiry = -1;
} // namespace
#endif

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::listenForClicks()
{
    if (m_listening)
        return;
    m_listening = true;
#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint, uint)));
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isSupported()
{
#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
    return true;
#else
    return false;
#endif
}

void DesktopNotifier::notify(const QString &id, const QString &title, const QString &body)
{
#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
    listenForClicks();
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    // The "default" action is what a click on the bubble itself invokes; its label is for servers that
    // show actions as buttons.
    const QStringList actions { QStringLiteral("default"), tr("Show") };
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(VOIPBIN_APP_ID));
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral(VOIPBIN_APP_ID) << title << body
         << actions << hints << DefaultExpiry;
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, id, title, body] {
        watcher->deleteLater();
        QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            emit fallbackRequested(id, title, body);
            return;
        }
        m_ids.insert(reply.value(), id);
    });
#else
    emit fallbackRequested(id, title, body);
#endif
}

void DesktopNotifier::onActionInvoked(uint notificationId, const QString &actionKey)
{
    const auto it = m_ids.constFind(notificationId);
    if (it == m_ids.constEnd() || actionKey != QLatin1String("default"))
        return;
    emit activated(it.value());
}

void DesktopNotifier::onNotificationClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason)
    const QString id = m_ids.take(notificationId);
    if (!id.isEmpty())
        emit closed(id);
}
