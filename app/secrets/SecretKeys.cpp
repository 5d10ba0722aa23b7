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
