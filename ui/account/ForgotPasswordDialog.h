#pragma once

#include "account/AccountRequestDialog.h"
#include "session/SignInAttempt.h"

#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class ForgotPasswordDialog;
}
class VoipbinClient;

/// "Forgot password?" on the sign-in page: asks VoIPbin to email a link to set a new password
/// (POST /auth/password-forgot). The server answers the same whether or not the account exists, so the
/// dialog says "if": it cannot know. Then it leads on to ResetPasswordDialog for the link from the email.
class ForgotPasswordDialog : public AccountRequestDialog
{
    Q_OBJECT

public:
    /// `client` is borrowed; the request goes to `serverRoot`.
    ForgotPasswordDialog(VoipbinClient *client, const QUrl &serverRoot, QWidget *parent = nullptr);
    ~ForgotPasswordDialog() override;

    void setUsername(const QString &username);

signals:
    /// The new password is set (ResetPasswordDialog): sign in with `attempt` (password method, username,
    /// the new password as its secret, the server).
    void passwordSet(const SignInAttempt &attempt);

private:
    void onOk();
    void send();
    void openReset();
    void updateState() override;

    std::unique_ptr<Ui::ForgotPasswordDialog> m_ui;
    VoipbinClient *m_client;
    QUrl m_serverRoot;
    bool m_sent = false;
};
