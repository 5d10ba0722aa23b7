#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>

class Settings;

/// The profiles of this computer, in the user's order, over Settings (so the window and `vbkeys` see the
/// same ones). Adds, renames, duplicates and removes profiles; a removed profile's keychain entries are
/// ProfileRemoval's business. On first use it turns the single-account settings of earlier versions into a
/// first profile, so an upgrade keeps the remembered session and every stored key.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(Settings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const;
    int count() const;
    Profile profile(const QString &id) const;
    /// Case-insensitive, as a person reads names; a null Profile when there is none.
    Profile findByName(const QString &name) const;
    /// A sentence for the user when `name` cannot name a profile (empty, too long, taken by another one
    /// than `exceptId`); empty when it can.
    QString nameProblem(const QString &name, const QString &exceptId = QString()) const;
    /// `name`, or "name 2", "name 3"... whichever is free.
    QString uniqueName(const QString &name) const;

    /// Gives `profile` a new id and appends it; returns it as stored. The name must pass nameProblem().
    Profile add(Profile profile);
    /// Saves every field of an existing profile (matched by id); false when there is no such profile.
    bool update(const Profile &profile);
    /// A copy under a free name, without the learnt customer id (the copy signs in on its own).
    Profile duplicate(const QString &id);
    /// Forgets the profile's settings; the caller has dealt with its keychain entries.
    void remove(const QString &id);
    void move(const QString &id, int toIndex);

    /// The profile the window showed last, else the first one; null when there are none.
    Profile lastUsed() const;
    void setLastUsed(const QString &id);

    /// A name for a new profile of this account: "alice on api.voipbin.net".
    static QString suggestedName(const Profile &profile);

signals:
    void profileAdded(const Profile &profile);
    void profileChanged(const Profile &profile);
    void profileRemoved(const QString &id);

private:
    void migrateSingleAccountSettings();
    void write(const Profile &profile);

    Settings *m_settings;
};
