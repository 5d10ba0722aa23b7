#include "ProfileStore.h"

#include "api/ServerAddress.h"
#include "core/Settings.h"

#include <QUuid>

namespace {
using PK = Settings::ProfileKey;
constexpr int MaxNameLength = 64;
} // namespace

ProfileStore::ProfileStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings->value(Settings::Key::ProfilesMigrated).toBool())
        migrateSingleAccountSettings();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    for (const QString &id : m_settings->profileIds())
        result.append(profile(id));
    return result;
}

int ProfileStore::count() const
{
    return int(m_settings->profileIds().size());
}

Profile ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !m_settings->profileIds().contains(id))
        return {};
    Profile p;
    p.id = id;
    p.name = m_settings->profileValue(id, PK::Name).toString();
    p.server = Settings::serverChoiceFromText(m_settings->profileValue(id, PK::Server).toString());
    p.customRoot = QUrl(m_settings->profileValue(id, PK::ServerRoot).toString());
    p.method = Settings::signInMethodFromText(m_settings->profileValue(id, PK::SignInMethod).toString());
    p.username = m_settings->profileValue(id, PK::Username).toString();
    p.rememberMe = m_settings->profileValue(id, PK::RememberMe).toBool();
    p.customerId = m_settings->profileValue(id, PK::CustomerId).toString();
    p.legacyAccessKeySession = m_settings->profileValue(id, PK::LegacyAccessKeySession).toBool();
    return p;
}

Profile ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const QString &id : m_settings->profileIds()) {
        if (m_settings->profileValue(id, PK::Name).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return profile(id);
    }
    return {};
}

QString ProfileStore::nameProblem(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name.");
    if (trimmed.size() > MaxNameLength)
        return tr("A profile name can have at most %n characters.", nullptr, MaxNameLength);
    const Profile other = findByName(trimmed);
    if (!other.isNull() && other.id != exceptId)
        return tr("There is already a profile named “%1”.").arg(other.name);
    return {};
}

QString ProfileStore::uniqueName(const QString &name) const
{
    const QString base = name.trimmed().left(MaxNameLength - 4);
    QString candidate = base;
    for (int n = 2; !findByName(candidate).isNull(); ++n)
        candidate = base + QLatin1Char(' ') + QString::number(n);
    return candidate;
}

Profile ProfileStore::add(Profile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = profile.name.trimmed();
    QStringList ids = m_settings->profileIds();
    ids.append(profile.id);
    m_settings->setProfileIds(ids);
    write(profile);
    emit profileAdded(profile);
    return profile;
}

bool ProfileStore::update(const Profile &profile)
{
    if (!m_settings->profileIds().contains(profile.id))
        return false;
    write(profile);
    emit profileChanged(profile);
    return true;
}

Profile ProfileStore::duplicate(const QString &id)
{
    Profile copy = profile(id);
    if (copy.isNull())
        return {};
    copy.name = uniqueName(copy.name);
    copy.customerId.clear();
    copy.legacyAccessKeySession = false;
    return add(copy);
}

void ProfileStore::remove(const QString &id)
{
    QStringList ids = m_settings->profileIds();
    if (!ids.removeOne(id))
        return;
    m_settings->setProfileIds(ids);
    m_settings->removeProfileValues(id);
    if (m_settings->value(Settings::Key::LastProfile).toString() == id)
        m_settings->reset(Settings::Key::LastProfile);
    emit profileRemoved(id);
}

void ProfileStore::move(const QString &id, int toIndex)
{
    QStringList ids = m_settings->profileIds();
    const int from = int(ids.indexOf(id));
    if (from < 0)
        return;
    ids.move(from, qBound(0, toIndex, int(ids.size()) - 1));
    m_settings->setProfileIds(ids);
}

Profile ProfileStore::lastUsed() const
{
    const Profile last = profile(m_settings->value(Settings::Key::LastProfile).toString());
    if (!last.isNull())
        return last;
    const QStringList ids = m_settings->profileIds();
    return ids.isEmpty() ? Profile() : profile(ids.first());
}

void ProfileStore::setLastUsed(const QString &id)
{
    m_settings->setValue(Settings::Key::LastProfile, id);
}

QString ProfileStore::suggestedName(const Profile &profile)
{
    if (profile.method == SignInMethod::Password && !profile.username.isEmpty())
        return tr("%1 on %2").arg(profile.username, profile.serverDisplayName());
    return profile.serverDisplayName();
}

void ProfileStore::write(const Profile &profile)
{
    const QString &id = profile.id;
    m_settings->setProfileValue(id, PK::Name, profile.name);
    m_settings->setProfileValue(id, PK::Server, Settings::textOf(profile.server));
    m_settings->setProfileValue(id, PK::ServerRoot,
        profile.server == ServerChoice::Custom ? profile.customRoot.toString() : QString());
    m_settings->setProfileValue(id, PK::SignInMethod, Settings::textOf(profile.method));
    m_settings->setProfileValue(id, PK::Username, profile.username);
    m_settings->setProfileValue(id, PK::RememberMe, profile.rememberMe);
    m_settings->setProfileValue(id, PK::CustomerId, profile.customerId);
    m_settings->setProfileValue(id, PK::LegacyAccessKeySession, profile.legacyAccessKeySession);
}

// Version 0.x kept one account: the last server, username, method and remember-me. They become the first
// profile with the same server root and username, so SecretKeys finds the same remembered session and the
// same key entries; nothing in the keychain has to move. A fresh install gets one profile for the default
// server, so there is always something to sign in to.
void ProfileStore::migrateSingleAccountSettings()
{
    m_settings->setValue(Settings::Key::ProfilesMigrated, true);
    if (!m_settings->profileIds().isEmpty())
        return;
    Profile first;
    const QUrl lastServer(m_settings->value(Settings::Key::LastServer).toString());
    if (lastServer.isValid() && !lastServer.isEmpty()) {
        const bool official = lastServer.adjusted(QUrl::StripTrailingSlash) == ServerAddress::defaultRoot();
        first.server = official ? ServerChoice::Voipbin : ServerChoice::Custom;
        first.customRoot = official ? QUrl() : lastServer;
        first.method = m_settings->lastSignInMethod();
        first.username = m_settings->value(Settings::Key::LastUsername).toString();
        first.rememberMe = m_settings->value(Settings::Key::RememberMe).toBool();
        first.legacyAccessKeySession = first.method == SignInMethod::AccessKey;
    } else {
        first.server = m_settings->defaultServer();
        first.customRoot = QUrl(m_settings->value(Settings::Key::CustomServerUrl).toString());
        if (first.server == ServerChoice::Custom && !first.customRoot.isValid())
            first.server = ServerChoice::Voipbin;
        first.method = m_settings->lastSignInMethod();
        first.username = m_settings->value(Settings::Key::LastUsername).toString();
    }
    first.name = suggestedName(first);
    setLastUsed(add(first).id);
}
