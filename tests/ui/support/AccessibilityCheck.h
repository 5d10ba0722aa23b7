#pragma once

// Header-only helper for widget tests: every widget a person can operate must have an accessible
// name. Usage: QVERIFY2(AccessibilityCheck::unnamedWidgets(&dialog).isEmpty(),
//                      qPrintable(AccessibilityCheck::unnamedWidgets(&dialog).join(", ")));
// or simply: ACCESSIBILITY_CHECK(&dialog);

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace AccessibilityCheck {

/// Widgets a person operates: buttons (push, tool, check, radio), text fields, combo boxes, spin and
/// date boxes, sliders and item views.
inline bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

/// Parts Qt builds inside a compound widget (the line edit of a spin box or editable combo, a combo's
/// popup list, a date edit's calendar, a line edit's clear button, scroll bars): the compound widget
/// carries the name.
inline bool isInternalPart(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *p = widget->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

/// "ClassName objectName" of every interactive widget under `root` whose accessible name is empty.
inline QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || isInternalPart(widget, root))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(
                QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName());
    }
    return unnamed;
}

/// Number of interactive widgets the check looked at (so a test can assert it saw something).
inline int interactiveCount(QWidget *root)
{
    int n = 0;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        n += isInteractive(widget) && !isInternalPart(widget, root);
    return n;
}

} // namespace AccessibilityCheck

#define ACCESSIBILITY_CHECK(root)                                                                            \
    do {                                                                                                     \
        QVERIFY(AccessibilityCheck::interactiveCount(root) > 0);                                             \
        const QStringList unnamed_ = AccessibilityCheck::unnamedWidgets(root);                               \
        QVERIFY2(unnamed_.isEmpty(),                                                                         \
            qPrintable(QStringLiteral("without accessible name: ") + unnamed_.join(QStringLiteral(", "))));  \
    } while (false)
