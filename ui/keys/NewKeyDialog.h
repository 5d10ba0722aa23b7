#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

#include <memory>

namespace Ui {
class NewKeyDialog;
}
struct NewAccessKey;
class SecureClipboard;

/// Shown once after a key was created: the only time its full token is available. When the token
/// could not be stored in the keychain (or the keychain has not answered yet), the dialog cannot be
/// closed (button, Escape or window close) until the person confirms they copied it.
class NewKeyDialog : public QDialog
{
    Q_OBJECT

public:
    NewKeyDialog(const NewAccessKey &created, bool storedInKeychain, const QString &keychainMessage,
        SecureClipboard *clipboard, QWidget *parent = nullptr);
    ~NewKeyDialog() override;

    bool storedInKeychain() const { return m_stored; }
    /// The keychain has not answered in time: it may be showing an unlock prompt or a first-use wizard.
    /// The key stays on screen, guarded as when it could not be saved, until keychainAnswered().
    void showKeychainStillAsking();
    /// The keychain's late answer: saved (closing is free again) or not (the reason is shown).
    void keychainAnswered(bool stored, const QString &message);
    /// True when closing is allowed: stored in the keychain, or the "copied" box is ticked.
    bool canClose() const;
    /// The app locks: the token is wiped and the dialog closes, even when the token is not stored (the
    /// key can still be revoked and replaced; a locked app keeps no secret on screen or in memory).
    void forgetToken();

public slots:
    void reject() override;

private:
    void showKeychainState(const QString &keychainMessage);
    void showWarning(const QString &text);
    void copyToken();
    void updateState();
    void showCountdown(int secondsLeft);
    void showCopyStatus(const QString &message);

    std::unique_ptr<Ui::NewKeyDialog> m_ui;
    QPointer<SecureClipboard> m_clipboard;
    QString m_token; // the secret as the server sent it; the field only shows it
    bool m_stored;
};
