#pragma once

#include "profiles/Profile.h"

#include <QAbstractListModel>
#include <QSet>

class ProfileStore;

/// The profiles as the sidebar lists them, in the user's order: the name, the server always next to it,
/// and whether the profile is signed in. Follows the ProfileStore; the window says who is signed in.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ServerRole,
        SignedInRole,
    };

    /// `profiles` is borrowed.
    explicit ProfileListModel(ProfileStore *profiles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    void setSignedIn(const QString &id, bool signedIn);
    /// Reads the store again (after an add, a removal or a move).
    void reload();

private:
    QString statusText(const Profile &profile) const;

    ProfileStore *m_profiles;
    QList<Profile> m_rows;
    QSet<QString> m_signedIn;
};
