#pragma once

#include "VnProfile.h"
#include "profiles/Profile.h"
#include "session/Session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ProfileStore;
class QTimer;
class SecretStore;
class Settings;
class SignInController;
class VoipbinClient;

/// Moves vn's plaintext accesskeys into profiles, without any widget, for `vbkeys import-vn` and the window's
/// "Import from vn…". One entry after another: the key is checked against its server (an accesskey sign-in,
/// GET /v1.0/customer), the entry goes to the profile of the same name on the same server or to a new one
/// (ProfileStore::uniqueName), and the key is kept as that profile's remembered session (its own keychain
/// entry). A new profile whose key is refused is removed again. A keychain that cannot store stops the rest:
/// no other entry could be stored either.
class VnImport : public QObject
{
    Q_OBJECT

public:
    /// All borrowed.
    VnImport(ProfileStore *profiles, SecretStore *store, Settings *settings, QObject *parent = nullptr);
    ~VnImport() override;

    /// Imports `entries` (those without a key are skipped); the copies of their keys are wiped once used.
    void start(QList<VnProfile> entries);
    bool isRunning() const { return m_running; }
    /// After finished(): how many entries were stored, how many were not, and whether the keychain failed.
    int importedCount() const { return m_imported; }
    int failedCount() const { return m_failed; }
    bool keychainFailed() const { return m_keychainFailed; }

    /// The profile an entry goes to: one of its name on the same server signing in with an accesskey, else
    /// a new one (no id yet) with a free name.
    static Profile profileFor(const ProfileStore &profiles, const VnProfile &entry, const QUrl &root);

signals:
    void entryStarted(const QString &entryName);
    /// `profile` as stored (its id, customer); `session` is the one the key signed in.
    void entryImported(const QString &entryName, const Profile &profile, const Session &session);
    /// `reason` is a sentence for the user ("the server did not accept its key …"); never the key.
    void entryFailed(const QString &entryName, const QString &reason);
    void finished();

private:
    void next();
    void signIn(const VnProfile &entry, const QUrl &root);
    void onSignedIn(const Session &session);
    void onSignInFailed(const QString &message);
    void onRemembered(const QString &problem);
    void completeEntry(const QString &problem);
    void endEntry();
    void finish();

    ProfileStore *m_profiles;
    SecretStore *m_store;
    Settings *m_settings;
    VoipbinClient *m_client;
    QTimer *m_rememberTimer;
    QPointer<SignInController> m_controller;
    QList<VnProfile> m_queue;
    QString m_entryName;
    Profile m_profile;
    bool m_isNew = false;
    Session m_session;
    bool m_rememberAnswered = false;
    QString m_rememberProblem;
    bool m_running = false;
    int m_imported = 0;
    int m_failed = 0;
    bool m_keychainFailed = false;
};
