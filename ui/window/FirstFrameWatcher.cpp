#include "FirstFrameWatcher.h"

#include <QEvent>
#include <QTimer>

FirstFrameWatcher::FirstFrameWatcher(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == parent()) {
        watched->removeEventFilter(this);
        // The window's paint event opens the frame; its children paint and the frame is flushed within
        // the same pass of the event loop, before this queued call runs.
        QTimer::singleShot(0, this, &FirstFrameWatcher::painted);
    }
    return QObject::eventFilter(watched, event);
}
