#pragma once

#include <QDialog>

#include <functional>

class Session;
class SignInWidget;

/// The sign-in form over whatever is open when a session ends mid-action (the main window, or a
/// half-filled create dialog, which stays as it is): locked to the session's own server, method and
/// user, and holding the action to run again once the user is back. Several actions failing at once
/// share one dialog; the last one is retried.
class SignInAgainDialog : public QDialog
{
    Q_OBJECT

public:
    SignInAgainDialog(const Session &session, bool remember, QWidget *parent = nullptr);

    SignInWidget *signInWidget() const { return m_signIn; }
    /// Replaces the action to run again after signing in.
    void setRetry(std::function<void()> retry) { m_retry = std::move(retry); }
    /// Signed in again: the form's secrets go, the dialog closes, and the action comes back (may be empty).
    std::function<void()> takeRetry();

public slots:
    /// Escape cancels a running attempt first; only an idle form closes (and the action is dropped).
    void reject() override;

private:
    SignInWidget *m_signIn;
    std::function<void()> m_retry;
};
