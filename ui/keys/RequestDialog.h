#pragma once

#include <QDialog>

class QLabel;

/// A dialog whose main button sends a request that the owner carries out (create, edit). While the request
/// is in flight the dialog is busy: the subclass locks its inputs in updateState() and Escape does nothing,
/// since the answer decides what happens next. A failure ends the busy state and is shown under the form,
/// with the input kept as typed, so nothing the user entered is lost to an error or a re-sign-in.
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Ends the busy state and shows `message` under the form; the input stays as typed.
    void showError(const QString &message);
    /// Stays busy and says what is happening meanwhile, where errors appear.
    void showProgress(const QString &message);

public slots:
    void reject() override;

protected:
    using QDialog::QDialog;

    /// For the subclass constructor, after setupUi(): where errors go and which input takes the focus back.
    void setRequestWidgets(QLabel *errorLabel, QWidget *firstInput);
    void showMessage(const QString &accessibleName, const QString &message);
    /// Enables and disables inputs and buttons for the current input and busy state.
    virtual void updateState() = 0;

private:
    QLabel *m_errorLabel = nullptr;
    QWidget *m_firstInput = nullptr;
    bool m_busy = false;
};
