#pragma once

#include <QObject>
#include <QString>

class SecretJob;

/// Where secrets live: the OS keychain in the product (KeychainSecretStore), memory in unit tests
/// (MemorySecretStore). Keys come from SecretKeys. Nothing else in the app may persist a secret.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

    /// The label a person reads in a keyring browser for the entry `key` (see SecretKeys' labels): applied
    /// now if the entry exists, and to the next write of it before that write reports back. Cosmetic and
    /// best effort: a keychain that cannot label keeps its own.
    virtual void setLabel(const QString &key, const QString &label) = 0;
};
