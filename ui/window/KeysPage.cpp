#include "KeysPage.h"

#include "AccessKeyFilterProxyModel.h"
#include "AccessKeyListLoader.h"
#include "AccessKeyTableModel.h"
#include "SortArrowStyle.h"
#include "common/Accessibility.h"
#include "ui_KeysPage.h"

#include <QHeaderView>
#include <QTimer>

namespace {
constexpr int FilterDebounceMs = 150;
} // namespace

KeysPage::KeysPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KeysPage>())
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->bannerLabel->hide();
    m_ui->loadBar->hide();
}

KeysPage::~KeysPage() = default;

void KeysPage::setUp(
    AccessKeyTableModel *model, AccessKeyFilterProxyModel *proxy, AccessKeyListLoader *loader)
{
    m_model = model;
    m_proxy = proxy;
    m_loader = loader;
    setUpTable();
    setUpFilter();
    connect(m_loader, &AccessKeyListLoader::started, this, &KeysPage::showLoadStarted);
    connect(m_loader, &AccessKeyListLoader::pageLoaded, this, [this](int pagesLoaded, int keysSoFar) {
        m_ui->loadLabel->setText(tr("Loaded %1 of ? pages (%2 keys)").arg(pagesLoaded).arg(keysSoFar));
    });
    connect(m_loader, &AccessKeyListLoader::loaded, this, &KeysPage::showLoaded);
    connect(m_loader, &AccessKeyListLoader::canceled, this, &KeysPage::hideLoadProgress);
    connect(m_loader, &AccessKeyListLoader::failed, this, &KeysPage::hideLoadProgress);
}

void KeysPage::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->keyTable;
    table->setModel(m_proxy);
    // Fixed row heights: ResizeToContents on the vertical header costs seconds on big tables.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    auto *arrowStyle = new SortArrowStyle; // follows the application style
    arrowStyle->setParent(header);
    header->setStyle(arrowStyle);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(AccessKeyTableModel::NameColumn, 170);
    header->resizeSection(AccessKeyTableModel::DetailColumn, 200);
    header->resizeSection(AccessKeyTableModel::KeyColumn, 170);
    header->resizeSection(AccessKeyTableModel::CreatedColumn, 130);
    table->sortByColumn(AccessKeyTableModel::CreatedColumn, Qt::DescendingOrder);

    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint &position) {
        emit contextMenuRequested(m_ui->keyTable->viewport()->mapToGlobal(position));
    });
    connect(table, &QTableView::doubleClicked, this, &KeysPage::editRequested);
    connect(
        table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::currentKeyChanged);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysPage::updateEmptyState);
}

void KeysPage::setUpFilter()
{
    // A keystroke per re-filter would stall typing on big tables: wait until the typing pauses.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDebounceMs);
    Accessibility::nameClearButton(m_ui->filterEdit);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_ui->filterEdit->text());
        updateEmptyState();
    });
}

AccessKey KeysPage::currentKey() const
{
    const QModelIndex index = m_ui->keyTable->selectionModel()->currentIndex();
    if (!index.isValid() || !m_ui->keyTable->selectionModel()->isRowSelected(index.row(), {}))
        return {};
    return m_model->keyAt(m_proxy->mapToSource(index).row());
}

void KeysPage::focusTable()
{
    m_ui->keyTable->setFocus(Qt::OtherFocusReason);
}

void KeysPage::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void KeysPage::showProblem(const QString &message)
{
    m_ui->bannerLabel->setText(message);
    m_ui->bannerLabel->setVisible(!message.isEmpty());
}

void KeysPage::hideProblem()
{
    m_ui->bannerLabel->hide();
}

void KeysPage::updateEmptyState()
{
    QString text;
    if (m_model->rowCount() == 0 && !m_loader->isLoading())
        text = tr("No accesskeys yet. Press Ctrl+N to create one.");
    else if (m_proxy->rowCount() == 0 && !m_proxy->filterText().isEmpty())
        text = tr("No key matches \"%1\".").arg(m_proxy->filterText());
    m_ui->emptyLabel->setText(text);
    m_ui->emptyLabel->setAccessibleName(text.isEmpty() ? tr("No accesskeys") : text);
    m_ui->tableStack->setCurrentWidget(
        text.isEmpty() ? static_cast<QWidget *>(m_ui->keyTable) : m_ui->emptyLabel);
    emit currentKeyChanged();
}

QByteArray KeysPage::saveHeaderState() const
{
    return m_ui->keyTable->horizontalHeader()->saveState();
}

void KeysPage::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    if (header->restoreState(state)) {
        // restoreState() moves the sort indicator without sorting: sort as the indicator says.
        m_ui->keyTable->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void KeysPage::showLoadStarted()
{
    m_ui->loadBar->show();
    m_ui->loadLabel->setText(tr("Loading accesskeys…"));
}

void KeysPage::showLoaded()
{
    m_ui->loadBar->hide();
    const int count = m_model->rowCount();
    m_ui->loadLabel->setText(count == 1 ? tr("1 accesskey") : tr("%1 accesskeys").arg(count));
    updateEmptyState();
}

void KeysPage::hideLoadProgress()
{
    m_ui->loadBar->hide();
    m_ui->loadLabel->clear();
    updateEmptyState();
}
