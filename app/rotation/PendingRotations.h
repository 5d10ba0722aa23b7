#pragma once

#include "api/AccessKey.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

class KeyRotation;
class LocalKeySecrets;
class RotationStore;
class SessionHandover;
class VoipbinClient;

/// The key rotations of the signed-in account: the ones started now, and the ones a earlier run left in
/// RotationStore, resumed when the account's session begins (a pending revocation whose time has passed
/// is performed then). Knows which keys are to be revoked when, for the table's mark. One KeyRotation per
/// old key; each is dropped when it ends.
class PendingRotations : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; `secrets` follows the same account (the keys page sets both).
    PendingRotations(
        VoipbinClient *client, LocalKeySecrets *secrets, RotationStore *store, QObject *parent = nullptr);
    ~PendingRotations() override;

    /// Borrowed; every rotation moves the session off the key it replaces through it (SessionHandover).
    void setHandover(SessionHandover *handover) { m_handover = handover; }

    /// Lets go of the previous account's rotations (their records stay for its next session) and resumes
    /// every stored rotation of this one. Empty to sign out.
    void setAccount(const QUrl &serverRoot, const QString &customerId);

    /// Starts replacing `oldKey`; the rotation already under way for it when there is one.
    KeyRotation *start(const AccessKey &oldKey, qint64 graceSeconds, const AccessKeyList &listed);
    KeyRotation *rotation(const QString &oldKeyId) const { return m_rotations.value(oldKeyId); }
    /// Old key id to the time it is to be revoked, for keys whose successor is stored and works.
    QHash<QString, QDateTime> pendingRevocations() const;

signals:
    /// A rotation was added, moved on a step, or ended.
    void changed();
    void keyCreated(const AccessKey &key);
    void keyRevoked(const QString &keyId);
    /// A sentence for the status bar or a banner, from a rotation that ran without a dialog too.
    void rotationFinished(const QString &message);
    void rotationFailed(const QString &message);

private:
    KeyRotation *add();
    void drop(const QString &oldKeyId);
    void clear();

    VoipbinClient *m_client;
    LocalKeySecrets *m_secrets;
    RotationStore *m_store;
    SessionHandover *m_handover = nullptr;
    QUrl m_serverRoot;
    QString m_customerId;
    QHash<QString, KeyRotation *> m_rotations;
};
