#include "AppLock.h"

#include "CurrentSession.h"
#include "core/Settings.h"
#include "desktop/IdleWatcher.h"
#include "desktop/ScreenLockWatcher.h"

namespace {
constexpr int MinuteMs = 60 * 1000;
}

AppLock::AppLock(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_idle(new IdleWatcher(this))
    , m_screen(new ScreenLockWatcher(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &AppLock::lock);
    connect(m_screen, &ScreenLockWatcher::screenLocked, this, &AppLock::onScreenLocked);
    applySettings();
}

AppLock::~AppLock() = default;

void AppLock::watchScreenLock()
{
    m_screen->watch();
}

void AppLock::addSession(CurrentSession *session)
{
    m_sessions.append(session);
}

void AppLock::applySettings()
{
    // A locked app is not idle-watched: there is nothing left to lock until it is unlocked.
    m_idle->setIdleTimeout(m_locked ? 0 : m_settings->lockAfterIdleMinutes() * MinuteMs);
}

QList<CurrentSession *> AppLock::sessionsToRestore() const
{
    QList<CurrentSession *> sessions;
    for (const QPointer<CurrentSession> &session : m_toRestore) {
        if (session)
            sessions.append(session);
    }
    return sessions;
}

void AppLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->setIdleTimeout(0);
    emit aboutToLock();
    m_toRestore.clear();
    for (const QPointer<CurrentSession> &session : m_sessions) {
        if (!session || !session->isSignedIn())
            continue;
        m_toRestore.append(session);
        session->end();
    }
    emit locked();
}

void AppLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    applySettings();
    emit unlocked();
    m_toRestore.clear();
}

void AppLock::onScreenLocked()
{
    if (m_settings->lockOnScreenLock())
        lock();
}
