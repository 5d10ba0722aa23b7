// The accesskey table at a size no real account reaches (100,000 rows), so a slow path shows up long before
// a user could feel it: loading pages into the model, sorting by each column, and filtering.
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"

#include <QTest>

class BenchKeyTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appendPages();
    void appendPagesBulk();
    void sortByColumn_data();
    void sortByColumn();
    void filterSubstring();

private:
    static constexpr int RowCount = 100000;
    static constexpr int PageSize = 100;
    AccessKeyList m_keys;
};

void BenchKeyTable::initTestCase()
{
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    m_keys.reserve(RowCount);
    for (int i = 0; i < RowCount; ++i) {
        AccessKey key;
        key.id = QStringLiteral("key-%1").arg(i);
        key.customerId = QStringLiteral("customer");
        key.name = QStringLiteral("deploy-key-%1").arg(qint64(i) * 7919 % RowCount);
        key.detail = (i % 3) ? QStringLiteral("CI runner %1").arg(i % 97) : QString();
        key.tokenPrefix = QStringLiteral("vb_%1").arg(i, 8, 36, QLatin1Char('0'));
        key.createdAt = base.addSecs(-qint64(i) * 60);
        key.expiresAt = base.addSecs((qint64(i) * 104729) % 40000000 - 2000000); // spread, some expired
        m_keys.append(key);
    }
}

// Every page sorted in as it arrives (a proxy with dynamic sorting on): the cost the bulk path avoids.
void BenchKeyTable::appendPages()
{
    QBENCHMARK
    {
        AccessKeyTableModel model;
        AccessKeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AccessKeyTableModel::ExpiresColumn);
        for (int start = 0; start < RowCount; start += PageSize)
            model.appendKeys(m_keys.mid(start, PageSize));
        QCOMPARE(proxy.rowCount(), RowCount);
    }
}

// The app's path for a full refresh: pages shown as they arrive, one sort at the end.
void BenchKeyTable::appendPagesBulk()
{
    QBENCHMARK
    {
        AccessKeyTableModel model;
        AccessKeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AccessKeyTableModel::ExpiresColumn);
        proxy.beginBulkLoad();
        for (int start = 0; start < RowCount; start += PageSize)
            model.appendKeys(m_keys.mid(start, PageSize));
        proxy.endBulkLoad();
        QCOMPARE(proxy.rowCount(), RowCount);
    }
}

void BenchKeyTable::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("name") << int(AccessKeyTableModel::NameColumn);
    QTest::newRow("detail") << int(AccessKeyTableModel::DetailColumn);
    QTest::newRow("key") << int(AccessKeyTableModel::KeyColumn);
    QTest::newRow("created") << int(AccessKeyTableModel::CreatedColumn);
    QTest::newRow("expires") << int(AccessKeyTableModel::ExpiresColumn);
}

// Each iteration flips the order, so every sort really moves the rows.
void BenchKeyTable::sortByColumn()
{
    QFETCH(int, column);
    AccessKeyTableModel model;
    model.setKeys(m_keys);
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        proxy.sort(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    QCOMPARE(proxy.rowCount(), RowCount);
}

void BenchKeyTable::filterSubstring()
{
    AccessKeyTableModel model;
    model.setKeys(m_keys);
    AccessKeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    int round = 0;
    int matches = 0;
    QBENCHMARK
    {
        proxy.setFilterText(round++ % 2 ? QStringLiteral("runner 42") : QStringLiteral("key-99"));
        matches = proxy.rowCount(); // the proxy filters lazily: asking for the rows does the work
    }
    QVERIFY(matches > 0);
}

QTEST_MAIN(BenchKeyTable)
#include "bench_keytable.moc"
