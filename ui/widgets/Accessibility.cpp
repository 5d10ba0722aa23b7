#include "Accessibility.h"

#include <QAccessible>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

void Accessibility::nameClearButton(QLineEdit *edit)
{
    // Qt's own object name for the action behind the clear button; the button takes its text.
    auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    const QString name = QCoreApplication::translate("Accessibility", "Clear %1").arg(edit->accessibleName());
    clear->setText(name.trimmed());
    clear->setToolTip(name.trimmed());
}

void Accessibility::nameOverflowButton(QToolBar *toolBar)
{
    // Qt's own object name for the extension button; without a name it is an anonymous check box.
    auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    if (!more)
        return;
    more->setAccessibleName(QCoreApplication::translate("Accessibility", "More actions"));
    more->setToolTip(more->accessibleName());
}

void Accessibility::exposeText(QLabel *label)
{
    label->setAccessibleDescription(label->text());
}

namespace {
Accessibility::AnnouncementObserver announcementObserver = nullptr;
} // namespace

void Accessibility::setAnnouncementObserver(AnnouncementObserver observer)
{
    announcementObserver = observer;
}

void Accessibility::announce(QWidget *label)
{
    if (announcementObserver) {
        const QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        QString sentence = accessible ? accessible->text(QAccessible::Description) : QString();
        if (sentence.isEmpty() && accessible)
            sentence = accessible->text(QAccessible::Name);
        announcementObserver(label, sentence);
    }
    QAccessibleEvent event(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}
