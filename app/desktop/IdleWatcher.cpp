#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::onTimer);
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setIdleTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
    restart();
}

void IdleWatcher::restart()
{
    m_sinceInput.restart();
    m_signalled = false;
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Mouse moves come by the hundred: note the time only, the timer checks it when it fires.
    if (isInput(event)) {
        m_sinceInput.restart();
        if (m_signalled)
            restart();
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::onTimer()
{
    if (m_timeoutMs <= 0 || m_signalled)
        return;
    const qint64 left = m_timeoutMs - m_sinceInput.elapsed();
    if (left > 0) {
        m_timer.start(int(left));
        return;
    }
    m_signalled = true;
    emit idle();
}

bool IdleWatcher::isInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
