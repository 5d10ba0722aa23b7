#include "AccessKeyTableModel.h"

#include "AppIcon.h"
#include "core/RelativeTime.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QVarLengthArray>

#include <limits>
#include <utility>

namespace {
QString localTimeText(const QDateTime &moment)
{
    // Fixed-width and sortable by eye; locale formats here add seconds and day names that crowd the column.
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AccessKeyTableModel::AccessKeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_storedIcon(voipbinAppIcon())
{
}

QModelIndex AccessKeyTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_keys.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int AccessKeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AccessKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccessKey &key = m_keys.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(key, column);
    case Qt::ToolTipRole:
        return toolTip(key, column);
    case Qt::AccessibleTextRole:
        return accessibleText(key, column);
    case SortRole:
        return sortValue(key, column);
    case FilterTextRole:
        return filterText(key, column);
    case KeyIdRole:
        return key.id;
    case StoredLocallyRole:
        return m_storedIds.contains(key.id);
    case Qt::FontRole:
        if (key.isExpired()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // The palette's own "disabled text" keeps expired rows readable in light and dark themes alike.
        if (key.isExpired())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        return background(key);
    case Qt::DecorationRole:
        if (column == KeyColumn && m_storedIds.contains(key.id))
            return m_storedIcon;
        return {};
    default:
        return {};
    }
}

QVariant AccessKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Detail");
    case KeyColumn:
        return tr("Key");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

QVariant AccessKeyTableModel::displayText(const AccessKey &key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name.isEmpty() ? tr("(no name)") : key.name;
    case DetailColumn:
        return key.detail;
    case KeyColumn:
        return maskedPrefix(key.tokenPrefix);
    case CreatedColumn:
        return key.createdAt.isValid() ? localTimeText(key.createdAt) : QString();
    case ExpiresColumn:
        return expiryText(key);
    default:
        return {};
    }
}

QVariant AccessKeyTableModel::toolTip(const AccessKey &key, int column) const
{
    QString text;
    if (column == KeyColumn) {
        text = m_storedIds.contains(key.id)
            ? tr("The secret of this key is stored in this computer's keychain.")
            : tr("Only the prefix is known here: the server shows a key's secret once, when it is created.");
    } else if (column == ExpiresColumn && key.expiresAt.isValid()) {
        text = expiryPhrase(key);
    } else {
        text = displayText(key, column).toString();
    }
    if (!m_inUseId.isEmpty() && key.id == m_inUseId)
        text = tr("In use: you are signed in with this key.") + QLatin1Char('\n') + text;
    return text;
}

QVariant AccessKeyTableModel::sortValue(const AccessKey &key, int column) const
{
    switch (column) {
    case CreatedColumn:
        return createdSortValue(key);
    case ExpiresColumn:
        return expiresSortValue(key);
    case KeyColumn:
        return key.tokenPrefix;
    case NameColumn:
        return key.name;
    case DetailColumn:
        return key.detail;
    default:
        return {};
    }
}

qint64 AccessKeyTableModel::createdSortValue(const AccessKey &key)
{
    return key.createdAt.isValid() ? key.createdAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 AccessKeyTableModel::expiresSortValue(const AccessKey &key)
{
    // No expiry sorts after every real date.
    return key.expiresAt.isValid() ? key.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

AccessKeyTableModel::SortKeys AccessKeyTableModel::dateSortKeysOf(const AccessKey &key)
{
    return { {}, {}, {}, createdSortValue(key), expiresSortValue(key) };
}

AccessKeyTableModel::SortKeys AccessKeyTableModel::sortKeysOf(const AccessKey &key) const
{
    SortKeys keys = dateSortKeysOf(key);
    for (int column : { NameColumn, DetailColumn, KeyColumn }) {
        if (m_textKeyColumns & (1u << column))
            textSortKeyIn(keys, column) = textSortKey(key, column);
    }
    return keys;
}

QString AccessKeyTableModel::textSortKey(const AccessKey &key, int column)
{
    if (column == NameColumn)
        return naturalSortKey(key.name);
    if (column == DetailColumn)
        return naturalSortKey(key.detail);
    return key.tokenPrefix.toCaseFolded();
}

QString &AccessKeyTableModel::textSortKeyIn(SortKeys &keys, int column)
{
    return column == NameColumn ? keys.name : column == DetailColumn ? keys.detail : keys.prefix;
}

void AccessKeyTableModel::ensureTextSortKeys(int column) const
{
    if (m_textKeyColumns & (1u << column))
        return;
    m_textKeyColumns |= 1u << column;
    for (qsizetype row = 0; row < m_keys.size(); ++row)
        textSortKeyIn(m_sortKeys[row], column) = textSortKey(m_keys.at(row), column);
}

bool AccessKeyTableModel::lessThan(int left, int right, int column) const
{
    if (column == NameColumn || column == DetailColumn || column == KeyColumn)
        ensureTextSortKeys(column);
    const SortKeys &l = m_sortKeys.at(left);
    const SortKeys &r = m_sortKeys.at(right);
    switch (column) {
    case NameColumn:
        return l.name < r.name;
    case DetailColumn:
        return l.detail < r.detail;
    case KeyColumn:
        return l.prefix < r.prefix;
    case CreatedColumn:
        return l.created < r.created;
    case ExpiresColumn:
        return l.expires < r.expires;
    default:
        return false;
    }
}

QString AccessKeyTableModel::naturalSortKey(const QString &text)
{
    const QString folded = text.toCaseFolded();
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    // Written into a stack buffer sized for the worst case (every character a one-digit run: 3 each), then
    // copied once: appending QChar by QChar was most of the cost of loading 100,000 rows.
    QVarLengthArray<QChar, 128> buffer(folded.size() * 3);
    QChar *out = buffer.data();
    for (qsizetype i = 0; i < folded.size();) {
        if (!isDigit(folded.at(i))) {
            *out++ = folded.at(i++);
            continue;
        }
        while (i < folded.size() && folded.at(i) == QLatin1Char('0'))
            ++i; // leading zeros spell nothing: "007" sorts as 7
        const qsizetype start = i;
        while (i < folded.size() && isDigit(folded.at(i)))
            ++i;
        // '0' keeps a number where a digit sorted among other characters; the length char then orders
        // shorter (smaller) numbers first, and equal lengths compare digit by digit.
        *out++ = QLatin1Char('0');
        *out++ = QChar(char16_t(qMin<qsizetype>(i - start, 0xFFFF)));
        for (qsizetype d = start; d < i; ++d)
            *out++ = folded.at(d);
    }
    const QStringView key(buffer.constData(), out - buffer.constData());
    return key == text ? text : key.toString(); // text that needs no change is shared, not copied
}

QVariant AccessKeyTableModel::filterText(const AccessKey &key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name;
    case DetailColumn:
        return key.detail;
    case KeyColumn:
        return key.tokenPrefix;
    default:
        return {};
    }
}

QVariant AccessKeyTableModel::background(const AccessKey &key) const
{
    if (!isExpiringSoon(key))
        return {};
    // A translucent amber: reads as "warning" on light and dark bases alike, and unlike a tint of the
    // palette's Highlight it cannot be mistaken for the selection.
    return QColor(255, 170, 0, 80);
}

QString AccessKeyTableModel::accessibleText(const AccessKey &key, int column) const
{
    QString text = displayText(key, column).toString();
    if (column == KeyColumn) {
        text = tr("prefix %1").arg(key.tokenPrefix);
        if (m_storedIds.contains(key.id))
            text += tr(", secret stored on this computer");
    }
    if (column == ExpiresColumn && isExpiringSoon(key))
        text += tr(", expiring soon");
    return text;
}

QString AccessKeyTableModel::expiryText(const AccessKey &key) const
{
    const QString expiry = key.expiresAt.isValid()
        ? tr("%1 (%2)").arg(localTimeText(key.expiresAt), expiryPhrase(key))
        : tr("Never");
    const QDateTime revokeAt = m_pendingRevocations.value(key.id);
    if (!revokeAt.isValid())
        return expiry;
    // Replaced: the grace period ends before the key's own expiry, and that is the end that counts.
    return tr("%1; replaced, revoked at %2").arg(expiry, localTimeText(revokeAt));
}

void AccessKeyTableModel::setPendingRevocations(const QHash<QString, QDateTime> &revokeAtById)
{
    if (revokeAtById == m_pendingRevocations)
        return;
    m_pendingRevocations = revokeAtById;
    emitRowsChanged();
}

QString AccessKeyTableModel::expiryPhrase(const AccessKey &key) const
{
    const QString relative = RelativeTime::describe(key.expiresAt);
    return key.isExpired() ? tr("expired %1").arg(relative) : relative;
}

bool AccessKeyTableModel::isExpiringSoon(const AccessKey &key) const
{
    return m_warningDays > 0 && key.expiresWithinDays(m_warningDays);
}

QString AccessKeyTableModel::maskedPrefix(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    return prefix + QString(8, QChar(0x2022));
}

void AccessKeyTableModel::setKeys(const AccessKeyList &keys)
{
    beginResetModel();
    m_keys = keys;
    m_sortKeys.clear();
    m_sortKeys.reserve(m_keys.size());
    m_textKeyColumns = 0;
    for (const AccessKey &key : m_keys)
        m_sortKeys.append(sortKeysOf(key));
    endResetModel();
}

void AccessKeyTableModel::setRows(PendingRows &&rows)
{
    // A list that was answered before a revoke landed still holds the revoked key: a revoked key never
    // comes back, so it is left out.
    if (!m_removedIds.isEmpty()) {
        for (qsizetype i = rows.m_keys.size() - 1; i >= 0; --i) {
            if (m_removedIds.contains(rows.m_keys.at(i).id)) {
                rows.m_keys.removeAt(i);
                rows.m_sortKeys.removeAt(i);
            }
        }
    }
    beginResetModel();
    m_keys = std::exchange(rows.m_keys, {});
    m_sortKeys = std::exchange(rows.m_sortKeys, {});
    m_textKeyColumns = 0; // PendingRows holds the dates only
    endResetModel();
}

void AccessKeyTableModel::PendingRows::append(const AccessKeyList &page)
{
    for (AccessKey key : page) {
        // Every key of the account names the same customer: one shared string instead of 100,000 equal
        // ones saves ~100 bytes a row.
        if (!m_keys.isEmpty() && key.customerId == m_keys.constLast().customerId)
            key.customerId = m_keys.constLast().customerId;
        m_sortKeys.append(dateSortKeysOf(key));
        m_keys.append(std::move(key));
    }
}

void AccessKeyTableModel::appendKeys(const AccessKeyList &page)
{
    if (page.isEmpty())
        return;
    const int first = int(m_keys.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_keys.append(page);
    for (const AccessKey &key : page)
        m_sortKeys.append(sortKeysOf(key));
    endInsertRows();
}

void AccessKeyTableModel::updateKey(const AccessKey &key)
{
    const AccessKey &updated = key; // an AccessKey never holds a secret (a new key's is NewAccessKey's)
    const int row = rowOf(key.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_keys.prepend(updated);
        m_sortKeys.prepend(sortKeysOf(updated));
        endInsertRows();
        return;
    }
    m_keys[row] = updated;
    m_sortKeys[row] = sortKeysOf(updated);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccessKeyTableModel::removeKey(const QString &id)
{
    m_removedIds.insert(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_sortKeys.removeAt(row);
    endRemoveRows();
}

void AccessKeyTableModel::setStoredSecretIds(const QSet<QString> &ids)
{
    m_storedIds = ids;
    emitRowsChanged();
}

void AccessKeyTableModel::setWarningDays(int days)
{
    m_warningDays = days;
    emitRowsChanged();
}

AccessKey AccessKeyTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : AccessKey();
}

QSet<QString> AccessKeyTableModel::keyIds() const
{
    QSet<QString> ids;
    ids.reserve(m_keys.size());
    for (const AccessKey &key : m_keys)
        ids.insert(key.id);
    return ids;
}

int AccessKeyTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return row;
    }
    return -1;
}

int AccessKeyTableModel::rowOfTokenPrefix(const QString &prefix) const
{
    if (prefix.isEmpty())
        return -1;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).tokenPrefix == prefix)
            return row;
    }
    return -1;
}

void AccessKeyTableModel::setInUseKeyId(const QString &id)
{
    if (id == m_inUseId)
        return;
    const int oldRow = rowOf(m_inUseId);
    m_inUseId = id;
    for (int row : { oldRow, rowOf(id) }) {
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::ToolTipRole });
    }
}

void AccessKeyTableModel::emitRowsChanged()
{
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}
