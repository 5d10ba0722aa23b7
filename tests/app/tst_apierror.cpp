#include "api/ApiError.h"

#include <QTest>

using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void parsesEnvelope()
    {
        const QByteArray body = R"({"error":{"status":"UNAUTHENTICATED","reason":"INVALID_CREDENTIALS",
            "message":"The provided credentials are invalid.","request_id":"req_ABC"}})";
        const ApiError error = ApiError::fromHttpResponse(401, body);
        QCOMPARE(error.kind(), Kind::Unauthenticated);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.reason(), QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(error.serverMessage(), QStringLiteral("The provided credentials are invalid."));
        QCOMPARE(error.requestId(), QStringLiteral("req_ABC"));
        QVERIFY(error.needsSignIn());
        QCOMPARE(error.userMessage(),
            QStringLiteral(
                "Your session has expired or the credential is no longer valid (expired, revoked or "
                "malformed). Please sign in again. (request id: req_ABC)"));
    }

    void legacyTopLevelMessage()
    {
        const ApiError error = ApiError::fromHttpResponse(400, R"({"message":"bad page size"})");
        QCOMPARE(error.kind(), Kind::InvalidArgument);
        QCOMPARE(error.serverMessage(), QStringLiteral("bad page size"));
        QVERIFY(error.userMessage().contains(QStringLiteral("bad page size")));
    }

    void kinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("login");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("login 400 empty") << 400 << QByteArray() << true << Kind::BadCredentials;
        QTest::newRow("400 empty") << 400 << QByteArray() << false << Kind::InvalidArgument;
        QTest::newRow("400 invalid id")
            << 400 << QByteArray(R"({"error":{"reason":"INVALID_ID"}})") << false << Kind::NotFound;
        QTest::newRow("401 empty") << 401 << QByteArray() << false << Kind::Unauthenticated;
        QTest::newRow("403") << 403 << QByteArray("not json") << false << Kind::PermissionDenied;
        QTest::newRow("404") << 404 << QByteArray() << false << Kind::NotFound;
        QTest::newRow("409") << 409 << QByteArray() << false << Kind::AlreadyDeleted;
        QTest::newRow("429") << 429 << QByteArray() << false << Kind::RateLimited;
        QTest::newRow("login 429") << 429 << QByteArray() << true << Kind::RateLimited;
        QTest::newRow("500") << 500 << QByteArray() << false << Kind::ServerError;
        QTest::newRow("503") << 503 << QByteArray("<html>") << false << Kind::ServerError;
        QTest::newRow("302") << 302 << QByteArray() << false << Kind::InvalidResponse;
    }
    void kinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, login);
        QFETCH(Kind, kind);
        const ApiError error = ApiError::fromHttpResponse(status, body, login);
        QCOMPARE(error.kind(), kind);
        QVERIFY(error.isError());
        QVERIFY(!error.userMessage().isEmpty());
    }

    void messages()
    {
        QCOMPARE(ApiError::fromHttpResponse(400, {}, true).userMessage(),
            QStringLiteral("The username or password is wrong."));
        QVERIFY(
            ApiError::fromHttpResponse(403, {}).userMessage().contains(QStringLiteral("admin permission")));
        QCOMPARE(ApiError::fromHttpResponse(429, {}, false, 7).userMessage(),
            QStringLiteral("Too many requests; try again in 7 seconds."));
        QCOMPARE(ApiError::fromHttpResponse(429, {}, false, 1).userMessage(),
            QStringLiteral("Too many requests; try again in 1 second."));
        QCOMPARE(ApiError::fromHttpResponse(429, {}).retryAfterSeconds(), -1);

        ApiError tls(Kind::TlsFailure);
        tls.setDetail(QStringLiteral("The certificate is self-signed, and untrusted"));
        QCOMPARE(tls.userMessage(),
            QStringLiteral("The server's certificate could not be verified: The certificate "
                           "is self-signed, and untrusted"));
        ApiError refused(Kind::ConnectionRefused);
        refused.setDetail(QStringLiteral("127.0.0.1:9"));
        QCOMPARE(refused.userMessage(),
            QStringLiteral("Could not connect to 127.0.0.1:9: the server is not reachable."));
        QCOMPARE(ApiError(Kind::Timeout).userMessage(),
            QStringLiteral("The server did not answer within 30 seconds."));
        QCOMPARE(ApiError(Kind::InvalidResponse).userMessage(),
            QStringLiteral("The server sent a response the app could not read."));
        const ApiError large(Kind::InvalidResponse, 0, QLatin1String(ApiError::ResponseTooLargeReason));
        QVERIFY(large.userMessage().contains(QStringLiteral("too large")));
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().userMessage().isEmpty());
    }

    void outcomeUnknown_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("closed") << ApiError(Kind::ConnectionClosed) << true;
        QTest::newRow("timeout") << ApiError(Kind::Timeout) << true;
        QTest::newRow("deadline") << ApiError(Kind::DeadlineExceeded) << true;
        QTest::newRow("unreadable") << ApiError(Kind::InvalidResponse, 200) << true;
        QTest::newRow("too large") << ApiError(
            Kind::InvalidResponse, 0, QLatin1String(ApiError::ResponseTooLargeReason))
                                   << true;
        QTest::newRow("endless list")
            << ApiError(Kind::InvalidResponse, 200, QLatin1String(ApiError::EndlessListReason)) << false;
        QTest::newRow("malformed token")
            << ApiError(Kind::InvalidResponse, 200, QLatin1String(ApiError::MalformedTokenReason)) << false;
        QTest::newRow("refused") << ApiError(Kind::ConnectionRefused) << false;
        QTest::newRow("host not found") << ApiError(Kind::HostNotFound) << false;
        QTest::newRow("tls") << ApiError(Kind::TlsFailure) << false;
        QTest::newRow("canceled") << ApiError(Kind::Canceled) << false;
        QTest::newRow("validation") << ApiError(Kind::ClientValidation) << false;
        QTest::newRow("500") << ApiError::fromHttpResponse(500, {}) << false;
        QTest::newRow("400") << ApiError::fromHttpResponse(400, {}) << false;
        QTest::newRow("401") << ApiError::fromHttpResponse(401, {}) << false;
    }
    void outcomeUnknown()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, unknown);
        QCOMPARE(error.outcomeUnknown(), unknown);
        error.setCreateAttempt(true);
        const QString message = error.userMessage();
        QVERIFY(!message.contains(QStringLiteral("try again")) || !unknown);
        QCOMPARE(message.contains(QStringLiteral("the key may have been created")), unknown);
    }

    void lostCreateMessages()
    {
        ApiError closed(Kind::ConnectionClosed);
        QCOMPARE(closed.userMessage(),
            QStringLiteral("The connection to the server was closed before the answer was complete. "
                           "Please try again."));
        closed.setCreateAttempt(true);
        QCOMPARE(closed.userMessage(),
            QStringLiteral("The connection broke before the server's answer arrived; the key may have "
                           "been created."));
        ApiError timeout(Kind::Timeout);
        timeout.setCreateAttempt(true);
        QCOMPARE(timeout.userMessage(),
            QStringLiteral("The server did not answer within 30 seconds; the key may have been created."));
        ApiError deadline(Kind::DeadlineExceeded);
        deadline.setTimeoutMs(60000);
        QCOMPARE(deadline.userMessage(),
            QStringLiteral("The server took too long to answer (more than 60 seconds)."));
        ApiError server = ApiError::fromHttpResponse(500, {});
        server.setCreateAttempt(true); // the server said no: nothing was created, trying again is right
        QVERIFY(server.userMessage().contains(QStringLiteral("Please try again later")));
    }

    void everyKindHasAMessage()
    {
        for (int k = int(Kind::ConnectionRefused); k <= int(Kind::ClientValidation); ++k)
            QVERIFY2(!ApiError(Kind(k)).userMessage().isEmpty(), qPrintable(QString::number(k)));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
