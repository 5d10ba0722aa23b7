#pragma once

#include "api/AccessKey.h"
#include "session/Session.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class Settings;

/// One reminder to show: what expires, in words for a person, and the key it is about (empty for the
/// session itself) so a click can show it. Never holds a secret.
struct Reminder
{
    QString id; // stable per profile and key (or session): what "already sent today" is checked against
    QString profileId;
    QString keyId; // empty: the reminder is about the session's own end
    QString title;
    QString body;
};
Q_DECLARE_METATYPE(Reminder)

/// Reminds a profile's user of what is about to expire, once a day at most for each thing: the keys whose
/// secret is stored on this computer (those a program here is likely using) that expire within Settings'
/// ExpiryWarningDays, and the session itself (an accesskey session within the same period; a password
/// session, which lasts 7 days, in its last day). Checks whenever it learns the key list or the session,
/// every hour while running (so a new day, or a wake from suspend, is noticed), and when told to. What was
/// sent today is remembered in Settings, so a restart does not repeat it.
class ExpiryReminder : public QObject
{
    Q_OBJECT

public:
    /// `settings` is borrowed. `profileId` and `profileName` go into the reminders' ids and text.
    ExpiryReminder(const QString &profileId, Settings *settings, QObject *parent = nullptr);
    ~ExpiryReminder() override;

    void setProfileName(const QString &name) { m_profileName = name; }
    /// The account's key list as last loaded, and which of them have their secret on this computer.
    void setKeys(const QList<AccessKey> &keys, const QSet<QString> &storedKeyIds);
    void setSession(const Session &session);
    /// Signed out or locked: nothing to remind of until the next sign-in.
    void clear();
    /// Sends what is due and not sent today.
    void check();

    /// Of the reminders due now, those not sent today (check() sends these).
    QList<Reminder> due() const;

signals:
    void remind(const Reminder &reminder);

private:
    Reminder keyReminder(const AccessKey &key) const;
    Reminder sessionReminder() const;
    bool sessionEndsSoon() const;
    QString where() const;
    QString today() const;
    bool wasSentToday(const QString &id) const;
    void markSent(const QString &id);

    QString m_profileId;
    QString m_profileName;
    Settings *m_settings;
    QList<AccessKey> m_keys;
    QSet<QString> m_storedKeyIds;
    // Who and until when only: the credential is dropped at once (see setSession).
    QUrl m_serverRoot;
    QString m_accountId;
    QDateTime m_sessionEnd;
    bool m_accessKeySession = false;
    QTimer m_hourly;
};
