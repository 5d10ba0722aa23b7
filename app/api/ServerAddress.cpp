#include "ServerAddress.h"

#include <QHostAddress>

namespace {
QUrl fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

// The client adds /v1.0 itself; a root that already carries it would double it.
QString normalisedPath(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1.0"), Qt::CaseInsensitive))
        path.chop(5);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
} // namespace

QUrl ServerAddress::parse(const QString &text, QString *error)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return fail(error, tr("Enter the server address, for example https://api.voipbin.net."));
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));
    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(error, tr("\"%1\" is not a valid server address.").arg(text.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(error, tr("Only https:// server addresses are supported."));
    if (!url.userInfo().isEmpty())
        return fail(error, tr("The server address must not contain a user name or password."));
    if (scheme == QLatin1String("http") && !isLoopback(url))
        return fail(error,
            tr("Plain http:// sends credentials unencrypted and is only allowed for this "
               "computer (localhost, 127.0.0.1 or ::1). Use https://%1 instead.")
                .arg(url.host()));
    url.setScheme(scheme);
    url.setPath(normalisedPath(url.path()));
    url.setQuery(QString());
    url.setFragment(QString());
    if (error)
        error->clear();
    return url;
}

bool ServerAddress::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
