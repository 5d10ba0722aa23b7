#pragma once

#include <QSortFilterProxyModel>

/// Sorts the accesskey table by AccessKeyTableModel::SortRole (dates as dates) and filters it with one
/// case-insensitive substring over name, detail and token prefix.
class AccessKeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccessKeyFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool columnContains(int sourceRow, int column, const QModelIndex &sourceParent) const;

    QString m_filterText;
};
