#pragma once

#include "api/AccessKey.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class KeysPage;
}
class AccessKeyCopier;
class AccessKeyEditor;
class AccessKeyFilterProxyModel;
class AccessKeyListLoader;
class AccessKeyTableModel;
class PendingRotations;
class QSettings;
class RotationStore;
class ApiError;
class CurrentSession;
class LocalKeySecrets;
class QAction;
class QPoint;
class QTimer;
class SecureClipboard;
class Session;
class SessionHandover;

/// The signed-in page, and the owner of everything done to keys (after KeePassXC's DatabaseWidget): the
/// filter, a problem banner, the accesskey table (or a sentence when there is nothing to show), the load
/// progress, and the key actions (new, edit, revoke, copy key / prefix / curl example, refresh, find)
/// with the work behind them. It follows the session by itself; the window only puts the actions into
/// its menus and toolbar.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit KeysPage(QWidget *parent = nullptr);
    ~KeysPage() override;

    /// All borrowed. Call once, before the page is shown. Key rotations under way are recorded in
    /// `stateSettings`: the window's own (Settings::backend()), not a second QSettings on the same file,
    /// whose construction would read the file and take its lock before the first frame.
    void setUp(CurrentSession *session, LocalKeySecrets *secrets, SecureClipboard *clipboard,
        QSettings *stateSettings);
    /// The rotations of the signed-in account (Replace key…), resumed when its session begins.
    PendingRotations *rotations() const { return m_rotations; }
    /// Moves an accesskey session to the successor of the key it signs in with before that key is
    /// revoked; the window gives it the profile's remembered session to write (setRememberer).
    SessionHandover *sessionHandover() const { return m_handover; }

    /// The actions that need a session (new key, refresh, find) and those that need a selected key.
    QList<QAction *> sessionActions() const { return m_sessionActions; }
    QList<QAction *> keyActions() const { return m_keyActions; }

    AccessKeyTableModel *model() const { return m_model; }
    AccessKeyFilterProxyModel *proxy() const { return m_proxy; }
    /// The selected key; invalid when none is.
    AccessKey currentKey() const;
    void setExpiryWarningDays(int days);

    void createKey();
    void editKey();
    void revokeKey();
    /// Replace key…: a successor with the same name, detail and lifetime, then the old key revoked.
    void replaceKey();
    void copyKey();
    void copyPrefix();
    void copyCurlExample();
    void refresh();
    void focusTable();
    /// Selects and shows the key with `id` (a reminder was clicked); false when it is not listed (any more,
    /// or hidden by the filter, which is then cleared so it shows).
    bool selectKey(const QString &id);
    void focusFilter();
    /// A problem the user should read above the table; an empty message hides it.
    void showProblem(const QString &message);
    void hideProblem();
    void updateEmptyState();

    /// The filter's text, remembered per profile.
    QString filterText() const;
    void setFilterText(const QString &text);

    QByteArray saveHeaderState() const;
    /// Also sorts the rows as the restored indicator says.
    void restoreHeaderState(const QByteArray &state);

protected:
    /// Esc in a non-empty filter clears it, as in file managers and browsers.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The session has ended mid-action; call `retry` once signed in again to the same account.
    void signInRequired(std::function<void()> retry);
    /// A passing word for the status bar ("Key copied.").
    void statusMessage(const QString &message, int timeoutMs);

private:
    void createActions();
    QAction *addKeyAction(const char *name, const QString &text, const QKeySequence &shortcut,
        void (KeysPage::*slot)(), const QString &description);
    void setUpTable();
    void setUpFilter();
    void connectWork();
    void onSessionStarted(const Session &session);
    void onSessionEnded();
    void onListLoaded();
    void markKeyInUse();
    void onListFailed(const ApiError &error);
    void showTableContextMenu(const QPoint &globalPosition);
    void updateActions();
    void reloadStoredSecretIds();
    void showLoadStarted();
    void showLoaded();
    void hideLoadProgress();
    void updateCountLabel();
    /// "There is nothing here" in the table's place, or an empty string while the table should show.
    QString emptyText() const;

    std::unique_ptr<Ui::KeysPage> m_ui;
    AccessKeyTableModel *m_model;
    AccessKeyFilterProxyModel *m_proxy;
    QTimer *m_filterTimer;
    CurrentSession *m_session = nullptr;
    LocalKeySecrets *m_secrets = nullptr;
    AccessKeyListLoader *m_loader = nullptr;
    AccessKeyCopier *m_copier = nullptr;
    AccessKeyEditor *m_editor = nullptr;
    SecureClipboard *m_clipboard = nullptr;
    std::unique_ptr<RotationStore> m_rotationStore;
    PendingRotations *m_rotations = nullptr;
    SessionHandover *m_handover = nullptr;
    QAction *m_newKeyAction = nullptr;
    /// The last list answered 403: this account may not see or make accesskeys (a manager-only agent).
    bool m_listDenied = false;
    QList<QAction *> m_sessionActions;
    QList<QAction *> m_keyActions;
};
