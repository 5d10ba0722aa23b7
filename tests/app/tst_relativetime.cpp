#include "core/Clock.h"
#include "core/FixedClock.h"
#include "core/RelativeTime.h"

#include <QTest>

class TestRelativeTime : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

private slots:
    void init() { Clock::setInstance(new FixedClock(m_now)); }
    void cleanup() { Clock::setInstance(nullptr); }

    void describe_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("29 days 23 hours") << qint64(29 * 86400 + 23 * 3600) << QStringLiteral("in 30 days");
        QTest::newRow("29 days 2 hours") << qint64(29 * 86400 + 2 * 3600) << QStringLiteral("in 29 days");
        // Seen a moment after it was made, a lifetime reads as chosen, not one unit short.
        QTest::newRow("fresh 30 days") << qint64(30 * 86400 - 5) << QStringLiteral("in 30 days");
        QTest::newRow("fresh 1 year") << qint64(365 * 86400 - 5) << QStringLiteral("in 365 days");
        QTest::newRow("fresh 7 days") << qint64(7 * 86400 - 3600) << QStringLiteral("in 7 days");
        QTest::newRow("almost 1 hour") << qint64(3600 - 10) << QStringLiteral("in 1 hour");
        QTest::newRow("almost 1 day") << qint64(86400 - 600) << QStringLiteral("in 1 day");
        QTest::newRow("1 day") << qint64(86400) << QStringLiteral("in 1 day");
        QTest::newRow("5 hours") << qint64(5 * 3600 + 59) << QStringLiteral("in 5 hours");
        QTest::newRow("1 hour") << qint64(3600) << QStringLiteral("in 1 hour");
        QTest::newRow("1 minute") << qint64(60) << QStringLiteral("in 1 minute");
        QTest::newRow("2 minutes") << qint64(140) << QStringLiteral("in 2 minutes");
        QTest::newRow("2.5 minutes") << qint64(150) << QStringLiteral("in 3 minutes");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("in less than a minute");
        QTest::newRow("now") << qint64(0) << QStringLiteral("in less than a minute");
        QTest::newRow("just now") << qint64(-30) << QStringLiteral("just now");
        QTest::newRow("3 days ago") << qint64(-3 * 86400 - 10) << QStringLiteral("3 days ago");
        QTest::newRow("almost 3 days ago") << qint64(-3 * 86400 + 60) << QStringLiteral("3 days ago");
        QTest::newRow("1 hour ago") << qint64(-3600) << QStringLiteral("1 hour ago");
    }
    void describe()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::describe(m_now.addSecs(offset)), expected);
    }

    void span()
    {
        QCOMPARE(RelativeTime::span(0), QStringLiteral("less than a minute"));
        QCOMPARE(RelativeTime::span(7 * 86400), QStringLiteral("7 days"));
        QCOMPARE(RelativeTime::span(7200), QStringLiteral("2 hours"));
        QVERIFY(RelativeTime::describe(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
