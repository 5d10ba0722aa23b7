#include "LocalKeySecrets.h"

#include "SecretJob.h"
#include "SecretKeys.h"
#include "SecretStore.h"

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

SecretJob *LocalKeySecrets::store(const QString &keyId, const QString &token)
{
    // The account is captured now: the keychain may answer after a sign-out or another sign-in.
    const QUrl root = m_serverRoot;
    const QString customerId = m_customerId;
    SecretJob *job = m_store->write(SecretKeys::accessKey(root, customerId, keyId), token);
    // Connected before the caller can connect: the index is up to date when the caller hears of it.
    auto markIfStored = [this, job, root, customerId, keyId] {
        if (job->isOk())
            addToIndex(root, customerId, keyId);
    };
    connect(job, &SecretJob::finished, this, markIfStored);
    connect(job, &SecretJob::answeredLate, this, markIfStored);
    return job;
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
