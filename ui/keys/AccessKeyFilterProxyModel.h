#pragma once

#include <QSortFilterProxyModel>

class AccessKeyTableModel;

/// Sorts the accesskey table by the model's precomputed sort keys (dates as dates, names in natural order;
/// any other source model by AccessKeyTableModel::SortRole) and filters it with one
/// case-insensitive substring over name, detail and token prefix.
class AccessKeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccessKeyFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// For a full list arriving page by page. Sorting each page in as it comes costs a rebuild of the
    /// proxy's mapping per inserted row (seconds at 100k rows); meanwhile new rows are appended below the
    /// ones shown, still filtered, and endBulkLoad() sorts once. The server lists newest first, which is
    /// the table's default order, so usually nothing moves at the end.
    void beginBulkLoad();
    void endBulkLoad();
    bool isBulkLoading() const { return m_bulkLoading; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool columnContains(int sourceRow, int column, const QModelIndex &sourceParent) const;

    const AccessKeyTableModel *m_keyModel = nullptr; // the source, when it is one: cast once, not per compare
    QString m_filterText;
    bool m_bulkLoading = false;
};
