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
        Credential::accessKey(QStringLiteral("a+b=c/d")).applyTo(r);
        const QString query = r.url().query(QUrl::FullyEncoded);
        QVERIFY2(query.endsWith(QStringLiteral("accesskey=a%2Bb%3Dc%2Fd")), qPrintable(query));
        QCOMPARE(QUrlQuery(r.url()).queryItemValue(QStringLiteral("accesskey"), QUrl::FullyDecoded),
            QStringLiteral("a+b=c/d"));
    }

    void neverBoth()
    {
        QNetworkRequest r = request();
        r.setRawHeader("Authorization", "Bearer stale");
        Credential::accessKey(QStringLiteral("vb_k")).applyTo(r); // short, but well-formed
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

    void wellFormed_data()
    {
        QTest::addColumn<Credential::Kind>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("ok");
        using K = Credential::Kind;
        const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiYWdlbnQifQ.c2lnbmF0dXJl_-");
        QTest::newRow("jwt") << K::Jwt << jwt << true;
        QTest::newRow("jwt CR LF") << K::Jwt << jwt + QStringLiteral("\r\nX-Injected: yes") << false;
        QTest::newRow("jwt trailing newline") << K::Jwt << jwt + QLatin1Char('\n') << false;
        QTest::newRow("jwt space") << K::Jwt << QStringLiteral("Bearer ") + jwt << false;
        QTest::newRow("jwt two parts") << K::Jwt << QStringLiteral("a.b") << false;
        QTest::newRow("jwt four parts") << K::Jwt << QStringLiteral("a.b.c.d") << false;
        QTest::newRow("jwt empty part") << K::Jwt << QStringLiteral("a..c") << false;
        QTest::newRow("jwt padding") << K::Jwt << QStringLiteral("a=.b.c") << false;
        QTest::newRow("jwt NUL") << K::Jwt << QStringLiteral("a.b.c") + QChar(0) << false;
        QTest::newRow("jwt too long")
            << K::Jwt << QString(20000, QLatin1Char('a')) + QStringLiteral(".b.c") << false;
        QTest::newRow("jwt empty") << K::Jwt << QString() << false;
        QTest::newRow("key current") << K::AccessKey << QStringLiteral("vb_") + QString(32, QLatin1Char('A'))
                                     << true;
        QTest::newRow("key url alphabet") << K::AccessKey << QStringLiteral("vb_a-b_c0Z9") << true;
        QTest::newRow("key legacy 16") << K::AccessKey << QStringLiteral("Ab3-_x9QwErTyUiO") << true;
        QTest::newRow("key base64") << K::AccessKey << QStringLiteral("a+b/c==") << true;
        QTest::newRow("key CR LF") << K::AccessKey << QStringLiteral("vb_abc\r\nX: y") << false;
        QTest::newRow("key tab") << K::AccessKey << QStringLiteral("vb_abc\t") << false;
        QTest::newRow("key ampersand") << K::AccessKey << QStringLiteral("vb_abc&page_size=1") << false;
        QTest::newRow("key hash") << K::AccessKey << QStringLiteral("vb_abc#x") << false;
        QTest::newRow("key is a jwt") << K::AccessKey << jwt << false;
        QTest::newRow("key non-ascii") << K::AccessKey << QStringLiteral("vb_\u00e9") << false;
        QTest::newRow("key too long") << K::AccessKey << QString(600, QLatin1Char('a')) << false;
        QTest::newRow("none") << K::None << QStringLiteral("x") << false;
    }
    void wellFormed()
    {
        QFETCH(Credential::Kind, kind);
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QCOMPARE(Credential::isWellFormed(kind, secret), ok);
        const QString problem = Credential::problem(kind, secret);
        QCOMPARE(problem.isEmpty(), ok);
        if (!ok) // a sentence for a person, which never repeats the secret
            QVERIFY2(problem.endsWith(QLatin1Char('.')) && (secret.isEmpty() || !problem.contains(secret)),
                qPrintable(problem));
    }

    void malformedIsNeverApplied()
    {
        QNetworkRequest r = request();
        Credential::jwt(QStringLiteral("a.b.c\r\nX-Injected: yes")).applyTo(r);
        QVERIFY(!r.hasRawHeader("Authorization"));
        Credential::accessKey(QStringLiteral("vb_a&accesskey=other")).applyTo(r);
        QCOMPARE(r.url(), request().url());
        QVERIFY(!Credential::jwt(QStringLiteral("a.b")).isWellFormed());
        QVERIFY(Credential::jwt(QStringLiteral("a.b.c")).isWellFormed());
    }

    void problemsReadWell()
    {
        QCOMPARE(Credential::problem(Credential::Kind::AccessKey,
                     QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiYWdlbnQifQ.c2ln")),
            QStringLiteral("This is a login token (JWT), not an accesskey."));
        QCOMPARE(Credential::problem(Credential::Kind::Jwt, QStringLiteral("a.b.c\r\n")),
            QStringLiteral("The login token contains spaces or line breaks, which a token never has."));
    }
};

QTEST_GUILESS_MAIN(TestCredential)
#include "tst_credential.moc"
