#include "Credential.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QString AccessKeyParameter = QStringLiteral("accesskey");
constexpr int MaximumJwtLength = 16 * 1024; // far above a real one (~1 KiB), far below a header limit
constexpr int MaximumAccessKeyLength = 512;

bool hasSpaceOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

QString jwtProblem(const QString &token)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"));
    if (token.size() > MaximumJwtLength)
        return Credential::tr("The login token is too long to be a real one.");
    if (!shape.match(token).hasMatch())
        return Credential::tr("The login token is not a JWT (three parts of letters, digits, - and _, "
                              "separated by dots).");
    return {};
}

QString accessKeyProblem(const QString &token)
{
    // Liberal: base64 and base64url text; the server's alphabet is [A-Za-z0-9_-] after "vb_".
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_+/=-]+$"));
    if (token.size() > MaximumAccessKeyLength)
        return Credential::tr("The accesskey is too long to be a real one.");
    if (jwtProblem(token).isEmpty())
        return Credential::tr("This is a login token (JWT), not an accesskey.");
    if (!alphabet.match(token).hasMatch())
        return Credential::tr("An accesskey has only letters, digits, - and _ (for example vb_ followed by "
                              "32 of them).");
    return {};
}
} // namespace

QString Credential::problem(Kind kind, const QString &secret)
{
    if (kind == Kind::None)
        return Credential::tr("There is no credential.");
    if (secret.isEmpty())
        return kind == Kind::Jwt ? Credential::tr("The login token is empty.")
                                 : Credential::tr("The accesskey is empty.");
    if (hasSpaceOrControl(secret))
        return kind == Kind::Jwt
            ? Credential::tr("The login token contains spaces or line breaks, which a token never has.")
            : Credential::tr("The accesskey contains spaces or line breaks, which a key never has.");
    return kind == Kind::Jwt ? jwtProblem(secret) : accessKeyProblem(secret);
}

void Credential::applyTo(QNetworkRequest &request) const
{
    // Never write a malformed secret: CR LF in it would inject headers, '&' or '#' reshape the URL.
    if (!isWellFormed())
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
