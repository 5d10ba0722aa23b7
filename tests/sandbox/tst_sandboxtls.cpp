// HTTPS with the certificate SandboxServer generates at start: trusted works, untrusted fails.
#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void certificateFiles();
    void trustedClientTalksHttps();
    void untrustedClientGetsSslError();
    void tlsDirectoryOption();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

void TestSandboxTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    sandbox::SandboxOptions options;
    options.tls = true;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
}

void TestSandboxTls::certificateFiles()
{
    QFile file(m_server->certificatePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_server->certificatePem());
    const QList<QSslCertificate> certs = QSslCertificate::fromData(m_server->certificatePem());
    QCOMPARE(certs.size(), 1);
    const QSslCertificate &cert = certs.first();
    const auto san = cert.subjectAlternativeNames();
    QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(cert.version(), QByteArray("3"));
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(29));
    const QString keyPath = QFileInfo(m_server->certificatePath()).dir().filePath(QStringLiteral("key.pem"));
    QCOMPARE(QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestSandboxTls::trustedClientTalksHttps()
{
    SandboxClient client(m_server->url());
    client.trust(QSslCertificate::fromData(m_server->certificatePem()));
    HttpResult r = client.get(QStringLiteral("/ping"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.sslError);
    const QString jwt = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!jwt.isEmpty());
    r = client.get(QStringLiteral("/v1.0/accesskeys"), SandboxClient::bearer(jwt));
    QCOMPARE(r.status, 200);
    // The same certificate also verifies for "localhost".
    QUrl localhost = m_server->url();
    localhost.setHost(QStringLiteral("localhost"));
    SandboxClient byName(localhost);
    byName.trust(QSslCertificate::fromData(m_server->certificatePem()));
    QCOMPARE(byName.get(QStringLiteral("/ping")).status, 200);
}

void TestSandboxTls::untrustedClientGetsSslError()
{
    SandboxClient client(m_server->url());
    const HttpResult r = client.get(QStringLiteral("/ping"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.sslError);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxTls::tlsDirectoryOption()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.tls = true;
    options.tlsDirectory = dir.filePath(QStringLiteral("certs"));
    sandbox::SandboxServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(
        server.certificatePath(), QDir(options.tlsDirectory).absoluteFilePath(QStringLiteral("cert.pem")));
    QVERIFY(QFile::exists(QDir(options.tlsDirectory).filePath(QStringLiteral("key.pem"))));
    // A different server has a different certificate: trusting the first does not help.
    SandboxClient client(server.url());
    client.trust(QSslCertificate::fromData(m_server->certificatePem()));
    QVERIFY(client.get(QStringLiteral("/ping")).sslError);
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
