#include "api/Credential.h"

#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

class TestCredential : public QObject
{
    Q_OBJECT

private:
    static QNetworkRequest request()
    {
        return QNetworkRequest(QUrl(QStringLiteral("https://h/v1.0/accesskeys?page_size=100")));
    }

private slots:
    void jwtGoesInTheHeader()
    {
        QNetworkRequest r = request();
        Credential::jwt(QStringLiteral("a.b.c")).applyTo(r);
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer a.b.c"));
        QVERIFY(!r.url().query().contains(QStringLiteral("accesskey")));
        QVERIFY(!r.url().query().contains(QStringLiteral("token")));
    }

    void accessKeyGoesInTheQuery()
    {
        QNetworkRequest r = request();
        Credential::accessKey(QStringLiteral("vb_abc-_XYZ")).applyTo(r);
        QVERIFY(!r.hasRawHeader("Authorization"));
        QCOMPARE(r.url().query(QUrl::FullyEncoded), QStringLiteral("page_size=100&accesskey=vb_abc-_XYZ"));
    }

    void accessKeyIsPercentEncoded()
    {
        QNetworkRequest r = request();
        Credential::accessKey(QStringLiteral("a+b&c=d/e")).applyTo(r);
        const QString query = r.url().query(QUrl::FullyEncoded);
        QVERIFY2(query.endsWith(QStringLiteral("accesskey=a%2Bb%26c%3Dd%2Fe")), qPrintable(query));
        QCOMPARE(QUrlQuery(r.url()).queryItemValue(QStringLiteral("accesskey"), QUrl::FullyDecoded),
            QStringLiteral("a+b&c=d/e"));
    }

    void neverBoth()
    {
        QNetworkRequest r = request();
        r.setRawHeader("Authorization", "Bearer stale");
        Credential::accessKey(QStringLiteral("vb_k")).applyTo(r);
        QVERIFY(!r.hasRawHeader("Authorization"));
        QCOMPARE(QUrlQuery(r.url()).allQueryItemValues(QStringLiteral("accesskey")).size(), 1);
    }

    void noneDoesNothing()
    {
        QNetworkRequest r = request();
        Credential().applyTo(r);
        Credential::jwt(QString()).applyTo(r);
        QVERIFY(!r.hasRawHeader("Authorization"));
        QCOMPARE(r.url(), request().url());
        QVERIFY(!Credential().isValid());
        QVERIFY(Credential::jwt(QStringLiteral("x")) == Credential::jwt(QStringLiteral("x")));
        QVERIFY(!(Credential::jwt(QStringLiteral("x")) == Credential::accessKey(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestCredential)
#include "tst_credential.moc"
