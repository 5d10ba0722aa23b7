#pragma once

#include "core/ServerChoice.h"
#include "session/SignInAttempt.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class AccessKeyFilterProxyModel;
class AccessKeyTableModel;
class CurrentSession;
class LocalKeySecrets;
class LocalSandbox;
class QAction;
class QToolBar;
class SecretStore;
class SecureClipboard;
class Session;
class Settings;
class SignInAgainDialog;
class SignInController;
class SignInWidget;
class VoipbinClient;

/// The window people click through every day, and only its chrome: the sign-in page and the keys page,
/// the menus and toolbar, the status bar and the window's saved state. The session is CurrentSession's,
/// the work on keys KeysPage's (it owns the key actions), the sign-in SignInController's; this class
/// puts them on screen and switches pages when a session starts or ends. When the session ends
/// mid-action, SignInAgainDialog comes up over everything and the action is retried afterwards.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `store` and `settings` are borrowed (tests pass a real keychain store and a temp-file QSettings).
    MainWindow(SecretStore *store, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Preselects a server on the sign-in form (command line --server / --sandbox).
    void preselectServer(ServerChoice choice, const QString &customUrl = {});
    /// Tries the remembered session; the sign-in form shows meanwhile and stays if it fails.
    void start();

    const Session &session() const;
    bool isSignedIn() const;
    SignInWidget *signInWidget() const { return m_signIn; }
    AccessKeyTableModel *keyModel() const;
    AccessKeyFilterProxyModel *keyProxy() const;
    SecureClipboard *clipboard() const { return m_clipboard; }
    LocalSandbox *localSandbox() const { return m_sandbox; }
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void addMenu(const QString &title, const char *objectName, const QList<const char *> &actionNames);
    static QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback);
    void connectSession();
    void connectSignIn();
    void prefillSignInForm();
    QAction *addWindowAction(const char *name, const QString &text, const QKeySequence &shortcut,
        void (MainWindow::*slot)(), const QString &description = {});

    void submitSignIn(SignInWidget *form, SignInAttempt attempt);
    void signInToSandbox(SignInWidget *form, SignInAttempt attempt);
    void onSignedIn(const Session &session);
    void onSessionEnded();
    void onRestoreFailed(const QString &message);
    void stopUnusedSandbox();
    void requireSignIn(std::function<void()> retry);
    SignInWidget *activeSignInForm() const;
    void signOut();
    void showSignInPage();
    void showKeysPage();
    void updateTitle();

    void openSettings();
    void applySettings();
    void quit();
    void showAbout();
    void showAboutQt();
    /// The user guide (the project's README) in the browser.
    void showHelp();
    void saveWindowState();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    VoipbinClient *m_client;
    CurrentSession *m_session;
    SignInController *m_controller;
    SignInWidget *m_signIn;
    QPointer<SignInAgainDialog> m_signInAgain;
    SecureClipboard *m_clipboard;
    LocalKeySecrets *m_localSecrets;
    LocalSandbox *m_sandbox;
    QToolBar *m_toolBar = nullptr;
};
