#pragma once

#include <QProxyStyle>

/// The application style, with the standard icons that widgets take when they are built but seldom show
/// (the menu bar's and a toolbar's overflow button, a line edit's clear button) built when first drawn.
/// Building the first one loads and probes every image format plugin Qt has: about 1 ms of start-up
/// before the first frame, which draws none of them. Set on the application before the first widget;
/// with no base style it uses the one Qt would (-style, QT_STYLE_OVERRIDE, the desktop's).
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;

private:
    static bool isDeferred(StandardPixmap pixmap);
};
