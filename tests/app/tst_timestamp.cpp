#include "api/Timestamp.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

class TestTimestamp : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    }

private slots:
    void parsesFractions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("no fraction") << QStringLiteral("2020-09-20T03:23:21Z") << utc(2020, 9, 20, 3, 23, 21);
        QTest::newRow("1 digit") << QStringLiteral("2020-09-20T03:23:21.9Z")
                                 << utc(2020, 9, 20, 3, 23, 21, 900);
        QTest::newRow("3 digits") << QStringLiteral("2020-09-20T03:23:21.995Z")
                                  << utc(2020, 9, 20, 3, 23, 21, 995);
        QTest::newRow("6 digits") << QStringLiteral("2027-04-28T01:41:40.503790Z")
                                  << utc(2027, 4, 28, 1, 41, 40, 503);
        QTest::newRow("9 digits") << QStringLiteral("2027-04-28T01:41:40.123456789Z")
                                  << utc(2027, 4, 28, 1, 41, 40, 123);
        QTest::newRow("offset") << QStringLiteral("2026-01-01T09:00:00.5+09:00")
                                << utc(2026, 1, 1, 0, 0, 0, 500);
        QTest::newRow("negative offset")
            << QStringLiteral("2025-12-31T19:30:00-04:30") << utc(2026, 1, 1, 0, 0, 0);
        QTest::newRow("legacy") << QStringLiteral("2026-02-03 10:11:12.123456789")
                                << utc(2026, 2, 3, 10, 11, 12, 123);
        QTest::newRow("legacy no fraction")
            << QStringLiteral("2026-02-03 10:11:12") << utc(2026, 2, 3, 10, 11, 12);
    }
    void parsesFractions()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = Timestamp::parse(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        // The key list reads the same text as UTF-8 bytes off the JSON parser (AccessKeyPage).
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(Timestamp::parse(QLatin1String(utf8.constData(), utf8.size())), expected);
    }

    // The parsed value must be UTC itself, not local time shown as UTC: only then does nothing consult the
    // local zone (glibc re-reads /etc/localtime on each conversion). A far-off zone shows any leak.
    void isUtcWhateverTheLocalZone()
    {
        const QByteArray savedTz = qgetenv("TZ");
        qputenv("TZ", "Pacific/Chatham");
        tzset();
        const QDateTime parsed = Timestamp::parse(QStringLiteral("2026-06-30T23:59:59.250Z"));
        savedTz.isNull() ? qunsetenv("TZ") : qputenv("TZ", savedTz);
        tzset();
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.offsetFromUtc(), 0);
        QCOMPARE(parsed.date(), QDate(2026, 6, 30));
        QCOMPARE(parsed.time(), QTime(23, 59, 59, 250));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("yesterday");
        QTest::newRow("10 digits") << QStringLiteral("2020-09-20T03:23:21.1234567890Z");
        QTest::newRow("bad month") << QStringLiteral("2020-13-20T03:23:21Z");
        QTest::newRow("bad day") << QStringLiteral("2021-02-29T03:23:21Z");
        QTest::newRow("bad hour") << QStringLiteral("2020-01-20T24:23:21Z");
        QTest::newRow("year 9999") << QStringLiteral("9999-01-01T00:00:00.000000Z");
        QTest::newRow("year 9999 legacy") << QStringLiteral("9999-01-01 00:00:00");
        QTest::newRow("letters for the year") << QStringLiteral("abcd-01-01T00:00:00Z");
        QTest::newRow("short year") << QStringLiteral("202-01-01T00:00:00Z");
        QTest::newRow("no separator") << QStringLiteral("2020-01-01_00:00:00Z");
        QTest::newRow("dot without digits") << QStringLiteral("2020-09-20T03:23:21.Z");
        QTest::newRow("junk after Z") << QStringLiteral("2020-09-20T03:23:21Zx");
        QTest::newRow("offset without colon") << QStringLiteral("2020-09-20T03:23:21+0900");
        QTest::newRow("offset hour 24") << QStringLiteral("2020-09-20T03:23:21+24:00");
        QTest::newRow("junk after offset") << QStringLiteral("2020-09-20T03:23:21+09:00x");
        QTest::newRow("date only") << QStringLiteral("2020-09-20");
        // Non-ASCII where a digit belongs: as UTF-8 bytes, each byte is just not a digit.
        QTest::newRow("fullwidth digit") << QStringLiteral("2020-09-20T03:23:2\uFF11Z");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Timestamp::parse(text).isValid());
        const QByteArray utf8 = text.toUtf8();
        QVERIFY(!Timestamp::parse(QLatin1String(utf8.constData(), utf8.size())).isValid());
    }

    void jsonValues()
    {
        QVERIFY(!Timestamp::parse(QJsonValue(QJsonValue::Null)).isValid());
        QVERIFY(!Timestamp::parse(QJsonValue(QJsonValue::Undefined)).isValid());
        QVERIFY(!Timestamp::parse(QJsonValue(42)).isValid());
        QCOMPARE(Timestamp::parse(QJsonValue(QStringLiteral("2020-09-20T03:23:21Z"))),
            utc(2020, 9, 20, 3, 23, 21));
    }

    void formatsSixDigits()
    {
        QCOMPARE(Timestamp::format(utc(2020, 9, 20, 3, 23, 21, 995)),
            QStringLiteral("2020-09-20T03:23:21.995000Z"));
        const QDateTime tokyo = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone(9 * 3600));
        QCOMPARE(Timestamp::format(tokyo), QStringLiteral("2026-01-01T00:00:00.000000Z"));
        QVERIFY(Timestamp::format(QDateTime()).isEmpty());
    }

    void roundTrips()
    {
        const QDateTime moment = utc(2031, 7, 4, 23, 59, 59, 7);
        QCOMPARE(Timestamp::parse(Timestamp::format(moment)), moment);
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
