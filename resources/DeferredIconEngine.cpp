#include "DeferredIconEngine.h"

#include <QPainter>

DeferredIconEngine::DeferredIconEngine(Builder build)
    : m_built(std::make_shared<Built>())
{
    m_built->build = std::move(build);
}

QIcon &DeferredIconEngine::icon()
{
    if (!m_built->done) {
        m_built->icon = m_built->build();
        m_built->done = true;
    }
    return m_built->icon;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // `size` is in device pixels here; QIcon::pixmap() wants it in logical ones, with the ratio.
    if (scale <= 1)
        return pixmap(size, mode, state);
    return icon().pixmap(size / scale, scale, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIconEngine::key() const
{
    return QStringLiteral("DeferredIconEngine");
}

QIconEngine *DeferredIconEngine::clone() const
{
    return new DeferredIconEngine(*this);
}

bool DeferredIconEngine::isNull()
{
    // Asked by whoever is about to draw it, and answering would build it: the icons made this way are
    // never null (see the class comment).
    return false;
}
