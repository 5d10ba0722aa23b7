#include "CurlExample.h"

namespace {
QString shellSingleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QString CurlExample::listAccessKeys(const QUrl &serverRoot, const QString &accessKey)
{
    QUrl root = serverRoot.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = root.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1.0")))
        path.chop(5);
    root.setPath(path + QStringLiteral("/v1.0/accesskeys"));

    const QString url = root.toString(QUrl::FullyEncoded) + QStringLiteral("?accesskey=")
        + QString::fromLatin1(QUrl::toPercentEncoding(accessKey));
    return QStringLiteral("curl --request GET ") + shellSingleQuoted(url);
}
