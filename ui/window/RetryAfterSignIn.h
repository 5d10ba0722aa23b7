#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class Session;
class Settings;
class SignInController;
class SignInDialog;
class SignInWidget;

/// When the session ends mid-action: the sign-in form over whatever is open, locked to the same
/// server, method and user, and the action to run again once signed in. Several actions failing at
/// once share one form; the last one is retried.
class RetryAfterSignIn : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; the form opens over the top-most modal dialog, else over `window`, which owns this.
    RetryAfterSignIn(SignInController *controller, Settings *settings, QWidget *window);

    /// Shows the form for `session`'s account (unless it is up already) and remembers `retry`.
    void ask(const Session &session, std::function<void()> retry);
    /// The open form, or nullptr.
    SignInWidget *form() const;
    /// Signed in again: closes the form and hands back the action to retry (empty if there was none).
    std::function<void()> takeRetry();

signals:
    /// The user submitted the form; the window signs in with it.
    void submitted(SignInWidget *form);
    /// The user closed the form without signing in; the action is dropped.
    void abandoned();

private:
    void close();

    SignInController *m_controller;
    Settings *m_settings;
    QWidget *m_window;
    QPointer<SignInDialog> m_dialog;
    std::function<void()> m_retry;
};
