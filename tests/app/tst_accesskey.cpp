#include "api/AccessKey.h"
#include "core/Clock.h"
#include "core/FixedClock.h"

#include <QJsonDocument>
#include <QTest>

class TestAccessKey : public QObject
{
    Q_OBJECT

private:
    FixedClock *m_clock = nullptr;
    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

private slots:
    void init()
    {
        m_clock = new FixedClock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        Clock::setInstance(m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void parsesCreateResponse()
    {
        const AccessKey key = AccessKey::fromJson(
            json(R"({"id":"k1","customer_id":"c1","name":"ci-key","detail":"for CI","token":"vb_secret",
                     "token_prefix":"vb_secretAB","tm_expire":"2027-01-01T10:00:00.12345Z",
                     "tm_create":"2026-01-01T10:00:00.12345Z","tm_update":null,"tm_delete":null})"));
        QVERIFY(key.isValid());
        QCOMPARE(key.id, QStringLiteral("k1"));
        QCOMPARE(key.customerId, QStringLiteral("c1"));
        QCOMPARE(key.name, QStringLiteral("ci-key"));
        QCOMPARE(key.detail, QStringLiteral("for CI"));
        QCOMPARE(key.tokenPrefix, QStringLiteral("vb_secretAB"));
        QCOMPARE(key.expiresAt, QDateTime(QDate(2027, 1, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QVERIFY(key.createdAt.isValid());
        QVERIFY(!key.updatedAt.isValid());
        QVERIFY(!key.isDeleted());
    }

    void omittedFieldsAreEmpty()
    {
        const AccessKey key = AccessKey::fromJson(json(R"({"id":"k2","customer_id":"c1"})"));
        QVERIFY(key.isValid());
        QVERIFY(key.name.isEmpty());
        QVERIFY(key.detail.isEmpty());
        QVERIFY(!key.expiresAt.isValid());
        QVERIFY(!key.isExpired());
        QVERIFY(!AccessKey::fromJson(json(R"({"name":"x"})")).isValid());
    }

    void year9999IsNotDeleted()
    {
        const AccessKey key
            = AccessKey::fromJson(json(R"({"id":"k","tm_delete":"9999-01-01T00:00:00.000000Z"})"));
        QVERIFY(!key.isDeleted());
        const AccessKey deleted
            = AccessKey::fromJson(json(R"({"id":"k","tm_delete":"2026-05-01T00:00:00Z"})"));
        QVERIFY(deleted.isDeleted());
    }

    void expiryAgainstClock()
    {
        AccessKey key;
        key.id = QStringLiteral("k");
        key.expiresAt = Clock::currentDateTimeUtc().addDays(3);
        QVERIFY(!key.isExpired());
        QVERIFY(key.expiresWithinDays(7));
        QVERIFY(!key.expiresWithinDays(2));
        m_clock->advanceSeconds(3 * 86400 - 1);
        QVERIFY(!key.isExpired());
        m_clock->advanceSeconds(1);
        QVERIFY(key.isExpired());
        QVERIFY(!key.expiresWithinDays(7)); // expired is shown as expired, not as "soon"
    }

    void lifetimeLimits()
    {
        QVERIFY(!AccessKey::isValidLifetime(0));
        QVERIFY(!AccessKey::isValidLifetime(86399));
        QVERIFY(AccessKey::isValidLifetime(86400));
        QVERIFY(AccessKey::isValidLifetime(2147483647));
        QVERIFY(!AccessKey::isValidLifetime(2147483648LL));
    }
};

QTEST_GUILESS_MAIN(TestAccessKey)
#include "tst_accesskey.moc"
