#pragma once

#include "session/Session.h"

#include <QObject>
#include <QPointer>

class ApiReply;
class SignInController;
class VoipbinClient;

/// Changes the signed-in agent's password, without widgets, in three steps: the current password is
/// checked by signing in with it (POST /auth/login), the new one is set (PUT
/// /v1.0/service_agents/me/password), then the profile signs in again with the new one through
/// SignInController, which replaces the remembered session (or keeps none, as before).
///
/// Why ask for the current password when the server does not: the endpoint trusts any live JWT, so
/// without the check anyone at an unlocked, signed-in window (or holding a remembered session) could take
/// the account over by choosing a password its owner does not know. Password managers and desktops ask
/// for the current password for the same reason; the cost is one login request.
class PasswordChange : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, CheckingCurrent, Changing, SigningIn, Done };
    Q_ENUM(Step)

    /// Both borrowed; `client` speaks for the session being changed.
    PasswordChange(VoipbinClient *client, SignInController *controller, QObject *parent = nullptr);
    ~PasswordChange() override;

    Step step() const { return m_step; }
    bool isBusy() const { return m_step != Step::Idle && m_step != Step::Done; }

    /// `session` must be a password sign-in (a JWT). Both passwords are wiped here when done.
    void start(const Session &session, QString currentPassword, QString newPassword, bool remember,
        const QString &profileId);

signals:
    void stepChanged(PasswordChange::Step step);
    /// A sentence for the person; back to Idle. `changed`: the new password is already in force.
    void failed(const QString &message, bool changed);
    /// Changed, and signed in again with the new password.
    void finished(const Session &session);

private:
    void checkCurrent(const QString &currentPassword);
    void change();
    void signInAgain();
    void fail(const QString &message, bool changed = false);
    void setStep(Step step);
    void wipe();

    VoipbinClient *m_client;
    SignInController *m_controller;
    QPointer<ApiReply> m_reply;
    Step m_step = Step::Idle;
    Session m_session;
    QString m_newPassword;
    bool m_remember = false;
    QString m_profileId;
};
