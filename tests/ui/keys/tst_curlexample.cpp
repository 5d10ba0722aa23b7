#include "keys/CurlExample.h"

#include <QTest>

class TestCurlExample : public QObject
{
    Q_OBJECT

private slots:
    void listAccessKeys_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        const QString key = QStringLiteral("vb_a3Bf9xKm0123456789abcdefghij-_XY");
        const QString production = QStringLiteral(
            "curl --request GET "
            "'https://api.voipbin.net/v1.0/accesskeys?accesskey=vb_a3Bf9xKm0123456789abcdefghij-_XY'");
        QTest::newRow("root") << QStringLiteral("https://api.voipbin.net") << key << production;
        QTest::newRow("trailing slash") << QStringLiteral("https://api.voipbin.net/") << key << production;
        QTest::newRow("already v1.0") << QStringLiteral("https://api.voipbin.net/v1.0") << key << production;
        QTest::newRow("v1.0 slash") << QStringLiteral("https://api.voipbin.net/v1.0/") << key << production;
        QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:8080")
                                 << QStringLiteral("abcDEF123456-_xy")
                                 << QStringLiteral(
                                        "curl --request GET "
                                        "'http://127.0.0.1:8080/v1.0/accesskeys?accesskey=abcDEF123456-_xy'");
        QTest::newRow("path prefix") << QStringLiteral("https://example.com/voipbin") << QStringLiteral("k")
                                     << QStringLiteral(
                                            "curl --request GET "
                                            "'https://example.com/voipbin/v1.0/accesskeys?accesskey=k'");
        QTest::newRow("encoded") << QStringLiteral("https://api.voipbin.net") << QStringLiteral("a b+c/=&'#")
                                 << QStringLiteral(
                                        "curl --request GET 'https://api.voipbin.net/v1.0/accesskeys"
                                        "?accesskey=a%20b%2Bc%2F%3D%26%27%23'");
    }

    void listAccessKeys()
    {
        QFETCH(QString, root);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(CurlExample::listAccessKeys(QUrl(root), key), expected);
    }

    void keyNeverInAHeader()
    {
        const QString command = CurlExample::listAccessKeys(
            QUrl(QStringLiteral("https://api.voipbin.net")), QStringLiteral("vb_x"));
        QVERIFY(!command.contains(QStringLiteral("Authorization")));
        QVERIFY(!command.contains(QStringLiteral("token=")));
        QCOMPARE(command.count(QStringLiteral("/v1.0")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCurlExample)
#include "tst_curlexample.moc"
