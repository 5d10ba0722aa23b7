#include "api/ServerAddress.h"

#include <QTest>

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << QStringLiteral("api.voipbin.net")
                                   << QStringLiteral("https://api.voipbin.net");
        QTest::newRow("spaces") << QStringLiteral("  https://api.voipbin.net/  ")
                                << QStringLiteral("https://api.voipbin.net");
        QTest::newRow("v1.0") << QStringLiteral("https://api.voipbin.net/v1.0/")
                              << QStringLiteral("https://api.voipbin.net");
        QTest::newRow("prefix path") << QStringLiteral("https://gw.example.com/voipbin/v1.0")
                                     << QStringLiteral("https://gw.example.com/voipbin");
        QTest::newRow("port") << QStringLiteral("https://h.example:8443")
                              << QStringLiteral("https://h.example:8443");
        QTest::newRow("loopback http")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("127/8") << QStringLiteral("http://127.1.2.3") << QStringLiteral("http://127.1.2.3");
        QTest::newRow("localhost") << QStringLiteral("http://LocalHost:9/")
                                   << QStringLiteral("http://localhost:9");
        QTest::newRow("ipv6 loopback")
            << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080");
        QTest::newRow("upper scheme")
            << QStringLiteral("HTTPS://api.voipbin.net") << QStringLiteral("https://api.voipbin.net");
    }
    void normalises()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error = QStringLiteral("stale");
        const QUrl url = ServerAddress::parse(text, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("Enter the server address");
        QTest::newRow("ftp") << QStringLiteral("ftp://api.voipbin.net") << QStringLiteral("https://");
        QTest::newRow("plain http") << QStringLiteral("http://api.voipbin.net")
                                    << QStringLiteral("only allowed");
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5") << QStringLiteral("only allowed");
        QTest::newRow("userinfo") << QStringLiteral("https://u:p@api.voipbin.net")
                                  << QStringLiteral("user name");
        QTest::newRow("junk") << QStringLiteral("https://") << QStringLiteral("not a valid");
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!ServerAddress::parse(text, &error).isValid());
        QVERIFY2(error.contains(needle), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }

    void loopback()
    {
        QVERIFY(ServerAddress::isLoopback(QUrl(QStringLiteral("http://127.0.0.1"))));
        QVERIFY(ServerAddress::isLoopback(QUrl(QStringLiteral("http://[::1]"))));
        QVERIFY(!ServerAddress::isLoopback(QUrl(QStringLiteral("http://128.0.0.1"))));
        QVERIFY(!ServerAddress::isLoopback(QUrl(QStringLiteral("http://localhost.evil.com"))));
        QCOMPARE(ServerAddress::defaultRoot().toString(), QStringLiteral("https://api.voipbin.net"));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
