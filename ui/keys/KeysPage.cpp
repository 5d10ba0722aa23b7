#include "KeysPage.h"

#include "api/ApiError.h"
#include "keys/AccessKeyCopier.h"
#include "keys/AccessKeyEditor.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyListLoader.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/ReplaceKeyDialog.h"
#include "rotation/KeyRotation.h"
#include "rotation/PendingRotations.h"
#include "rotation/RotationStore.h"
#include "rotation/SessionHandover.h"
#include "secrets/LocalKeySecrets.h"
#include "session/CurrentSession.h"
#include "ui_KeysPage.h"
#include "widgets/Accessibility.h"
#include "widgets/SortArrowStyle.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

namespace {
constexpr int FilterDebounceMs = 150;
constexpr int CopiedMessageMs = 3000;
constexpr int RevokedMessageMs = 5000;
} // namespace

KeysPage::KeysPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KeysPage>())
    , m_model(new AccessKeyTableModel(this))
    , m_proxy(new AccessKeyFilterProxyModel(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->bannerLabel->hide();
    m_ui->loadBar->hide();
    createActions();
    setUpTable();
    setUpFilter();
}

KeysPage::~KeysPage() = default;

void KeysPage::setUp(
    CurrentSession *session, LocalKeySecrets *secrets, SecureClipboard *clipboard, QSettings *stateSettings)
{
    m_session = session;
    m_secrets = secrets;
    m_clipboard = clipboard;
    m_loader = new AccessKeyListLoader(session->client(), m_model, this);
    m_copier = new AccessKeyCopier(secrets, clipboard, this);
    m_editor = new AccessKeyEditor(session->client(), m_model, secrets, clipboard, this);
    m_rotationStore = std::make_unique<RotationStore>(stateSettings);
    m_rotations = new PendingRotations(session->client(), secrets, m_rotationStore.get(), this);
    m_handover = new SessionHandover(session, secrets, this);
    m_rotations->setHandover(m_handover);
    connect(m_rotations, &PendingRotations::keyCreated, m_model, &AccessKeyTableModel::updateKey);
    connect(m_rotations, &PendingRotations::keyRevoked, m_model, &AccessKeyTableModel::removeKey);
    connect(m_rotations, &PendingRotations::changed, this,
        [this] { m_model->setPendingRevocations(m_rotations->pendingRevocations()); });
    connect(m_rotations, &PendingRotations::rotationFinished, this,
        [this](const QString &message) { emit statusMessage(message, RevokedMessageMs); });
    connect(m_rotations, &PendingRotations::rotationFailed, this,
        [this](const QString &message) { emit statusMessage(message, RevokedMessageMs); });
    connectWork();
    updateActions();
}

QAction *KeysPage::addKeyAction(const char *name, const QString &text, const QKeySequence &shortcut,
    void (KeysPage::*slot)(), const QString &description)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    action->setStatusTip(description);
    const QString plain = QString(text).remove(QLatin1Char('&'));
    action->setToolTip(
        shortcut.isEmpty() ? plain : tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void KeysPage::createActions()
{
    auto *newKey = addKeyAction("newKeyAction", tr("&New key…"), QKeySequence::New, &KeysPage::createKey,
        tr("Create a new accesskey"));
    auto *edit = addKeyAction("editKeyAction", tr("&Edit…"), QKeySequence(Qt::Key_F2), &KeysPage::editKey,
        tr("Change the name and detail of the selected key"));
    auto *revoke = addKeyAction("revokeKeyAction", tr("&Revoke…"), QKeySequence::Delete, &KeysPage::revokeKey,
        tr("Revoke the selected key on the server"));
    auto *replace = addKeyAction("replaceKeyAction", tr("Re&place key…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &KeysPage::replaceKey,
        tr("Make a new key in the selected key's place, then revoke the old one"));
    auto *copy = addKeyAction("copyKeyAction", tr("&Copy key"), QKeySequence::Copy, &KeysPage::copyKey,
        tr("Copy the selected key's secret; the clipboard is cleared later"));
    auto *prefix = addKeyAction("copyPrefixAction", tr("Copy &prefix"), {}, &KeysPage::copyPrefix,
        tr("Copy the selected key's prefix, which is not secret"));
    auto *curl = addKeyAction("copyCurlAction", tr("Copy c&url example"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &KeysPage::copyCurlExample,
        tr("Copy a curl command that lists the accesskeys with this key"));
    auto *refresh = addKeyAction("refreshAction", tr("&Refresh"), QKeySequence::Refresh, &KeysPage::refresh,
        tr("Load the accesskeys again"));
    auto *find = addKeyAction("findAction", tr("&Find…"), QKeySequence::Find, &KeysPage::focusFilter,
        tr("Filter the keys by name, detail or prefix"));
    // F5 is QKeySequence::Refresh on most platforms but not all; make sure it is there.
    if (!refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)))
        refresh->setShortcuts(refresh->shortcuts() << QKeySequence(Qt::Key_F5));
    m_keyActions = { edit, revoke, replace, copy, prefix, curl };
    m_sessionActions = { newKey, refresh, find };
    m_newKeyAction = newKey;
}

void KeysPage::connectWork()
{
    connect(m_session, &CurrentSession::started, this, &KeysPage::onSessionStarted);
    connect(m_session, &CurrentSession::ended, this, &KeysPage::onSessionEnded);
    // The in-use mark follows the session's key, also when a rotation moves the session to its successor.
    connect(m_session, &CurrentSession::changed, this, &KeysPage::markKeyInUse);
    connect(m_secrets, &LocalKeySecrets::storedKeyIdsChanged, this, &KeysPage::reloadStoredSecretIds);
    connect(m_loader, &AccessKeyListLoader::started, this, &KeysPage::showLoadStarted);
    connect(m_loader, &AccessKeyListLoader::pageLoaded, this, [this](int pagesLoaded, int keysSoFar) {
        m_ui->loadLabel->setText(tr("Loaded %1 of ? pages (%2 keys)").arg(pagesLoaded).arg(keysSoFar));
    });
    connect(m_loader, &AccessKeyListLoader::loaded, this, &KeysPage::onListLoaded);
    connect(m_loader, &AccessKeyListLoader::canceled, this, &KeysPage::hideLoadProgress);
    connect(m_loader, &AccessKeyListLoader::failed, this, &KeysPage::onListFailed);
    connect(m_copier, &AccessKeyCopier::copied, this,
        [this](const QString &message) { emit statusMessage(message, CopiedMessageMs); });
    connect(m_editor, &AccessKeyEditor::revoked, this,
        [this](const QString &message) { emit statusMessage(message, RevokedMessageMs); });
    connect(m_editor, &AccessKeyEditor::signInRequired, this, &KeysPage::signInRequired);
}

void KeysPage::onSessionStarted(const Session &session)
{
    m_secrets->setAccount(session.serverRoot(), session.customer().id);
    // Rotations a quit or a crash cut short carry on, and revocations whose time has come are done.
    m_rotations->setAccount(session.serverRoot(), session.customer().id);
    updateActions();
}

void KeysPage::onSessionEnded()
{
    // Nothing of this account may come back when the aborted load reports.
    m_loader->discard();
    m_rotations->setAccount({}, {}); // their records wait for the account's next session
    m_secrets->setAccount({}, {});
    m_model->setKeys({});
    m_model->setInUseKeyId({});
    m_listDenied = false;
    hideProblem();
    updateActions();
    updateCountLabel();
}

void KeysPage::refresh()
{
    if (!m_session->isSignedIn())
        return;
    hideProblem();
    reloadStoredSecretIds();
    m_loader->load();
}

void KeysPage::onListLoaded()
{
    m_listDenied = false;
    showLoaded();
    // Entries written before keychain labels named their key become readable in a keyring browser.
    m_secrets->labelStoredKeys(m_model->keys());
    markKeyInUse();
}

void KeysPage::markKeyInUse()
{
    if (m_session->session().credential().kind() != Credential::Kind::AccessKey)
        return;
    // The key this session signs in with: marked in the table, and its expiry is the session's end.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AccessKey key = m_model->keyAt(row);
        if (m_session->session().matchesAccessKey(key)) {
            m_model->setInUseKeyId(key.id);
            if (m_session->session().expiresAt() != key.expiresAt)
                m_session->useAccessKey(key); // emits changed(), which comes back here with nothing to do
            return;
        }
    }
    m_model->setInUseKeyId({}); // another account's key, or the list is incomplete: the end stays unknown
}

void KeysPage::onListFailed(const ApiError &error)
{
    m_listDenied = error.kind() == ApiError::Kind::PermissionDenied;
    hideLoadProgress();
    if (error.needsSignIn())
        emit signInRequired([this] { refresh(); });
    else
        showProblem(tr("The accesskeys could not be loaded. %1").arg(error.userMessage()));
}

void KeysPage::createKey()
{
    if (m_session->isSignedIn())
        m_editor->create();
}

void KeysPage::editKey()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_editor->edit(key);
}

void KeysPage::revokeKey()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_editor->revoke(key);
}

void KeysPage::replaceKey()
{
    const AccessKey key = currentKey();
    if (!key.isValid() || !m_session->isSignedIn())
        return;
    auto *dialog = new ReplaceKeyDialog(key, m_clipboard, this);
    dialog->setObjectName(QStringLiteral("replaceKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (KeyRotation *running = m_rotations->rotation(key.id))
        dialog->follow(running); // already under way (or waiting for its grace period): show where
    connect(dialog, &ReplaceKeyDialog::replaceRequested, this, [this, dialog, key](qint64 graceSeconds) {
        dialog->follow(m_rotations->start(key, graceSeconds, m_model->keys()));
    });
    dialog->open();
}

void KeysPage::copyKey()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_copier->copySecret(key);
}

void KeysPage::copyPrefix()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_copier->copyPrefix(key);
}

void KeysPage::copyCurlExample()
{
    const AccessKey key = currentKey();
    if (key.isValid())
        m_copier->copyCurlExample(key, m_session->session().serverRoot());
}

void KeysPage::setExpiryWarningDays(int days)
{
    m_model->setWarningDays(days);
}

void KeysPage::showTableContextMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    menu.addActions(m_keyActions);
    menu.addSeparator();
    menu.addAction(m_sessionActions.first()); // New key
    menu.exec(globalPosition);
}

void KeysPage::updateActions()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    for (QAction *action : m_sessionActions)
        action->setEnabled(signedIn);
    // An account refused the list is refused a create too: do not offer what will fail.
    m_newKeyAction->setEnabled(signedIn && !m_listDenied);
    const bool haveKey = signedIn && currentKey().isValid();
    for (QAction *action : m_keyActions)
        action->setEnabled(haveKey);
}

void KeysPage::reloadStoredSecretIds()
{
    m_model->setStoredSecretIds(m_secrets->storedKeyIds());
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
        showTableContextMenu(m_ui->keyTable->viewport()->mapToGlobal(position));
    });
    connect(table, &QTableView::doubleClicked, this, &KeysPage::editKey);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateActions);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysPage::updateEmptyState);
    // A key made or revoked outside the filter changes the total but no shown row.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &KeysPage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateCountLabel);
}

void KeysPage::setUpFilter()
{
    // A keystroke per re-filter would stall typing on big tables: wait until the typing pauses.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDebounceMs);
    Accessibility::nameClearButton(m_ui->filterEdit);
    m_ui->filterEdit->installEventFilter(this);
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

bool KeysPage::selectKey(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: the user asked to see this key
        setFilterText(QString());
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->keyTable->setCurrentIndex(index);
    m_ui->keyTable->scrollTo(index);
    focusTable();
    return index.isValid();
}

void KeysPage::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

bool KeysPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_ui->filterEdit->text().isEmpty()) {
        m_ui->filterEdit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void KeysPage::showProblem(const QString &message)
{
    if (message.isEmpty()) {
        hideProblem();
        return;
    }
    // The label's name is only "Problem": the sentence goes into the description, and is announced, so a
    // screen reader says what went wrong without the user having to find the banner.
    m_ui->bannerLabel->setText(message);
    Accessibility::exposeText(m_ui->bannerLabel);
    m_ui->bannerLabel->show();
    Accessibility::announce(m_ui->bannerLabel);
}

void KeysPage::hideProblem()
{
    m_ui->bannerLabel->hide();
    m_ui->bannerLabel->clear();
    Accessibility::exposeText(m_ui->bannerLabel);
}

QString KeysPage::emptyText() const
{
    if (m_model->rowCount() == 0 && !(m_loader && m_loader->isLoading())) {
        // Refused the list, the account may not create keys either: the banner says why, invite nothing.
        return m_listDenied ? tr("No accesskeys to show.")
                            : tr("No accesskeys yet. Press Ctrl+N to create one.");
    }
    if (m_proxy->rowCount() == 0 && !m_proxy->filterText().isEmpty())
        return tr("No key matches \"%1\".").arg(m_proxy->filterText());
    return {};
}

void KeysPage::updateEmptyState()
{
    const QString text = emptyText();
    updateCountLabel();
    m_ui->emptyLabel->setText(text);
    m_ui->emptyLabel->setAccessibleName(text.isEmpty() ? tr("No accesskeys") : text);
    m_ui->tableStack->setCurrentWidget(
        text.isEmpty() ? static_cast<QWidget *>(m_ui->keyTable) : m_ui->emptyLabel);
    updateActions();
}

QString KeysPage::filterText() const
{
    return m_ui->filterEdit->text();
}

void KeysPage::setFilterText(const QString &text)
{
    m_ui->filterEdit->setText(text);
    m_proxy->setFilterText(text); // at once: the debounce is for typing
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
    updateEmptyState();
}

void KeysPage::hideLoadProgress()
{
    m_ui->loadBar->hide();
    updateEmptyState();
}

void KeysPage::updateCountLabel()
{
    if (m_loader && m_loader->isLoading())
        return; // the progress owns the label until the load ends
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    // The source texts are the English forms (no English translation ships to pick them); %n lets a
    // translation give each language its own plural forms.
    if (!m_session || !m_session->isSignedIn() || (m_listDenied && total == 0))
        text.clear();
    else if (m_proxy->filterText().isEmpty())
        text = total == 1 ? tr("%n accesskey", "one", total) : tr("%n accesskeys", "other", total);
    else if (total == 1)
        text = tr("%1 of %n accesskey", "one", total).arg(shown);
    else
        text = tr("%1 of %n accesskeys", "other", total).arg(shown);
    m_ui->loadLabel->setText(text);
}
