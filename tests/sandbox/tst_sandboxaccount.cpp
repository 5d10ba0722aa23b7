// The sandbox's account routes over real HTTP on 127.0.0.1: signup in both server generations,
// complete-signup, email-verify, password-forgot/-reset, the agent's own password, frozen and expired
// customers, the per-IP /auth limit and the outbox of the emails it would send.
#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using sandbox::SandboxMail;
using sandbox::SandboxServer;

namespace {
const QRegularExpression kHex64(QStringLiteral("^[0-9a-f]{64}$"));

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray signupBody(const QString &email)
{
    return toJson({ { QStringLiteral("email"), email }, { QStringLiteral("accepted_tos"), true },
        { QStringLiteral("name"), QStringLiteral("New Co") } });
}
} // namespace

class TestSandboxAccount : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signupCurrentReturnsTheKey();
    void signupAnswersEmptyObjectForTakenOrInvalidEmail_data();
    void signupAnswersEmptyObjectForTakenOrInvalidEmail();
    void signupBadRequestIsBare400_data();
    void signupBadRequestIsBare400();
    void completeSignupGeneration();
    void completeSignupRefusesTheSixthTry();
    void completeSignupIsGoneFromTheCurrentServer();
    void emailVerifyActivatesOnceAndMailsAResetLink();
    void passwordForgotAlwaysAnswersEmptyObject();
    void passwordResetRules();
    void changeOwnPassword();
    void frozenCustomer();
    void expiredCustomer();
    void unverifiedCustomerExpiresAtTheDeadline();
    void authRoutesAreLimitedPerIp();

private:
    HttpResult signUp(const QString &email)
    {
        return m_client->post(QStringLiteral("/auth/signup"), signupBody(email));
    }
    QString mailed(const QString &to, SandboxMail::Kind kind) const
    {
        return m_server->outbox().latest(to, kind).secret;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxAccount::init()
{
    sandbox::SandboxOptions options;
    options.users = { { QStringLiteral("taken@example.com"), QStringLiteral("secret-pw"), true, {} },
        { QStringLiteral("admin"), QStringLiteral("secret"), true, {} } };
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->url());
}

void TestSandboxAccount::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxAccount::signupCurrentReturnsTheKey()
{
    const HttpResult r = signUp(QStringLiteral("new@example.com"));
    QCOMPARE(r.status, 200);
    const QJsonObject customer = r.json().value(QStringLiteral("customer")).toObject();
    const QJsonObject key = r.json().value(QStringLiteral("accesskey")).toObject();
    QVERIFY(!r.json().contains(QStringLiteral("temp_token")));
    QCOMPARE(customer.value(QStringLiteral("email")).toString(), QStringLiteral("new@example.com"));
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("New Co"));
    QCOMPARE(customer.value(QStringLiteral("status")).toString(), QStringLiteral("initial"));
    QCOMPARE(customer.value(QStringLiteral("email_verified")), QJsonValue(false));
    QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
    QCOMPARE(key.value(QStringLiteral("detail")).toString(), QStringLiteral("Auto-provisioned API key"));
    QCOMPARE(key.value(QStringLiteral("customer_id")), customer.value(QStringLiteral("id")));
    const QString token = key.value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(QStringLiteral("vb_")));
    const QDateTime expire
        = QDateTime::fromString(key.value(QStringLiteral("tm_expire")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expire) - 365) <= 1);

    // The key works at once; the customer reads as the signup left it.
    const HttpResult me = m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("status")).toString(), QStringLiteral("initial"));
    QCOMPARE(me.json().value(QStringLiteral("email_verified")), QJsonValue(false));
    // The verification email, and nothing else, went out.
    const QList<SandboxMail> mails = m_server->outbox().mails();
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.first().to, QStringLiteral("new@example.com"));
    QCOMPARE(mails.first().kind, SandboxMail::Kind::EmailVerify);
    QVERIFY(kHex64.match(mails.first().secret).hasMatch());
}

void TestSandboxAccount::signupAnswersEmptyObjectForTakenOrInvalidEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("taken") << QStringLiteral("taken@example.com");
    QTest::newRow("taken, other case") << QStringLiteral("Taken@Example.com");
    QTest::newRow("invalid") << QStringLiteral("no-at-sign");
}

void TestSandboxAccount::signupAnswersEmptyObjectForTakenOrInvalidEmail()
{
    QFETCH(QString, email);
    const HttpResult r = signUp(email);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{}"));
    QVERIFY(m_server->outbox().mails().isEmpty());
}

void TestSandboxAccount::signupBadRequestIsBare400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no email") << QByteArray(R"({"accepted_tos":true})");
    QTest::newRow("no accepted_tos") << QByteArray(R"({"email":"a@example.com"})");
    QTest::newRow("accepted_tos false") << QByteArray(R"({"email":"a@example.com","accepted_tos":false})");
    QTest::newRow("accepted_tos a string")
        << QByteArray(R"({"email":"a@example.com","accepted_tos":"true"})");
    QTest::newRow("malformed") << QByteArray(R"({"email":)");
}

void TestSandboxAccount::signupBadRequestIsBare400()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_client->post(QStringLiteral("/auth/signup"), body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.isEmpty());
}

void TestSandboxAccount::completeSignupGeneration()
{
    m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
    const QString email = QStringLiteral("otp@example.com");
    const HttpResult r = signUp(email);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(QStringLiteral("accesskey")));
    QVERIFY(r.json().value(QStringLiteral("customer")).isObject());
    const QString tempToken = r.json().value(QStringLiteral("temp_token")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(tempToken).hasMatch());
    const QString code = mailed(email, SandboxMail::Kind::SignupCode);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
    QVERIFY(!mailed(email, SandboxMail::Kind::EmailVerify).isEmpty()); // the link came alongside

    const QString wrong
        = code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
    const auto complete = [&](const QString &withCode) {
        return m_client->post(QStringLiteral("/auth/complete-signup"),
            toJson({ { QStringLiteral("temp_token"), tempToken }, { QStringLiteral("code"), withCode } }));
    };
    const HttpResult bad = complete(wrong);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.isEmpty());
    const HttpResult ok = complete(code);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(QStringLiteral("customer_id")),
        r.json().value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")));
    const QString token
        = ok.json().value(QStringLiteral("accesskey")).toObject().value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(QStringLiteral("vb_")));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + token).status, 200);
    QCOMPARE(complete(code).status, 400); // the session is used up
    const HttpResult unknown = m_client->post(QStringLiteral("/auth/complete-signup"),
        toJson({ { QStringLiteral("temp_token"), QString(32, QLatin1Char('0')) },
            { QStringLiteral("code"), code } }));
    QCOMPARE(unknown.status, 400);
}

void TestSandboxAccount::completeSignupRefusesTheSixthTry()
{
    m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
    const QString email = QStringLiteral("guess@example.com");
    const QString tempToken = signUp(email).json().value(QStringLiteral("temp_token")).toString();
    const QString code = mailed(email, SandboxMail::Kind::SignupCode);
    const QString wrong
        = code == QLatin1String("123456") ? QStringLiteral("654321") : QStringLiteral("123456");
    const auto complete = [&](const QString &withCode) {
        return m_client->post(QStringLiteral("/auth/complete-signup"),
            toJson({ { QStringLiteral("temp_token"), tempToken }, { QStringLiteral("code"), withCode } }));
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(complete(wrong).status, 400);
    const HttpResult sixth = complete(code); // even the right code
    QCOMPARE(sixth.status, 429);
}

void TestSandboxAccount::completeSignupIsGoneFromTheCurrentServer()
{
    const HttpResult r
        = m_client->post(QStringLiteral("/auth/complete-signup"), R"({"temp_token":"x","code":"123456"})");
    QCOMPARE(r.status, 404);
}

void TestSandboxAccount::emailVerifyActivatesOnceAndMailsAResetLink()
{
    const QString email = QStringLiteral("verify@example.com");
    const QString key = signUp(email)
                            .json()
                            .value(QStringLiteral("accesskey"))
                            .toObject()
                            .value(QStringLiteral("token"))
                            .toString();
    const QString token = mailed(email, SandboxMail::Kind::EmailVerify);
    const QByteArray body = toJson({ { QStringLiteral("token"), token } });
    const HttpResult r = m_client->post(QStringLiteral("/auth/email-verify"), body);
    QCOMPARE(r.status, 200);
    const QJsonObject customer = r.json().value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(customer.value(QStringLiteral("email_verified")), QJsonValue(true));
    const HttpResult me = m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + key);
    QCOMPARE(me.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(kHex64.match(mailed(email, SandboxMail::Kind::PasswordReset)).hasMatch());

    const HttpResult again = m_client->post(QStringLiteral("/auth/email-verify"), body);
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(m_client->post(QStringLiteral("/auth/email-verify"), R"({"token":"nope"})").status, 400);
    QCOMPARE(m_client->post(QStringLiteral("/auth/email-verify"), R"({})").status, 400);
}

void TestSandboxAccount::passwordForgotAlwaysAnswersEmptyObject()
{
    for (const QByteArray &body : { QByteArray(R"({"username":"nobody@example.com"})"), QByteArray(R"({})"),
             QByteArray("not json"), QByteArray(R"({"username":"taken@example.com"})") }) {
        const HttpResult r = m_client->post(QStringLiteral("/auth/password-forgot"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
    }
    QCOMPARE(m_server->outbox().mails().size(), 1); // only the existing user got a mail
    QVERIFY(kHex64.match(mailed(QStringLiteral("taken@example.com"), SandboxMail::Kind::PasswordReset))
                .hasMatch());
}

void TestSandboxAccount::passwordResetRules()
{
    m_client->post(QStringLiteral("/auth/password-forgot"), R"({"username":"taken@example.com"})");
    const QString token = mailed(QStringLiteral("taken@example.com"), SandboxMail::Kind::PasswordReset);
    const auto reset = [&](const QString &withToken, const QString &password) {
        return m_client->post(QStringLiteral("/auth/password-reset"),
            toJson({ { QStringLiteral("token"), withToken }, { QStringLiteral("password"), password } }));
    };
    HttpResult r = reset(token, QStringLiteral("1234567")); // 7 characters
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.isEmpty());
    r = reset(QString(64, QLatin1Char('f')), QStringLiteral("long-enough"));
    QCOMPARE(r.status, 400);
    r = reset(token, QStringLiteral("12345678")); // the short try did not use the token up
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{}"));
    QVERIFY(!m_client->login(QStringLiteral("taken@example.com"), QStringLiteral("12345678")).isEmpty());
    QVERIFY(m_client->login(QStringLiteral("taken@example.com"), QStringLiteral("secret-pw")).isEmpty());
    QCOMPARE(reset(token, QStringLiteral("another-one")).status, 400); // single use
}

void TestSandboxAccount::changeOwnPassword()
{
    const QString jwt = m_client->login(QStringLiteral("admin"), QStringLiteral("secret"));
    const QString path = QStringLiteral("/v1.0/service_agents/me/password");
    HttpResult r = m_client->send("PUT", path, R"({"password":"short"})", SandboxClient::bearer(jwt));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_ARGUMENT"));
    r = m_client->send("PUT", path, R"({"password":"brand-new-pw"})", SandboxClient::bearer(jwt));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    QVERIFY(!m_client->login(QStringLiteral("admin"), QStringLiteral("brand-new-pw")).isEmpty());
    QVERIFY(m_client->login(QStringLiteral("admin"), QStringLiteral("secret")).isEmpty());

    const QString key = m_server->createAccessKeyDirect(QStringLiteral("admin"), QStringLiteral("k"), 86400);
    r = m_client->send("PUT", path + QStringLiteral("?accesskey=") + key, R"({"password":"by-a-key-123"})");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.reason(), QStringLiteral("AGENT_AUTH_REQUIRED"));
    QCOMPARE(m_client->send("PUT", path, R"({"password":"no-credential"})").status, 401);
}

void TestSandboxAccount::frozenCustomer()
{
    const QString jwt = m_client->login(QStringLiteral("admin"), QStringLiteral("secret"));
    QVERIFY(m_server->setCustomerStatus(QStringLiteral("admin"), QStringLiteral("frozen")));
    QVERIFY(!m_server->setCustomerStatus(QStringLiteral("nobody"), QStringLiteral("frozen")));
    for (const QString &path : { QStringLiteral("/v1.0/customer"), QStringLiteral("/v1.0/accesskeys") }) {
        const HttpResult r = m_client->get(path, SandboxClient::bearer(jwt));
        QCOMPARE(r.status, 403);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("ACCOUNT_FROZEN"));
        QVERIFY(!error.value(QStringLiteral("request_id")).toString().isEmpty());
        const QJsonObject detail = error.value(QStringLiteral("details")).toArray().at(0).toObject();
        const QDateTime scheduled = QDateTime::fromString(
            detail.value(QStringLiteral("deletion_scheduled_at")).toString(), Qt::ISODateWithMs);
        const QDateTime effective = QDateTime::fromString(
            detail.value(QStringLiteral("deletion_effective_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(scheduled.isValid());
        QCOMPARE(scheduled.daysTo(effective), 30);
        QCOMPARE(detail.value(QStringLiteral("recovery_endpoint")).toString(),
            QStringLiteral("DELETE /auth/unregister"));
    }
    QVERIFY(
        !m_client->login(QStringLiteral("admin"), QStringLiteral("secret")).isEmpty()); // login still works
    QVERIFY(m_server->setCustomerStatus(QStringLiteral("admin"), QStringLiteral("active")));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), SandboxClient::bearer(jwt)).status, 200);
}

void TestSandboxAccount::expiredCustomer()
{
    const QString key = m_server->createAccessKeyDirect(QStringLiteral("admin"), QStringLiteral("k"), 86400);
    QVERIFY(m_server->setCustomerStatus(QStringLiteral("admin"), QStringLiteral("expired")));
    const HttpResult r = m_client->get(QStringLiteral("/v1.0/accesskeys?accesskey=") + key);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.reason(), QStringLiteral("ACCOUNT_EXPIRED"));
    // Another customer is untouched.
    const QString other = m_client->login(QStringLiteral("taken@example.com"), QStringLiteral("secret-pw"));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), SandboxClient::bearer(other)).status, 200);
}

void TestSandboxAccount::unverifiedCustomerExpiresAtTheDeadline()
{
    m_server->setUnverifiedMaxAge(1);
    const QString email = QStringLiteral("slow@example.com");
    const QString key = signUp(email)
                            .json()
                            .value(QStringLiteral("accesskey"))
                            .toObject()
                            .value(QStringLiteral("token"))
                            .toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + key).status, 200);
    QTest::qWait(1100);
    const HttpResult r = m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + key);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.reason(), QStringLiteral("ACCOUNT_EXPIRED"));
    // Too late to verify, too.
    const QByteArray body
        = toJson({ { QStringLiteral("token"), mailed(email, SandboxMail::Kind::EmailVerify) } });
    QCOMPARE(m_client->post(QStringLiteral("/auth/email-verify"), body).status, 400);
}

void TestSandboxAccount::authRoutesAreLimitedPerIp()
{
    // The real default is 10/s, burst 20, shared by every public /auth route.
    int limitedAt = -1;
    HttpResult limited;
    for (int i = 0; i < 200 && limitedAt < 0; ++i) {
        const HttpResult r = i % 2
            ? m_client->post(QStringLiteral("/auth/password-forgot"), R"({"username":"x"})")
            : m_client->post(QStringLiteral("/auth/login"), R"({"username":"x","password":"y"})");
        if (r.status == 429) {
            limitedAt = i;
            limited = r;
        }
    }
    QVERIFY2(limitedAt >= 20, qPrintable(QString::number(limitedAt)));
    QCOMPARE(limited.reason(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
    const QJsonObject error = limited.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
    QCOMPARE(error.value(QStringLiteral("details"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("limited_by"))
                 .toString(),
        QStringLiteral("ip"));
    QVERIFY(limited.headers.value("retry-after").toInt() >= 1);
    m_server->setAuthRateLimit(0);
    QCOMPARE(signUp(QStringLiteral("after@example.com")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxAccount)
#include "tst_sandboxaccount.moc"
