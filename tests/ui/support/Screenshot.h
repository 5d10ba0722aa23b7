#pragma once

// Header-only helper: when VOIPBIN_SCREENSHOT_DIR is set, saves what a dialog looks like in a light
// and in a dark palette (<dir>/<name>-light.png, <name>-dark.png) for a person to look at. Run the
// tests under `xvfb-run -a` with QT_QPA_PLATFORM=xcb for real X rendering. Does nothing otherwise.

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QTest>
#include <QWidget>

namespace Screenshot {

inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

inline void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VOIPBIN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->show();
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral("-light.png")));
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral("-dark.png")));
    QApplication::setPalette(original);
}

} // namespace Screenshot
