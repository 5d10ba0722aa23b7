// AccessKeyPage: a page of GET /v1.0/accesskeys read with RapidJSON must give exactly what
// AccessKey::fromJson gives through a QJsonDocument, and refuse what the list walk must not take.
#include "api/AccessKey.h"
#include "api/AccessKeyPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
// The page object, its result array, a key object: three of AccessKeyPage's 64 levels.
constexpr int AccessKeyPageMaxDepth = 64;

QByteArray pageOf(const QByteArray &items, const QByteArray &extra = QByteArray())
{
    return "{\"result\":[" + items + "]" + extra + "}";
}

const QByteArray WireKey
    = "{\"id\":\"0b6ab0d6-6b6e-4a53-9a7e-000000000001\","
      "\"customer_id\":\"5e4a0680-804e-11ec-8477-2fea5968d85b\",\"name\":\"ci-pipeline\","
      "\"detail\":\"D\\u00e9ploiement \\\"nightly\\\"\",\"token_prefix\":\"vb_a3Bf9xKm\","
      "\"tm_expire\":\"2027-04-28T01:41:40.50379Z\",\"tm_create\":\"2026-04-28 01:41:40.503790123\","
      "\"tm_update\":null,\"tm_delete\":\"9999-01-01T00:00:00.000000Z\",\"extra\":{\"nested\":[1,2]}}";
} // namespace

class TestAccessKeyPage : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQtJsonReads()
    {
        const QByteArray body = pageOf(WireKey, ",\"next_page_token\":\"2026-04-28T01:41:40.503790Z\"");
        const std::optional<AccessKeyPage> page = AccessKeyPage::fromJson(body);
        QVERIFY(page);
        QCOMPARE(page->nextPageToken, QStringLiteral("2026-04-28T01:41:40.503790Z"));
        QCOMPARE(page->keys.size(), 1);
        const AccessKey expected = AccessKey::fromJson(QJsonDocument::fromJson(body)
                                                           .object()
                                                           .value(QLatin1String("result"))
                                                           .toArray()
                                                           .first()
                                                           .toObject());
        const AccessKey &key = page->keys.first();
        QCOMPARE(key.id, expected.id);
        QCOMPARE(key.customerId, expected.customerId);
        QCOMPARE(key.name, QStringLiteral("ci-pipeline"));
        QCOMPARE(key.detail, QStringLiteral("Déploiement \"nightly\""));
        QCOMPARE(key.detail, expected.detail);
        QCOMPARE(key.tokenPrefix, expected.tokenPrefix);
        QCOMPARE(key.expiresAt, QDateTime(QDate(2027, 4, 28), QTime(1, 41, 40, 503), Qt::UTC));
        QCOMPARE(key.expiresAt, expected.expiresAt);
        QCOMPARE(key.createdAt, expected.createdAt);
        QVERIFY(key.createdAt.isValid());
        QVERIFY(!key.updatedAt.isValid());
        QVERIFY(!key.deletedAt.isValid()); // the year-9999 "not deleted" placeholder
    }

    void readsAShortAndAnEmptyPage()
    {
        std::optional<AccessKeyPage> page = AccessKeyPage::fromJson(pageOf(QByteArray()));
        QVERIFY(page);
        QVERIFY(page->keys.isEmpty());
        QVERIFY(page->nextPageToken.isEmpty());
        page = AccessKeyPage::fromJson(" \n" + pageOf(WireKey + "," + WireKey) + "\n ");
        QVERIFY(page);
        QCOMPARE(page->keys.size(), 2); // repeats are the walk's to drop, not the page's
    }

    // As QJsonValue::toString(): a field of another type reads as empty; as QJsonObject, the last of
    // repeated members wins.
    void otherTypesReadEmptyAndTheLastRepeatWins()
    {
        const std::optional<AccessKeyPage> page
            = AccessKeyPage::fromJson(pageOf("{\"id\":\"k1\",\"name\":42,\"detail\":[\"x\"],\"tm_expire\":"
                                             "1700000000,\"token_prefix\":\"a\",\"token_prefix\":\"b\"}",
                ",\"next_page_token\":7"));
        QVERIFY(page);
        const AccessKey &key = page->keys.first();
        QVERIFY(key.name.isEmpty());
        QVERIFY(key.detail.isEmpty());
        QVERIFY(!key.expiresAt.isValid());
        QCOMPARE(key.tokenPrefix, QStringLiteral("b"));
        QVERIFY(page->nextPageToken.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no result") << QByteArray("{\"next_page_token\":\"x\"}");
        QTest::newRow("result not an array") << QByteArray("{\"result\":{\"id\":\"k1\"}}");
        QTest::newRow("an item not an object") << pageOf(WireKey + ",\"k2\"");
        QTest::newRow("an item without id") << pageOf("{\"name\":\"nameless\"}");
        QTest::newRow("an empty id") << pageOf("{\"id\":\"\"}");
        QTest::newRow("cut off") << pageOf(WireKey).chopped(3);
        QTest::newRow("garbage after") << pageOf(WireKey) + "x";
        QTest::newRow("two documents") << pageOf(WireKey) + pageOf(WireKey);
        QTest::newRow("a raw control character") << pageOf(QByteArray("{\"id\":\"k\x01\"}"));
        QTest::newRow("NaN") << QByteArray("{\"result\":[],\"x\":NaN}");
    }
    void refuses()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!AccessKeyPage::fromJson(body));
    }

    // A hostile server's million nested brackets are refused, without a stack overflow or a tree of a
    // million levels; nesting within the limit, in a member the app does not read, is no problem.
    void refusesDeepNesting()
    {
        const auto nested = [](int depth) {
            return "{\"result\":[{\"id\":\"k1\",\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']')
                + "}]}";
        };
        QVERIFY(!AccessKeyPage::fromJson(nested(1000000)));
        QVERIFY(!AccessKeyPage::fromJson(nested(AccessKeyPageMaxDepth)));
        const std::optional<AccessKeyPage> page = AccessKeyPage::fromJson(nested(AccessKeyPageMaxDepth - 3));
        QVERIFY(page);
        QCOMPARE(page->keys.first().id, QStringLiteral("k1"));
    }

    // Members at other levels named like the ones read (inside another member, inside a key's value)
    // change nothing.
    void readsOnlyItsOwnLevels()
    {
        const std::optional<AccessKeyPage> page = AccessKeyPage::fromJson(
            "{\"meta\":{\"result\":5,\"next_page_token\":\"wrong\"},\"result\":[{\"id\":\"k1\","
            "\"labels\":{\"name\":\"wrong\"},\"name\":\"right\"}],\"next_page_token\":\"t\"}");
        QVERIFY(page);
        QCOMPARE(page->keys.size(), 1);
        QCOMPARE(page->keys.first().name, QStringLiteral("right"));
        QCOMPARE(page->nextPageToken, QStringLiteral("t"));
    }

    // Bytes that are not UTF-8 in a name show as U+FFFD: the page, and every other key on it, still loads.
    void invalidUtf8BecomesReplacementCharacters()
    {
        const std::optional<AccessKeyPage> page
            = AccessKeyPage::fromJson(pageOf(QByteArray("{\"id\":\"k1\",\"name\":\"ab\xff\xfe\"}")));
        QVERIFY(page);
        QVERIFY(page->keys.first().name.startsWith(QStringLiteral("ab")));
        QVERIFY(page->keys.first().name.contains(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(TestAccessKeyPage)
#include "tst_accesskeypage.moc"
