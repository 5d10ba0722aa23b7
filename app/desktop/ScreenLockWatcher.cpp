#include "ScreenLockWatcher.h"

#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <unistd.h>

namespace {
const QString Login1 = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
constexpr int CallTimeoutMs = 3000;
} // namespace
#endif

ScreenLockWatcher::ScreenLockWatcher(QObject *parent)
    : QObject(parent)
{
}

ScreenLockWatcher::~ScreenLockWatcher() = default;

void ScreenLockWatcher::watch()
{
    if (m_watching)
        return;
    m_watching = true;
#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
    // Any sender and any path: KDE emits on /ScreenSaver, others on /org/freedesktop/ScreenSaver.
    QDBusConnection session = QDBusConnection::sessionBus();
    for (const QString &interface :
        { QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver") }) {
        session.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
            SLOT(onScreenSaverActiveChanged(bool)));
    }
    watchLogindSession();
#endif
}

void ScreenLockWatcher::watchLogindSession()
{
#if defined(VOIPBIN_HAVE_DBUS_DESKTOP)
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return; // a container or a test without a system bus: the screensaver alone has to do
    system.connect(Login1, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"), this,
        SLOT(onPrepareForSleep(bool)));
    // logind signals Lock on the session's own object, so ask which one this process belongs to.
    QDBusMessage call = QDBusMessage::createMethodCall(
        Login1, Login1Path, Login1Manager, QStringLiteral("GetSessionByPID"));
    call << uint(::getpid());
    auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError())
            return; // not in a logind session (ssh without one, a service): nothing to watch there
        QDBusConnection::systemBus().connect(Login1, reply.value().path(),
            QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
            SLOT(onLogindLock()));
    });
#endif
}

void ScreenLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit screenLocked();
}

void ScreenLockWatcher::onLogindLock()
{
    emit screenLocked();
}

void ScreenLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (!sleeping)
        emit resumed();
}
