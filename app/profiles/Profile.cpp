#include "Profile.h"

#include "api/ServerAddress.h"
#include "secrets/SecretKeys.h"

#include <QCoreApplication>

QUrl Profile::serverRoot() const
{
    switch (server) {
    case ServerChoice::Voipbin:
        return ServerAddress::defaultRoot();
    case ServerChoice::Custom:
        return customRoot;
    case ServerChoice::Sandbox:
        break;
    }
    return {};
}

QString Profile::serverDisplayName() const
{
    if (server == ServerChoice::Sandbox)
        return QCoreApplication::translate("Profile", "local sandbox");
    const QUrl root = serverRoot();
    return root.port() == -1 ? root.host() : root.host() + QLatin1Char(':') + QString::number(root.port());
}

QString Profile::sessionEntryName() const
{
    if (server == ServerChoice::Sandbox)
        return {};
    if (method == SignInMethod::Password)
        return SecretKeys::session(serverRoot(), username);
    return SecretKeys::session(
        serverRoot(), legacyAccessKeySession ? QString() : QStringLiteral("accesskey:") + id);
}
