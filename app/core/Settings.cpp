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
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
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

ServerChoice Settings::defaultServer() const
{
    const QString text = value(Key::DefaultServer).toString();
    for (ServerChoice choice : { ServerChoice::Sandbox, ServerChoice::Custom }) {
        if (text == QLatin1String(serverChoiceText(choice)))
            return choice;
    }
    return ServerChoice::Voipbin;
}

void Settings::setDefaultServer(ServerChoice choice)
{
    setValue(Key::DefaultServer, QLatin1String(serverChoiceText(choice)));
}

SignInMethod Settings::lastSignInMethod() const
{
    return value(Key::LastSignInMethod).toString() == QLatin1String("accesskey") ? SignInMethod::AccessKey
                                                                                 : SignInMethod::Password;
}

void Settings::setLastSignInMethod(SignInMethod method)
{
    setValue(Key::LastSignInMethod,
        method == SignInMethod::AccessKey ? QStringLiteral("accesskey") : QStringLiteral("password"));
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
