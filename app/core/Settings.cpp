#include "Settings.h"

#include <QSettings>

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The table: adding a setting means adding one row here and one enumerator.
const Entry &entry(Settings::Key key)
{
    using K = Settings::Key;
    static const Entry entries[] = {
        { K::ClipboardClearSeconds, "Security/ClipboardClearSeconds", 30 },
        // Off: any stray middle click pastes the primary selection, into any window.
        { K::CopyToSelection, "Security/CopyToPrimarySelection", false },
        { K::ExpiryWarningDays, "Keys/ExpiryWarningDays", 7 },
        { K::DefaultServer, "Server/Default", QStringLiteral("voipbin") },
        { K::CustomServerUrl, "Server/CustomUrl", QString() },
        { K::LastServer, "Server/Last", QString() },
        { K::LastUsername, "SignIn/LastUsername", QString() },
        { K::LastSignInMethod, "SignIn/LastMethod", QStringLiteral("password") },
        { K::RememberMe, "SignIn/RememberMe", false },
        { K::MainWindowGeometry, "MainWindow/Geometry", QByteArray() },
        { K::MainWindowState, "MainWindow/State", QByteArray() },
        { K::KeyTableHeaderState, "MainWindow/KeyTableHeader", QByteArray() },
        { K::LastProfile, "Profiles/Last", QString() },
        { K::ProfilesMigrated, "Profiles/Migrated", false },
        { K::ShowTrayIcon, "Desktop/ShowTrayIcon", false },
        { K::LockAfterIdleMinutes, "Security/LockAfterIdleMinutes", 0 },
        { K::LockOnScreenLock, "Security/LockOnScreenLock", true },
        { K::RemindersSent, "Reminders/Sent", QStringList() },
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
struct ProfileEntry
{
    Settings::ProfileKey key;
    const char *name;
    QVariant defaultValue;
};

// The per-profile rows of the same table, each under "Profiles/<id>/".
const ProfileEntry &entry(Settings::ProfileKey key)
{
    using K = Settings::ProfileKey;
    static const ProfileEntry entries[] = {
        { K::Name, "Name", QString() },
        { K::Server, "Server", QStringLiteral("voipbin") },
        { K::ServerRoot, "ServerRoot", QString() },
        { K::SignInMethod, "SignInMethod", QStringLiteral("password") },
        { K::Username, "Username", QString() },
        { K::RememberMe, "RememberMe", false },
        { K::CustomerId, "CustomerId", QString() },
        { K::LegacyAccessKeySession, "LegacyAccessKeySession", false },
        { K::KeyFilter, "KeyFilter", QString() },
        { K::KeyTableHeaderState, "KeyTableHeader", QByteArray() },
    };
    for (const ProfileEntry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

QString profileGroup(const QString &profileId)
{
    return QStringLiteral("Profiles/") + profileId;
}

const char *serverChoiceText(ServerChoice choice)
{
    switch (choice) {
    case ServerChoice::Sandbox:
        return "sandbox";
    case ServerChoice::Custom:
        return "custom";
    case ServerChoice::Voipbin:
        break;
    }
    return "voipbin";
}
} // namespace

QString Settings::textOf(ServerChoice choice)
{
    return QLatin1String(serverChoiceText(choice));
}

ServerChoice Settings::serverChoiceFromText(const QString &text)
{
    for (ServerChoice choice : { ServerChoice::Sandbox, ServerChoice::Custom }) {
        if (text == QLatin1String(serverChoiceText(choice)))
            return choice;
    }
    return ServerChoice::Voipbin;
}

QString Settings::textOf(SignInMethod method)
{
    return method == SignInMethod::AccessKey ? QStringLiteral("accesskey") : QStringLiteral("password");
}

SignInMethod Settings::signInMethodFromText(const QString &text)
{
    return text == QLatin1String("accesskey") ? SignInMethod::AccessKey : SignInMethod::Password;
}

ServerChoice Settings::defaultServer() const
{
    return serverChoiceFromText(value(Key::DefaultServer).toString());
}

void Settings::setDefaultServer(ServerChoice choice)
{
    setValue(Key::DefaultServer, textOf(choice));
}

SignInMethod Settings::lastSignInMethod() const
{
    return signInMethodFromText(value(Key::LastSignInMethod).toString());
}

void Settings::setLastSignInMethod(SignInMethod method)
{
    setValue(Key::LastSignInMethod, textOf(method));
}

Settings::Settings(QSettings *backend)
    : m_settings(backend ? backend : new QSettings)
    , m_ownsBackend(backend == nullptr)
{
}

Settings::~Settings()
{
    if (m_ownsBackend)
        delete m_settings;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(entry(key).name), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1String(entry(key).name));
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QStringList Settings::profileIds() const
{
    return m_settings->value(QStringLiteral("Profiles/Order")).toStringList();
}

void Settings::setProfileIds(const QStringList &ids)
{
    m_settings->setValue(QStringLiteral("Profiles/Order"), ids);
}

QVariant Settings::profileValue(const QString &profileId, ProfileKey key) const
{
    const ProfileEntry &e = entry(key);
    return m_settings->value(
        profileGroup(profileId) + QLatin1Char('/') + QLatin1String(e.name), e.defaultValue);
}

void Settings::setProfileValue(const QString &profileId, ProfileKey key, const QVariant &value)
{
    m_settings->setValue(profileGroup(profileId) + QLatin1Char('/') + QLatin1String(entry(key).name), value);
}

void Settings::removeProfileValues(const QString &profileId)
{
    m_settings->remove(profileGroup(profileId));
}

QVariant Settings::defaultValue(ProfileKey key)
{
    return entry(key).defaultValue;
}
