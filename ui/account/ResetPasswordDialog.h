#pragma once

#include "account/AccountRequestDialog.h"
#include "session/SignInAttempt.h"

#include <QUrl>

#include <memory>

namespace Ui {
class ResetPasswordDialog;
}
class VoipbinClient;

/// Sets a new password with the link VoIPbin emailed (POST /auth/password-reset): after "Forgot
/// password?", and for a new account, whose first password is set this way once its address is verified.
/// The link (or the bare token from it) is pasted, the new password typed twice. On success the dialog
/// hands the sign-in over and closes; it keeps no password, and a used link cannot be used again.
class ResetPasswordDialog : public AccountRequestDialog
{
    Q_OBJECT

public:
    /// `client` is borrowed; the request goes to `serverRoot`.
    ResetPasswordDialog(VoipbinClient *client, const QUrl &serverRoot, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    void setUsername(const QString &username);

signals:
    /// The password is set: sign in with `attempt` (password method, the username, the new password).
    void passwordSet(const SignInAttempt &attempt);

private:
    void onOk();
    void updateState() override;
    void clearSecrets();

    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    VoipbinClient *m_client;
    QUrl m_serverRoot;
};
