#include "api/Timestamp.h"
#include "core/Clock.h"
#include "core/FixedClock.h"
#include "session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    FixedClock *m_clock = nullptr;
    const QUrl m_root = QUrl(QStringLiteral("https://api.voipbin.net"));

    static QString jwt(const QDateTime &expire)
    {
        const QJsonObject agent { { QStringLiteral("username"), QStringLiteral("alice") },
            { QStringLiteral("customer_id"), QStringLiteral("cust-jwt") } };
        const QJsonObject payload { { QStringLiteral("agent"), agent },
            { QStringLiteral("expire"), Timestamp::format(expire) } };
        const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        return QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
            + QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(enc))
            + QStringLiteral(".sig");
    }

private slots:
    void init()
    {
        m_clock = new FixedClock(m_now);
        Clock::setInstance(m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void jwtSessionReadsExpire()
    {
        Session session(m_root, Credential::jwt(jwt(m_now.addDays(7))));
        QVERIFY(session.isValid());
        QCOMPARE(session.expiresAt(), m_now.addDays(7));
        QCOMPARE(session.username(), QStringLiteral("alice"));
        m_clock->advanceSeconds(3600);
        QCOMPARE(
            session.remainingText(), QStringLiteral("session expires in 7 days")); // 6 days 23 hours, rounded
        QCOMPARE(session.secondsLeft(), qint64(7 * 86400 - 3600));
        QVERIFY(!session.isExpired());
        m_clock->advanceSeconds(7 * 86400);
        QVERIFY(session.isExpired());
        QCOMPARE(session.secondsLeft(), qint64(0));
        QCOMPARE(session.remainingText(), QStringLiteral("session expired"));
    }

    void unreadableJwtAssumesSevenDays()
    {
        Session session(m_root, Credential::jwt(QStringLiteral("not-a-jwt")), QStringLiteral("bob"));
        QCOMPARE(session.expiresAt(), m_now.addDays(7));
        QCOMPARE(session.username(), QStringLiteral("bob"));
        QVERIFY(session.accountId().isEmpty());
    }

    void accessKeySessionExpiryUnknown()
    {
        Session session(m_root, Credential::accessKey(QStringLiteral("vb_x")));
        QVERIFY(!session.expiresAt().isValid());
        QCOMPARE(session.secondsLeft(), qint64(-1));
        QVERIFY(session.remainingText().isEmpty());
        QVERIFY(!session.isExpired());
        session.setExpiresAt(m_now.addSecs(5 * 3600));
        QCOMPARE(session.remainingText(), QStringLiteral("session expires in 5 hours"));
    }

    void accountIdPrefersCustomer()
    {
        Session session(m_root, Credential::jwt(jwt(m_now.addDays(7))));
        QCOMPARE(session.accountId(), QStringLiteral("cust-jwt"));
        Customer customer;
        customer.id = QStringLiteral("cust-server");
        session.setCustomer(customer);
        QCOMPARE(session.accountId(), QStringLiteral("cust-server"));
        QVERIFY(!Session().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
