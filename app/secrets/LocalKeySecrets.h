#pragma once

#include "StoredSecretIndex.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class AccessKey;
class QSettings;
struct NewAccessKey;
class SecretJob;
class SecretStore;

/// Everything about accesskey secrets kept on this computer, for one account at a time: a new key's
/// token goes into the keychain (named by SecretKeys) and its id into the StoredSecretIndex, so the
/// table can mark stored keys without a keychain read per row. The server shows a token only once,
/// so this is the only place a key's secret can be copied from later.
class LocalKeySecrets : public QObject
{
    Q_OBJECT

public:
    /// `store` is borrowed; the index lives in `indexSettings` when given (tests), else in QSettings.
    explicit LocalKeySecrets(
        SecretStore *store, QSettings *indexSettings = nullptr, QObject *parent = nullptr);
    ~LocalKeySecrets() override;

    /// The server and account whose keys the other calls are about; empty when signed out.
    void setAccount(const QUrl &serverRoot, const QString &customerId);

    QSet<QString> storedKeyIds() const;
    bool isStored(const QString &keyId) const;

    /// Writes a new key's token, labelled with its name, prefix and server. The caller owns the job (see
    /// SecretJob) and keeps it through a TimedOut to answeredLate(); when either says stored, the key is
    /// already in storedKeyIds().
    SecretJob *store(const NewAccessKey &created);
    /// After a rename: the entry's label follows the key's name (nothing happens for a key not stored here).
    void relabel(const AccessKey &key);
    /// Labels the stored entries among `keys` once per account and run, so entries written by versions
    /// that labelled everything "VoIPbin Keys" become readable after the first listing.
    void labelStoredKeys(const QList<AccessKey> &keys);
    /// Reads a stored key's token (check isStored() first); the caller owns the job. A NotFound result
    /// has already dropped the key from storedKeyIds() when finished() comes.
    SecretJob *read(const QString &keyId);
    /// Drops a revoked key's token; nobody waits for the keychain, the key is gone either way.
    void forget(const QString &keyId);

signals:
    void storedKeyIdsChanged();

private:
    void addToIndex(const QUrl &serverRoot, const QString &customerId, const QString &keyId);
    void removeFromIndex(const QUrl &serverRoot, const QString &customerId, const QString &keyId);

    SecretStore *m_store;
    StoredSecretIndex m_index;
    QUrl m_serverRoot;
    QString m_customerId;
    QSet<QString> m_labelledAccounts;
};
