#pragma once

#include "SignInController.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QShortcut;

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
    enum class ServerChoice { Voipbin, Sandbox, Custom };

    explicit SignInWidget(QWidget *parent = nullptr);
    ~SignInWidget() override;

    ServerChoice serverChoice() const;
    void setServerChoice(ServerChoice choice);
    void setCustomUrl(const QString &url);
    /// The running local sandbox: shown on the form with its demo account, which is filled in.
    void setSandbox(const QUrl &url, const QString &username, const QString &password);
    /// Pins the form to one server and account (signing in again after a session expired).
    void lockTo(const QUrl &serverRoot, SignInController::Method method, const QString &username);

    /// The attempt the form describes, or an invalid root with `error` set.
    SignInController::Attempt attempt(QString *error) const;
    SignInController::Method method() const;
    void setMethod(SignInController::Method method);
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
    void signInRequested();
    void cancelRequested();
    /// The user picked "Local sandbox": start it and call setSandbox().
    void sandboxRequested();

private:
    void submit();
    void cancel();
    void updateServerRows();
    void updateMethodRows();
    void validateCustomUrl();
    QUrl serverRoot(QString *error) const;

    std::unique_ptr<Ui::SignInWidget> m_ui;
    QShortcut *m_escape = nullptr;
    QUrl m_sandboxUrl;
    QUrl m_lockedRoot;
    bool m_busy = false;
};
