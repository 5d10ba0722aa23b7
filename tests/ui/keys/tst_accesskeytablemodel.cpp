// The accesskey table model and its filter/sort proxy, without a network or a keyring.
#include "core/FixedClock.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

class TestAccessKeyTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheColumnsPeopleRead();
    void expiredRowsAreStruckThroughAndDimmed();
    void expiringSoonRowsAreHighlighted();
    void marksKeysStoredLocally();
    void appendsOnePageWithOneInsertion();
    void updatesAndRemovesById();
    void filtersOnNameDetailAndPrefix();
    void sortsByExpiryAsDates();
    void sortValuesAreCheapToCompare();
    void sortsByNameIgnoringCase();
    void sortsNumbersInNamesAsNumbers();
    void sortsEachColumn_data();
    void sortsEachColumn();
    void sortFollowsUpdatesAndRemovals();
    void filterReadsTheRawText();
    void bulkLoadAppendsEachPageOnceAndSortsAtTheEnd();
    void pendingRowsArriveInOneResetAndSortOnce();
    void marksTheKeyInUse();
    void aKeyRevokedDuringALoadStaysGone();

private:
    static QStringList names(const QAbstractItemModel &proxy);
    static QStringList ids(const QAbstractItemModel &proxy);
    static AccessKeyList mixedKeys();
    static AccessKey key(const QString &id, const QString &name, const QString &detail, const QString &prefix,
        qint64 expiresInSeconds, qint64 createdSecondsAgo = 3600);
    QDateTime m_now = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
};

AccessKey TestAccessKeyTableModel::key(const QString &id, const QString &name, const QString &detail,
    const QString &prefix, qint64 expiresInSeconds, qint64 createdSecondsAgo)
{
    const QDateTime now = Clock::currentDateTimeUtc();
    AccessKey k;
    k.id = id;
    k.customerId = QStringLiteral("customer");
    k.name = name;
    k.detail = detail;
    k.tokenPrefix = prefix;
    k.createdAt = now.addSecs(-createdSecondsAgo);
    k.expiresAt = now.addSecs(expiresInSeconds);
    return k;
}

void TestAccessKeyTableModel::init()
{
    Clock::setInstance(new FixedClock(m_now));
}

void TestAccessKeyTableModel::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestAccessKeyTableModel::showsTheColumnsPeopleRead()
{
    AccessKeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("ci"), QStringLiteral("for CI"),
        QStringLiteral("vb_a3Bf9xKm"), 29 * 86400 + 600) });
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(AccessKeyTableModel::ExpiresColumn, Qt::Horizontal).toString(),
        QStringLiteral("Expires"));
    QCOMPARE(model.index(0, AccessKeyTableModel::NameColumn).data().toString(), QStringLiteral("ci"));
    QCOMPARE(model.index(0, AccessKeyTableModel::DetailColumn).data().toString(), QStringLiteral("for CI"));
    const QString masked = model.index(0, AccessKeyTableModel::KeyColumn).data().toString();
    QVERIFY(masked.startsWith(QStringLiteral("vb_a3Bf9xKm")));
    QVERIFY(masked.length() > 11);
    QVERIFY(model.index(0, AccessKeyTableModel::ExpiresColumn)
                .data()
                .toString()
                .contains(QStringLiteral("in 29 days")));
    QVERIFY(
        !model.index(0, AccessKeyTableModel::NameColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TestAccessKeyTableModel::expiredRowsAreStruckThroughAndDimmed()
{
    AccessKeyTableModel model;
    model.setKeys(
        { key(QStringLiteral("1"), QStringLiteral("old"), {}, QStringLiteral("vb_old00000"), -3 * 86400 - 60),
            key(QStringLiteral("2"), QStringLiteral("new"), {}, QStringLiteral("vb_new00000"), 90 * 86400) });
    const QModelIndex expired = model.index(0, AccessKeyTableModel::NameColumn);
    QVERIFY(expired.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(expired.data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(0, AccessKeyTableModel::ExpiresColumn)
                .data()
                .toString()
                .contains(QStringLiteral("expired 3 days ago")));
    QVERIFY(!model.index(1, AccessKeyTableModel::NameColumn).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(1, AccessKeyTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
}

void TestAccessKeyTableModel::expiringSoonRowsAreHighlighted()
{
    AccessKeyTableModel model;
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("soon"), {}, QStringLiteral("vb_soon0000"),
                        3 * 86400),
        key(QStringLiteral("2"), QStringLiteral("later"), {}, QStringLiteral("vb_later000"), 30 * 86400) });
    QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
    model.setWarningDays(60);
    QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    model.setWarningDays(0);
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

void TestAccessKeyTableModel::marksKeysStoredLocally()
{
    AccessKeyTableModel model;
    model.setKeys(
        { key(QStringLiteral("1"), QStringLiteral("a"), {}, QStringLiteral("vb_a0000000"), 86400 * 10),
            key(QStringLiteral("2"), QStringLiteral("b"), {}, QStringLiteral("vb_b0000000"), 86400 * 10) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStoredSecretIds({ QStringLiteral("2") });
    QVERIFY(!changed.isEmpty());
    QVERIFY(!model.index(0, AccessKeyTableModel::KeyColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(1, AccessKeyTableModel::KeyColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(1, AccessKeyTableModel::KeyColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("stored")));
    QVERIFY(model.index(0, AccessKeyTableModel::KeyColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("once")));
}

void TestAccessKeyTableModel::appendsOnePageWithOneInsertion()
{
    AccessKeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    AccessKeyList page;
    for (int i = 0; i < 100; ++i)
        page << key(QString::number(i), QStringLiteral("k%1").arg(i), {},
            QStringLiteral("vb_%1").arg(i, 8, 10, QLatin1Char('0')), 86400 * 30);
    model.appendKeys(page);
    model.appendKeys(page.mid(0, 50));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 150);
}

void TestAccessKeyTableModel::updatesAndRemovesById()
{
    AccessKeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(
        { key(QStringLiteral("1"), QStringLiteral("a"), {}, QStringLiteral("vb_a0000000"), 86400 * 10) });
    AccessKey renamed = model.keyAt(0);
    renamed.name = QStringLiteral("renamed");
    model.updateKey(renamed);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("renamed"));
    model.updateKey(
        key(QStringLiteral("2"), QStringLiteral("new"), {}, QStringLiteral("vb_n0000000"), 86400 * 10));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.keyAt(0).id, QStringLiteral("2"));
    model.removeKey(QStringLiteral("1"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("1")), -1);
}

// A list answered before a revoke reached the server still holds the revoked key (a rotation's revoke at
// sign-in runs beside the first listing): it must not come back when the list is shown.
void TestAccessKeyTableModel::aKeyRevokedDuringALoadStaysGone()
{
    AccessKeyTableModel model;
    const AccessKey old
        = key(QStringLiteral("old"), QStringLiteral("a"), {}, QStringLiteral("vb_a0000000"), 86400);
    const AccessKey kept
        = key(QStringLiteral("new"), QStringLiteral("a"), {}, QStringLiteral("vb_b0000000"), 86400);
    model.setKeys({ old, kept });
    AccessKeyTableModel::PendingRows listed;
    listed.append({ old, kept }); // the server's answer, from before the revoke
    model.removeKey(old.id);
    model.setRows(std::move(listed));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.keyAt(0).id, kept.id);
    QCOMPARE(model.rowOf(old.id), -1);
}

void TestAccessKeyTableModel::filtersOnNameDetailAndPrefix()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("Billing"), QStringLiteral("prod"),
                        QStringLiteral("vb_AAA11111"), 86400 * 10),
        key(QStringLiteral("2"), QStringLiteral("ci"), QStringLiteral("Github Actions"),
            QStringLiteral("vb_BBB22222"), 86400 * 10),
        key(QStringLiteral("3"), QStringLiteral("staging"), {}, QStringLiteral("vb_CCC33333"), 86400 * 10) });
    proxy.setFilterText(QStringLiteral("billing"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("github"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("ccc333"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("staging"));
    proxy.setFilterText(QStringLiteral("vb_"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("nothing like it"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestAccessKeyTableModel::sortsByExpiryAsDates()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Display texts would sort "in 100 days" before "in 2 days"; the dates must not.
    model.setKeys(
        { key(QStringLiteral("1"), QStringLiteral("hundred"), {}, QStringLiteral("vb_1"), 100 * 86400),
            key(QStringLiteral("2"), QStringLiteral("two"), {}, QStringLiteral("vb_2"), 2 * 86400),
            key(QStringLiteral("3"), QStringLiteral("expired"), {}, QStringLiteral("vb_3"), -86400 * 5),
            key(QStringLiteral("4"), QStringLiteral("twenty"), {}, QStringLiteral("vb_4"), 20 * 86400) });
    proxy.sort(AccessKeyTableModel::ExpiresColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data().toString();
    QCOMPARE(order,
        (QStringList { QStringLiteral("expired"), QStringLiteral("two"), QStringLiteral("twenty"),
            QStringLiteral("hundred") }));
}

QStringList TestAccessKeyTableModel::names(const QAbstractItemModel &proxy)
{
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, AccessKeyTableModel::NameColumn).data().toString();
    return order;
}

void TestAccessKeyTableModel::sortValuesAreCheapToCompare()
{
    AccessKeyTableModel model;
    AccessKey never = key(QStringLiteral("2"), QStringLiteral("never"), {}, QStringLiteral("vb_2"), 0);
    never.expiresAt = {};
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("Billing"), QStringLiteral("Prod"),
                        QStringLiteral("vb_1"), 60),
        never });
    // Numbers for times (no QDateTime per comparison), raw text for names (no lower-cased copy).
    const QVariant created
        = model.index(0, AccessKeyTableModel::CreatedColumn).data(AccessKeyTableModel::SortRole);
    QCOMPARE(created.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(created.toLongLong(), m_now.addSecs(-3600).toMSecsSinceEpoch());
    const QVariant expires
        = model.index(0, AccessKeyTableModel::ExpiresColumn).data(AccessKeyTableModel::SortRole);
    QCOMPARE(expires.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(expires.toLongLong(), m_now.addSecs(60).toMSecsSinceEpoch());
    QCOMPARE(
        model.index(1, AccessKeyTableModel::ExpiresColumn).data(AccessKeyTableModel::SortRole).toLongLong(),
        std::numeric_limits<qint64>::max());
    QCOMPARE(model.index(0, AccessKeyTableModel::NameColumn).data(AccessKeyTableModel::SortRole).toString(),
        QStringLiteral("Billing"));
    QCOMPARE(model.index(0, AccessKeyTableModel::DetailColumn).data(AccessKeyTableModel::SortRole).toString(),
        QStringLiteral("Prod"));
}

void TestAccessKeyTableModel::sortsByNameIgnoringCase()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("charlie"), {}, QStringLiteral("vb_1"), 60),
        key(QStringLiteral("2"), QStringLiteral("Beta"), {}, QStringLiteral("vb_2"), 60),
        key(QStringLiteral("3"), QStringLiteral("alpha"), {}, QStringLiteral("vb_3"), 60),
        key(QStringLiteral("4"), QStringLiteral("Alpha2"), {}, QStringLiteral("vb_4"), 60) });
    proxy.sort(AccessKeyTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy),
        (QStringList { QStringLiteral("alpha"), QStringLiteral("Alpha2"), QStringLiteral("Beta"),
            QStringLiteral("charlie") }));
    proxy.sort(AccessKeyTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("charlie"));
}

QStringList TestAccessKeyTableModel::ids(const QAbstractItemModel &proxy)
{
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(AccessKeyTableModel::KeyIdRole).toString();
    return order;
}

// Each column orders these four differently, so a sort by the wrong key shows.
AccessKeyList TestAccessKeyTableModel::mixedKeys()
{
    AccessKey a = key(QStringLiteral("a"), QStringLiteral("soon-34"), QStringLiteral("Runner 10"),
        QStringLiteral("vb_B"), 20 * 86400, 3600);
    AccessKey b = key(QStringLiteral("b"), QStringLiteral("Soon-9"), QStringLiteral("runner 9"),
        QStringLiteral("vb_a"), 0, 7200);
    b.expiresAt = {}; // never expires: sorts after every date
    AccessKey c
        = key(QStringLiteral("c"), QStringLiteral("later"), {}, QStringLiteral("vb_C"), -5 * 86400, 0);
    c.createdAt = {}; // unknown creation: sorts before every date
    AccessKey d = key(QStringLiteral("d"), QStringLiteral("soon-100"), QStringLiteral("runner 9b"),
        QStringLiteral("vb_d"), 2 * 86400, 10000);
    return { a, b, c, d };
}

void TestAccessKeyTableModel::sortsNumbersInNamesAsNumbers()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("soon-34"), {}, QStringLiteral("vb_1"), 60),
        key(QStringLiteral("2"), QStringLiteral("soon-9"), {}, QStringLiteral("vb_2"), 60),
        key(QStringLiteral("3"), QStringLiteral("Soon-10"), {}, QStringLiteral("vb_3"), 60),
        key(QStringLiteral("4"), QStringLiteral("soon-100"), {}, QStringLiteral("vb_4"), 60),
        key(QStringLiteral("5"), QStringLiteral("soon"), {}, QStringLiteral("vb_5"), 60),
        key(QStringLiteral("6"), QStringLiteral("soon-"), {}, QStringLiteral("vb_6"), 60) });
    proxy.sort(AccessKeyTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy),
        (QStringList { QStringLiteral("soon"), QStringLiteral("soon-"), QStringLiteral("soon-9"),
            QStringLiteral("Soon-10"), QStringLiteral("soon-34"), QStringLiteral("soon-100") }));
    // Leading zeros spell the same number, in any case.
    QCOMPARE(AccessKeyTableModel::naturalSortKey(QStringLiteral("Build-007")),
        AccessKeyTableModel::naturalSortKey(QStringLiteral("build-7")));
    QVERIFY(AccessKeyTableModel::naturalSortKey(QStringLiteral("v2.9"))
        < AccessKeyTableModel::naturalSortKey(QStringLiteral("v2.10")));
    QVERIFY(AccessKeyTableModel::naturalSortKey(QStringLiteral("a-1"))
        < AccessKeyTableModel::naturalSortKey(QStringLiteral("a1"))); // '-' sorts before digits, as in text
}

void TestAccessKeyTableModel::sortsEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascendingIds");
    QTest::newRow("name, natural") << int(AccessKeyTableModel::NameColumn)
                                   << QStringList { QStringLiteral("c"), QStringLiteral("b"),
                                          QStringLiteral("a"), QStringLiteral("d") };
    QTest::newRow("detail, natural") << int(AccessKeyTableModel::DetailColumn)
                                     << QStringList { QStringLiteral("c"), QStringLiteral("b"),
                                            QStringLiteral("d"), QStringLiteral("a") };
    QTest::newRow("key, ignoring case")
        << int(AccessKeyTableModel::KeyColumn)
        << QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d") };
    QTest::newRow("created, unknown first")
        << int(AccessKeyTableModel::CreatedColumn)
        << QStringList { QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a") };
    QTest::newRow("expires, never last")
        << int(AccessKeyTableModel::ExpiresColumn)
        << QStringList { QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b") };
}

void TestAccessKeyTableModel::sortsEachColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascendingIds);
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setKeys(mixedKeys());
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), ascendingIds);
    proxy.sort(column, Qt::DescendingOrder);
    std::reverse(ascendingIds.begin(), ascendingIds.end());
    QCOMPARE(ids(proxy), ascendingIds);
}

// The precomputed sort keys follow every change of the rows, wherever the change lands.
void TestAccessKeyTableModel::sortFollowsUpdatesAndRemovals()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    model.setKeys(mixedKeys());
    proxy.sort(AccessKeyTableModel::NameColumn, Qt::AscendingOrder);
    model.removeKey(QStringLiteral("b"));
    QCOMPARE(ids(proxy), (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d") }));
    AccessKey renamed = model.keyAt(model.rowOf(QStringLiteral("a")));
    renamed.name = QStringLiteral("aaa");
    model.updateKey(renamed);
    QCOMPARE(ids(proxy), (QStringList { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d") }));
    model.updateKey(key(QStringLiteral("e"), QStringLiteral("soon-10"), {}, QStringLiteral("vb_e"), 60));
    QCOMPARE(ids(proxy),
        (QStringList { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("d") }));
    model.appendKeys({ key(QStringLiteral("f"), QStringLiteral("soon-2"), {}, QStringLiteral("vb_f"), 60) });
    QCOMPARE(ids(proxy),
        (QStringList { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("f"), QStringLiteral("e"),
            QStringLiteral("d") }));
}

void TestAccessKeyTableModel::filterReadsTheRawText()
{
    AccessKeyTableModel model;
    model.setKeys(
        { key(QStringLiteral("1"), {}, QStringLiteral("Deploy"), QStringLiteral("vb_AAA11111"), 60) });
    // What people type: the unmasked prefix, an empty name (not "(no name)").
    QCOMPARE(
        model.index(0, AccessKeyTableModel::KeyColumn).data(AccessKeyTableModel::FilterTextRole).toString(),
        QStringLiteral("vb_AAA11111"));
    QCOMPARE(
        model.index(0, AccessKeyTableModel::NameColumn).data(AccessKeyTableModel::FilterTextRole).toString(),
        QString());
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("no name"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("aaa1111"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestAccessKeyTableModel::bulkLoadAppendsEachPageOnceAndSortsAtTheEnd()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    proxy.sort(AccessKeyTableModel::ExpiresColumn, Qt::AscendingOrder);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    auto page = [](int first) {
        AccessKeyList keys;
        // Expiries interleave with the other page's: sorted in one by one, each row lands somewhere else.
        for (int i = 0; i < 4; ++i) {
            const int n = first + i * 2;
            keys << key(QString::number(n), QStringLiteral("k%1").arg(n), {}, QStringLiteral("vb_%1").arg(n),
                (10 - n) * 3600);
        }
        return keys;
    };
    proxy.beginBulkLoad();
    QVERIFY(proxy.isBulkLoading());
    model.appendKeys(page(0));
    QCOMPARE(proxy.rowCount(), 4); // shown while the load goes on
    model.appendKeys(page(1));
    QCOMPARE(proxy.rowCount(), 8);
    QCOMPARE(inserted.count(), 2); // one insertion per page, not one per row
    proxy.endBulkLoad();
    QVERIFY(!proxy.isBulkLoading());
    QCOMPARE(names(proxy),
        (QStringList { QStringLiteral("k7"), QStringLiteral("k6"), QStringLiteral("k5"), QStringLiteral("k4"),
            QStringLiteral("k3"), QStringLiteral("k2"), QStringLiteral("k1"), QStringLiteral("k0") }));
    // Afterwards a single new key is sorted in as before.
    model.updateKey(key(QStringLiteral("new"), QStringLiteral("soonest"), {}, QStringLiteral("vb_n"), 60));
    QCOMPARE(names(proxy).first(), QStringLiteral("soonest"));
}

// The window's loading path: pages gathered away from the model, shown with one reset.
void TestAccessKeyTableModel::pendingRowsArriveInOneResetAndSortOnce()
{
    AccessKeyTableModel model;
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AccessKeyTableModel::ExpiresColumn, Qt::AscendingOrder);
    model.setKeys({ key(QStringLiteral("old"), QStringLiteral("old"), {}, QStringLiteral("vb_old"), 60) });
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    AccessKeyTableModel::PendingRows rows;
    for (int first : { 0, 1 }) {
        AccessKeyList page;
        for (int i = 0; i < 4; ++i) {
            const int n = first + i * 2;
            page << key(QString::number(n), QStringLiteral("k%1").arg(n), {}, QStringLiteral("vb_%1").arg(n),
                (10 - n) * 3600);
        }
        rows.append(page);
        QCOMPARE(names(proxy), QStringList { QStringLiteral("old") }); // the old rows stay meanwhile
    }
    QCOMPARE(rows.size(), 8);
    model.setRows(std::move(rows));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 0); // sorted while the proxy rebuilt its mapping, not re-sorted afterwards
    QCOMPARE(names(proxy),
        (QStringList { QStringLiteral("k7"), QStringLiteral("k6"), QStringLiteral("k5"), QStringLiteral("k4"),
            QStringLiteral("k3"), QStringLiteral("k2"), QStringLiteral("k1"), QStringLiteral("k0") }));
    // The sort keys came with the rows: later changes sort in as before.
    model.updateKey(key(QStringLiteral("new"), QStringLiteral("soonest"), {}, QStringLiteral("vb_n"), 60));
    QCOMPARE(names(proxy).first(), QStringLiteral("soonest"));
}

void TestAccessKeyTableModel::marksTheKeyInUse()
{
    AccessKeyTableModel model;
    model.setKeys({ key(QStringLiteral("1"), QStringLiteral("a"), {}, QStringLiteral("vb_AAA11111"), 60),
        key(QStringLiteral("2"), QStringLiteral("b"), {}, QStringLiteral("vb_BBB22222"), 60) });
    QCOMPARE(model.rowOfTokenPrefix(QStringLiteral("vb_BBB22222")), 1);
    QCOMPARE(model.rowOfTokenPrefix(QStringLiteral("vb_CCC")), -1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInUseKeyId(QStringLiteral("2"));
    QCOMPARE(changed.count(), 1);
    for (int column = 0; column < AccessKeyTableModel::ColumnCount; ++column) {
        QVERIFY(model.index(1, column).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("In use")));
        QVERIFY(!model.index(0, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("In use")));
    }
    model.setInUseKeyId({});
    QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("In use")));
}

QTEST_MAIN(TestAccessKeyTableModel)
#include "tst_accesskeytablemodel.moc"
