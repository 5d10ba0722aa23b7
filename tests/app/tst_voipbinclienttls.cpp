// The client against the local sandbox server over HTTPS with a certificate generated at start:
// trusted only when the test adds it, refused otherwise.
#include "ClientTestSupport.h"
#include "api/AccessKeyListReply.h"
#include "api/AccessKeyReply.h"
#include "api/CustomerReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"

#include <QSslCertificate>

#include <SandboxServer.h>
#include <memory>

using Kind = ApiError::Kind;

class TestVoipbinClientTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<VoipbinClient> m_client;

    void trustSandbox()
    {
        m_client->setExtraCaCertificates(QSslCertificate::fromData(m_server->certificatePem()));
    }

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.tls = true;
        options.rateLimitPerSecond = 0;
        options.users = { { QStringLiteral("alice"), QStringLiteral("pw-alice"), true, QString() } };
        options.seedKeys = 120;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
        QVERIFY(!QSslCertificate::fromData(m_server->certificatePem()).isEmpty());
    }

    void init()
    {
        m_client = std::make_unique<VoipbinClient>();
        QVERIFY(m_client->setServerRoot(m_server->url()));
    }

    void untrustedIsRefused()
    {
        LoginReply *reply = waitFor(m_client->login(QStringLiteral("alice"), QStringLiteral("pw-alice")));
        QCOMPARE(reply->error().kind(), Kind::TlsFailure);
        QVERIFY(!reply->error().detail().isEmpty());
        QVERIFY2(reply->error().userMessage().startsWith(
                     QStringLiteral("The server's certificate could not be verified: ")),
            qPrintable(reply->error().userMessage()));
        QVERIFY(reply->token().isEmpty());
    }

    void trustedWorks()
    {
        trustSandbox();
        LoginReply *login = waitFor(m_client->login(QStringLiteral("alice"), QStringLiteral("pw-alice")));
        QVERIFY2(login->isOk(), qPrintable(describe(login)));
        m_client->setCredential(Credential::jwt(login->token()));
        AccessKeyListReply *list = m_client->listAccessKeys();
        QSignalSpy pages(list, &AccessKeyListReply::pageLoaded);
        waitFor(list);
        QVERIFY2(list->isOk(), qPrintable(describe(list)));
        QCOMPARE(list->accessKeys().size(), 120);
        QCOMPARE(pages.count(), 2);
        AccessKeyReply *created = waitFor(m_client->createAccessKey(QStringLiteral("tls"), QString(), 86400));
        QVERIFY2(created->isOk(), qPrintable(describe(created)));
        QVERIFY(!created->newAccessKey().token.isEmpty());
    }

    void accessKeyOverTls()
    {
        trustSandbox();
        const QString token
            = m_server->createAccessKeyDirect(QStringLiteral("alice"), QStringLiteral("direct"), 86400);
        m_client->setCredential(Credential::accessKey(token));
        CustomerReply *customer = waitFor(m_client->currentCustomer());
        QVERIFY2(customer->isOk(), qPrintable(describe(customer)));
        const sandbox::RecordedRequest last = m_server->requests().constLast();
        QVERIFY(last.query.contains(QStringLiteral("accesskey=")));
        QVERIFY(!last.headers.contains(QStringLiteral("authorization")));
    }

    void trustIsPerClient()
    {
        // A second client that was never told about the certificate still refuses it.
        LoginReply *reply = waitFor(m_client->login(QStringLiteral("alice"), QStringLiteral("pw-alice")));
        QCOMPARE(reply->error().kind(), Kind::TlsFailure);
    }
};

QTEST_GUILESS_MAIN(TestVoipbinClientTls)
#include "tst_voipbinclienttls.moc"
