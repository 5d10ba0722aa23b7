// End to end over loopback: the client lists every accesskey of an account with 10,000 keys (100 pages)
// from the sandbox, over HTTP and over HTTPS. Measures the client and the server together, as a user
// waits for them; transportFloor fetches the same pages with a minimal hand-written HTTP/1.1 client, so
// scripts/bench.sh can report the core as a ratio to the floor measured in the same run, which a busy or
// slower machine changes far less than the absolute times.
#include "RawPageFetcher.h"
#include "SandboxServer.h"
#include "api/AccessKeyListReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

class BenchClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listAllKeys_data();
    void listAllKeys();
    void transportFloor_data() { listAllKeys_data(); }
    void transportFloor();

private:
    static constexpr int KeyCount = 10000;
    std::unique_ptr<VoipbinClient> signedInClient(sandbox::SandboxServer &server);

    std::unique_ptr<sandbox::SandboxServer> m_http;
    std::unique_ptr<sandbox::SandboxServer> m_https;
};

void BenchClient::initTestCase()
{
    for (bool tls : { false, true }) {
        sandbox::SandboxOptions options;
        options.tls = tls;
        options.rateLimitPerSecond = 0; // the benchmark measures throughput, not the rate limiter
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        server->seedAccessKeys(QStringLiteral("demo"), KeyCount);
        (tls ? m_https : m_http) = std::move(server);
    }
}

std::unique_ptr<VoipbinClient> BenchClient::signedInClient(sandbox::SandboxServer &server)
{
    auto client = std::make_unique<VoipbinClient>();
    client->setServerRoot(server.url());
    if (!server.certificatePem().isEmpty())
        client->setExtraCaCertificates(QSslCertificate::fromData(server.certificatePem()));
    LoginReply *login = client->login(QStringLiteral("demo"), QStringLiteral("demo"));
    QSignalSpy finished(login, &ApiReply::finished);
    if (!finished.wait(10000) || !login->isOk())
        return nullptr;
    client->setCredential(Credential::jwt(login->token()));
    login->deleteLater();
    return client;
}

void BenchClient::listAllKeys_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void BenchClient::listAllKeys()
{
    QFETCH(bool, tls);
    std::unique_ptr<VoipbinClient> client = signedInClient(tls ? *m_https : *m_http);
    QVERIFY(client);
    int listed = 0;
    QBENCHMARK
    {
        AccessKeyListReply *reply = client->listAccessKeys();
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        listed = reply->accessKeys().size();
        reply->deleteLater();
    }
    QVERIFY(listed >= KeyCount);
}

void BenchClient::transportFloor()
{
    QFETCH(bool, tls);
    sandbox::SandboxServer &server = tls ? *m_https : *m_http;
    std::unique_ptr<bench::RawPageFetcher> fetcher
        = bench::RawPageFetcher::signIn(server.url(), QStringLiteral("demo"), server.certificatePem());
    QVERIFY(fetcher);
    int pages = 0;
    QBENCHMARK
    {
        pages = fetcher->fetchAllPages();
    }
    QVERIFY(pages >= KeyCount / 100);
}

QTEST_GUILESS_MAIN(BenchClient)
#include "bench_client.moc"
