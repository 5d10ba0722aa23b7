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
class SignupReply;
class CustomerReply;
class AccessKeyReply;
class AccessKeyListReply;
class ApiError;
class ReplyGuard;

/// The VoIPbin API over one QNetworkAccessManager. Every call is asynchronous and returns a reply object
/// (see ApiReply). Requests carry the current credential (JWT as Bearer, accesskey as ?accesskey=), never a
/// cookie: the manager has no cookie jar, so the `token` cookie login sets can never override an accesskey.
/// Every request has an inactivity timeout, an overall deadline and a response-size cap enforced as bytes
/// arrive, so a broken or hostile server can neither hang nor exhaust the app.
///
/// A create is sent at most once: Qt would otherwise re-send it by itself after a connection lost before the
/// answer (see OneShotUploadBody), making a second key. Its error then has outcomeUnknown(), and the caller
/// reconciles with UnconfirmedCreateCheck. Get, rename (PUT) and revoke (DELETE) are idempotent: Qt may
/// re-send them once.
///
/// The list walk always ends. It ends quietly, as success, on the server's own end (a short or empty page, or
/// no next token) and on a full page that adds no new key (everything the server has was collected). It
/// ends with an InvalidResponse error, keeping the keys collected so far in accessKeys(), when a page token
/// comes back that was already requested (RepeatedPageReason: tokens cycling A, B, A) and when it would go
/// beyond maxListPages() pages or maxListKeys() keys (EndlessListReason).
class VoipbinClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int DefaultDeadlineMs = 60000;
    static constexpr qint64 DefaultMaxResponseBytes = 8 * 1024 * 1024;
    static constexpr int PageSize = 100;
    static constexpr int DefaultMaxListPages = 2000;
    static constexpr int DefaultMaxListKeys = 200000;

    explicit VoipbinClient(QObject *parent = nullptr);
    ~VoipbinClient() override;

    /// Normalised by ServerAddress; returns false (and keeps the old root) for an unusable address.
    bool setServerRoot(const QUrl &root);
    QUrl serverRoot() const { return m_root; }

    void setCredential(const Credential &credential) { m_credential = credential; }
    Credential credential() const { return m_credential; }

    /// Inactivity: the request fails when no byte arrives for this long (ApiError::Kind::Timeout).
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int requestTimeout() const { return m_timeoutMs; }
    /// Overall: each HTTP request is aborted when its whole answer has not arrived after this long, however
    /// steadily bytes trickle in (ApiError::Kind::DeadlineExceeded).
    void setRequestDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    int requestDeadline() const { return m_deadlineMs; }
    /// Caps of one list walk (see the class comment).
    void setMaxListPages(int pages) { m_maxListPages = pages; }
    int maxListPages() const { return m_maxListPages; }
    void setMaxListKeys(int keys) { m_maxListKeys = keys; }
    int maxListKeys() const { return m_maxListKeys; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    /// Certificates to trust on top of the system's (the local sandbox's self-signed one).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCaCertificates = certificates;
    }
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }

    ApiReply *ping();
    /// POST {root}/auth/login. Does not change credential(): the caller decides what to keep.
    LoginReply *login(const QString &username, const QString &password);
    CustomerReply *currentCustomer();
    AccessKeyListReply *listAccessKeys();
    AccessKeyReply *getAccessKey(const QString &id);
    /// Refused with ApiError::Kind::ClientValidation, before anything is sent, unless
    /// AccessKey::isValidLifetime(lifetimeSeconds). Sent at most once; on an error with outcomeUnknown() the
    /// key may exist: check with UnconfirmedCreateCheck rather than creating again.
    AccessKeyReply *createAccessKey(const QString &name, const QString &detail, qint64 lifetimeSeconds);
    /// Always sends both fields: the server replaces both.
    AccessKeyReply *updateAccessKey(const QString &id, const QString &name, const QString &detail);
    AccessKeyReply *deleteAccessKey(const QString &id);

    // The account's life: signup, email verification and passwords. The /auth calls carry no credential.
    // Secrets passed in (codes, tokens, passwords) stay the caller's to wipe; the client keeps no copy after
    // the reply finishes, and none is ever logged. A bare 400 from these routes comes back as
    // ApiError::Kind::InvalidArgument with one of ApiError's *Reason constants, whose userMessage() says
    // what to do.
    static constexpr int MinPasswordLength = 8;
    static constexpr int SignupCodeLength = 6;
    /// POST /auth/signup with the address and the name (optional); refused before sending unless the terms
    /// were accepted. Sent at most once, like a create: on an error with outcomeUnknown() the account may
    /// exist, so do not sign up again blindly (the address would answer NotCreated); a password reset for
    /// the address reaches it. See SignupReply for the three answers.
    SignupReply *signUp(const QString &email, const QString &name, bool acceptedTerms);
    /// POST /auth/complete-signup (older servers, after a CodeNeeded signup): the temp token and the 6-digit
    /// emailed code. Refused before sending unless the code is 6 digits. KeyReady on success; a wrong code is
    /// WrongSignupCodeReason, and after 5 tries the signup is used up (TooManySignupAttemptsReason).
    SignupReply *completeSignUp(const QString &tempToken, const QString &code);
    /// POST /auth/email-verify with the token from the emailed link: the customer, now active and verified.
    /// The server then emails a password-reset link: that is how a new account gets its first password.
    CustomerReply *verifyEmail(const QString &token);
    /// POST /auth/password-forgot. Always succeeds, whether or not the account exists (the server does not
    /// tell); if it does, a reset link goes to its address.
    ApiReply *requestPasswordReset(const QString &email);
    /// POST /auth/password-reset with the emailed token (single use, one hour) and the new password; refused
    /// before sending when it is shorter than MinPasswordLength.
    ApiReply *resetPassword(const QString &token, const QString &newPassword);
    /// PUT /v1.0/service_agents/me/password: the signed-in agent's password. Needs a JWT session (an
    /// accesskey is not an agent: 403 AGENT_AUTH_REQUIRED). The server asks for the new password only, not
    /// the current one; refused before sending when it is shorter than MinPasswordLength.
    ApiReply *changePassword(const QString &newPassword);

signals:
    /// Any 401 on an authenticated call (expired, malformed or revoked credential), and a credential that is
    /// not Credential::isWellFormed() (never sent): sign in again.
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
        bool once = false; // not idempotent (a create): never re-sent, not even by Qt
        // A public /auth route: its bare 400 means this ApiError reason (login aside).
        const char *refusalReason = nullptr;
        bool signup = false; // a lost answer may have made an account
    };
    struct ListWalk; // what one list walk has seen: ids and page tokens

    QUrl apiUrl(const QString &path) const;
    QNetworkRequest buildRequest(const Call &call) const;
    QNetworkReply *startRequest(const Call &call);
    void send(ApiReply *reply, const Call &call, const Handler &handler);
    void finishNetworkReply(
        ApiReply *reply, QNetworkReply *network, ReplyGuard *guard, const Call &call, const Handler &handler);
    void fail(ApiReply *reply, ApiError error, const Call &call);
    ApiError transportError(QNetworkReply *network, const ReplyGuard *guard, const Call &call) const;
    QString safeErrorText(QNetworkReply *network) const;
    ApiError httpError(QNetworkReply *network, const QByteArray &body, const Call &call);
    void refuseLater(ApiReply *reply, const ApiError &error);
    void refuseLater(ApiReply *reply, const QString &message);
    AccessKeyReply *sendForAccessKey(const Call &call);
    void fetchPage(AccessKeyListReply *reply, const QString &pageToken, std::shared_ptr<ListWalk> walk);
    Outcome takePage(
        AccessKeyListReply *reply, const QByteArray &body, const std::shared_ptr<ListWalk> &walk);
    /// Whether a page brings any key the walk has not seen: only then is there a next page to ask for.
    /// Why the walk must stop instead of asking for the page after one of `pageKeys` keys; null to go on.
    const char *listStopReason(
        const AccessKeyListReply *reply, const QString &next, const ListWalk &walk, int pageKeys) const;
    Call authCall(const char *path, const QByteArray &body, const char *refusalReason) const;
    ApiReply *sendExpectingObject(const Call &call);
    SignupReply *sendForSignup(const Call &call);
    static Outcome takeSignup(SignupReply *reply, const QByteArray &body);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_root;
    Credential m_credential;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_deadlineMs = DefaultDeadlineMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    int m_maxListPages = DefaultMaxListPages;
    int m_maxListKeys = DefaultMaxListKeys;
    QList<QSslCertificate> m_extraCaCertificates;
};
