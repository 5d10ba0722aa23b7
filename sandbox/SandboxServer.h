#pragma once

#include "EndlessPaging.h"
#include "Failure.h"
#include "HoldScope.h"
#include "Outbox.h"
#include "RecordedRequest.h"
#include "SandboxOptions.h"
#include "SignupFlow.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

class QTemporaryDir;
namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace sandbox {

class AccountStore;
struct Agent;
class AuthApi;
class Authenticator;
class EndlessPages;
class JwtIssuer;
class RateLimiter;
class V1Api;
struct ApiRequest;
struct ApiResponse;

// A local stand-in for api.voipbin.net (login, signup and passwords, accesskeys) on cpp-httplib, HTTP or
// HTTPS. It shares no code with the client on purpose, so a client bug cannot hide behind the same bug here.
// Every public method is thread-safe; handlers run on cpp-httplib's worker threads.
class SandboxServer
{
public:
    explicit SandboxServer(SandboxOptions options = {});
    ~SandboxServer(); // stops and joins
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    bool start(); // binds, serves on its own thread; false + errorString() on failure
    void stop();
    QString errorString() const;
    QUrl url() const; // e.g. http://127.0.0.1:43123 (no trailing /v1.0)
    quint16 port() const;
    QString certificatePath() const; // PEM file (TLS only)
    QByteArray certificatePem() const;

    // knobs, thread-safe, usable while running
    void setLatency(int ms);
    void injectFailures(Failure kind, int count = 1); // the next `count` requests to /v1.0/* fail that way
    void clearFailures(); // forgets the injected failures no request has taken yet
    void setTrickleInterval(int ms); // the pause before each byte of a Failure::TrickleBody answer
    void setEndlessPaging(EndlessPaging mode); // GET /v1.0/accesskeys never reaches a last page
    // /auth/login answers 200 with a `token` that carries CR LF and a header line after the JWT.
    void setHeaderInjectingLoginToken(bool on);
    void setJwtLifetime(qint64 seconds); // for tokens issued from now on
    void setRateLimit(double perSecond);
    QString seedAccessKeys(const QString &username, int count); // returns the customer id; bypasses HTTP
    // Returns the plain token. Any expireSeconds is accepted (negative = already expired), unlike HTTP.
    QString createAccessKeyDirect(const QString &username, const QString &name, qint64 expireSeconds);
    QList<RecordedRequest> requests() const; // every request received, in order
    // Which server generation POST /auth/signup plays (the answer carries the key, or a temp_token).
    void setSignupFlow(SignupFlow flow);
    void setAuthRateLimit(double perSecond); // per IP on the public /auth routes, burst 2x (0 = off)
    void setUnverifiedMaxAge(qint64 seconds); // an unverified customer reads as expired after this
    // The user's customer becomes `status` ("frozen", "expired", "active", ...): frozen and expired ones get
    // 403 ACCOUNT_FROZEN / ACCOUNT_EXPIRED on every /v1.0 call. False for an unknown username.
    bool setCustomerStatus(const QString &username, const QString &status);
    // Test-only: the emails a real server would have sent (signup codes, verify and reset tokens).
    Outbox &outbox() { return m_outbox; }
    void clearRequests();
    // Requests to `method` `path` (exact, e.g. "GET", "/v1.0/customer") wait unanswered, as behind a
    // stalled upstream, until releaseHeld() (then they are handled and answered as usual) or stop() (then
    // dropped with no effect). One hold at a time; a new call replaces it. For a client killed mid-request.
    void holdRequests(const QString &method, const QString &path, HoldScope scope = HoldScope::AnyCredential);
    int heldCount() const; // requests waiting right now
    void releaseHeld(); // lets the waiting ones through and holds nothing more

private:
    bool setUpTls();
    bool bindSocket();
    void installHandler();
    void handle(const httplib::Request &req, httplib::Response &res);
    void record(const httplib::Request &req);
    ApiResponse route(const ApiRequest &request);
    ApiResponse login(const ApiRequest &request);
    ApiResponse v1(const ApiRequest &request);
    std::optional<ApiResponse> authRateLimited(const ApiRequest &request);
    std::optional<Failure> takeFailure();
    void fail(Failure kind, const httplib::Request &req, httplib::Response &res, const QString &requestId);
    QString loginToken(const Agent &agent) const;
    bool isHeld(const ApiRequest &request) const;
    bool waitWhileHeld(const ApiRequest &request); // false: the server stops, drop the request

    SandboxOptions m_options;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<JwtIssuer> m_jwt;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<RateLimiter> m_authRateLimiter;
    Outbox m_outbox;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<V1Api> m_v1;
    std::unique_ptr<EndlessPages> m_endlessPages;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<httplib::Server> m_http;
    std::thread m_thread;
    std::atomic<int> m_latencyMs { 0 };
    std::atomic<int> m_trickleIntervalMs { 200 };
    std::atomic<bool> m_headerInjectingLoginToken { false };
    std::atomic<bool> m_stopping { false }; // ends streaming answers (trickle, endless) when the server stops
    quint16 m_port = 0;
    QString m_certificatePath;
    QByteArray m_certificatePem;
    QString m_error;

    mutable QMutex m_stateMutex; // guards the two lists below
    QList<Failure> m_failures;
    QList<RecordedRequest> m_requests;

    struct Hold
    {
        QString method;
        QString path;
        HoldScope scope = HoldScope::AnyCredential;
        qint64 sinceMicros = 0;
    };
    mutable QMutex m_holdMutex; // guards the hold and its counters
    QWaitCondition m_holdReleased;
    std::optional<Hold> m_hold;
    quint64 m_holdGeneration = 0; // a release lets every request that waited under an older one go
    int m_heldCount = 0;
};

} // namespace sandbox
