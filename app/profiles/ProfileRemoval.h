#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;
class SecretStore;
class StoredSecretIndex;

/// What removing a profile deletes from the keychain, listed for the confirmation before anything goes,
/// then deleted: the profile's remembered session and the stored secrets of its account's keys. An entry
/// another remaining profile of the same server and account still uses stays, so removing a duplicate
/// never takes the original's session or keys with it.
class ProfileRemoval : public QObject
{
    Q_OBJECT

public:
    /// One keychain entry that goes: its name (SecretKeys) and a line a person can read.
    struct Entry
    {
        QString name;
        QString description;
        QString keyId; // for a key's secret; empty for the session
    };

    /// `remaining` are the profiles that stay. `store` is borrowed; the key index lives in
    /// `indexSettings` when given (tests), else in QSettings.
    ProfileRemoval(const Profile &profile, const QList<Profile> &remaining, SecretStore *store,
        QSettings *indexSettings = nullptr, QObject *parent = nullptr);
    ~ProfileRemoval() override;

    const QList<Entry> &entries() const { return m_entries; }
    /// What stays because another profile uses it, for the confirmation to say so ("shared with ...").
    QStringList keptBecauseShared() const { return m_kept; }

    /// Deletes every entry; finished() follows once the keychain has answered for all of them.
    void run();
    bool isFinished() const { return m_pending == 0 && m_started; }

signals:
    /// `problem` is a sentence for the user when an entry could not be deleted; empty when all went.
    void finished(const QString &problem);

private:
    void listSession(const QList<Profile> &remaining);
    void listKeys(const QList<Profile> &remaining);
    void onEntryDone(const Entry &entry, int status);

    Profile m_profile;
    SecretStore *m_store;
    StoredSecretIndex *m_index;
    QList<Entry> m_entries;
    QStringList m_kept;
    QStringList m_problems;
    int m_pending = 0;
    bool m_started = false;
};
