#include "VoipbinClient.h"

#include "AccessKeyListReply.h"
#include "AccessKeyPage.h"
#include "AccessKeyReply.h"
#include "ApiError.h"
#include "ApiReply.h"
#include "CustomerReply.h"
#include "LoginReply.h"
#include "NoCookieJar.h"
#include "OneShotUploadBody.h"
#include "ReplyGuard.h"
#include "ServerAddress.h"
#include "SignupReply.h"
#include "core/SecretWipe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QUrlQuery>

struct VoipbinClient::ListWalk
{
    QSet<QString> ids;
    QSet<QString> pageTokens; // every token requested, "" (the first page) included
};

namespace {
const char SslErrorsProperty[] = "voipbinSslErrors";

QByteArray userAgent()
{
    return QByteArrayLiteral("VoIPbinKeys/" VOIPBIN_KEYS_VERSION);
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

/// The keys whose id is not in `seen` yet, adding them to it. A page boundary on equal tm_create values, or
/// a server that repeats itself, could repeat a key. One hash of each id: the set's growth says it was new.
AccessKeyList takeUnseen(AccessKeyList keys, QSet<QString> *seen)
{
    AccessKeyList unseen;
    unseen.reserve(keys.size());
    for (AccessKey &key : keys) {
        const qsizetype before = seen->size();
        seen->insert(key.id);
        if (seen->size() != before)
            unseen.append(std::move(key));
    }
    return unseen;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString hostText(const QUrl &url)
{
    return url.port() == -1 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

QString pathPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

VoipbinClient::VoipbinClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_root(ServerAddress::defaultRoot())
{
    // No jar at all would make Qt create a default one that keeps the login's `token` cookie.
    m_network->setCookieJar(new NoCookieJar(m_network));
}

VoipbinClient::~VoipbinClient() = default;

bool VoipbinClient::setServerRoot(const QUrl &root)
{
    const QUrl parsed = ServerAddress::parse(root.toString());
    if (!parsed.isValid())
        return false;
    m_root = parsed;
    return true;
}

ApiReply *VoipbinClient::ping()
{
    auto *reply = new ApiReply(this);
    Call call { "GET", m_root, {}, false, false, false, false };
    call.url.setPath(m_root.path() + QStringLiteral("/ping"));
    send(reply, call, [reply](const QByteArray &body) {
        bool ok = false;
        parseObject(body, &ok);
        if (!ok)
            return Outcome::BadShape;
        reply->finishWithSuccess();
        return Outcome::Finished;
    });
    return reply;
}

LoginReply *VoipbinClient::login(const QString &username, const QString &password)
{
    auto *reply = new LoginReply(this);
    // The login lives at the root, outside /v1.0, and never carries a credential.
    Call call { "POST", m_root, {}, false, true, false, false };
    call.url.setPath(m_root.path() + QStringLiteral("/auth/login"));
    call.body
        = toJson({ { QStringLiteral("username"), username }, { QStringLiteral("password"), password } });
    send(reply, call, [reply, username](const QByteArray &body) {
        bool ok = false;
        const QJsonObject object = parseObject(body, &ok);
        const QString token = object.value(QLatin1String("token")).toString();
        if (!ok || token.isEmpty())
            return Outcome::BadShape;
        // A token that is not a JWT (CR LF in it, say) must never reach a header: refuse it here, once.
        if (!Credential::isWellFormed(Credential::Kind::Jwt, token)) {
            reply->finishWithError(ApiError(
                ApiError::Kind::InvalidResponse, 200, QLatin1String(ApiError::MalformedTokenReason)));
            return Outcome::Finished;
        }
        reply->m_token = token;
        reply->m_username = object.value(QLatin1String("username")).toString(username);
        reply->finishWithSuccess();
        return Outcome::Finished;
    });
    return reply;
}

CustomerReply *VoipbinClient::currentCustomer()
{
    auto *reply = new CustomerReply(this);
    send(reply, Call { "GET", apiUrl(QStringLiteral("customer")), {}, true, false, false, false },
        [reply](const QByteArray &body) {
            bool ok = false;
            reply->m_customer = Customer::fromJson(parseObject(body, &ok));
            if (!ok || !reply->m_customer.isValid())
                return Outcome::BadShape;
            reply->finishWithSuccess();
            return Outcome::Finished;
        });
    return reply;
}

AccessKeyListReply *VoipbinClient::listAccessKeys()
{
    auto *reply = new AccessKeyListReply(this);
    fetchPage(reply, QString(), std::make_shared<ListWalk>());
    return reply;
}

AccessKeyReply *VoipbinClient::getAccessKey(const QString &id)
{
    return sendForAccessKey(
        Call { "GET", apiUrl(QStringLiteral("accesskeys/") + pathPart(id)), {}, true, false, true, false });
}

AccessKeyReply *VoipbinClient::createAccessKey(
    const QString &name, const QString &detail, qint64 lifetimeSeconds)
{
    if (!AccessKey::isValidLifetime(lifetimeSeconds)) {
        auto *reply = new AccessKeyReply(this);
        refuseLater(reply,
            tr("An accesskey must be valid for at least 1 day and at most about 68 years "
               "(86400 to 2147483647 seconds)."));
        return reply;
    }
    QJsonObject object { { QStringLiteral("expire"), double(lifetimeSeconds) } };
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    return sendForAccessKey(
        Call { "POST", apiUrl(QStringLiteral("accesskeys")), toJson(object), true, false, false, true });
}

AccessKeyReply *VoipbinClient::updateAccessKey(const QString &id, const QString &name, const QString &detail)
{
    // Both fields, always: the server writes an omitted one as "".
    const QByteArray body
        = toJson({ { QStringLiteral("name"), name }, { QStringLiteral("detail"), detail } });
    return sendForAccessKey(
        Call { "PUT", apiUrl(QStringLiteral("accesskeys/") + pathPart(id)), body, true, false, true, false });
}

AccessKeyReply *VoipbinClient::deleteAccessKey(const QString &id)
{
    return sendForAccessKey(Call {
        "DELETE", apiUrl(QStringLiteral("accesskeys/") + pathPart(id)), {}, true, false, true, false });
}

SignupReply *VoipbinClient::signUp(const QString &email, const QString &name, bool acceptedTerms)
{
    if (!acceptedTerms || email.trimmed().isEmpty()) {
        auto *reply = new SignupReply(this);
        refuseLater(reply,
            acceptedTerms ? tr("Enter the email address for the new account.")
                          : tr("To create an account you must accept the VoIPbin terms of service."));
        return reply;
    }
    QJsonObject object { { QStringLiteral("email"), email.trimmed() },
        { QStringLiteral("accepted_tos"), true } };
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    Call call = authCall("/auth/signup", toJson(object), ApiError::SignupRefusedReason);
    call.signup = true;
    return sendForSignup(call);
}

SignupReply *VoipbinClient::completeSignUp(const QString &tempToken, const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (tempToken.isEmpty() || !sixDigits.match(code).hasMatch()) {
        // Checked here: each try the server sees uses up one of the five it allows.
        auto *reply = new SignupReply(this);
        refuseLater(reply,
            tempToken.isEmpty() ? tr("There is no sign-up waiting for a code; start the sign-up again.")
                                : tr("The code is the 6 digits from the email VoIPbin sent."));
        return reply;
    }
    QByteArray body
        = toJson({ { QStringLiteral("temp_token"), tempToken }, { QStringLiteral("code"), code } });
    Call call = authCall("/auth/complete-signup", body, ApiError::WrongSignupCodeReason);
    SecretWipe::wipe(body); // the call holds the one copy left
    call.signup = true;
    return sendForSignup(call);
}

CustomerReply *VoipbinClient::verifyEmail(const QString &token)
{
    auto *reply = new CustomerReply(this);
    // Once: the token is single use, so a silent re-send would turn a success into "invalid link".
    send(reply,
        authCall("/auth/email-verify", toJson({ { QStringLiteral("token"), token } }),
            ApiError::InvalidVerifyLinkReason),
        [reply](const QByteArray &body) {
            bool ok = false;
            reply->m_customer
                = Customer::fromJson(parseObject(body, &ok).value(QLatin1String("customer")).toObject());
            if (!ok || !reply->m_customer.isValid())
                return Outcome::BadShape;
            reply->finishWithSuccess();
            return Outcome::Finished;
        });
    return reply;
}

ApiReply *VoipbinClient::requestPasswordReset(const QString &email)
{
    Call call = authCall(
        "/auth/password-forgot", toJson({ { QStringLiteral("username"), email.trimmed() } }), nullptr);
    call.once = false; // asking twice only sends a second email
    return sendExpectingObject(call);
}

ApiReply *VoipbinClient::resetPassword(const QString &token, const QString &newPassword)
{
    if (newPassword.size() < MinPasswordLength) {
        auto *reply = new ApiReply(this);
        refuseLater(
            reply, tr("The new password must be at least %n characters long.", "", MinPasswordLength));
        return reply;
    }
    QByteArray body
        = toJson({ { QStringLiteral("token"), token }, { QStringLiteral("password"), newPassword } });
    const Call call = authCall("/auth/password-reset", body, ApiError::PasswordResetRefusedReason);
    SecretWipe::wipe(body);
    return sendExpectingObject(call);
}

ApiReply *VoipbinClient::changePassword(const QString &newPassword)
{
    if (newPassword.size() < MinPasswordLength) {
        auto *reply = new ApiReply(this);
        refuseLater(
            reply, tr("The new password must be at least %n characters long.", "", MinPasswordLength));
        return reply;
    }
    QByteArray body = toJson({ { QStringLiteral("password"), newPassword } });
    const Call call { "PUT", apiUrl(QStringLiteral("service_agents/me/password")), body, true, false, false,
        false };
    SecretWipe::wipe(body);
    return sendExpectingObject(call);
}

VoipbinClient::Call VoipbinClient::authCall(
    const char *path, const QByteArray &body, const char *refusalReason) const
{
    // The public /auth routes live at the root, outside /v1.0, and never carry a credential.
    Call call { "POST", m_root, body, false, false, false, true };
    call.url.setPath(m_root.path() + QLatin1String(path));
    call.refusalReason = refusalReason;
    return call;
}

ApiReply *VoipbinClient::sendExpectingObject(const Call &call)
{
    auto *reply = new ApiReply(this);
    send(reply, call, [reply](const QByteArray &body) {
        bool ok = false;
        parseObject(body, &ok);
        if (!ok)
            return Outcome::BadShape;
        reply->finishWithSuccess();
        return Outcome::Finished;
    });
    return reply;
}

SignupReply *VoipbinClient::sendForSignup(const Call &call)
{
    auto *reply = new SignupReply(this);
    send(reply, call, [reply](const QByteArray &body) { return takeSignup(reply, body); });
    return reply;
}

VoipbinClient::Outcome VoipbinClient::takeSignup(SignupReply *reply, const QByteArray &body)
{
    using O = SignupReply::Outcome;
    bool ok = false;
    const QJsonObject object = parseObject(body, &ok);
    if (!ok)
        return Outcome::BadShape;
    const QJsonObject key = object.value(QLatin1String("accesskey")).toObject();
    const QString tempToken = object.value(QLatin1String("temp_token")).toString();
    reply->m_customer = Customer::fromJson(object.value(QLatin1String("customer")).toObject());
    if (!reply->m_customer.isValid()) // complete-signup names the customer by id only
        reply->m_customer.id = object.value(QLatin1String("customer_id")).toString();
    if (object.isEmpty()) {
        reply->m_outcome = O::NotCreated;
    } else if (!key.isEmpty()) { // a key wins: the April 2026 server sent both for a day
        reply->m_accessKey = AccessKey::fromJson(key);
        reply->m_token = key.value(QLatin1String("token")).toString();
        if (!reply->m_accessKey.isValid() || reply->m_token.isEmpty())
            return Outcome::BadShape;
        if (!Credential::isWellFormed(Credential::Kind::AccessKey, reply->m_token)) {
            SecretWipe::wipe(reply->m_token);
            reply->finishWithError(ApiError(
                ApiError::Kind::InvalidResponse, 200, QLatin1String(ApiError::MalformedTokenReason)));
            return Outcome::Finished;
        }
        reply->m_outcome = O::KeyReady;
    } else if (!tempToken.isEmpty() && reply->m_customer.isValid()) {
        reply->m_tempToken = tempToken;
        reply->m_outcome = O::CodeNeeded;
    } else {
        return Outcome::BadShape;
    }
    reply->finishWithSuccess();
    return Outcome::Finished;
}

AccessKeyReply *VoipbinClient::sendForAccessKey(const Call &call)
{
    auto *reply = new AccessKeyReply(this);
    if (call.idPath && call.url.path().endsWith(QLatin1Char('/'))) {
        refuseLater(reply, tr("No accesskey was chosen."));
        return reply;
    }
    send(reply, call, [reply](const QByteArray &body) {
        bool ok = false;
        const QJsonObject object = parseObject(body, &ok);
        reply->m_accessKey = AccessKey::fromJson(object);
        reply->m_token = object.value(QLatin1String("token")).toString();
        if (!ok || !reply->m_accessKey.isValid())
            return Outcome::BadShape;
        reply->finishWithSuccess();
        return Outcome::Finished;
    });
    return reply;
}

void VoipbinClient::fetchPage(
    AccessKeyListReply *reply, const QString &pageToken, std::shared_ptr<ListWalk> walk)
{
    walk->pageTokens.insert(pageToken);
    QUrl url = apiUrl(QStringLiteral("accesskeys"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(PageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(
            QStringLiteral("page_token"), QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    url.setQuery(query);
    send(reply, Call { "GET", url, {}, true, false, false, false },
        [this, reply, walk](const QByteArray &body) { return takePage(reply, body, walk); });
}

VoipbinClient::Outcome VoipbinClient::takePage(
    AccessKeyListReply *reply, const QByteArray &body, const std::shared_ptr<ListWalk> &walk)
{
    std::optional<AccessKeyPage> parsed = AccessKeyPage::fromJson(body);
    if (!parsed)
        return Outcome::BadShape;
    const int pageKeys = int(parsed->keys.size());
    const QString &next = parsed->nextPageToken;
    AccessKeyList page = takeUnseen(std::move(parsed->keys), &walk->ids);
    // The server sends a token even on the last page: a short or empty page is the end. A full page with
    // nothing new means everything the server has is here (it repeats itself): also the end.
    const bool more = pageKeys >= PageSize && !next.isEmpty() && !page.isEmpty();
    const char *stop = more ? listStopReason(reply, next, *walk, pageKeys) : nullptr;
    // The next page is asked for before this one is handed on, so the server prepares it while the window
    // shows these rows: the walk waits for the wire and the server, not for its own consumers.
    if (more && !stop)
        fetchPage(reply, next, walk);
    reply->m_keysLoaded += int(page.size());
    ++reply->m_pagesLoaded;
    emit reply->pageLoaded(reply->m_pagesLoaded, reply->m_keysLoaded, page);
    if (reply->m_collectsKeys)
        reply->m_accessKeys += std::move(page);
    if (reply->isFinished()) // aborted from a pageLoaded slot
        return Outcome::Finished;
    if (stop) {
        reply->finishWithError(ApiError(ApiError::Kind::InvalidResponse, 200, QLatin1String(stop)));
        return Outcome::Finished;
    }
    if (!more) {
        reply->finishWithSuccess();
        return Outcome::Finished;
    }
    return Outcome::Pending;
}

const char *VoipbinClient::listStopReason(
    const AccessKeyListReply *reply, const QString &next, const ListWalk &walk, int pageKeys) const
{
    // The real server's tokens only ever decrease: one seen before means the walk would go round forever.
    if (walk.pageTokens.contains(next))
        return ApiError::RepeatedPageReason;
    // The page in hand counts: its keys are not added yet.
    if (reply->m_pagesLoaded + 1 >= m_maxListPages || reply->m_keysLoaded + pageKeys >= m_maxListKeys)
        return ApiError::EndlessListReason;
    return nullptr;
}

QUrl VoipbinClient::apiUrl(const QString &path) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + QStringLiteral("/v1.0/") + path, QUrl::TolerantMode);
    return url;
}

QNetworkRequest VoipbinClient::buildRequest(const Call &call) const
{
    QNetworkRequest request(call.url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // A redirect could carry ?accesskey= or the Bearer header somewhere else: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_timeoutMs);
    if (call.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    if (call.authenticated)
        m_credential.applyTo(request);
    return request;
}

QNetworkReply *VoipbinClient::startRequest(const Call &call)
{
    QNetworkRequest request = buildRequest(call);
    if (!call.once)
        return m_network->sendCustomRequest(request, call.verb, call.body);
    // Unbuffered, with its length known, a body Qt cannot rewind: Qt's own re-send fails instead of
    // creating a second key (ContentReSendError).
    request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotUploadBody(call.body);
    QNetworkReply *network = m_network->sendCustomRequest(request, call.verb, body);
    body->setParent(network); // read until the reply finishes, deleted with it
    return network;
}

void VoipbinClient::send(ApiReply *reply, const Call &call, const Handler &handler)
{
    if (call.authenticated && m_credential.isValid() && !m_credential.isWellFormed()) {
        ApiError error(
            ApiError::Kind::Unauthenticated, 0, QLatin1String(ApiError::MalformedCredentialReason));
        QMetaObject::invokeMethod(
            this, [this, error] { emit unauthorized(error); }, Qt::QueuedConnection);
        refuseLater(reply, error);
        return;
    }
    QNetworkReply *network = startRequest(call);
    reply->setNetworkReply(network);
    auto *guard = new ReplyGuard(network, m_deadlineMs, m_maxResponseBytes);
    connect(network, &QNetworkReply::sslErrors, network, [network](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        // Recorded for the message only; the errors are never ignored.
        network->setProperty(SslErrorsProperty, texts.join(QStringLiteral("; ")));
    });
    // The caller may delete its reply early: stop the transfer then.
    connect(reply, &QObject::destroyed, network, &QNetworkReply::abort);
    QPointer<ApiReply> target(reply);
    connect(network, &QNetworkReply::finished, this, [this, target, network, guard, call, handler] {
        network->deleteLater();
        if (target && !target->isFinished())
            finishNetworkReply(target, network, guard, call, handler);
    });
}

void VoipbinClient::finishNetworkReply(
    ApiReply *reply, QNetworkReply *network, ReplyGuard *guard, const Call &call, const Handler &handler)
{
    const QVariant status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = network->error();
    // Our own aborts and transport failures (codes below 200) win over a status line that arrived before
    // the body broke off.
    if (guard->abortReason() != ReplyGuard::AbortReason::None
        || (error != QNetworkReply::NoError && (int(error) < 200 || !status.isValid()))) {
        fail(reply, transportError(network, guard, call), call);
        return;
    }
    const QByteArray body = guard->takeBody();
    const int code = status.toInt();
    if (code < 200 || code > 299) {
        fail(reply, httpError(network, body, call), call);
        return;
    }
    if (handler(body) == Outcome::BadShape)
        fail(reply, ApiError(ApiError::Kind::InvalidResponse, code), call);
}

void VoipbinClient::fail(ApiReply *reply, ApiError error, const Call &call)
{
    error.setCreateAttempt(call.once && !call.refusalReason && !call.signup);
    error.setSignupAttempt(call.signup);
    reply->finishWithError(error);
}

ApiError VoipbinClient::transportError(
    QNetworkReply *network, const ReplyGuard *guard, const Call &call) const
{
    using K = ApiError::Kind;
    ApiError error;
    if (guard->abortReason() == ReplyGuard::AbortReason::TooLarge)
        return ApiError(K::InvalidResponse, 0, QLatin1String(ApiError::ResponseTooLargeReason));
    if (guard->abortReason() == ReplyGuard::AbortReason::Deadline) {
        error = ApiError(K::DeadlineExceeded);
        error.setTimeoutMs(m_deadlineMs);
        return error;
    }
    switch (network->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error = ApiError(K::ConnectionRefused);
        error.setDetail(hostText(call.url));
        break;
    case QNetworkReply::HostNotFoundError:
        error = ApiError(K::HostNotFound);
        error.setDetail(hostText(call.url));
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // only the transfer timeout cancels; abort() finished first
        error = ApiError(K::Timeout);
        error.setTimeoutMs(m_timeoutMs);
        break;
    case QNetworkReply::ContentReSendError:
        // Qt's silent re-send of a create refused by OneShotUploadBody: the connection broke after sending.
        error = ApiError(K::ConnectionClosed);
        error.setDetail(tr("The connection closed before any answer; the request was not sent "
                           "again."));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error = ApiError(K::TlsFailure);
        error.setDetail(network->property(SslErrorsProperty).toString());
        if (error.detail().isEmpty())
            error.setDetail(safeErrorText(network));
        break;
    default:
        // Remote close, reset, truncated body, protocol failure: the answer never arrived whole.
        error = ApiError(K::ConnectionClosed);
        error.setDetail(safeErrorText(network));
        break;
    }
    return error;
}

QString VoipbinClient::safeErrorText(QNetworkReply *network) const
{
    // Qt's error strings may quote the request URL, whose query can hold ?accesskey=: never pass that on.
    QString text = network->errorString();
    const QUrl url = network->request().url();
    text.replace(url.toString(), url.adjusted(QUrl::RemoveQuery).toString());
    text.replace(url.toString(QUrl::FullyEncoded), url.adjusted(QUrl::RemoveQuery).toString());
    const QString secret = m_credential.secret();
    if (!secret.isEmpty()) {
        text.replace(secret, QStringLiteral("<redacted>"));
        text.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), QStringLiteral("<redacted>"));
    }
    return text;
}

ApiError VoipbinClient::httpError(QNetworkReply *network, const QByteArray &body, const Call &call)
{
    const int code = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool hasRetryAfter = false;
    const int retryAfter = network->rawHeader("Retry-After").trimmed().toInt(&hasRetryAfter);
    ApiError error = ApiError::fromHttpResponse(code, body, call.isLogin, hasRetryAfter ? retryAfter : -1);
    // For an unknown key id the server answers 400 INVALID_ARGUMENT rather than the documented 404.
    if (call.idPath && code == 400
        && (error.reason() == QLatin1String("INVALID_ARGUMENT")
            || error.reason() == QLatin1String("INVALID_ID")))
        error = ApiError(
            ApiError::Kind::NotFound, code, error.reason(), error.serverMessage(), error.requestId());
    // The public /auth routes answer a bare status that never says why; the call knows what it means.
    if (call.refusalReason && error.reason().isEmpty()) {
        if (code == 400)
            error = ApiError(ApiError::Kind::InvalidArgument, code, QLatin1String(call.refusalReason));
        else if (code == 429 && qstrcmp(call.refusalReason, ApiError::WrongSignupCodeReason) == 0)
            error = ApiError(
                ApiError::Kind::RateLimited, code, QLatin1String(ApiError::TooManySignupAttemptsReason));
    }
    if (code == 401 && call.authenticated)
        emit unauthorized(error);
    return error;
}

void VoipbinClient::refuseLater(ApiReply *reply, const QString &message)
{
    refuseLater(reply, ApiError(ApiError::Kind::ClientValidation, 0, QString(), message));
}

void VoipbinClient::refuseLater(ApiReply *reply, const ApiError &error)
{
    // Queued: finished() must come after the caller has connected to it.
    QMetaObject::invokeMethod(
        reply, [reply, error] { reply->finishWithError(error); }, Qt::QueuedConnection);
}
