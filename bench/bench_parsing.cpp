// How fast the client turns the server's JSON into AccessKey values: one full page (100 keys) and single
// timestamps in every form the server sends.
#include "api/AccessKey.h"
#include "api/AccessKeyPage.h"
#include "api/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class BenchParsing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accessKeyPage();
    void accessKeyPageQtJson();
    void timestamp_data();
    void timestamp();

private:
    QByteArray m_page;
};

void BenchParsing::initTestCase()
{
    QJsonArray result;
    for (int i = 0; i < 100; ++i) {
        result.append(QJsonObject {
            { QStringLiteral("id"),
                QStringLiteral("0b6ab0d6-6b6e-4a53-9a7e-%1").arg(i, 12, 10, QLatin1Char('0')) },
            { QStringLiteral("customer_id"), QStringLiteral("5e4a0680-804e-11ec-8477-2fea5968d85b") },
            { QStringLiteral("name"), QStringLiteral("ci-key-%1").arg(i) },
            { QStringLiteral("detail"), QStringLiteral("Deploy key for the build farm") },
            { QStringLiteral("token_prefix"), QStringLiteral("vb_a3Bf9xKm") },
            { QStringLiteral("tm_expire"), QStringLiteral("2027-04-28T01:41:40.50379Z") },
            { QStringLiteral("tm_create"), QStringLiteral("2026-04-28T01:41:40.503790Z") },
            { QStringLiteral("tm_update"), QJsonValue::Null },
            { QStringLiteral("tm_delete"), QJsonValue::Null },
        });
    }
    m_page = QJsonDocument(
        QJsonObject { { QStringLiteral("result"), result },
            { QStringLiteral("next_page_token"), QStringLiteral("2026-04-28T01:41:40.503790Z") } })
                 .toJson(QJsonDocument::Compact);
}

// What the list walk does with each page since AccessKeyPage: RapidJSON straight to AccessKey values.
void BenchParsing::accessKeyPage()
{
    std::optional<AccessKeyPage> page;
    QBENCHMARK
    {
        page = AccessKeyPage::fromJson(m_page);
    }
    QVERIFY(page);
    QCOMPARE(page->keys.size(), 100);
    QCOMPARE(page->keys.first().createdAt, QDateTime(QDate(2026, 4, 28), QTime(1, 41, 40, 503), Qt::UTC));
}

// The same page through a QJsonDocument and AccessKey::fromJson, the way before AccessKeyPage.
void BenchParsing::accessKeyPageQtJson()
{
    AccessKeyList keys;
    QBENCHMARK
    {
        keys.clear();
        const QJsonArray result
            = QJsonDocument::fromJson(m_page).object().value(QStringLiteral("result")).toArray();
        for (const QJsonValue &value : result)
            keys.append(AccessKey::fromJson(value.toObject()));
    }
    QCOMPARE(keys.size(), 100);
}

void BenchParsing::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("rfc3339-micro") << QStringLiteral("2027-04-28T01:41:40.503790Z");
    QTest::newRow("rfc3339-trimmed") << QStringLiteral("2020-09-20T03:23:21.995Z");
    QTest::newRow("legacy-nano") << QStringLiteral("2026-01-03 10:00:00.123456789");
}

void BenchParsing::timestamp()
{
    QFETCH(QString, text);
    QDateTime parsed;
    QBENCHMARK
    {
        parsed = Timestamp::parse(text);
    }
    QVERIFY(parsed.isValid());
}

QTEST_GUILESS_MAIN(BenchParsing)
#include "bench_parsing.moc"
