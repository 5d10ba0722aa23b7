#include "MemorySecretStore.h"

#include <QMetaObject>

SecretJob *MemorySecretStore::read(const QString &key)
{
    if (m_failuresLeft > 0)
        return finishLater(consumeFailure());
    const auto it = m_secrets.constFind(key);
    return it == m_secrets.cend() ? finishLater(SecretJob::Status::NotFound)
                                  : finishLater(SecretJob::Status::Ok, *it);
}

SecretJob *MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (m_failuresLeft > 0)
        return finishLater(consumeFailure());
    m_secrets.insert(key, secret);
    return finishLater(SecretJob::Status::Ok);
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    if (m_failuresLeft > 0)
        return finishLater(consumeFailure());
    // Like the real Secret Service, deleting a missing entry succeeds.
    m_secrets.remove(key);
    return finishLater(SecretJob::Status::Ok);
}

void MemorySecretStore::failNextWith(SecretJob::Status status, int count)
{
    m_failure = status;
    m_failuresLeft = count;
}

SecretJob::Status MemorySecretStore::consumeFailure()
{
    --m_failuresLeft;
    return m_failure;
}

SecretJob *MemorySecretStore::finishLater(SecretJob::Status status, const QString &secret)
{
    auto *job = new SecretJob(this);
    // Queued, never synchronous: callers must connect to finished() after the call returns, as with
    // QtKeychain.
    QMetaObject::invokeMethod(
        job, [job, status, secret] { job->complete(status, secret); }, Qt::QueuedConnection);
    return job;
}
