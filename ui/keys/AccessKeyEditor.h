#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class AccessKey;
class AccessKeyTableModel;
struct NewAccessKey;
class CreateKeyDialog;
class EditKeyDialog;
class LocalKeySecrets;
class QWidget;
class SecureClipboard;
class VoipbinClient;

/// Creates, edits and revokes accesskeys on the server: the dialogs, the requests and the table rows
/// that follow. A new key's token goes to this computer's keychain before the one dialog that shows
/// it. When the session has ended, signInRequired() hands over the request to send again afterwards,
/// and the dialog stays open meanwhile.
class AccessKeyEditor : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; dialogs and questions open over `window`, which also owns this object.
    AccessKeyEditor(VoipbinClient *client, AccessKeyTableModel *model, LocalKeySecrets *secrets,
        SecureClipboard *clipboard, QWidget *window);

    void create();
    void edit(const AccessKey &key);
    /// Asks first: revoking cannot be undone.
    void revoke(const AccessKey &key);

signals:
    /// The session has ended; call `retry` once signed in again to the same account.
    void signInRequired(std::function<void()> retry);
    /// For the status bar: "Revoked "name"."
    void revoked(const QString &message);

private:
    void sendCreate(
        QPointer<CreateKeyDialog> dialog, const QString &name, const QString &detail, qint64 lifetime);
    void storeNewKey(const NewAccessKey &created);
    void reconcileLostCreate(QPointer<CreateKeyDialog> dialog, const QString &name, const QString &detail,
        const QDateTime &attemptStartedUtc, const QSet<QString> &knownIds);
    void offerToRevokeOrphans(const QList<AccessKey> &orphans);
    void sendEdit(
        QPointer<EditKeyDialog> dialog, const QString &id, const QString &name, const QString &detail);
    void sendRevoke(const AccessKey &key);

    VoipbinClient *m_client;
    AccessKeyTableModel *m_model;
    LocalKeySecrets *m_secrets;
    SecureClipboard *m_clipboard;
    QWidget *m_window;
};
