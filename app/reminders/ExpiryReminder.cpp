#include "ExpiryReminder.h"

#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "core/Settings.h"

#include <QStringList>

namespace {
constexpr int HourMs = 60 * 60 * 1000;
// A password session lasts 7 days; reminding of it for all of the warning period would mean every day.
constexpr qint64 PasswordSessionNoticeSeconds = 24 * 60 * 60;
} // namespace

ExpiryReminder::ExpiryReminder(const QString &profileId, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_profileId(profileId)
    , m_settings(settings)
{
    m_hourly.setInterval(HourMs);
    connect(&m_hourly, &QTimer::timeout, this, &ExpiryReminder::check);
    m_hourly.start();
}

ExpiryReminder::~ExpiryReminder() = default;

void ExpiryReminder::setKeys(const QList<AccessKey> &keys, const QSet<QString> &storedKeyIds)
{
    m_keys = keys;
    m_storedKeyIds = storedKeyIds;
    check();
}

void ExpiryReminder::setSession(const Session &session)
{
    // Not the Session itself: it holds the credential, and a reminder has no business keeping a secret.
    m_serverRoot = session.serverRoot();
    m_accountId = session.accountId();
    m_sessionEnd = session.expiresAt();
    m_accessKeySession = session.credential().kind() == Credential::Kind::AccessKey;
    check();
}

void ExpiryReminder::clear()
{
    m_keys.clear();
    m_storedKeyIds.clear();
    m_serverRoot = QUrl();
    m_accountId.clear();
    m_sessionEnd = QDateTime();
}

void ExpiryReminder::check()
{
    for (const Reminder &reminder : due()) {
        markSent(reminder.id);
        emit remind(reminder);
    }
}

QList<Reminder> ExpiryReminder::due() const
{
    QList<Reminder> reminders;
    const int days = m_settings->expiryWarningDays();
    for (const AccessKey &key : m_keys) {
        if (m_storedKeyIds.contains(key.id) && !key.isDeleted() && key.expiresWithinDays(days))
            reminders.append(keyReminder(key));
    }
    if (sessionEndsSoon())
        reminders.append(sessionReminder());
    QList<Reminder> unsent;
    for (const Reminder &reminder : reminders) {
        if (!wasSentToday(reminder.id))
            unsent.append(reminder);
    }
    return unsent;
}

Reminder ExpiryReminder::keyReminder(const AccessKey &key) const
{
    Reminder reminder;
    reminder.id = m_profileId + QLatin1String("/key/") + key.id;
    reminder.profileId = m_profileId;
    reminder.keyId = key.id;
    //: %1 is the key's name, %2 a moment from now: "in 3 days"
    reminder.title
        = tr("Access key “%1” expires %2").arg(key.displayName(), RelativeTime::describe(key.expiresAt));
    //: %1 says where: "profile Work on api.voipbin.net"
    reminder.body = tr("Its secret is stored on this computer (%1). Replace the key before it expires, or "
                       "programs using it will stop working.")
                        .arg(where());
    return reminder;
}

Reminder ExpiryReminder::sessionReminder() const
{
    Reminder reminder;
    reminder.id = m_profileId + QLatin1String("/session/") + m_accountId;
    reminder.profileId = m_profileId;
    //: %1 is a moment from now: "in 5 hours"
    reminder.title = tr("Your VoIPbin session ends %1").arg(RelativeTime::describe(m_sessionEnd));
    reminder.body = m_accessKeySession
        ? tr("The access key you signed in with expires then (%1). Sign in with another key before it does.")
              .arg(where())
        : tr("You will need to sign in again then (%1).").arg(where());
    return reminder;
}

bool ExpiryReminder::sessionEndsSoon() const
{
    if (!m_serverRoot.isValid() || !m_sessionEnd.isValid())
        return false;
    const qint64 left = Clock::currentDateTimeUtc().secsTo(m_sessionEnd);
    const qint64 notice = m_accessKeySession ? qint64(m_settings->expiryWarningDays()) * 24 * 60 * 60
                                             : PasswordSessionNoticeSeconds;
    return left > 0 && left <= notice;
}

QString ExpiryReminder::where() const
{
    const QString host = m_serverRoot.host();
    if (m_profileName.isEmpty())
        return host;
    //: %1 is the profile's name, %2 the server's host name
    return tr("profile %1 on %2").arg(m_profileName, host);
}

QString ExpiryReminder::today() const
{
    // The user's day, not UTC's: "once a day" is about their morning.
    return Clock::currentDateTimeUtc().toLocalTime().date().toString(Qt::ISODate);
}

bool ExpiryReminder::wasSentToday(const QString &id) const
{
    const QStringList sent = m_settings->value(Settings::Key::RemindersSent).toStringList();
    return sent.contains(today() + QLatin1Char(' ') + id);
}

void ExpiryReminder::markSent(const QString &id)
{
    // Yesterday's entries are dropped on the way: the list never holds more than one day.
    const QString prefix = today() + QLatin1Char(' ');
    QStringList kept;
    const QStringList sent = m_settings->value(Settings::Key::RemindersSent).toStringList();
    for (const QString &entry : sent) {
        if (entry.startsWith(prefix))
            kept.append(entry);
    }
    kept.append(prefix + id);
    m_settings->setValue(Settings::Key::RemindersSent, kept);
}
