#pragma once

#include "account/AccountRequestDialog.h"

#include <QUrl>

#include <memory>

namespace Ui {
class SignUpDialog;
}
class Session;
class SignUpFlow;

/// "Create account…" from the sign-in page: email, optional name and VoIPbin's terms (a link to read them),
/// then, on servers of the complete-signup period, the 6-digit code from the email. SignUpFlow does the
/// work (signup, the key into the keychain, the accesskey sign-in); the dialog shows each step, explains
/// the server's deliberate "no account was created" and every error, and closes once signed in. If the
/// keychain refuses the key, the dialog shows the key to keep before going on: it exists nowhere else.
class SignUpDialog : public AccountRequestDialog
{
    Q_OBJECT

public:
    /// Where VoIPbin's terms of service are published (opened in the browser).
    static QUrl termsUrl();

    /// `flow` becomes the dialog's (it goes when the dialog goes); the sign-up goes to `serverRoot` and
    /// signs `profileId` in.
    SignUpDialog(SignUpFlow *flow, const QUrl &serverRoot, const QString &profileId,
        bool localSandbox = false, QWidget *parent = nullptr);
    ~SignUpDialog() override;

    void setEmail(const QString &email);

signals:
    /// Signed in with the new account's key; the dialog has closed.
    void signedIn(const Session &session);

private:
    void onOk();
    void onStepChanged();
    void onNotCreated();
    void onKeyNotStored(const QString &message);
    void updateState() override;
    bool isInputComplete() const;

    std::unique_ptr<Ui::SignUpDialog> m_ui;
    SignUpFlow *m_flow;
    QUrl m_serverRoot;
    QString m_profileId;
    bool m_localSandbox;
};
