#pragma once

#include <QProxyStyle>

/// The application style for the key table's header, with the sort arrow pointing the way people read it:
/// up for ascending (smallest at the top), down for descending. Qt's Linux styles draw it the other way
/// round, so "newest first" showed an up arrow.
class SortArrowStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};
