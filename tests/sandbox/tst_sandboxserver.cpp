// Integration tests of sandbox::SandboxServer over real HTTP on 127.0.0.1 (port 0).
#include "RawConnection.h"
#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using sandbox::Failure;
using sandbox::SandboxServer;

namespace {
const QRegularExpression kGoTime(
    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d*[1-9])?Z$"));
const QRegularExpression kFixed6(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject jwtPayload(const QString &jwt)
{
    const QByteArray part = jwt.toLatin1().split('.').value(1);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}
} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pingAndRequestIds();
    void loginOk();
    void loginBad_data();
    void loginBad();
    void missingAndInvalidCredentials();
    void credentialPrecedence();
    void customerAndMe();
    void createListAndPage250();
    void pageSizeRules();
    void putReplacesBothFields();
    void deleteThenConflict();
    void idErrors();
    void expireValidation_data();
    void expireValidation();
    void managerIsForbidden();
    void expiredCredentials();
    void seededKeysHaveVariety();
    void rateLimit();
    void failureKnobs();
    void dropAfterHandlingKeepsTheEffect();
    void resetConnectionSendsRst();
    void trickleBodyNeverGoesQuiet();
    void endlessChunkedBodyHasNoLength();
    void headerInjectingLoginToken();
    void endlessPaging_data();
    void endlessPaging();
    void lists100000KeysOnceEach();
    void deletesDuringAWalkNeitherSkipNorRepeat();
    void latencyKnob();
    void holdKnobHoldsOnlyNewKeysUntilReleased();
    void holdKnobHoldsARevokeWhoseEffectComesWithTheRelease();
    void heldRequestsAreDroppedWhenTheServerStops();
    void recordsRequests();
    void unknownRoute();

private:
    QString createKey(const QString &jwt, const QString &name, const QString &detail = {});
    QStringList listAllIds(int maxPages = 2000);
    QJsonObject page(const QString &pageToken);
    SandboxClient::Headers adminAuth() { return SandboxClient::bearer(m_adminJwt); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    QString m_adminJwt;
};

void TestSandboxServer::init()
{
    sandbox::SandboxOptions options;
    options.users = { { QStringLiteral("admin"), QStringLiteral("secret"), true, QStringLiteral("acme") },
        { QStringLiteral("mgr"), QStringLiteral("secret"), false, QStringLiteral("acme") },
        { QStringLiteral("other"), QStringLiteral("secret"), true, {} } };
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->url().scheme(), QStringLiteral("http"));
    m_client = std::make_unique<SandboxClient>(m_server->url());
    m_adminJwt = m_client->login(QStringLiteral("admin"), QStringLiteral("secret"));
    QVERIFY(!m_adminJwt.isEmpty());
}

void TestSandboxServer::cleanup()
{
    m_client.reset();
    m_server.reset(); // stops and joins
}

QString TestSandboxServer::createKey(const QString &jwt, const QString &name, const QString &detail)
{
    QJsonObject body { { QStringLiteral("expire"), 86400 * 30 } };
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    const HttpResult r
        = m_client->post(QStringLiteral("/v1.0/accesskeys"), toJson(body), SandboxClient::bearer(jwt));
    return r.status == 200 ? r.json().value(QStringLiteral("id")).toString() : QString();
}

QJsonObject TestSandboxServer::page(const QString &pageToken)
{
    QString path = QStringLiteral("/v1.0/accesskeys?page_size=100");
    if (!pageToken.isEmpty())
        path += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
    return m_client->get(path, adminAuth()).json();
}

QStringList TestSandboxServer::listAllIds(int maxPages)
{
    QStringList ids;
    QString pageToken;
    for (int i = 0; i < maxPages; ++i) {
        const QJsonObject object = page(pageToken);
        const QJsonArray result = object.value(QStringLiteral("result")).toArray();
        for (const QJsonValue &v : result)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        if (result.size() < 100)
            break;
        pageToken = object.value(QStringLiteral("next_page_token")).toString();
    }
    return ids;
}

void TestSandboxServer::pingAndRequestIds()
{
    HttpResult r = m_client->get(QStringLiteral("/ping"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QStringLiteral("pong"));
    QVERIFY(QRegularExpression(QStringLiteral("^req_[A-Z2-7]{26}$"))
                .match(QString::fromLatin1(r.headers.value("x-request-id")))
                .hasMatch());

    r = m_client->get(QStringLiteral("/v1.0/customer"), { { "X-Request-Id", "my-id_42" } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.headers.value("x-request-id"), QByteArray("my-id_42"));
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("request_id")].toString(),
        QStringLiteral("my-id_42"));

    r = m_client->get(QStringLiteral("/v1.0/customer"), { { "X-Request-Id", "bad id!" } });
    QVERIFY(r.headers.value("x-request-id").startsWith("req_"));
    r = m_client->get(QStringLiteral("/v1.0/customer"), { { "X-Request-Id", QByteArray(65, 'a') } });
    QVERIFY(r.headers.value("x-request-id").startsWith("req_"));
}

void TestSandboxServer::loginOk()
{
    const HttpResult r
        = m_client->post(QStringLiteral("/auth/login"), R"({"username":"admin","password":"secret"})");
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.keys(), (QStringList { QStringLiteral("token"), QStringLiteral("username") }));
    QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    const QString jwt = body.value(QStringLiteral("token")).toString();
    const QByteArray cookie = r.headers.value("set-cookie");
    QVERIFY(cookie.startsWith("token=" + jwt.toLatin1() + ';'));
    for (const char *attr : { "Max-Age=604800", "Path=/", "Secure", "HttpOnly", "SameSite=Strict" })
        QVERIFY2(cookie.contains(attr), attr);

    const QJsonObject payload = jwtPayload(jwt);
    QCOMPARE(payload.value(QStringLiteral("type")).toString(), QStringLiteral("agent"));
    QVERIFY(!payload.contains(QStringLiteral("exp")) && !payload.contains(QStringLiteral("iat")));
    const QJsonObject agent = payload.value(QStringLiteral("agent")).toObject();
    QCOMPARE(agent.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    QCOMPARE(agent.value(QStringLiteral("permission")).toInt(), 0x20);
    QVERIFY(!agent.contains(QStringLiteral("password")));
    const QString expire = payload.value(QStringLiteral("expire")).toString();
    QVERIFY2(kFixed6.match(expire).hasMatch(), qPrintable(expire));
    const QDateTime expiry = QDateTime::fromString(expire, Qt::ISODateWithMs);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(expiry);
    QVERIFY2(qAbs(ahead - 7 * 86400) < 60, qPrintable(QString::number(ahead)));
}

void TestSandboxServer::loginBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("wrong password") << QByteArray(R"({"username":"admin","password":"nope"})");
    QTest::newRow("unknown user") << QByteArray(R"({"username":"ghost","password":"secret"})");
    QTest::newRow("missing password") << QByteArray(R"({"username":"admin"})");
    QTest::newRow("malformed json") << QByteArray(R"({"username":"admin",)");
    QTest::newRow("empty body") << QByteArray();
}

void TestSandboxServer::loginBad()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_client->post(QStringLiteral("/auth/login"), body);
    QCOMPARE(r.status, 400); // never 401 on login
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.headers.contains("set-cookie"));
}

void TestSandboxServer::missingAndInvalidCredentials()
{
    HttpResult r = m_client->get(QStringLiteral("/v1.0/accesskeys"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.reason(), QStringLiteral("AUTHENTICATION_REQUIRED"));
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("status")].toString(),
        QStringLiteral("UNAUTHENTICATED"));

    r = m_client->get(QStringLiteral("/v1.0/accesskeys"), SandboxClient::bearer(QStringLiteral("garbage")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_CREDENTIALS"));
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString(),
        QStringLiteral("The provided credentials are invalid."));

    // A JWT signed by someone else (payload intact, signature changed) is invalid too.
    QString forged = m_adminJwt;
    forged[forged.size() - 2]
        = forged.at(forged.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), SandboxClient::bearer(forged)).status, 401);
}

void TestSandboxServer::credentialPrecedence()
{
    const QString key = m_server->createAccessKeyDirect(QStringLiteral("admin"), QStringLiteral("k"), 86400);
    const QString good = QStringLiteral("/v1.0/customer?accesskey=") + key;
    QCOMPARE(m_client->get(good).status, 200);
    // A bad Bearer is a JWT source and beats a good ?accesskey=.
    HttpResult r = m_client->get(good, SandboxClient::bearer(QStringLiteral("stale")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_CREDENTIALS"));
    // An accesskey as Bearer or ?token= is parsed as a JWT and fails.
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), SandboxClient::bearer(key)).status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?token=") + key).status, 401);
    // Cookie token > ?token= > Bearer > cookie accesskey > ?accesskey=.
    const QByteArray badCookie = "token=bad";
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/me"),
                     { { "Cookie", badCookie }, { "Authorization", "Bearer " + m_adminJwt.toLatin1() } })
                 .status,
        401);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/me?token=") + m_adminJwt,
                     SandboxClient::bearer(QStringLiteral("bad")))
                 .status,
        200);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), { { "Cookie", "accesskey=" + key.toLatin1() } })
                 .status,
        200);
    QCOMPARE(
        m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + key, { { "Cookie", "accesskey=bad" } })
            .status,
        401);
}

void TestSandboxServer::customerAndMe()
{
    HttpResult r = m_client->get(QStringLiteral("/v1.0/customer"), adminAuth());
    QCOMPARE(r.status, 200);
    const QJsonObject customer = r.json();
    QCOMPARE(customer.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(customer.contains(QStringLiteral("webhook_secret")));
    QVERIFY(kGoTime.match(customer.value(QStringLiteral("tm_create")).toString()).hasMatch());
    const QString customerId = customer.value(QStringLiteral("id")).toString();

    r = m_client->get(QStringLiteral("/v1.0/me"), adminAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    QCOMPARE(r.json().value(QStringLiteral("customer_id")).toString(), customerId);

    const QString key = m_server->createAccessKeyDirect(QStringLiteral("admin"), {}, 86400);
    r = m_client->get(QStringLiteral("/v1.0/me?accesskey=") + key);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.reason(), QStringLiteral("AGENT_AUTH_REQUIRED"));
    r = m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), customerId);
}

void TestSandboxServer::createListAndPage250()
{
    m_server->setRateLimit(0);
    const HttpResult first = m_client->post(
        QStringLiteral("/v1.0/accesskeys"), R"({"name":"first","detail":"d","expire":86400})", adminAuth());
    QCOMPARE(first.status, 200); // 200, not 201
    const QJsonObject created = first.json();
    const QString token = created.value(QStringLiteral("token")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^vb_[A-Za-z0-9_-]{32}$")).match(token).hasMatch(),
        qPrintable(token));
    QCOMPARE(created.value(QStringLiteral("token_prefix")).toString(), token.left(11));
    QVERIFY(created.value(QStringLiteral("tm_update")).isNull());
    QVERIFY(created.value(QStringLiteral("tm_delete")).isNull());
    QSet<QString> ids { created.value(QStringLiteral("id")).toString() };
    for (int i = 1; i < 250; ++i) {
        const QString id = createKey(m_adminJwt, i % 2 ? QStringLiteral("key %1").arg(i) : QString());
        QVERIFY(!id.isEmpty());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 250);

    QSet<QString> seen;
    QString pageToken;
    QString previousCreate;
    QList<int> pageSizes;
    for (;;) {
        QString path = QStringLiteral("/v1.0/accesskeys?page_size=100");
        if (!pageToken.isEmpty())
            path += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
        const HttpResult page = m_client->get(path, adminAuth());
        QCOMPARE(page.status, 200);
        const QJsonArray result = page.json().value(QStringLiteral("result")).toArray();
        const QString next = page.json().value(QStringLiteral("next_page_token")).toString();
        pageSizes.append(int(result.size()));
        if (result.isEmpty()) {
            QCOMPARE(next, QString());
            break;
        }
        QVERIFY2(kFixed6.match(next).hasMatch(), qPrintable(next)); // non-empty even on the last page
        for (const QJsonValue &v : result) {
            const QJsonObject key = v.toObject();
            QVERIFY(!key.contains(QStringLiteral("token")));
            QVERIFY(!seen.contains(key.value(QStringLiteral("id")).toString()));
            seen.insert(key.value(QStringLiteral("id")).toString());
            const QString tmCreate = key.value(QStringLiteral("tm_create")).toString();
            QVERIFY(kGoTime.match(tmCreate).hasMatch());
            const QDateTime t = QDateTime::fromString(tmCreate, Qt::ISODateWithMs);
            if (!previousCreate.isEmpty()) // newest first
                QVERIFY(t <= QDateTime::fromString(previousCreate, Qt::ISODateWithMs));
            previousCreate = tmCreate;
        }
        pageToken = next;
    }
    QCOMPARE(pageSizes, (QList<int> { 100, 100, 50, 0 }));
    QCOMPARE(seen, ids);
}

void TestSandboxServer::pageSizeRules()
{
    m_server->seedAccessKeys(QStringLiteral("admin"), 120);
    for (const char *size : { "0", "-5", "101", "100" }) {
        const HttpResult r
            = m_client->get(QStringLiteral("/v1.0/accesskeys?page_size=") + QLatin1String(size), adminAuth());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 100);
    }
    HttpResult r = m_client->get(QStringLiteral("/v1.0/accesskeys?page_size=7"), adminAuth());
    QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 7);
    r = m_client->get(QStringLiteral("/v1.0/accesskeys?page_size=abc"), adminAuth());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_REQUEST_PARAMETER"));
    // Another customer sees none of them.
    const QString otherJwt = m_client->login(QStringLiteral("other"), QStringLiteral("secret"));
    r = m_client->get(QStringLiteral("/v1.0/accesskeys"), SandboxClient::bearer(otherJwt));
    QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 0);
    QCOMPARE(r.json().value(QStringLiteral("next_page_token")).toString(), QString());
}

void TestSandboxServer::putReplacesBothFields()
{
    const QString id = createKey(m_adminJwt, QStringLiteral("name"), QStringLiteral("detail"));
    const QString path = QStringLiteral("/v1.0/accesskeys/") + id;
    HttpResult r = m_client->send("PUT", path, R"({"name":"renamed"})", adminAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("renamed"));
    QVERIFY(!r.json().contains(QStringLiteral("detail"))); // omitted detail was written as ""
    QVERIFY(kGoTime.match(r.json().value(QStringLiteral("tm_update")).toString()).hasMatch());
    QVERIFY(!r.json().contains(QStringLiteral("token")));
    r = m_client->get(path, adminAuth());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(QStringLiteral("detail")));
    QVERIFY(!r.json().value(QStringLiteral("tm_update")).isNull());

    r = m_client->send("PUT", path, {}, adminAuth());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_JSON_BODY"));
}

void TestSandboxServer::deleteThenConflict()
{
    const HttpResult created
        = m_client->post(QStringLiteral("/v1.0/accesskeys"), R"({"expire":86400})", adminAuth());
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QString token = created.json().value(QStringLiteral("token")).toString();
    QVERIFY(!created.json().contains(QStringLiteral("name")));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + token).status, 200);

    const QString path = QStringLiteral("/v1.0/accesskeys/") + id;
    HttpResult r = m_client->send("DELETE", path, {}, adminAuth());
    QCOMPARE(r.status, 200);
    QVERIFY(kGoTime.match(r.json().value(QStringLiteral("tm_delete")).toString()).hasMatch());
    r = m_client->send("DELETE", path, {}, adminAuth());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.reason(), QStringLiteral("STATE_INVALID"));
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("status")].toString(),
        QStringLiteral("FAILED_PRECONDITION"));
    QCOMPARE(m_client->get(path, adminAuth()).status, 409);
    QCOMPARE(m_client->send("PUT", path, R"({"name":"x"})", adminAuth()).status, 409);
    r = m_client->get(QStringLiteral("/v1.0/accesskeys"), adminAuth());
    QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 0);
    r = m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_CREDENTIALS"));
}

void TestSandboxServer::idErrors()
{
    HttpResult r = m_client->get(QStringLiteral("/v1.0/accesskeys/not-a-uuid"), adminAuth());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_ID"));
    r = m_client->send("DELETE", QStringLiteral("/v1.0/accesskeys/not-a-uuid"), {}, adminAuth());
    QCOMPARE(r.reason(), QStringLiteral("INVALID_ID"));
    r = m_client->get(QStringLiteral("/v1.0/accesskeys/0b3f5a52-8a0e-4c1f-9a57-1f0e6b1f2c3d"), adminAuth());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_ARGUMENT"));

    const QString otherJwt = m_client->login(QStringLiteral("other"), QStringLiteral("secret"));
    const QString othersKey = createKey(otherJwt, QStringLiteral("theirs"));
    QVERIFY(!othersKey.isEmpty());
    for (const char *verb : { "GET", "PUT", "DELETE" }) {
        r = m_client->send(
            verb, QStringLiteral("/v1.0/accesskeys/") + othersKey, R"({"name":"x"})", adminAuth());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.reason(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }
}

void TestSandboxServer::expireValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QByteArray(R"({"name":"x"})") << 400 << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("one day minus 1") << QByteArray(R"({"expire":86399})") << 400
                                     << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("wraps int32") << QByteArray(R"({"expire":2147483648})") << 400
                                 << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("not a number") << QByteArray(R"({"expire":"86400"})") << 400
                                  << QStringLiteral("INVALID_JSON_BODY");
    QTest::newRow("malformed") << QByteArray(R"({"expire":)") << 400 << QStringLiteral("INVALID_JSON_BODY");
    QTest::newRow("one day") << QByteArray(R"({"expire":86400})") << 200 << QString();
    QTest::newRow("int32 max") << QByteArray(R"({"expire":2147483647})") << 200 << QString();
}

void TestSandboxServer::expireValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const HttpResult r = m_client->post(QStringLiteral("/v1.0/accesskeys"), body, adminAuth());
    QCOMPARE(r.status, status);
    QCOMPARE(r.reason(), reason);
}

void TestSandboxServer::managerIsForbidden()
{
    const QString jwt = m_client->login(QStringLiteral("mgr"), QStringLiteral("secret"));
    QCOMPARE(jwtPayload(jwt)[QStringLiteral("agent")][QStringLiteral("permission")].toInt(), 0x40);
    HttpResult r = m_client->get(QStringLiteral("/v1.0/accesskeys"), SandboxClient::bearer(jwt));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.reason(), QStringLiteral("PERMISSION_DENIED"));
    r = m_client->post(QStringLiteral("/v1.0/accesskeys"), R"({"expire":86400})", SandboxClient::bearer(jwt));
    QCOMPARE(r.status, 403);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), SandboxClient::bearer(jwt)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), SandboxClient::bearer(jwt)).status, 200);
}

void TestSandboxServer::expiredCredentials()
{
    m_server->setJwtLifetime(-1);
    const QString expiredJwt = m_client->login(QStringLiteral("admin"), QStringLiteral("secret"));
    HttpResult r = m_client->get(QStringLiteral("/v1.0/me"), SandboxClient::bearer(expiredJwt));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.reason(), QStringLiteral("INVALID_CREDENTIALS"));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), adminAuth()).status, 200); // older token still fine

    const QString expiredKey
        = m_server->createAccessKeyDirect(QStringLiteral("admin"), QStringLiteral("old"), -60);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + expiredKey).status, 401);
    r = m_client->get(QStringLiteral("/v1.0/accesskeys"), adminAuth()); // expired keys stay listed
    QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 1);
}

void TestSandboxServer::seededKeysHaveVariety()
{
    const QString customerId = m_server->seedAccessKeys(QStringLiteral("admin"), 30);
    QVERIFY(!customerId.isEmpty());
    const HttpResult r = m_client->get(QStringLiteral("/v1.0/accesskeys"), adminAuth());
    const QJsonArray keys = r.json().value(QStringLiteral("result")).toArray();
    QCOMPARE(keys.size(), 30);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int expired = 0, soon = 0, noName = 0, noDetail = 0, legacy = 0;
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        QCOMPARE(k.value(QStringLiteral("customer_id")).toString(), customerId);
        QVERIFY(!k.contains(QStringLiteral("token")));
        const QDateTime expire
            = QDateTime::fromString(k.value(QStringLiteral("tm_expire")).toString(), Qt::ISODateWithMs);
        expired += expire < now;
        soon += expire > now && expire < now.addDays(7);
        noName += !k.contains(QStringLiteral("name"));
        noDetail += !k.contains(QStringLiteral("detail"));
        legacy += !k.value(QStringLiteral("token_prefix")).toString().startsWith(QLatin1String("vb_"));
    }
    QVERIFY(expired > 0 && soon > 0 && noName > 0 && noDetail > 0 && legacy > 0);
}

void TestSandboxServer::rateLimit()
{
    m_server->setRateLimit(5); // burst 10
    int limited = 0;
    HttpResult last;
    for (int i = 0; i < 20; ++i) {
        const HttpResult r = m_client->get(QStringLiteral("/v1.0/customer"), adminAuth());
        if (r.status == 429) {
            ++limited;
            last = r;
        }
    }
    QVERIFY2(limited >= 5, qPrintable(QString::number(limited)));
    QCOMPARE(last.reason(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
    QCOMPARE(last.json()[QStringLiteral("error")][QStringLiteral("status")].toString(),
        QStringLiteral("RESOURCE_EXHAUSTED"));
    QCOMPARE(last.json()[QStringLiteral("error")][QStringLiteral("details")][0][QStringLiteral("limited_by")]
                 .toString(),
        QStringLiteral("customer"));
    QVERIFY(last.headers.value("retry-after").toInt() >= 1);
    // Another customer has a bucket of its own; /ping is never limited.
    const QString otherJwt = m_client->login(QStringLiteral("other"), QStringLiteral("secret"));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), SandboxClient::bearer(otherJwt)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/ping")).status, 200);
    m_server->setRateLimit(0);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), adminAuth()).status, 200);
}

void TestSandboxServer::failureKnobs()
{
    const QString path = QStringLiteral("/v1.0/customer");
    m_server->injectFailures(Failure::InternalError);
    HttpResult r = m_client->get(path, adminAuth());
    QCOMPARE(r.status, 500);
    QCOMPARE(r.reason(), QStringLiteral("INTERNAL"));
    QVERIFY(r.headers.contains("x-request-id"));

    m_server->injectFailures(Failure::MalformedJson);
    QCOMPARE(m_client->get(QStringLiteral("/ping")).status, 200); // only /v1.0 requests take failures
    r = m_client->get(path, adminAuth());
    QCOMPARE(r.status, 200);
    QJsonParseError parseError {};
    QJsonDocument::fromJson(r.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    m_server->injectFailures(Failure::DeeplyNestedJson);
    r = m_client->get(path, adminAuth());
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains(QByteArray(100000, '[')));
    QVERIFY(r.body.endsWith("}"));

    m_server->injectFailures(Failure::TruncatedBody);
    r = m_client->get(path, adminAuth());
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));

    // Qt silently resends a request once when the server closes without answering, so a single
    // drop is invisible to a QNetworkAccessManager client; two in a row surface as an error.
    m_server->injectFailures(Failure::DropConnection, 2);
    m_server->clearRequests();
    r = m_client->get(path, adminAuth());
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->requests().size(), 2);

    m_server->injectFailures(Failure::HugeBody);
    r = m_client->get(path, adminAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), 20 * 1024 * 1024);
    QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 1);

    m_server->injectFailures(Failure::InternalError, 2);
    QCOMPARE(m_client->get(path, adminAuth()).status, 500);
    QCOMPARE(m_client->get(path, adminAuth()).status, 500);
    QCOMPARE(m_client->get(path, adminAuth()).status, 200);
}

void TestSandboxServer::dropAfterHandlingKeepsTheEffect()
{
    m_server->injectFailures(Failure::DropAfterHandling);
    RawConnection connection(m_server->port());
    QVERIFY(connection.send(RawConnection::request(
        "POST", "/v1.0/accesskeys", m_adminJwt.toLatin1(), R"({"name":"lost","expire":86400})")));
    QCOMPARE(connection.readUntilEnd(5000), RawConnection::End::Closed);
    QCOMPARE(connection.receivedCount(), 0); // not a byte of the answer
    const QJsonArray keys = page(QString()).value(QStringLiteral("result")).toArray();
    QCOMPARE(keys.size(), 1); // but the key exists
    QCOMPARE(keys.at(0)[QStringLiteral("name")].toString(), QStringLiteral("lost"));
}

void TestSandboxServer::resetConnectionSendsRst()
{
    m_server->injectFailures(Failure::ResetConnection);
    RawConnection connection(m_server->port());
    QVERIFY(connection.send(RawConnection::request(
        "POST", "/v1.0/accesskeys", m_adminJwt.toLatin1(), R"({"name":"reset","expire":86400})")));
    QCOMPARE(connection.readUntilEnd(5000), RawConnection::End::Reset);
    QCOMPARE(connection.receivedCount(), 0);
    QVERIFY(listAllIds().isEmpty()); // the request had no effect
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), adminAuth()).status, 200); // server still fine
}

void TestSandboxServer::trickleBodyNeverGoesQuiet()
{
    m_server->setTrickleInterval(50);
    m_server->injectFailures(Failure::TrickleBody);
    RawConnection connection(m_server->port());
    QVERIFY(connection.send(RawConnection::request("GET", "/v1.0/accesskeys", m_adminJwt.toLatin1())));
    QCOMPARE(connection.readUntilEnd(1500), RawConnection::End::Open);
    const QByteArray received = connection.received();
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    QVERIFY2(headerEnd > 0, received.constData());
    QVERIFY(received.left(headerEnd).toLower().contains("content-length: "));
    const qsizetype bodyBytes = received.size() - headerEnd - 4;
    // Some bytes, but nowhere near the whole body: one per 50 ms.
    QVERIFY2(bodyBytes >= 5 && bodyBytes <= 40, qPrintable(QString::number(bodyBytes)));
}

void TestSandboxServer::endlessChunkedBodyHasNoLength()
{
    m_server->injectFailures(Failure::EndlessChunkedBody);
    RawConnection connection(m_server->port());
    QVERIFY(connection.send(RawConnection::request("GET", "/v1.0/accesskeys", m_adminJwt.toLatin1())));
    const qint64 enough = 32 * 1024 * 1024; // four times the client's cap
    QCOMPARE(connection.readUntilEnd(20000, enough), RawConnection::End::Open);
    QVERIFY(connection.receivedCount() >= enough);
    const QByteArray head = connection.received().left(connection.received().indexOf("\r\n\r\n")).toLower();
    QVERIFY2(head.contains("transfer-encoding: chunked"), head.constData());
    QVERIFY(!head.contains("content-length"));
}

void TestSandboxServer::headerInjectingLoginToken()
{
    m_server->setHeaderInjectingLoginToken(true);
    const HttpResult r
        = m_client->post(QStringLiteral("/auth/login"), R"({"username":"admin","password":"secret"})");
    m_server->setHeaderInjectingLoginToken(false);
    QCOMPARE(r.status, 200);
    const QString token = r.json().value(QStringLiteral("token")).toString();
    QVERIFY2(token.contains(QStringLiteral("\r\nX-Injected: yes")), qPrintable(token));
    QVERIFY(!r.headers.contains("set-cookie"));
}

void TestSandboxServer::endlessPaging_data()
{
    QTest::addColumn<sandbox::EndlessPaging>("shape");
    QTest::newRow("same ids, new token") << sandbox::EndlessPaging::SameIdsNewToken;
    QTest::newRow("tokens A, B, A, B") << sandbox::EndlessPaging::CyclingTokens;
    QTest::newRow("new keys forever") << sandbox::EndlessPaging::NewKeysForever;
}

void TestSandboxServer::endlessPaging()
{
    QFETCH(sandbox::EndlessPaging, shape);
    m_server->setRateLimit(0);
    m_server->setEndlessPaging(shape);
    QSet<QString> ids;
    QStringList tokens;
    QString pageToken;
    for (int i = 0; i < 6; ++i) {
        const QJsonObject object = page(pageToken);
        const QJsonArray result = object.value(QStringLiteral("result")).toArray();
        QCOMPARE(result.size(), 100); // never a short page
        for (const QJsonValue &v : result)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        pageToken = object.value(QStringLiteral("next_page_token")).toString();
        QVERIFY(kFixed6.match(pageToken).hasMatch());
        tokens.append(pageToken);
    }
    const qsizetype distinctTokens = QSet<QString>(tokens.begin(), tokens.end()).size();
    switch (shape) {
    case sandbox::EndlessPaging::SameIdsNewToken:
        QCOMPARE(ids.size(), 100);
        QCOMPARE(distinctTokens, 6);
        break;
    case sandbox::EndlessPaging::CyclingTokens:
        QCOMPARE(ids.size(), 600);
        QCOMPARE(distinctTokens, 2);
        QCOMPARE(tokens.at(0), tokens.at(2));
        break;
    default:
        QCOMPARE(ids.size(), 600);
        QCOMPARE(distinctTokens, 6);
        break;
    }
    m_server->setEndlessPaging(sandbox::EndlessPaging::Off);
    QVERIFY(listAllIds().isEmpty()); // the invented keys were never real
}

void TestSandboxServer::lists100000KeysOnceEach()
{
    m_server->setRateLimit(0);
    m_server->seedAccessKeys(QStringLiteral("admin"), 100000);
    QElapsedTimer timer;
    timer.start();
    const QStringList ids = listAllIds();
    qInfo("listed %d keys in %lld ms", int(ids.size()), timer.elapsed());
    QCOMPARE(ids.size(), 100000);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 100000);
}

// Pages are "older than the token", found by an index: a key revoked while a client walks the list moves no
// other key to another page, as it would with offsets.
void TestSandboxServer::deletesDuringAWalkNeitherSkipNorRepeat()
{
    m_server->setRateLimit(0);
    m_server->seedAccessKeys(QStringLiteral("admin"), 1000);
    createKey(m_adminJwt, QStringLiteral("newest")); // created over HTTP, on top of the seeded ones
    const QStringList before = listAllIds();
    QCOMPARE(before.size(), 1001);

    QStringList walked;
    QJsonObject object = page(QString());
    const auto take = [&walked](const QJsonObject &page) {
        for (const QJsonValue &v : page.value(QStringLiteral("result")).toArray())
            walked.append(v.toObject().value(QStringLiteral("id")).toString());
    };
    take(object);
    for (int index : { 5, 100, 750 }) // seen already; the next page's first; far ahead
        QCOMPARE(
            m_client->send("DELETE", QStringLiteral("/v1.0/accesskeys/") + before.at(index), {}, adminAuth())
                .status,
            200);
    for (int i = 0; i < 20 && object.value(QStringLiteral("result")).toArray().size() == 100; ++i) {
        object = page(object.value(QStringLiteral("next_page_token")).toString());
        take(object);
    }

    QStringList expected = before;
    expected.removeAt(750);
    expected.removeAt(100);
    QCOMPARE(walked, expected);
    QCOMPARE(listAllIds().size(), 998);
}

void TestSandboxServer::latencyKnob()
{
    m_server->setLatency(300);
    const HttpResult r = m_client->get(QStringLiteral("/ping"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
    m_server->setLatency(0);
}

// A request sent without waiting: the held ones must stay unanswered while the test looks on.
static QNetworkReply *sendAsync(
    QNetworkAccessManager *nam, const QUrl &base, const QByteArray &verb, const QString &pathAndQuery)
{
    QNetworkRequest request(QUrl(base.toString() + pathAndQuery));
    return nam->sendCustomRequest(request, verb);
}

void TestSandboxServer::holdKnobHoldsOnlyNewKeysUntilReleased()
{
    const QString older
        = m_server->createAccessKeyDirect(QStringLiteral("admin"), QStringLiteral("old"), 86400);
    m_server->holdRequests(
        QStringLiteral("GET"), QStringLiteral("/v1.0/customer"), sandbox::HoldScope::KeysCreatedFromNow);
    const QString newer
        = m_server->createAccessKeyDirect(QStringLiteral("admin"), QStringLiteral("new"), 86400);
    // The older key, a JWT and another path are served as usual.
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + older).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer"), adminAuth()).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/accesskeys?accesskey=") + newer).status, 200);
    QCOMPARE(m_server->heldCount(), 0);

    QNetworkAccessManager nam;
    QNetworkReply *held
        = sendAsync(&nam, m_server->url(), "GET", QStringLiteral("/v1.0/customer?accesskey=") + newer);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 5000);
    QTest::qWait(300);
    QVERIFY(!held->isFinished());
    m_server->releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 5000);
    QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_server->heldCount(), 0);
    // Released for good: the next one is answered at once.
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/customer?accesskey=") + newer).status, 200);
    delete held;
}

void TestSandboxServer::holdKnobHoldsARevokeWhoseEffectComesWithTheRelease()
{
    const QString id = createKey(m_adminJwt, QStringLiteral("to-revoke"), {});
    QVERIFY(!id.isEmpty());
    m_server->holdRequests(QStringLiteral("DELETE"), QStringLiteral("/v1.0/accesskeys/") + id);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_server->url().toString() + QStringLiteral("/v1.0/accesskeys/") + id));
    request.setRawHeader("Authorization", "Bearer " + m_adminJwt.toLatin1());
    QNetworkReply *held = nam.sendCustomRequest(request, "DELETE");
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 5000);
    QVERIFY(listAllIds().contains(id)); // not revoked while held
    m_server->releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 5000);
    QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(!listAllIds().contains(id));
    delete held;
}

void TestSandboxServer::heldRequestsAreDroppedWhenTheServerStops()
{
    const QString id = createKey(m_adminJwt, QStringLiteral("kept"), {});
    m_server->holdRequests(QStringLiteral("DELETE"), QStringLiteral("/v1.0/accesskeys/") + id);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_server->url().toString() + QStringLiteral("/v1.0/accesskeys/") + id));
    request.setRawHeader("Authorization", "Bearer " + m_adminJwt.toLatin1());
    QNetworkReply *held = nam.sendCustomRequest(request, "DELETE");
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 5000);
    QElapsedTimer stopping;
    stopping.start();
    m_server->stop(); // must not hang on the held request
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 5000);
    QVERIFY(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
    delete held;
}

void TestSandboxServer::recordsRequests()
{
    m_server->clearRequests();
    m_client->get(QStringLiteral("/v1.0/accesskeys?page_size=5&accesskey=abc"), { { "X-Custom", "Yes" } });
    const QList<sandbox::RecordedRequest> seen = m_server->requests();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].method, QStringLiteral("GET"));
    QCOMPARE(seen[0].path, QStringLiteral("/v1.0/accesskeys"));
    QCOMPARE(seen[0].query, QStringLiteral("page_size=5&accesskey=abc"));
    QCOMPARE(seen[0].headers.value(QStringLiteral("x-custom")), QStringLiteral("Yes"));
    QVERIFY(!seen[0].headers.contains(QStringLiteral("cookie"))); // the client helper never sends cookies
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void TestSandboxServer::unknownRoute()
{
    HttpResult r = m_client->get(QStringLiteral("/v1.0/nothing-here"), adminAuth());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.reason(), QStringLiteral("ROUTE_NOT_FOUND"));
    r = m_client->send("PATCH", QStringLiteral("/v1.0/accesskeys"), "{}", adminAuth());
    QCOMPARE(r.status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/nothing-here")).status, 401); // authentication runs first
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
