#pragma once

#include "SecretStore.h"

#include <QHash>

namespace QKeychain {
class Job;
}

/// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
/// Windows). The insecure plaintext fallback stays off. QtKeychain runs one job at a time, and a job stuck
/// on an unanswered unlock prompt would stall every later one: each job therefore gets an application-level
/// timeout, after which it finishes with SecretJob::Status::TimedOut (the QtKeychain job itself is left to
/// finish on its own; it is never deleted while running).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    /// The service name is what a person sees as the item label in a keyring browser.
    static QString defaultServiceName() { return QStringLiteral("VoIPbin Keys"); }
    static constexpr int DefaultTimeoutMs = 15000;

    explicit KeychainSecretStore(
        const QString &serviceName = defaultServiceName(), QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    /// Over the Secret Service D-Bus API on Linux (SecretServiceLabel); a no-op elsewhere.
    void setLabel(const QString &key, const QString &label) override;

private:
    SecretJob *start(QKeychain::Job *job, const QString &key);
    void complete(SecretJob *result, QKeychain::Job *finished);

    QString m_serviceName;
    QHash<QString, QString> m_labels; // key -> label, for the entry's next write
    int m_timeoutMs = DefaultTimeoutMs;
};
