#include "FirstFrameWatcher.h"

#include <QEvent>

FirstFrameWatcher::FirstFrameWatcher(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
    m_fallback.setSingleShot(true);
    connect(&m_fallback, &QTimer::timeout, this, &FirstFrameWatcher::finish);
    m_fallback.start(FallbackMs);
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == parent() && m_fallback.isActive()) {
        // The window's paint event opens the frame; its children paint and the frame is flushed within
        // the same pass of the event loop, before this queued call runs.
        m_fallback.start(0);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameWatcher::finish()
{
    parent()->removeEventFilter(this);
    emit painted();
}
