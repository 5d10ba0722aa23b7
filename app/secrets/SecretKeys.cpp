#include "SecretKeys.h"

namespace {
const QString Prefix = QStringLiteral("voipbin-keys/");

// Percent-encoded so a '/' inside a part can never forge another entry's name.
QString part(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString root(const QUrl &serverRoot)
{
    return part(serverRoot.toString(QUrl::StripTrailingSlash));
}
// "api.voipbin.net", "127.0.0.1:8080": the part of the server a person recognises.
QString hostOf(const QUrl &serverRoot)
{
    return serverRoot.port() == -1
        ? serverRoot.host()
        : serverRoot.host() + QLatin1Char(':') + QString::number(serverRoot.port());
}
} // namespace

QString SecretKeys::session(const QUrl &serverRoot, const QString &username)
{
    return Prefix + root(serverRoot) + QStringLiteral("/session/")
        + part(username.isEmpty() ? QStringLiteral("accesskey") : username);
}

QString SecretKeys::accessKey(const QUrl &serverRoot, const QString &customerId, const QString &keyId)
{
    return Prefix + root(serverRoot) + QLatin1Char('/') + part(customerId) + QStringLiteral("/accesskey/")
        + part(keyId);
}

QString SecretKeys::sessionLabel(const QUrl &serverRoot, const QString &username)
{
    // Not translated: the keyring outlives a change of the desktop's language, and other programs list it.
    if (username.isEmpty())
        return QStringLiteral("VoIPbin Keys: accesskey session on %1").arg(hostOf(serverRoot));
    return QStringLiteral("VoIPbin Keys: session %1 on %2").arg(username, hostOf(serverRoot));
}

QString SecretKeys::accessKeyLabel(const QUrl &serverRoot, const QString &keyName, const QString &tokenPrefix)
{
    const QString name = keyName.isEmpty() ? tokenPrefix : keyName;
    if (name == tokenPrefix || tokenPrefix.isEmpty())
        return QStringLiteral("VoIPbin Keys: %1 on %2").arg(name, hostOf(serverRoot));
    return QStringLiteral("VoIPbin Keys: %1 (%2) on %3").arg(name, tokenPrefix, hostOf(serverRoot));
}
