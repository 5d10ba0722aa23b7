#include "ProfileListModel.h"

#include "profiles/ProfileStore.h"

ProfileListModel::ProfileListModel(ProfileStore *profiles, QObject *parent)
    : QAbstractListModel(parent)
    , m_profiles(profiles)
    , m_rows(profiles->profiles())
{
    connect(profiles, &ProfileStore::profileAdded, this, &ProfileListModel::reload);
    connect(profiles, &ProfileStore::profileRemoved, this, [this](const QString &id) {
        m_signedIn.remove(id);
        reload();
    });
    connect(profiles, &ProfileStore::profileChanged, this, [this](const Profile &profile) {
        const int row = rowOf(profile.id);
        if (row < 0)
            return;
        m_rows[row] = profile;
        emit dataChanged(index(row), index(row));
    });
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ProfileListModel::statusText(const Profile &profile) const
{
    return m_signedIn.contains(profile.id) ? tr("signed in") : tr("signed out");
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Profile &profile = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Two lines: the name, then where it signs in, and "signed in" when it is (the rest are not, and
        // a word repeated on every row would only push the server out of sight).
        return m_signedIn.contains(profile.id)
            ? tr("%1\n%2 · %3").arg(profile.name, profile.serverDisplayName(), statusText(profile))
            : tr("%1\n%2").arg(profile.name, profile.serverDisplayName());
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(profile.name, profile.serverDisplayName(), statusText(profile));
    case Qt::ToolTipRole:
        return profile.server == ServerChoice::Sandbox ? profile.serverDisplayName()
                                                       : profile.serverRoot().toString();
    case IdRole:
        return profile.id;
    case NameRole:
        return profile.name;
    case ServerRole:
        return profile.serverDisplayName();
    case SignedInRole:
        return m_signedIn.contains(profile.id);
    default:
        return {};
    }
}

int ProfileListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void ProfileListModel::setSignedIn(const QString &id, bool signedIn)
{
    if (m_signedIn.contains(id) == signedIn)
        return;
    if (signedIn)
        m_signedIn.insert(id);
    else
        m_signedIn.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_rows = m_profiles->profiles();
    endResetModel();
}
