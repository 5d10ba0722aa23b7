// The client's account calls (signup in both server generations, email verification, password reset and
// change) and the account errors (frozen, expired, rate limited) against the local sandbox over loopback.
#include "ClientTestSupport.h"
#include "api/CustomerReply.h"
#include "api/LoginReply.h"
#include "api/SignupReply.h"
#include "api/VoipbinClient.h"

#include <QLocale>

#include <SandboxServer.h>
#include <memory>

using Kind = ApiError::Kind;
using Outcome = SignupReply::Outcome;
using sandbox::SandboxMail;

class TestAccountClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<VoipbinClient> m_client;

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const sandbox::RecordedRequest &r : m_server->requests())
            count += r.path == path ? 1 : 0;
        return count;
    }

    QString mailed(const QString &to, SandboxMail::Kind kind) const
    {
        return m_server->outbox().latest(to, kind).secret;
    }

    // A fresh account with its first password, the way a person gets one: sign up, open the verification
    // link, then the reset link that follows it.
    bool signUpWithPassword(const QString &email, const QString &password)
    {
        SignupReply *signup = waitFor(m_client->signUp(email, QStringLiteral("New"), true));
        if (signup->outcome() != Outcome::KeyReady)
            return false;
        if (!waitFor(m_client->verifyEmail(mailed(email, SandboxMail::Kind::EmailVerify)))->isOk())
            return false;
        return waitFor(m_client->resetPassword(mailed(email, SandboxMail::Kind::PasswordReset), password))
            ->isOk();
    }

    bool signIn(const QString &username, const QString &password)
    {
        LoginReply *reply = waitFor(m_client->login(username, password));
        if (reply->isOk())
            m_client->setCredential(Credential::jwt(reply->token()));
        return reply->isOk();
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions options;
        options.users = { { QStringLiteral("alice@example.com"), QStringLiteral("pw-alice"), true, {} } };
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<VoipbinClient>();
        QVERIFY(m_client->setServerRoot(m_server->url()));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void signUpReturnsAKeyReadyToStore()
    {
        SignupReply *reply
            = waitFor(m_client->signUp(QStringLiteral("new@example.com"), QStringLiteral("New"), true));
        QVERIFY2(reply->isOk(), qPrintable(describe(reply)));
        QCOMPARE(reply->outcome(), Outcome::KeyReady);
        const NewAccessKey key = reply->newAccessKey();
        QVERIFY(key.isValid());
        QVERIFY(key.token.startsWith(QStringLiteral("vb_")));
        QCOMPARE(key.key.name, QStringLiteral("default"));
        QVERIFY(key.key.expiresAt > QDateTime::currentDateTimeUtc().addDays(364));
        QVERIFY(reply->tempToken().isEmpty());
        QCOMPARE(reply->customer().email, QStringLiteral("new@example.com"));
        QVERIFY(reply->customer().awaitsVerification());
        QCOMPARE(requestsTo(QStringLiteral("/auth/signup")), 1);
        QVERIFY(!m_server->requests().constLast().headers.contains(QStringLiteral("authorization")));

        // The key works at once, and the account reads as new and unverified.
        m_client->setCredential(Credential::accessKey(key.token));
        CustomerReply *customer = waitFor(m_client->currentCustomer());
        QVERIFY2(customer->isOk(), qPrintable(describe(customer)));
        QCOMPARE(customer->customer().status, QStringLiteral("initial"));
        QVERIFY(!customer->customer().emailVerified);
        QVERIFY(customer->customer().awaitsVerification());
    }

    void signUpTakenOrInvalidAddressCreatesNothing_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("already registered") << QStringLiteral("alice@example.com");
        QTest::newRow("not an address") << QStringLiteral("not-an-address");
    }

    void signUpTakenOrInvalidAddressCreatesNothing()
    {
        QFETCH(QString, email);
        SignupReply *reply = waitFor(m_client->signUp(email, QString(), true));
        QVERIFY2(reply->isOk(), qPrintable(describe(reply)));
        QCOMPARE(reply->outcome(), Outcome::NotCreated);
        QVERIFY(!reply->newAccessKey().isValid());
        QVERIFY(reply->tempToken().isEmpty());
        QVERIFY(m_server->outbox().mails().isEmpty());
    }

    void signUpWithoutTheTermsIsNotSent()
    {
        SignupReply *reply = waitFor(m_client->signUp(QStringLiteral("new@example.com"), QString(), false));
        QCOMPARE(reply->error().kind(), Kind::ClientValidation);
        QVERIFY(reply->error().userMessage().contains(QStringLiteral("terms of service")));
        QCOMPARE(reply->outcome(), Outcome::None);
        QCOMPARE(requestsTo(QStringLiteral("/auth/signup")), 0);
    }

    void signUpWithACodeOnTheOlderServer()
    {
        m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
        const QString email = QStringLiteral("coded@example.com");
        SignupReply *signup = waitFor(m_client->signUp(email, QString(), true));
        QVERIFY2(signup->isOk(), qPrintable(describe(signup)));
        QCOMPARE(signup->outcome(), Outcome::CodeNeeded);
        QVERIFY(!signup->tempToken().isEmpty());
        QVERIFY(!signup->newAccessKey().isValid());
        const QString code = mailed(email, SandboxMail::Kind::SignupCode);
        QCOMPARE(code.size(), VoipbinClient::SignupCodeLength);

        const QString wrong
            = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        SignupReply *wrongReply = waitFor(m_client->completeSignUp(signup->tempToken(), wrong));
        QCOMPARE(wrongReply->error().kind(), Kind::InvalidArgument);
        QCOMPARE(wrongReply->error().reason(), QLatin1String(ApiError::WrongSignupCodeReason));
        QVERIFY(wrongReply->error().userMessage().contains(QStringLiteral("code is wrong")));

        SignupReply *done = waitFor(m_client->completeSignUp(signup->tempToken(), code));
        QVERIFY2(done->isOk(), qPrintable(describe(done)));
        QCOMPARE(done->outcome(), Outcome::KeyReady);
        QCOMPARE(done->customer().id, signup->customer().id);
        m_client->setCredential(Credential::accessKey(done->newAccessKey().token));
        CustomerReply *customer = waitFor(m_client->currentCustomer());
        QVERIFY2(customer->isOk(), qPrintable(describe(customer)));
        QCOMPARE(customer->customer().email, email);
    }

    void aCodeThatIsNotSixDigitsIsNotSent()
    {
        m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
        SignupReply *signup = waitFor(m_client->signUp(QStringLiteral("c@example.com"), QString(), true));
        QCOMPARE(signup->outcome(), Outcome::CodeNeeded);
        SignupReply *reply = waitFor(m_client->completeSignUp(signup->tempToken(), QStringLiteral("12345")));
        QCOMPARE(reply->error().kind(), Kind::ClientValidation);
        QCOMPARE(requestsTo(QStringLiteral("/auth/complete-signup")), 0);
    }

    void theSixthCodeIsRefused()
    {
        m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
        const QString email = QStringLiteral("guess@example.com");
        SignupReply *signup = waitFor(m_client->signUp(email, QString(), true));
        const QString code = mailed(email, SandboxMail::Kind::SignupCode);
        const QString wrong
            = code == QLatin1String("999999") ? QStringLiteral("999998") : QStringLiteral("999999");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(waitFor(m_client->completeSignUp(signup->tempToken(), wrong))->error().reason(),
                QLatin1String(ApiError::WrongSignupCodeReason));
        SignupReply *sixth = waitFor(m_client->completeSignUp(signup->tempToken(), code));
        QCOMPARE(sixth->error().kind(), Kind::RateLimited);
        QCOMPARE(sixth->error().reason(), QLatin1String(ApiError::TooManySignupAttemptsReason));
        QVERIFY(sixth->error().userMessage().contains(QStringLiteral("verification link")));
        QCOMPARE(sixth->outcome(), Outcome::None);
    }

    void verifyResetSignInAndChangePassword()
    {
        const QString email = QStringLiteral("flow@example.com");
        SignupReply *signup = waitFor(m_client->signUp(email, QString(), true));
        QCOMPARE(signup->outcome(), Outcome::KeyReady);
        const QString verifyToken = mailed(email, SandboxMail::Kind::EmailVerify);
        QCOMPARE(verifyToken.size(), 64);

        CustomerReply *verified = waitFor(m_client->verifyEmail(verifyToken));
        QVERIFY2(verified->isOk(), qPrintable(describe(verified)));
        QCOMPARE(verified->customer().status, QStringLiteral("active"));
        QVERIFY(verified->customer().emailVerified);
        QVERIFY(!verified->customer().awaitsVerification());

        CustomerReply *again = waitFor(m_client->verifyEmail(verifyToken)); // single use
        QCOMPARE(again->error().kind(), Kind::InvalidArgument);
        QCOMPARE(again->error().reason(), QLatin1String(ApiError::InvalidVerifyLinkReason));
        QVERIFY(again->error().userMessage().contains(QStringLiteral("used already")));

        // Verifying sends the link that sets the first password.
        const QString resetToken = mailed(email, SandboxMail::Kind::PasswordReset);
        QVERIFY(!resetToken.isEmpty());
        ApiReply *tooShort = waitFor(m_client->resetPassword(resetToken, QStringLiteral("short")));
        QCOMPARE(tooShort->error().kind(), Kind::ClientValidation);
        QVERIFY(tooShort->error().userMessage().contains(QStringLiteral("at least 8")));
        QCOMPARE(requestsTo(QStringLiteral("/auth/password-reset")), 0);
        ApiReply *reset = waitFor(m_client->resetPassword(resetToken, QStringLiteral("first-password")));
        QVERIFY2(reset->isOk(), qPrintable(describe(reset)));
        QVERIFY(signIn(email, QStringLiteral("first-password")));

        ApiReply *changed = waitFor(m_client->changePassword(QStringLiteral("second-password")));
        QVERIFY2(changed->isOk(), qPrintable(describe(changed)));
        QVERIFY(!waitFor(m_client->login(email, QStringLiteral("first-password")))->isOk());
        QVERIFY(signIn(email, QStringLiteral("second-password")));
    }

    void passwordResetRequestAlwaysSucceeds()
    {
        ApiReply *unknown = waitFor(m_client->requestPasswordReset(QStringLiteral("nobody@example.com")));
        QVERIFY2(unknown->isOk(), qPrintable(describe(unknown)));
        QVERIFY(m_server->outbox().mails().isEmpty());
        ApiReply *known = waitFor(m_client->requestPasswordReset(QStringLiteral("alice@example.com")));
        QVERIFY2(known->isOk(), qPrintable(describe(known)));
        const QString token = mailed(QStringLiteral("alice@example.com"), SandboxMail::Kind::PasswordReset);
        QVERIFY(!token.isEmpty());

        ApiReply *bogus
            = waitFor(m_client->resetPassword(QString(64, QLatin1Char('a')), QStringLiteral("long-enough")));
        QCOMPARE(bogus->error().kind(), Kind::InvalidArgument);
        QCOMPARE(bogus->error().reason(), QLatin1String(ApiError::PasswordResetRefusedReason));
        QVERIFY(bogus->error().userMessage().contains(QStringLiteral("reset link")));
        QVERIFY(waitFor(m_client->resetPassword(token, QStringLiteral("new-alice-pw")))->isOk());
        QVERIFY(signIn(QStringLiteral("alice@example.com"), QStringLiteral("new-alice-pw")));
    }

    void changePasswordNeedsAnAgentSession()
    {
        m_client->setCredential(Credential::accessKey(m_server->createAccessKeyDirect(
            QStringLiteral("alice@example.com"), QStringLiteral("k"), 86400)));
        ApiReply *reply = waitFor(m_client->changePassword(QStringLiteral("long-enough")));
        QCOMPARE(reply->error().kind(), Kind::PermissionDenied);
        QCOMPARE(reply->error().reason(), QStringLiteral("AGENT_AUTH_REQUIRED"));
        QVERIFY(reply->error().userMessage().contains(QStringLiteral("an accesskey cannot")));
    }

    void frozenAccountSaysWhenItGoes()
    {
        QVERIFY(signIn(QStringLiteral("alice@example.com"), QStringLiteral("pw-alice")));
        QVERIFY(m_server->setCustomerStatus(QStringLiteral("alice@example.com"), QStringLiteral("frozen")));
        CustomerReply *reply = waitFor(m_client->currentCustomer());
        QCOMPARE(reply->error().kind(), Kind::PermissionDenied);
        QVERIFY(reply->error().isAccountFrozen());
        QVERIFY(!reply->error().isAccountExpired());
        const QDate deletion = QDateTime::currentDateTimeUtc().addDays(30).toLocalTime().date();
        const QString message = reply->error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("frozen")), qPrintable(message));
        // A minute either side of midnight may move the date; the month and year stay the same nearly always.
        QVERIFY2(message.contains(QLocale().toString(deletion, QLocale::LongFormat))
                || message.contains(QLocale().toString(deletion.addDays(-1), QLocale::LongFormat)),
            qPrintable(message));
    }

    void expiredAccountSaysWhy()
    {
        QVERIFY(signIn(QStringLiteral("alice@example.com"), QStringLiteral("pw-alice")));
        QVERIFY(m_server->setCustomerStatus(QStringLiteral("alice@example.com"), QStringLiteral("expired")));
        CustomerReply *reply = waitFor(m_client->currentCustomer());
        QCOMPARE(reply->error().kind(), Kind::PermissionDenied);
        QVERIFY(reply->error().isAccountExpired());
        QVERIFY(reply->error().userMessage().contains(QStringLiteral("not verified in time")));
    }

    void anUnverifiedAccountExpiresAtItsDeadline()
    {
        m_server->setUnverifiedMaxAge(0);
        SignupReply *signup = waitFor(m_client->signUp(QStringLiteral("late@example.com"), QString(), true));
        QCOMPARE(signup->outcome(), Outcome::KeyReady);
        QTest::qWait(5);
        m_client->setCredential(Credential::accessKey(signup->newAccessKey().token));
        CustomerReply *reply = waitFor(m_client->currentCustomer());
        QVERIFY(reply->error().isAccountExpired());
    }

    void tooManyRequestsSaysHowLongToWait()
    {
        m_server->setAuthRateLimit(1); // burst 2
        ApiError error;
        for (int i = 0; i < 5 && !error.isError(); ++i)
            error = waitFor(m_client->requestPasswordReset(QStringLiteral("nobody@example.com")))->error();
        QCOMPARE(error.kind(), Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds(), 1);
        QVERIFY2(error.userMessage().contains(QStringLiteral("try again in 1 second")),
            qPrintable(error.userMessage()));
    }

    void aLongWaitIsInMinutes()
    {
        const ApiError error = ApiError::fromHttpResponse(429,
            R"({"error":{"status":"RESOURCE_EXHAUSTED","reason":"RATE_LIMIT_EXCEEDED","message":"Slow down."}})",
            false, 150);
        QVERIFY2(error.userMessage().contains(QStringLiteral("try again in 3 minutes")),
            qPrintable(error.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestAccountClient)
#include "tst_accountclient.moc"
