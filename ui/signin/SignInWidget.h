#pragma once

#include "core/ServerChoice.h"
#include "session/SignInAttempt.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QShortcut;
struct Profile;

namespace Ui {
class SignInWidget;
}

/// The sign-in form: server (VoIPbin, the local sandbox or a custom URL), username and password or a
/// pasted accesskey, "remember me", an inline error and a busy state with Cancel. It only collects and
/// shows; SignInController does the work.
class SignInWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SignInWidget(QWidget *parent = nullptr);
    ~SignInWidget() override;

    ServerChoice serverChoice() const;
    void setServerChoice(ServerChoice choice);
    void setCustomUrl(const QString &url);
    /// Where the local sandbox listens once it runs (shown on the form); invalid when it does not run.
    void setSandboxUrl(const QUrl &url);
    /// The demo account's password for this run, filled in while "Local sandbox" is chosen.
    void setSandboxPassword(const QString &password) { m_sandboxPassword = password; }
    /// The account of the last sign-in. Its username is shown only while the form points at its server,
    /// so a password typed for one server is never sent to another under that server's username.
    void setRememberedAccount(const QUrl &serverRoot, SignInMethod method, const QString &username);
    /// Fills the form from a profile: its server, method, username and remember-me. `lastCustomUrl` stays
    /// in the URL box when the profile is not on a custom server, for a person who switches to one.
    void setProfile(const Profile &profile, const QString &lastCustomUrl);
    /// Pins the form to one server and account (signing in again after a session expired).
    void lockTo(const QUrl &serverRoot, SignInMethod method, const QString &username);

    /// The attempt the form describes, or an invalid root with `error` set.
    SignInAttempt attempt(QString *error) const;
    SignInMethod method() const;
    void setMethod(SignInMethod method);
    void setUsername(const QString &username);
    void setRemember(bool remember);
    void clearSecrets();

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    void clearError();
    /// Focus goes to the first field that still needs typing.
    void focusFirstEmptyField();

signals:
    /// The form was submitted with what it describes (the sandbox's root stays empty until it runs).
    void signInRequested(const SignInAttempt &attempt);
    void cancelRequested();
    /// "Create account…": the window opens the sign-up for the server the form points at.
    void createAccountRequested();
    /// "Forgot password?", with the username typed so far (the window opens the reset request).
    void forgotPasswordRequested(const QString &username);

public slots:
    /// As if the person pressed Sign in: checks the form, then emits signInRequested().
    void submit();

private:
    void cancel();
    void updateServerRows();
    void updateMethodRows();
    void validateCustomUrl();
    void onServerChanged();
    void fillSandboxAccount(bool sandbox);
    void matchUsernameToServer();
    QUrl serverRoot(QString *error) const;

    std::unique_ptr<Ui::SignInWidget> m_ui;
    QShortcut *m_escape = nullptr;
    QUrl m_sandboxUrl;
    QString m_sandboxPassword;
    QUrl m_lockedRoot;
    QUrl m_rememberedRoot;
    QString m_rememberedUsername;
    ServerChoice m_shownChoice = ServerChoice::Voipbin;
    bool m_busy = false;
};
