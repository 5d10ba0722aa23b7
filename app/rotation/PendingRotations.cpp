#include "PendingRotations.h"

#include "rotation/KeyRotation.h"
#include "rotation/RotationStore.h"

PendingRotations::PendingRotations(
    VoipbinClient *client, LocalKeySecrets *secrets, RotationStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_store(store)
{
}

PendingRotations::~PendingRotations() = default;

void PendingRotations::setAccount(const QUrl &serverRoot, const QString &customerId)
{
    clear();
    m_serverRoot = serverRoot;
    m_customerId = customerId;
    if (customerId.isEmpty())
        return;
    for (const RotationRecord &record : m_store->records(serverRoot, customerId)) {
        KeyRotation *rotation = add();
        m_rotations.insert(record.oldKeyId, rotation);
        rotation->resume(record);
    }
    emit changed();
}

KeyRotation *PendingRotations::start(
    const AccessKey &oldKey, qint64 graceSeconds, const AccessKeyList &listed)
{
    if (KeyRotation *running = rotation(oldKey.id))
        return running;
    KeyRotation *rotation = add();
    m_rotations.insert(oldKey.id, rotation);
    rotation->start(oldKey, m_customerId, graceSeconds, listed);
    emit changed();
    return rotation;
}

QHash<QString, QDateTime> PendingRotations::pendingRevocations() const
{
    QHash<QString, QDateTime> pending;
    for (KeyRotation *rotation : m_rotations) {
        const RotationRecord record = rotation->record();
        if (record.step == RotationRecord::Step::Verified || record.step == RotationRecord::Step::Revoking)
            pending.insert(record.oldKeyId, record.revokeAtUtc);
    }
    return pending;
}

KeyRotation *PendingRotations::add()
{
    auto *rotation = new KeyRotation(m_client, m_secrets, m_store, this);
    rotation->setHandover(m_handover);
    connect(rotation, &KeyRotation::stepChanged, this, &PendingRotations::changed);
    connect(rotation, &KeyRotation::keyCreated, this, &PendingRotations::keyCreated);
    connect(rotation, &KeyRotation::keyRevoked, this, &PendingRotations::keyRevoked);
    connect(rotation, &KeyRotation::finished, this, [this, rotation] {
        const RotationRecord record = rotation->record();
        drop(record.oldKeyId);
        emit rotationFinished(tr("The key \"%1\" (%2) is replaced and revoked; its successor is stored here.")
                                  .arg(record.name, record.oldKeyPrefix));
    });
    connect(rotation, &KeyRotation::failed, this, [this, rotation](const QString &message, bool resumable) {
        if (!resumable)
            drop(rotation->oldKeyId());
        emit rotationFailed(message);
    });
    return rotation;
}

void PendingRotations::drop(const QString &oldKeyId)
{
    if (KeyRotation *rotation = m_rotations.take(oldKeyId))
        rotation->deleteLater(); // it is still emitting
    emit changed();
}

void PendingRotations::clear()
{
    // Deleting a rotation mid-step is what a quit does: its record says where to carry on.
    qDeleteAll(m_rotations);
    m_rotations.clear();
}
