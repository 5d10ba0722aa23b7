#pragma once

#include "core/ServerChoice.h"
#include "profiles/Profile.h"
#include "session/SignInAttempt.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ProfileWorkspace;
}
class AccountStatusBanner;
class CurrentSession;
class KeysPage;
class LocalKeySecrets;
class LocalSandbox;
class ProfileStore;
class SecretStore;
class SecureClipboard;
class Session;
class Settings;
class SignInAgainDialog;
class SignInController;
class SignInWidget;
class VoipbinClient;

/// Everything one profile works in, side by side with the others: its own client, session, sign-in
/// controller, sign-in form, keys page (table, filter, header) and local sandbox, so switching profiles
/// never signs one out and a background profile keeps its session. The main window owns one per profile
/// shown so far and puts the current one's actions in its menus; this class switches between the sign-in
/// form and the keys page as the session starts and ends.
class ProfileWorkspace : public QWidget
{
    Q_OBJECT

public:
    /// All borrowed. The workspace follows its profile in `profiles` by id.
    ProfileWorkspace(const QString &profileId, ProfileStore *profiles, SecretStore *store, Settings *settings,
        SecureClipboard *clipboard, QWidget *parent = nullptr);
    ~ProfileWorkspace() override;

    QString profileId() const { return m_profileId; }
    Profile profile() const;

    const Session &session() const;
    bool isSignedIn() const;
    CurrentSession *currentSession() const { return m_session; }
    SignInWidget *signInWidget() const { return m_signIn; }
    KeysPage *keysPage() const;
    LocalSandbox *localSandbox() const { return m_sandbox; }
    bool isSignInPageShown() const;

    /// Preselects a server on the sign-in form (command line --server / --sandbox).
    void preselectServer(ServerChoice choice, const QString &customUrl = {});
    /// Tries the profile's remembered session; the form shows meanwhile and stays if it fails.
    void start();
    /// Signs out and forgets this profile's remembered session.
    void signOut();
    /// File > Change Password…: only a session signed in with a password has one to change.
    bool canChangePassword() const;
    void changePassword();
    AccountStatusBanner *accountBanner() const { return m_accountBanner; }
    void setExpiryWarningDays(int days);
    /// The filter and the table's header go to the profile's settings.
    void saveState();
    /// Puts the form back to the profile's settings (after the profile was edited).
    void reloadProfile();

signals:
    /// Signed in or out, or the shown page changed: the window updates its toolbar, title and sidebar.
    void stateChanged();
    /// A passing word for the status bar ("Key copied.").
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectSignIn();
    void submitSignIn(SignInWidget *form, SignInAttempt attempt);
    void signInToSandbox(SignInWidget *form, SignInAttempt attempt);
    void onSignedIn(const Session &session);
    void onSessionEnded();
    void onRestoreFailed(const QString &message);
    void stopUnusedSandbox();
    void requireSignIn(std::function<void()> retry);
    void openSignInAgain(std::function<void()> retry);
    SignInWidget *activeSignInForm() const;
    void prefillSignInForm();
    void showSignInPage();
    void showKeysPage();
    void restoreState();
    // The account's life (ui/account): sign-up and password reset from the form, the status banner.
    void withFormServer(std::function<void(const QUrl &root, bool localSandbox)> then);
    void openSignUp();
    void openForgotPassword(const QString &username);
    void signInWithNewPassword(SignInAttempt attempt);
    void showAccountProblem();

    std::unique_ptr<Ui::ProfileWorkspace> m_ui;
    QString m_profileId;
    ProfileStore *m_profiles;
    Settings *m_settings;
    VoipbinClient *m_client;
    CurrentSession *m_session;
    SignInController *m_controller;
    SignInWidget *m_signIn;
    LocalKeySecrets *m_localSecrets;
    LocalSandbox *m_sandbox;
    SecureClipboard *m_clipboard;
    QPointer<SignInAgainDialog> m_signInAgain;
    /// A background profile's action that needs a sign-in: asked for when the profile is shown.
    std::function<void()> m_pendingRetry;
    AccountStatusBanner *m_accountBanner;
};
