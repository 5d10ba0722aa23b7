#include "secrets/SecretKeys.h"

#include <QTest>

class TestSecretKeys : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        const QUrl root(QStringLiteral("https://api.voipbin.net"));
        QCOMPARE(SecretKeys::session(root, QStringLiteral("alice@example.com")),
            QStringLiteral("voipbin-keys/https%3A%2F%2Fapi.voipbin.net/session/alice%40example.com"));
        QCOMPARE(SecretKeys::session(root, QString()),
            QStringLiteral("voipbin-keys/https%3A%2F%2Fapi.voipbin.net/session/accesskey"));
        QCOMPARE(SecretKeys::accessKey(root, QStringLiteral("c1"), QStringLiteral("k1")),
            QStringLiteral("voipbin-keys/https%3A%2F%2Fapi.voipbin.net/c1/accesskey/k1"));
    }

    void partsCannotForgeOtherNames()
    {
        const QUrl root(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(SecretKeys::accessKey(root, QStringLiteral("a/accesskey/b"), QStringLiteral("k"))
            != SecretKeys::accessKey(root, QStringLiteral("a"), QStringLiteral("b/accesskey/k")));
        QVERIFY(SecretKeys::session(root, QStringLiteral("x"))
            != SecretKeys::session(QUrl(QStringLiteral("http://127.0.0.1:8081")), QStringLiteral("x")));
        QVERIFY(SecretKeys::session(root, QStringLiteral("x")).startsWith(QStringLiteral("voipbin-keys/")));
    }
};

QTEST_GUILESS_MAIN(TestSecretKeys)
#include "tst_secretkeys.moc"
