#pragma once

#include "SecretJob.h"
#include "SecretStore.h"

#include <QHash>

/// Secrets in memory, finishing asynchronously like the real keychain: for unit tests of one class.
/// failNextWith() makes the next operations fail, to test how callers handle a broken keyring.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    void setLabel(const QString &key, const QString &label) override { m_labels.insert(key, label); }

    void failNextWith(SecretJob::Status status, int count = 1);
    QHash<QString, QString> contents() const { return m_secrets; }
    QString label(const QString &key) const { return m_labels.value(key); }

private:
    SecretJob *finishLater(SecretJob::Status status, const QString &secret = {});
    SecretJob::Status consumeFailure();

    QHash<QString, QString> m_secrets;
    QHash<QString, QString> m_labels;
    SecretJob::Status m_failure = SecretJob::Status::Ok;
    int m_failuresLeft = 0;
};
