#pragma once

#include <QIcon>
#include <QString>

/// The application icon, built from the resources compiled into voipbin-keys-resources:
/// the scalable SVG (drawn through the Qt SVG icon engine, package libqt6svg6) plus every
/// committed PNG size, so the icon still shows if the SVG plugin is missing. Built the first time it is
/// drawn or measured (DeferredIconEngine), not when this returns.
/// Resource paths: ":/icons/<appid>.svg" and ":/icons/<N>x<N>/<appid>.png".
QIcon voipbinAppIcon();

/// ":/icons/io.github.voipbin_keys.VoipbinKeys.svg"
QString voipbinAppIconSvgPath();
