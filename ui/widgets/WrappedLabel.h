#pragma once

#include <QLabel>

namespace WrappedLabel {
/// Top-level layouts do not grow a window for a word-wrapped label's height-for-width, so a long
/// message appearing in a shown dialog gets clipped. Pin the label's minimum height to what its
/// current (or a sensible) width needs; with QLayout::SetMinimumSize the dialog then grows.
inline void fit(QLabel *label)
{
    const int width = qMax(label->width(), label->parentWidget() ? label->parentWidget()->width() / 2 : 0);
    label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(qMax(width, 300)));
}
} // namespace WrappedLabel
