#include "api/JwtClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJwtClaims : public QObject
{
    Q_OBJECT

private:
    static QString segment(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    static QString token(const QJsonObject &payload)
    {
        return segment(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.')
            + segment(QJsonDocument(payload).toJson(QJsonDocument::Compact))
            + QStringLiteral(".c2lnbmF0dXJl");
    }
    static QJsonObject agent()
    {
        return { { QStringLiteral("username"), QStringLiteral("alice@example.com") },
            { QStringLiteral("customer_id"), QStringLiteral("cust-1") },
            { QStringLiteral("permission"), 0x20 } };
    }

private slots:
    void decodesRfc3339Expire()
    {
        const JwtClaims claims = JwtClaims::decode(
            token({ { QStringLiteral("type"), QStringLiteral("agent") }, { QStringLiteral("agent"), agent() },
                { QStringLiteral("expire"), QStringLiteral("2026-03-01T10:00:00.123456Z") } }));
        QVERIFY(claims.isValid());
        QCOMPARE(claims.expiresAt(), QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(claims.username(), QStringLiteral("alice@example.com"));
        QCOMPARE(claims.customerId(), QStringLiteral("cust-1"));
        QCOMPARE(claims.permission(), 0x20u);
    }

    void decodesLegacyExpire()
    {
        const JwtClaims claims = JwtClaims::decode(token({ { QStringLiteral("agent"), agent() },
            { QStringLiteral("expire"), QStringLiteral("2026-01-10 08:00:00.5") } }));
        QCOMPARE(claims.expiresAt(), QDateTime(QDate(2026, 1, 10), QTime(8, 0, 0, 500), Qt::UTC));
    }

    void payloadNeedingUrlAlphabet()
    {
        // '?' and '>' make '+' and '/' in standard base64: only the url alphabet decodes them here.
        QJsonObject a = agent();
        a.insert(QStringLiteral("name"), QStringLiteral("?>?>~~~?>"));
        const JwtClaims claims = JwtClaims::decode(token({ { QStringLiteral("agent"), a } }));
        QVERIFY(claims.isValid());
        QVERIFY(!claims.expiresAt().isValid());
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("jwt");
        QTest::newRow("empty") << QString();
        QTest::newRow("two parts") << QStringLiteral("abc.def");
        QTest::newRow("accesskey") << QStringLiteral("vb_abcdefghijklmnopqrstuvwxyz012345");
        QTest::newRow("not json") << (segment("{}") + QLatin1Char('.') + segment("not json")
            + QStringLiteral(".x"));
        QTest::newRow("bad base64") << QStringLiteral("a.$$$$.c");
    }
    void rejectsMalformed()
    {
        QFETCH(QString, jwt);
        QVERIFY(!JwtClaims::decode(jwt).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJwtClaims)
#include "tst_jwtclaims.moc"
