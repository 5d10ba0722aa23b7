#include "VnProfile.h"

#include "api/ServerAddress.h"

QUrl VnProfile::serverRoot(QString *error) const
{
    QString url = apiUrl.trimmed();
    if (url.isEmpty())
        return ServerAddress::defaultRoot();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (url.endsWith(QLatin1String("/v1.0")))
        url.chop(5);
    return ServerAddress::parse(url, error);
}
