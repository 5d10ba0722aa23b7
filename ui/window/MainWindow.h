#pragma once

#include "SignInWidget.h"
#include "api/AccessKey.h"
#include "session/Session.h"

#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class AccessKeyCopier;
class AccessKeyEditor;
class AccessKeyFilterProxyModel;
class AccessKeyListLoader;
class AccessKeyTableModel;
class ApiError;
class LocalKeySecrets;
class LocalSandbox;
class QAction;
class QToolBar;
class RetryAfterSignIn;
class SecretStore;
class SecureClipboard;
class Settings;
class SignInController;
class VoipbinClient;

/// The window people click through every day: the sign-in page, then the account's accesskeys in a
/// sortable, filterable table with create, edit, revoke and copy. When the session ends mid-action the
/// sign-in form comes up over everything and the action is retried afterwards.
///
/// It composes and wires the parts that do the work: SignInController and RetryAfterSignIn (signing
/// in), AccessKeyListLoader (the list), AccessKeyEditor (create, edit, revoke), AccessKeyCopier and
/// LocalKeySecrets (a key's secret), KeysPage and SessionStatusBar (what is shown). What stays here is
/// switching pages, the actions and menus, the window's saved state and the session the parts share.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `store` and `settings` are borrowed (tests pass a real keychain store and a temp-file QSettings).
    MainWindow(SecretStore *store, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Preselects a server on the sign-in form (command line --server / --sandbox).
    void preselectServer(SignInWidget::ServerChoice choice, const QString &customUrl = {});
    /// Tries the remembered session; the sign-in form shows meanwhile and stays if it fails.
    void start();

    Session session() const { return m_session; }
    bool isSignedIn() const { return m_session.isValid(); }
    SignInWidget *signInWidget() const { return m_signIn; }
    AccessKeyTableModel *keyModel() const { return m_model; }
    AccessKeyFilterProxyModel *keyProxy() const { return m_proxy; }
    SecureClipboard *clipboard() const { return m_clipboard; }
    QAction *action(const QString &objectName) const;
    LocalSandbox *localSandbox() const { return m_sandbox; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void setUpKeysPage();
    void connectSignIn();
    void prefillSignInForm();
    void connectListLoader();
    void connectKeyWork();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
        void (MainWindow::*slot)(), const QString &description = {});

    // sign-in and session
    void submitSignIn(SignInWidget *form);
    void onSignedIn(const Session &session);
    void onRestoreFailed(const QString &message);
    void signInToSandbox(SignInWidget *form, SignInController::Attempt attempt);
    void stopUnusedSandbox();
    void showSignInPage();
    void showKeysPage();
    void requireSignIn(std::function<void()> retry);
    SignInWidget *activeSignInForm() const;
    void signOut();
    void useAccessKeyExpiry();
    void updateTitle();

    // keys
    void refresh();
    void onListFailed(const ApiError &error);
    void createKey();
    void editKey();
    void revokeKey();
    void copyKey();
    void copyPrefix();
    void copyCurlExample();
    void focusFilter();
    void openSettings();
    void applySettings();
    void showAbout();
    void quit();
    void showTableContextMenu(const QPoint &globalPosition);
    void updateActions();
    void showProblem(const QString &message);
    AccessKey currentKey() const;
    void reloadStoredSecretIds();
    void saveWindowState();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    VoipbinClient *m_client;
    SignInController *m_controller;
    SignInWidget *m_signIn;
    RetryAfterSignIn *m_retryAfterSignIn;
    AccessKeyTableModel *m_model;
    AccessKeyFilterProxyModel *m_proxy;
    AccessKeyListLoader *m_listLoader;
    SecureClipboard *m_clipboard;
    LocalKeySecrets *m_localSecrets;
    AccessKeyCopier *m_copier;
    AccessKeyEditor *m_editor;
    LocalSandbox *m_sandbox;
    Session m_session;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_keyActions; // need a selected key
    QList<QAction *> m_sessionActions; // need a session
};
