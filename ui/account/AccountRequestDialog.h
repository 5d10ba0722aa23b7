#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;

/// The account dialogs' common ground: one request (or a short chain) at a time, a busy bar meanwhile,
/// and one line under the form for what happened, in a sentence that is announced to screen readers.
/// While busy, Escape and Cancel do nothing: the answer decides what comes next, and a sign-up or a
/// password change must not be left half done by a stray key.
class AccountRequestDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    /// Ends the busy state and shows `message` as a problem; the input stays as typed.
    void showError(const QString &message);
    /// Shows `message` as news (not a problem).
    void showInfo(const QString &message);
    QString messageText() const;

public slots:
    void reject() override;

protected:
    using QDialog::QDialog;

    /// For the subclass constructor, after setupUi().
    void setStatusWidgets(QLabel *messageLabel, QProgressBar *busyBar);
    /// Enables and disables inputs and buttons for the input and the busy state.
    virtual void updateState() = 0;
    /// What is wrong with a new password typed twice (too short, the two differ), or an empty string.
    static QString newPasswordProblem(const QString &newPassword, const QString &repeated);

private:
    void showMessage(const QString &accessibleName, const QString &message, bool problem);

    QLabel *m_message = nullptr;
    QProgressBar *m_busyBar = nullptr;
    bool m_busy = false;
};
