#include "SandboxServer.h"

#include "AccountGate.h"
#include "AccountStore.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "AuthApi.h"
#include "Authenticator.h"
#include "EndlessPages.h"
#include "ErrorEnvelope.h"
#include "HttplibBridge.h"
#include "Identity.h"
#include "JwtIssuer.h"
#include "RateLimiter.h"
#include "RequestId.h"
#include "SelfSignedCertificate.h"
#include "V1Api.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <httplib.h>

namespace sandbox {

namespace {
constexpr qint64 kHugeBodyBytes = 20 * 1024 * 1024;
constexpr int kNestingDepth = 100000; // Failure::DeeplyNestedJson
constexpr qint64 kEndlessBodyBytes = 256 * 1024 * 1024; // "endless", but a test gone wrong stays bounded
constexpr int kTrickleBodyPadding = 64 * 1024; // at one byte per 200 ms, over 3 hours

QList<SandboxUser> usersOrDemo(const QList<SandboxUser> &users)
{
    return users.isEmpty()
        ? QList<SandboxUser> { { QStringLiteral("demo"), QStringLiteral("demo"), true, {} } }
        : users;
}

bool isV1(const QString &path)
{
    return path == QLatin1String("/v1.0") || path.startsWith(QLatin1String("/v1.0/"));
}

// The /auth routes that need no credential share one per-IP bucket (unregister and delegate have their own).
bool isPublicAuth(const QString &path)
{
    static const QStringList paths { QStringLiteral("/auth/login"), QStringLiteral("/auth/signup"),
        QStringLiteral("/auth/complete-signup"), QStringLiteral("/auth/email-verify"),
        QStringLiteral("/auth/password-forgot"), QStringLiteral("/auth/password-reset"),
        QStringLiteral("/auth/boot") };
    return paths.contains(path);
}

ApiResponse rateLimited(const ApiRequest &request, int retryAfter, const char *limitedBy)
{
    ApiResponse r = ErrorEnvelope::make(429, QStringLiteral("RATE_LIMIT_EXCEEDED"),
        QStringLiteral("Too many requests. Slow down."), request.requestId,
        QJsonArray { QJsonObject { { QStringLiteral("limited_by"), QLatin1String(limitedBy) } } });
    r.headers.append({ "Retry-After", QByteArray::number(retryAfter) });
    return r;
}
} // namespace

SandboxServer::SandboxServer(SandboxOptions options)
    : m_options(std::move(options))
{
    m_options.users = usersOrDemo(m_options.users);
    m_store = std::make_unique<AccountStore>(m_options.users);
    m_jwt = std::make_unique<JwtIssuer>(m_options.jwtLifetimeSeconds);
    m_rateLimiter = std::make_unique<RateLimiter>(m_options.rateLimitPerSecond);
    // rateLimitPerSecond 0 (--no-rate-limit) means no limit at all, the /auth one included.
    m_authRateLimiter = std::make_unique<RateLimiter>(
        m_options.rateLimitPerSecond > 0 ? m_options.authRateLimitPerSecond : 0);
    m_auth = std::make_unique<AuthApi>(*m_store, m_outbox);
    m_auth->setSignupFlow(m_options.signupFlow);
    m_store->setUnverifiedMaxAge(m_options.unverifiedMaxAgeSeconds);
    for (const QString &username : std::as_const(m_options.frozenUsers))
        setCustomerStatus(username, QStringLiteral("frozen"));
    for (const QString &username : std::as_const(m_options.expiredUsers))
        setCustomerStatus(username, QStringLiteral("expired"));
    m_authenticator = std::make_unique<Authenticator>(*m_store, *m_jwt);
    m_v1 = std::make_unique<V1Api>(*m_store);
    m_endlessPages = std::make_unique<EndlessPages>();
    m_latencyMs = m_options.latencyMs;
    if (m_options.seedKeys > 0)
        seedAccessKeys(m_options.users.first().username, m_options.seedKeys);
    for (const Failure failure : m_options.failures)
        injectFailures(failure);
    setTrickleInterval(m_options.trickleIntervalMs);
    setEndlessPaging(m_options.endlessPaging);
    setHeaderInjectingLoginToken(m_options.headerInjectingLoginToken);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start()
{
    if (m_thread.joinable())
        return true;
    m_stopping = false;
    // A client that hangs up mid-response (or the drop knob) must not kill the whole process.
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
    if (m_options.tls ? !setUpTls() : (m_http = std::make_unique<httplib::Server>(), false))
        return false;
    installHandler();
    // cpp-httplib's stop() waits for idle keep-alive connections to time out: keep that short.
    m_http->set_keep_alive_timeout(2);
    // Small responses must not wait on Nagle + delayed ACK (~40 ms each); reuse connections longer.
    m_http->set_tcp_nodelay(true);
    m_http->set_keep_alive_max_count(100);
    if (!bindSocket())
        return false;
    m_thread = std::thread([this] { m_http->listen_after_bind(); });
    // stop() is a no-op until the accept loop runs; wait for it so start(); stop(); cannot hang.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!m_http->is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

bool SandboxServer::setUpTls()
{
    SelfSignedCertificate cert;
    QString dir = m_options.tlsDirectory;
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        dir = m_tempDir->path();
    }
    if (!cert.generate() || !cert.writeTo(dir)) {
        m_error = cert.errorString();
        return false;
    }
    m_certificatePath = cert.certificatePath();
    m_certificatePem = cert.certificatePem();
    m_http = std::make_unique<httplib::SSLServer>(
        cert.certificatePath().toLocal8Bit().constData(), cert.privateKeyPath().toLocal8Bit().constData());
    if (!m_http->is_valid()) {
        m_error = QStringLiteral("cpp-httplib rejected the generated certificate");
        return false;
    }
    return true;
}

bool SandboxServer::bindSocket()
{
    const std::string host = m_options.host.toStdString();
    int port = m_options.port;
    if (port == 0)
        port = m_http->bind_to_any_port(host);
    else if (!m_http->bind_to_port(host, port))
        port = -1;
    if (port <= 0) {
        m_error = QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port);
        return false;
    }
    m_port = quint16(port);
    return true;
}

void SandboxServer::installHandler()
{
    // One handler for every method and path: routing is ours, so unknown /v1.0 paths get the envelope.
    const httplib::Server::Handler handler
        = [this](const httplib::Request &req, httplib::Response &res) { handle(req, res); };
    const std::string any = ".*";
    m_http->Get(any, handler).Post(any, handler).Put(any, handler).Delete(any, handler);
    m_http->Patch(any, handler).Options(any, handler);
}

void SandboxServer::stop()
{
    m_stopping = true;
    if (m_http)
        m_http->stop();
    if (m_thread.joinable())
        m_thread.join();
}

QString SandboxServer::errorString() const
{
    return m_error;
}

QUrl SandboxServer::url() const
{
    const QString host = m_options.host.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]").arg(m_options.host)
        : m_options.host;
    const QString scheme = m_options.tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_port));
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QString SandboxServer::certificatePath() const
{
    return m_certificatePath;
}

QByteArray SandboxServer::certificatePem() const
{
    return m_certificatePem;
}

void SandboxServer::setLatency(int ms)
{
    m_latencyMs = ms;
}

void SandboxServer::injectFailures(Failure kind, int count)
{
    QMutexLocker lock(&m_stateMutex);
    for (int i = 0; i < count; ++i)
        m_failures.append(kind);
}

void SandboxServer::clearFailures()
{
    QMutexLocker lock(&m_stateMutex);
    m_failures.clear();
}

void SandboxServer::setTrickleInterval(int ms)
{
    m_trickleIntervalMs = std::max(1, ms);
}

void SandboxServer::setEndlessPaging(EndlessPaging mode)
{
    m_endlessPages->setMode(mode);
}

void SandboxServer::setHeaderInjectingLoginToken(bool on)
{
    m_headerInjectingLoginToken = on;
}

void SandboxServer::setJwtLifetime(qint64 seconds)
{
    m_jwt->setLifetime(seconds);
}

void SandboxServer::setRateLimit(double perSecond)
{
    m_rateLimiter->setRate(perSecond);
}

QString SandboxServer::seedAccessKeys(const QString &username, int count)
{
    const std::optional<Agent> agent = m_store->agent(username);
    if (!agent)
        return QString();
    m_store->seed(agent->customerId, count);
    return agent->customerId;
}

QString SandboxServer::createAccessKeyDirect(
    const QString &username, const QString &name, qint64 expireSeconds)
{
    const std::optional<Agent> agent = m_store->agent(username);
    return agent ? m_store->create(agent->customerId, name, QString(), expireSeconds).token : QString();
}

void SandboxServer::setSignupFlow(SignupFlow flow)
{
    m_auth->setSignupFlow(flow);
}

void SandboxServer::setAuthRateLimit(double perSecond)
{
    m_authRateLimiter->setRate(perSecond);
}

void SandboxServer::setUnverifiedMaxAge(qint64 seconds)
{
    m_store->setUnverifiedMaxAge(seconds);
}

bool SandboxServer::setCustomerStatus(const QString &username, const QString &status)
{
    return m_store->setCustomerStatus(username, status);
}

QList<RecordedRequest> SandboxServer::requests() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_requests;
}

void SandboxServer::clearRequests()
{
    QMutexLocker lock(&m_stateMutex);
    m_requests.clear();
}

void SandboxServer::record(const httplib::Request &req)
{
    RecordedRequest r = HttplibBridge::toRecord(req);
    QMutexLocker lock(&m_stateMutex);
    m_requests.append(std::move(r));
}

std::optional<Failure> SandboxServer::takeFailure()
{
    QMutexLocker lock(&m_stateMutex);
    if (m_failures.isEmpty())
        return std::nullopt;
    return m_failures.takeFirst();
}

void SandboxServer::handle(const httplib::Request &req, httplib::Response &res)
{
    record(req);
    const QString requestId = RequestId::acceptOrGenerate(HttplibBridge::header(req, "X-Request-Id"));
    if (const int latency = m_latencyMs; latency > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(latency));
    res.set_header("X-Request-Id", requestId.toStdString());
    const ApiRequest request = HttplibBridge::toApiRequest(req, requestId);
    if (isV1(request.path)) {
        if (const std::optional<Failure> failure = takeFailure()) {
            fail(*failure, req, res, requestId);
            return;
        }
        if (!waitWhileHeld(request)) {
            HttplibBridge::dropConnection(req);
            return;
        }
    }
    HttplibBridge::write(route(request), res);
}

void SandboxServer::holdRequests(const QString &method, const QString &path, HoldScope scope)
{
    QMutexLocker lock(&m_holdMutex);
    m_hold = Hold { method, path, scope, WireTime::nowMicros() };
}

int SandboxServer::heldCount() const
{
    QMutexLocker lock(&m_holdMutex);
    return m_heldCount;
}

void SandboxServer::releaseHeld()
{
    QMutexLocker lock(&m_holdMutex);
    m_hold.reset();
    ++m_holdGeneration;
    m_holdReleased.wakeAll();
}

bool SandboxServer::isHeld(const ApiRequest &request) const
{
    std::optional<Hold> hold;
    {
        QMutexLocker lock(&m_holdMutex);
        hold = m_hold;
    }
    if (!hold || request.method != hold->method || request.path != hold->path)
        return false;
    if (hold->scope == HoldScope::AnyCredential)
        return true;
    Identity who;
    return !m_authenticator->authenticate(request, &who) && who.viaAccessKey
        && who.accessKeyCreated > hold->sinceMicros;
}

bool SandboxServer::waitWhileHeld(const ApiRequest &request)
{
    if (!isHeld(request))
        return true;
    QMutexLocker lock(&m_holdMutex);
    const quint64 generation = m_holdGeneration;
    ++m_heldCount;
    // Woken by a release; polled for stop(), which must not wait for a test to remember the release.
    while (generation == m_holdGeneration && !m_stopping)
        m_holdReleased.wait(&m_holdMutex, 100);
    --m_heldCount;
    return !m_stopping;
}

void SandboxServer::fail(
    Failure kind, const httplib::Request &req, httplib::Response &res, const QString &requestId)
{
    switch (kind) {
    case Failure::InternalError:
        HttplibBridge::write(ErrorEnvelope::make(500, QStringLiteral("INTERNAL"),
                                 QStringLiteral("Internal server error (injected)."), requestId),
            res);
        return;
    case Failure::MalformedJson:
        HttplibBridge::write(ApiResponse { 200, QByteArray("{\"result\":[{\"id\":\"0f1e"), {}, {} }, res);
        res.set_header("Content-Type", "application/json; charset=utf-8");
        return;
    case Failure::TruncatedBody:
        HttplibBridge::writeTruncated(QByteArray("{\"result\":[],\"next_page_token\":\"\",\"padding\":\"")
                + QByteArray(200, 'x') + "\"}",
            res);
        return;
    case Failure::DropConnection:
        HttplibBridge::dropConnection(req);
        return;
    case Failure::HugeBody:
        HttplibBridge::writeHuge(kHugeBodyBytes, res);
        return;
    case Failure::DropAfterHandling:
        route(HttplibBridge::toApiRequest(req, requestId)); // the effect happens; its answer is lost
        HttplibBridge::dropConnection(req);
        return;
    case Failure::ResetConnection:
        HttplibBridge::resetConnection(req);
        return;
    case Failure::TrickleBody:
        HttplibBridge::writeTrickle(QByteArray("{\"result\":[],\"next_page_token\":\"\",\"padding\":\"")
                + QByteArray(kTrickleBodyPadding, 'x') + "\"}",
            m_trickleIntervalMs, &m_stopping, res);
        return;
    case Failure::EndlessChunkedBody:
        HttplibBridge::writeEndlessChunked(kEndlessBodyBytes, &m_stopping, res);
        return;
    case Failure::DeeplyNestedJson:
        HttplibBridge::write(ApiResponse { 200,
                                 "{\"result\":[{\"id\":\"0f1e\",\"labels\":" + QByteArray(kNestingDepth, '[')
                                     + QByteArray(kNestingDepth, ']') + "}],\"next_page_token\":\"\"}",
                                 {}, {} },
            res);
        res.set_header("Content-Type", "application/json; charset=utf-8");
        return;
    }
}

ApiResponse SandboxServer::route(const ApiRequest &request)
{
    if (request.path == QLatin1String("/ping") && request.method == QLatin1String("GET"))
        return ApiResponse::json(200, QJsonObject { { QStringLiteral("message"), QStringLiteral("pong") } });
    if (isPublicAuth(request.path)) {
        if (std::optional<ApiResponse> limited = authRateLimited(request))
            return *limited;
    }
    if (request.path == QLatin1String("/auth/login") && request.method == QLatin1String("POST"))
        return login(request);
    if (std::optional<ApiResponse> answer = m_auth->handle(request))
        return *answer;
    if (isV1(request.path))
        return v1(request);
    ApiResponse notFound = ApiResponse::empty(404); // gin's plain default outside the API groups
    notFound.body = "404 page not found";
    notFound.contentType = "text/plain";
    return notFound;
}

std::optional<ApiResponse> SandboxServer::authRateLimited(const ApiRequest &request)
{
    if (const int retryAfter = m_authRateLimiter->acquire(request.remoteAddress))
        return rateLimited(request, retryAfter, "ip");
    return std::nullopt;
}

ApiResponse SandboxServer::login(const ApiRequest &request)
{
    // Every failure here is a bare 400 with an empty body: the real handler never says why.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString username = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    const std::optional<Agent> agent
        = username.isEmpty() || password.isEmpty() ? std::nullopt : m_store->login(username, password);
    if (!agent)
        return ApiResponse::empty(400);
    const QString token = loginToken(*agent);
    ApiResponse r = ApiResponse::json(
        200, QJsonObject { { QStringLiteral("username"), username }, { QStringLiteral("token"), token } });
    if (!m_headerInjectingLoginToken) // a cookie cannot carry CR LF, and the knob is about the body
        r.headers.append({ "Set-Cookie",
            "token=" + token.toLatin1() + "; Max-Age=604800; Path=/; Secure; HttpOnly; SameSite=Strict" });
    return r;
}

QString SandboxServer::loginToken(const Agent &agent) const
{
    const QString jwt = m_jwt->issue(agent.toJson());
    // What a hostile server or a tampered response would send to split the client's next request.
    return m_headerInjectingLoginToken ? jwt + QStringLiteral("\r\nX-Injected: yes") : jwt;
}

ApiResponse SandboxServer::v1(const ApiRequest &request)
{
    Identity who;
    if (std::optional<ApiResponse> denied = m_authenticator->authenticate(request, &who))
        return *denied;
    if (const int retryAfter = m_rateLimiter->acquire(who.customerId))
        return rateLimited(request, retryAfter, "customer");
    // Then the account's status, as the real chain has it; a failed lookup lets the request through.
    if (const std::optional<Customer> customer = m_store->customer(who.customerId)) {
        if (std::optional<ApiResponse> blocked = AccountGate::check(*customer, request))
            return *blocked;
    }
    if (request.method == QLatin1String("GET") && request.path == QLatin1String("/v1.0/accesskeys")
        && m_endlessPages->mode() != EndlessPaging::Off)
        return ApiResponse::json(
            200, m_endlessPages->page(who.customerId, request.query.value(QStringLiteral("page_token"))));
    return m_v1->handle(request, who);
}

} // namespace sandbox
