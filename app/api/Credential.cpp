#include "Credential.h"

#include <QNetworkRequest>
#include <QUrlQuery>

namespace {
const QString AccessKeyParameter = QStringLiteral("accesskey");
}

void Credential::applyTo(QNetworkRequest &request) const
{
    if (!isValid())
        return;
    if (m_kind == Kind::Jwt) {
        request.setRawHeader("Authorization", "Bearer " + m_secret.toUtf8());
        return;
    }
    // The server reads a Bearer value as a JWT, so an accesskey must travel in the query and nowhere else.
    request.setRawHeader("Authorization", QByteArray());
    QUrl url = request.url();
    QUrlQuery query(url);
    query.removeAllQueryItems(AccessKeyParameter);
    // Fully percent-encoded, so '+', '&' or '=' in a (legacy) key survive the server's query parsing.
    query.addQueryItem(AccessKeyParameter, QString::fromLatin1(QUrl::toPercentEncoding(m_secret)));
    url.setQuery(query);
    request.setUrl(url);
}
