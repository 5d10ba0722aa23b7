#include "LocalKeySecrets.h"

#include "SecretJob.h"
#include "SecretKeys.h"
#include "SecretStore.h"
#include "api/AccessKey.h"
#include "api/NewAccessKey.h"

LocalKeySecrets::LocalKeySecrets(SecretStore *store, QSettings *indexSettings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_index(indexSettings)
{
}

LocalKeySecrets::~LocalKeySecrets() = default;

void LocalKeySecrets::setAccount(const QUrl &serverRoot, const QString &customerId)
{
    m_serverRoot = serverRoot;
    m_customerId = customerId;
}

QSet<QString> LocalKeySecrets::storedKeyIds() const
{
    return m_index.keyIds(m_serverRoot, m_customerId);
}

bool LocalKeySecrets::isStored(const QString &keyId) const
{
    return m_index.contains(m_serverRoot, m_customerId, keyId);
}

SecretJob *LocalKeySecrets::store(const NewAccessKey &created)
{
    // The account is captured now: the keychain may answer after a sign-out or another sign-in.
    const QUrl root = m_serverRoot;
    const QString customerId = m_customerId;
    const QString keyId = created.key.id;
    const QString entry = SecretKeys::accessKey(root, customerId, keyId);
    m_store->setLabel(entry, SecretKeys::accessKeyLabel(root, created.key.name, created.key.tokenPrefix));
    SecretJob *job = m_store->write(entry, created.token);
    // Connected before the caller can connect: the index is up to date when the caller hears of it.
    auto markIfStored = [this, job, root, customerId, keyId] {
        if (job->isOk())
            addToIndex(root, customerId, keyId);
    };
    connect(job, &SecretJob::finished, this, markIfStored);
    connect(job, &SecretJob::answeredLate, this, markIfStored);
    return job;
}

void LocalKeySecrets::relabel(const AccessKey &key)
{
    if (isStored(key.id))
        m_store->setLabel(SecretKeys::accessKey(m_serverRoot, m_customerId, key.id),
            SecretKeys::accessKeyLabel(m_serverRoot, key.name, key.tokenPrefix));
}

void LocalKeySecrets::labelStoredKeys(const QList<AccessKey> &keys)
{
    const QString account = m_serverRoot.toString() + QLatin1Char('\n') + m_customerId;
    if (m_customerId.isEmpty() || m_labelledAccounts.contains(account))
        return;
    m_labelledAccounts.insert(account);
    const QSet<QString> stored = storedKeyIds();
    if (stored.isEmpty())
        return;
    for (const AccessKey &key : keys) {
        if (stored.contains(key.id))
            relabel(key);
    }
}

SecretJob *LocalKeySecrets::read(const QString &keyId)
{
    const QUrl root = m_serverRoot;
    const QString customerId = m_customerId;
    SecretJob *job = m_store->read(SecretKeys::accessKey(root, customerId, keyId));
    connect(job, &SecretJob::finished, this, [this, job, root, customerId, keyId] {
        // Removed from the keychain behind our back: the marker was wrong.
        if (job->status() == SecretJob::Status::NotFound)
            removeFromIndex(root, customerId, keyId);
    });
    return job;
}

void LocalKeySecrets::forget(const QString &keyId)
{
    removeFromIndex(m_serverRoot, m_customerId, keyId);
    SecretJob *job = m_store->remove(SecretKeys::accessKey(m_serverRoot, m_customerId, keyId));
    connect(job, &SecretJob::finished, job, &QObject::deleteLater);
}

void LocalKeySecrets::addToIndex(const QUrl &serverRoot, const QString &customerId, const QString &keyId)
{
    m_index.add(serverRoot, customerId, keyId);
    emit storedKeyIdsChanged();
}

void LocalKeySecrets::removeFromIndex(const QUrl &serverRoot, const QString &customerId, const QString &keyId)
{
    m_index.remove(serverRoot, customerId, keyId);
    emit storedKeyIdsChanged();
}
