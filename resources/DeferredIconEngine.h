#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <memory>

/// An icon engine that builds the real icon the first time anything asks it for a size or a pixmap, and
/// hands every call on to it; for icons that are never null (compiled-in files, the style's standard
/// icons). The app icon decodes eight PNGs (up to 256x256) when it is built, which cost start-up about 3 ms
/// each time, twice, before the first frame, though nothing there draws it.
class DeferredIconEngine : public QIconEngine
{
public:
    using Builder = std::function<QIcon()>;
    explicit DeferredIconEngine(Builder build);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

private:
    /// Shared by the clones, so the icon is built once however often the QIcon was copied.
    struct Built
    {
        Builder build;
        QIcon icon;
        bool done = false;
    };
    QIcon &icon();

    std::shared_ptr<Built> m_built;
};
