#pragma once

#include "account/AccountRequestDialog.h"
#include "session/Session.h"

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}
class PasswordChange;

/// File > Change Password…, for a session signed in with a password: the current password (checked by
/// signing in with it, since the server does not ask for it; see PasswordChange), the new one twice.
/// PasswordChange sets it and signs in again, which replaces the remembered session; the dialog closes
/// once that is done and keeps no password.
class ChangePasswordDialog : public AccountRequestDialog
{
    Q_OBJECT

public:
    /// `change` becomes the dialog's. `remember`: whether the profile keeps its session in the keychain.
    ChangePasswordDialog(PasswordChange *change, const Session &session, bool remember,
        const QString &profileId, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

signals:
    /// Changed, and signed in again with the new password.
    void changed(const Session &session);

private:
    void onOk();
    void onFailed(const QString &message, bool changed);
    void updateState() override;
    void clearSecrets();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    PasswordChange *m_change;
    Session m_session;
    bool m_remember;
    QString m_profileId;
};
