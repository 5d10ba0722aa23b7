#include "DeferredIconStyle.h"

#include "DeferredIconEngine.h"

#include <QApplication>
#include <QPointer>
#include <QStyleOption>

QIcon DeferredIconStyle::standardIcon(
    StandardPixmap pixmap, const QStyleOption *option, const QWidget *widget) const
{
    if (!isDeferred(pixmap))
        return QProxyStyle::standardIcon(pixmap, option, widget);
    // What the option says at the call (the layout direction, the palette), kept for the build; not the
    // widget, which may be gone by then, nor the style, if the application's changes.
    QStyleOption kept = option ? QStyleOption(*option) : QStyleOption();
    kept.styleObject = nullptr;
    return QIcon(new DeferredIconEngine([style = QPointer<QStyle>(baseStyle()), pixmap, kept] {
        QStyle *base = style ? style.data() : QApplication::style();
        return base->standardIcon(pixmap, &kept);
    }));
}

bool DeferredIconStyle::isDeferred(StandardPixmap pixmap)
{
    // Only icons every style has: a deferred icon answers isNull() with false without building it.
    switch (pixmap) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}
