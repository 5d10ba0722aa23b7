// The project's own server, which every test and benchmark of the listing path waits on: serveAllPages
// fetches every page of an account with 10,000 and with 100,000 keys from the in-process sandbox over
// loopback HTTP, with the raw keep-alive client of RawPageFetcher.h (so next to nothing of the time is the
// client's). Paging by an index, a page costs the same at any depth: 100,000 keys take ten times as long as
// 10,000. seedKeys is the bulk seed that puts that many keys into an account without HTTP.
#include "RawPageFetcher.h"
#include "SandboxServer.h"
#include "api/VoipbinClient.h"

#include <QTest>

#include <memory>

namespace {
QString userFor(int keys)
{
    return QStringLiteral("user%1").arg(keys);
}
} // namespace

class BenchSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedKeys_data() { keyCounts(); }
    void seedKeys();
    void serveAllPages_data() { keyCounts(); }
    void serveAllPages();

private:
    static void keyCounts();

    std::unique_ptr<sandbox::SandboxServer> m_server;
};

void BenchSandbox::keyCounts()
{
    QTest::addColumn<int>("keys");
    QTest::newRow("10000") << 10000;
    QTest::newRow("100000") << 100000;
}

void BenchSandbox::initTestCase()
{
    sandbox::SandboxOptions options;
    // One customer per account, so each listing walks exactly its own keys.
    for (int keys : { 10000, 100000 })
        options.users.append({ userFor(keys), userFor(keys), true, {} });
    options.rateLimitPerSecond = 0; // throughput, not the rate limiter
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (int keys : { 10000, 100000 })
        QVERIFY(!m_server->seedAccessKeys(userFor(keys), keys).isEmpty());
}

void BenchSandbox::seedKeys()
{
    QFETCH(int, keys);
    sandbox::SandboxOptions options;
    options.users = { { userFor(keys), userFor(keys), true, {} } };
    sandbox::SandboxServer server(options); // never started: seeding bypasses HTTP
    QString customer;
    QBENCHMARK_ONCE
    {
        customer = server.seedAccessKeys(userFor(keys), keys);
    }
    QVERIFY(!customer.isEmpty());
}

void BenchSandbox::serveAllPages()
{
    QFETCH(int, keys);
    std::unique_ptr<bench::RawPageFetcher> fetcher
        = bench::RawPageFetcher::signIn(m_server->url(), userFor(keys));
    QVERIFY(fetcher);
    int pages = 0;
    QBENCHMARK_ONCE
    {
        pages = fetcher->fetchAllPages();
    }
    QCOMPARE(pages, keys / VoipbinClient::PageSize + 1); // the full pages, then the empty one
}

QTEST_GUILESS_MAIN(BenchSandbox)
#include "bench_sandbox.moc"
