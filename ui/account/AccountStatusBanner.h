#pragma once

#include "api/Customer.h"
#include "session/SignInAttempt.h"

#include <QFrame>
#include <QPointer>
#include <QUrl>

class ApiError;
class ApiReply;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;
class VoipbinClient;

/// The account's state above the pages, whenever it asks for something: a new account's unverified
/// address (status, the deadline, how to verify: the emailed link, or pasting it here, which posts
/// /auth/email-verify), then the password email that follows verification (Set Password…), and the
/// frozen (with the deletion date) and expired accounts the server refuses with 403. Hidden while the
/// account is active and verified. One sentence per state, announced to screen readers as it appears.
class AccountStatusBanner : public QFrame
{
    Q_OBJECT

public:
    /// How long the server lets an unverified account live (one hour today; 72 hours once VoIPbin's PR
    /// #1278 ships). The server never says, so the deadline shown is "about".
    static constexpr qint64 VerificationWindowSeconds = 3600;

    /// `client` is borrowed: the verification and the password link go through it.
    explicit AccountStatusBanner(VoipbinClient *client, QWidget *parent = nullptr);
    ~AccountStatusBanner() override;

    /// Signed in: shows what the account needs, if anything.
    void setSession(const Session &session);
    /// A refusal that is about the account, not the request (403 ACCOUNT_FROZEN / ACCOUNT_EXPIRED): shown
    /// with what it means, on `serverRoot`. False (and nothing shown) for any other error.
    bool showAccountError(const ApiError &error);
    /// Signed out, or another account: nothing to say.
    void clear();

    QString titleText() const;
    QString bodyText() const;

signals:
    /// The address is verified: the customer as the server now has it.
    void customerChanged(const Customer &customer);
    /// A password was set from the emailed link: sign in with it (username, new password, server).
    void passwordSet(const SignInAttempt &attempt);

private:
    enum class State { Hidden, Unverified, Verified, Frozen, Expired };

    void show(State state, const QString &title, const QString &body);
    void showUnverified();
    void verify();
    void openSetPassword();
    void setBusy(bool busy);

    VoipbinClient *m_client;
    QLabel *m_title;
    QLabel *m_body;
    QLineEdit *m_tokenEdit;
    QPushButton *m_verifyButton;
    QPushButton *m_setPasswordButton;
    QPointer<ApiReply> m_reply;
    State m_state = State::Hidden;
    QUrl m_serverRoot;
    Customer m_customer;
    QString m_username;
};
