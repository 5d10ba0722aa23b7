#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

// A blocking QNetworkAccessManager wrapper for the sandbox tests. Cookies are never loaded or
// saved, so every credential a test sends is one it chose explicitly.
struct HttpResult
{
    int status = 0; // 0 = no HTTP response at all
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool sslError = false;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    QString reason() const; // error.reason of the envelope
};

class SandboxClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SandboxClient(const QUrl &base);
    void trust(const QList<QSslCertificate> &certificates); // add to the default CA set

    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
        const Headers &headers = {});
    HttpResult get(const QString &pathAndQuery, const Headers &headers = {});
    HttpResult post(const QString &pathAndQuery, const QByteArray &body, const Headers &headers = {});
    QString login(const QString &username, const QString &password); // the JWT, or empty

    static Headers bearer(const QString &jwt);

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QList<QSslCertificate> m_trusted;
};
