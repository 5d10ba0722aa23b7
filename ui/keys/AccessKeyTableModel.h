#pragma once

#include "api/AccessKey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>

/// The account's accesskeys as rows: Name, Detail, Key (the token prefix, masked), Created, Expires.
/// Expired rows are struck through and dimmed, keys expiring within the warning period are highlighted
/// (after KeePassXC's EntryModel), and keys whose secret is in this computer's keychain carry a marker.
class AccessKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

    struct SortKeys
    {
        QString name;
        QString detail;
        QString prefix;
        qint64 created;
        qint64 expires;
    };

public:
    /// Rows gathered away from the model while a list loads: each page's sort keys are computed as the page
    /// arrives, so the one reset that shows them all (setRows()) only swaps them in and never blocks the
    /// window for the whole list at once.
    class PendingRows
    {
    public:
        void append(const AccessKeyList &page);
        int size() const { return int(m_keys.size()); }
        bool isEmpty() const { return m_keys.isEmpty(); }

    private:
        friend class AccessKeyTableModel;
        AccessKeyList m_keys;
        QList<SortKeys> m_sortKeys; // parallel to m_keys
    };

    enum Column { NameColumn, DetailColumn, KeyColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role {
        /// Cheap to compare, since a sort asks for it twice per comparison: qint64 milliseconds since the
        /// epoch for the time columns (no expiry sorts last), the raw text for the others (the proxy
        /// compares text case-insensitively without allocating).
        SortRole = Qt::UserRole + 1,
        KeyIdRole,
        StoredLocallyRole,
        /// The raw text people type into the filter: the unmasked prefix, the name without "(no name)".
        FilterTextRole,
    };

    explicit AccessKeyTableModel(QObject *parent = nullptr);

    /// Without QAbstractTableModel's hasIndex(), two virtual calls per index: a proxy's sort asks for two
    /// indexes per comparison, 3.4 million for 100,000 rows, and they were 40% of a sort by name.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKeys(const AccessKeyList &keys);
    /// One model reset with every row: views and proxies rebuild once, and accessibility hears one change
    /// instead of one per page.
    void setRows(PendingRows &&rows);
    /// One page from the server: one insertion, so a view and its proxy do the work once per page.
    void appendKeys(const AccessKeyList &page);
    /// Replaces the row with the same id, or adds the key at the top (the server lists newest first).
    void updateKey(const AccessKey &key);
    /// A revoked key: gone now, and left out of any list still loading that was answered before.
    void removeKey(const QString &id);
    void setStoredSecretIds(const QSet<QString> &ids);
    void setWarningDays(int days);

    AccessKey keyAt(int row) const;
    QSet<QString> keyIds() const;
    AccessKeyList keys() const { return m_keys; }
    int rowOf(const QString &id) const;
    int rowOfTokenPrefix(const QString &prefix) const;
    /// The key this session signed in with (its tooltip says so); empty for none.
    void setInUseKeyId(const QString &id);
    QString inUseKeyId() const { return m_inUseId; }
    bool isStoredLocally(const QString &id) const { return m_storedIds.contains(id); }
    /// Keys replaced by a successor that works, to be revoked at a time (a rotation's grace period):
    /// their Expires cell says "revoked at 14:00".
    void setPendingRevocations(const QHash<QString, QDateTime> &revokeAtById);
    QDateTime pendingRevocation(const QString &id) const { return m_pendingRevocations.value(id); }

    /// Whether sourceRow `left` sorts before `right` in `column`, by keys computed once per row (dates when
    /// the row arrives, text on the first sort by its column): a sort of 100,000 rows compares plain strings
    /// and numbers, never QVariants or QDateTimes.
    bool lessThan(int left, int right, int column) const;
    /// Case-folded, each run of digits comparing as the number it spells ("soon-9" before "soon-34"), in a
    /// form plain string comparison orders: a digit run becomes '0', its length, then its digits.
    static QString naturalSortKey(const QString &text);

    /// "vb_a3Bf9xKm" -> "vb_a3Bf9xKm…" with a mask, so nobody mistakes the prefix for the whole secret.
    static QString maskedPrefix(const QString &prefix);

private:
    /// The dates only: the text keys (as long again as the texts) are built for a column on its first sort,
    /// so 100,000 rows sorted by date, as the table starts, do not carry ~20 MB of them.
    static SortKeys dateSortKeysOf(const AccessKey &key);
    /// Dates, and the text keys of every column already sorted by.
    SortKeys sortKeysOf(const AccessKey &key) const;
    static QString textSortKey(const AccessKey &key, int column);
    static QString &textSortKeyIn(SortKeys &keys, int column);
    void ensureTextSortKeys(int column) const;
    static qint64 createdSortValue(const AccessKey &key);
    static qint64 expiresSortValue(const AccessKey &key);

    QVariant displayText(const AccessKey &key, int column) const;
    QVariant toolTip(const AccessKey &key, int column) const;
    QVariant sortValue(const AccessKey &key, int column) const;
    QVariant filterText(const AccessKey &key, int column) const;
    QVariant background(const AccessKey &key) const;
    QString accessibleText(const AccessKey &key, int column) const;
    QString expiryText(const AccessKey &key) const;
    QString expiryPhrase(const AccessKey &key) const;
    bool isExpiringSoon(const AccessKey &key) const;
    void emitRowsChanged();

    AccessKeyList m_keys;
    mutable QList<SortKeys> m_sortKeys; // parallel to m_keys; text keys filled in on the first sort
    mutable unsigned m_textKeyColumns = 0; // bit per column whose text keys m_sortKeys holds
    QSet<QString> m_storedIds;
    QSet<QString> m_removedIds; // revoked while this model lived
    QHash<QString, QDateTime> m_pendingRevocations;
    QString m_inUseId;
    int m_warningDays = 7;
    QIcon m_storedIcon;
};
