#include "ReminderCenter.h"

#include "desktop/DesktopNotifier.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/KeysPage.h"
#include "lock/TrayIcon.h"
#include "session/CurrentSession.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QTimer>

namespace {
// The table changes in bursts (a reset, then the stored marks): look once it has settled.
constexpr int SettleMs = 500;
} // namespace

ReminderCenter::ReminderCenter(MainWindow *window, Settings *settings, TrayIcon *tray)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_tray(tray)
    , m_notifier(new DesktopNotifier(this))
{
    connect(m_notifier, &DesktopNotifier::activated, this, &ReminderCenter::show);
    connect(m_notifier, &DesktopNotifier::fallbackRequested, m_tray, &TrayIcon::showMessage);
    connect(m_tray, &TrayIcon::messageClicked, this, &ReminderCenter::show);
}

ReminderCenter::~ReminderCenter() = default;

void ReminderCenter::addWorkspace(ProfileWorkspace *workspace)
{
    auto *reminder = new ExpiryReminder(workspace->profileId(), m_settings, workspace);
    reminder->setProfileName(workspace->profile().name);
    m_reminders.append(reminder);
    connect(reminder, &ExpiryReminder::remind, this, [this](const Reminder &sent) {
        m_sent.insert(sent.id, sent);
        m_notifier->notify(sent.id, sent.title, sent.body);
    });

    CurrentSession *session = workspace->currentSession();
    for (auto signal : { &CurrentSession::started, &CurrentSession::changed })
        connect(session, signal, reminder, &ExpiryReminder::setSession);
    connect(session, &CurrentSession::ended, reminder, &ExpiryReminder::clear);

    auto *settle = new QTimer(reminder);
    settle->setSingleShot(true);
    settle->setInterval(SettleMs);
    connect(
        settle, &QTimer::timeout, reminder, [this, workspace, reminder] { feedKeys(workspace, reminder); });
    AccessKeyTableModel *model = workspace->keysPage()->model();
    auto restart = [settle] { settle->start(); };
    connect(model, &QAbstractItemModel::modelReset, settle, restart);
    connect(model, &QAbstractItemModel::dataChanged, settle, restart);
    connect(model, &QAbstractItemModel::rowsInserted, settle, restart);
}

void ReminderCenter::feedKeys(ProfileWorkspace *workspace, ExpiryReminder *reminder)
{
    if (!workspace->isSignedIn())
        return;
    reminder->setProfileName(workspace->profile().name);
    AccessKeyTableModel *model = workspace->keysPage()->model();
    const AccessKeyList keys = model->keys();
    QSet<QString> stored;
    for (const AccessKey &key : keys) {
        if (model->isStoredLocally(key.id))
            stored.insert(key.id);
    }
    reminder->setKeys(keys, stored);
}

void ReminderCenter::checkAll()
{
    for (const QPointer<ExpiryReminder> &reminder : std::as_const(m_reminders)) {
        if (reminder)
            reminder->check();
    }
}

void ReminderCenter::show(const QString &reminderId)
{
    const Reminder reminder = m_sent.value(reminderId);
    m_window->bringToFront();
    if (reminder.profileId.isEmpty())
        return;
    m_window->showProfile(reminder.profileId);
    ProfileWorkspace *workspace = m_window->workspace(reminder.profileId);
    if (workspace && !reminder.keyId.isEmpty())
        workspace->keysPage()->selectKey(reminder.keyId);
}
