#include "SortArrowStyle.h"

#include <QStyleOptionHeader>

void SortArrowStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    if (element != PE_IndicatorHeaderArrow || !header || header->sortIndicator == QStyleOptionHeader::None) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // QHeaderView passes SortDown for ascending; on Linux Fusion draws SortDown as a down arrow.
    QStyleOptionHeader flipped(*header);
    flipped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortDown
        ? QStyleOptionHeader::SortUp
        : QStyleOptionHeader::SortDown;
    QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
}
