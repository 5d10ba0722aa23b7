#pragma once

#include <QMessageBox>
#include <QString>

/// Every modal question or notice the app asks goes through here, so GUI tests can answer it without a
/// modal loop: setNextAnswer() makes the next box return that button without being shown
/// (after KeePassXC's MessageBox seam).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::Ok);
    static void information(QWidget *parent, const QString &title, const QString &text);
    /// A question whose buttons are named after what they do ("Revoke" / "Keep"), as the desktop
    /// guidelines ask for destructive actions. True when the user chose `action`; the seam's Yes means that.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action,
        const QString &decline);

    /// Test seam: the next box is not shown and returns `answer`.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Test seam: the text of the last box asked (shown or answered by the seam).
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QString &yesText = {}, const QString &noText = {});
};
