#pragma once

#include <QDialog>

class SignInWidget;

/// The sign-in form over whatever is open (the main window, or a half-filled create dialog) when a
/// session ends mid-action: the window and the dialog underneath stay as they are, and the action is
/// retried once the user has signed in again.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    SignInWidget *signInWidget() const { return m_signIn; }

public slots:
    /// Escape cancels a running attempt first; only an idle form closes.
    void reject() override;

private:
    SignInWidget *m_signIn;
};
