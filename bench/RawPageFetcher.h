#pragma once
// The transport floor shared by the benchmarks that go through the sandbox: the same GET requests the client
// sends, over one kept-alive connection, with a minimal hand-written HTTP/1.1 client. A benchmark reports
// its own time as a ratio to this floor measured in the same run, which a busy machine changes far less.
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"

#include <QByteArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace bench {
/// The floor under the client: the same GET requests over one kept-alive connection (reopened when the
/// server closes it), Content-Length bodies read into a buffer, and no JSON parsing beyond finding the
/// next page token. Blocking calls are fine here: the sandbox serves from its own thread.
class RawPageFetcher
{
public:
    RawPageFetcher(const QUrl &root, const QByteArray &jwt, const QList<QSslCertificate> &ca)
        : m_root(root)
        , m_jwt(jwt)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(ca);
        m_socket.setSslConfiguration(tls);
    }

    /// A fetcher with the JWT of `user` (whose password is its name, as the benchmarks seed them), signed
    /// in through the client; null when the sign-in fails. `caPem`: the sandbox's certificate over HTTPS.
    static std::unique_ptr<RawPageFetcher> signIn(
        const QUrl &root, const QString &user, const QByteArray &caPem = QByteArray())
    {
        const QList<QSslCertificate> ca = QSslCertificate::fromData(caPem);
        VoipbinClient client;
        client.setServerRoot(root);
        client.setExtraCaCertificates(ca);
        LoginReply *reply = client.login(user, user);
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(10000) || !reply->isOk())
            return nullptr;
        return std::make_unique<RawPageFetcher>(root, reply->token().toUtf8(), ca);
    }

    /// Every page until an empty one, as the client walks them; -1 on any transport error or beyond
    /// `maxPages` (the client's own limit is 2,000 pages).
    int fetchAllPages(int maxPages = 2000)
    {
        int pages = 0;
        QByteArray token;
        for (; pages < maxPages; ++pages) {
            const QByteArray body = get(pageTarget(token));
            if (body.isNull())
                return -1;
            if (body.contains("\"result\":[]"))
                return pages + 1;
            token = nextPageToken(body);
            if (token.isEmpty())
                return pages + 1;
        }
        return -1;
    }

private:
    QByteArray pageTarget(const QByteArray &token) const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("page_token"),
                QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(token))));
        return m_root.path().toUtf8() + "/v1.0/accesskeys?" + query.query(QUrl::FullyEncoded).toUtf8();
    }

    static QByteArray nextPageToken(const QByteArray &body)
    {
        const QByteArray key = "\"next_page_token\":\"";
        const qsizetype start = body.indexOf(key);
        const qsizetype end = start < 0 ? -1 : body.indexOf('"', start + key.size());
        return end < 0 ? QByteArray() : body.mid(start + key.size(), end - start - key.size());
    }

    bool ensureConnected()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        m_socket.abort();
        m_buffer.clear();
        const quint16 port = quint16(m_root.port());
        if (m_root.scheme() == QLatin1String("https")) {
            m_socket.connectToHostEncrypted(m_root.host(), port);
            return m_socket.waitForEncrypted(10000);
        }
        m_socket.connectToHost(m_root.host(), port);
        return m_socket.waitForConnected(10000);
    }

    QByteArray get(const QByteArray &target)
    {
        if (!ensureConnected())
            return {};
        m_socket.write("GET " + target + " HTTP/1.1\r\nHost: " + m_root.host().toUtf8()
            + "\r\nAccept: application/json\r\nAuthorization: Bearer " + m_jwt + "\r\n\r\n");
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!readMore())
                return {};
        }
        const QByteArray head = m_buffer.left(headerEnd).toLower();
        const qsizetype total = headerEnd + 4 + contentLength(head);
        while (m_buffer.size() < total) {
            if (!readMore())
                return {};
        }
        const QByteArray body = m_buffer.mid(headerEnd + 4, total - headerEnd - 4);
        m_buffer.remove(0, total);
        if (!head.startsWith("http/1.1 200"))
            return {};
        if (head.contains("\r\nconnection: close"))
            m_socket.disconnectFromHost();
        return body;
    }

    static qsizetype contentLength(const QByteArray &lowerHead)
    {
        const QByteArray key = "\r\ncontent-length:";
        const qsizetype start = lowerHead.indexOf(key);
        if (start < 0)
            return 0;
        const qsizetype end = lowerHead.indexOf('\r', start + key.size());
        return lowerHead.mid(start + key.size(), end < 0 ? -1 : end - start - key.size())
            .trimmed()
            .toLongLong();
    }

    bool readMore()
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(10000))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    QUrl m_root;
    QByteArray m_jwt;
    QSslSocket m_socket;
    QByteArray m_buffer;
};
} // namespace bench
