#pragma once

#include "Credential.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class ApiReply;
class LoginReply;
class CustomerReply;
class AccessKeyReply;
class AccessKeyListReply;
class ApiError;

/// The VoIPbin API over one QNetworkAccessManager. Every call is asynchronous and returns a reply object
/// (see ApiReply). Requests carry the current credential (JWT as Bearer, accesskey as ?accesskey=), never a
/// cookie: the manager has no cookie jar, so the `token` cookie login sets can never override an accesskey.
/// Every request has a timeout and a response-size cap, so a broken or hostile server can neither hang nor
/// exhaust the app.
class VoipbinClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 DefaultMaxResponseBytes = 8 * 1024 * 1024;
    static constexpr int PageSize = 100;

    explicit VoipbinClient(QObject *parent = nullptr);
    ~VoipbinClient() override;

    /// Normalised by ServerAddress; returns false (and keeps the old root) for an unusable address.
    bool setServerRoot(const QUrl &root);
    QUrl serverRoot() const { return m_root; }

    void setCredential(const Credential &credential) { m_credential = credential; }
    Credential credential() const { return m_credential; }

    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int requestTimeout() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    /// Certificates to trust on top of the system's (the local sandbox's self-signed one).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCaCertificates = certificates;
    }

    ApiReply *ping();
    /// POST {root}/auth/login. Does not change credential(): the caller decides what to keep.
    LoginReply *login(const QString &username, const QString &password);
    CustomerReply *currentCustomer();
    AccessKeyListReply *listAccessKeys();
    AccessKeyReply *getAccessKey(const QString &id);
    /// Refused with ApiError::Kind::ClientValidation, before anything is sent, unless
    /// AccessKey::isValidLifetime(lifetimeSeconds).
    AccessKeyReply *createAccessKey(const QString &name, const QString &detail, qint64 lifetimeSeconds);
    /// Always sends both fields: the server replaces both.
    AccessKeyReply *updateAccessKey(const QString &id, const QString &name, const QString &detail);
    AccessKeyReply *deleteAccessKey(const QString &id);

signals:
    /// Any 401 on an authenticated call (expired, malformed or revoked credential): sign in again.
    void unauthorized(const ApiError &error);

private:
    // Implementation details are the implementer's; keep the public API above stable.
    enum class Outcome { Finished, Pending, BadShape };
    using Handler = std::function<Outcome(const QByteArray &body)>;
    struct Call
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        bool authenticated = true;
        bool isLogin = false;
        bool idPath = false; // 400 INVALID_ARGUMENT / INVALID_ID here means "no such key"
    };

    QUrl apiUrl(const QString &path) const;
    QNetworkRequest buildRequest(const Call &call) const;
    void send(ApiReply *reply, const Call &call, const Handler &handler);
    void watchSize(QNetworkReply *network);
    void finishNetworkReply(
        ApiReply *reply, QNetworkReply *network, const Call &call, const Handler &handler);
    ApiError transportError(QNetworkReply *network, const Call &call) const;
    QString safeErrorText(QNetworkReply *network) const;
    void finishHttpError(ApiReply *reply, QNetworkReply *network, const QByteArray &body, const Call &call);
    void refuseLater(ApiReply *reply, const QString &message);
    AccessKeyReply *sendForAccessKey(const Call &call);
    void fetchPage(AccessKeyListReply *reply, const QString &pageToken, std::shared_ptr<QSet<QString>> seen);
    Outcome takePage(AccessKeyListReply *reply, const QByteArray &body, const QString &pageToken,
        const std::shared_ptr<QSet<QString>> &seen);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_root;
    Credential m_credential;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QList<QSslCertificate> m_extraCaCertificates;
};
