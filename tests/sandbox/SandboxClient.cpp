#include "SandboxClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::reason() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString();
}

SandboxClient::SandboxClient(const QUrl &base)
    : m_base(base)
{
}

void SandboxClient::trust(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
}

HttpResult SandboxClient::send(
    const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!m_trusted.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_trusted);
        request.setSslConfiguration(ssl);
    }
    HttpResult result;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [&result](const QList<QSslError> &) { result.sslError = true; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, reply, &QNetworkReply::abort);
    loop.exec();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

HttpResult SandboxClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return send(QByteArrayLiteral("GET"), pathAndQuery, {}, headers);
}

HttpResult SandboxClient::post(const QString &pathAndQuery, const QByteArray &body, const Headers &headers)
{
    return send(QByteArrayLiteral("POST"), pathAndQuery, body, headers);
}

QString SandboxClient::login(const QString &username, const QString &password)
{
    const QJsonObject credentials { { QStringLiteral("username"), username },
        { QStringLiteral("password"), password } };
    const HttpResult r = post(QStringLiteral("/auth/login"), QJsonDocument(credentials).toJson());
    return r.json().value(QStringLiteral("token")).toString();
}

SandboxClient::Headers SandboxClient::bearer(const QString &jwt)
{
    return { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + jwt.toLatin1() } };
}
