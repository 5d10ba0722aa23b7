#pragma once

#include "ServerChoice.h"
#include "SignInMethod.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

/// Every user preference and remembered state in one typed table, each with its default
/// (after KeePassXC's Config). Backed by QSettings; never holds a secret.
class Settings
{
public:
    enum class Key {
        ClipboardClearSeconds, // 0 = never clear
        CopyToSelection, // secrets also to the X11/Wayland primary selection (middle-click paste)
        ExpiryWarningDays,
        DefaultServer, // ServerChoice, stored as "voipbin", "sandbox" or "custom": use defaultServer()
        CustomServerUrl,
        LastServer, // the server root used at the last sign-in
        LastUsername,
        LastSignInMethod, // SignInMethod, stored as "password" or "accesskey": use lastSignInMethod()
        RememberMe,
        MainWindowGeometry,
        MainWindowState,
        KeyTableHeaderState,
        LastProfile, // the id of the profile the window showed last; `vbkeys` uses it when none is named
        ProfilesMigrated, // the single-account settings of version 0.x have been turned into a first profile
        ShowTrayIcon, // an icon in the system tray with Show, Lock and Quit (off: not every desktop has a
                      // tray)
        LockAfterIdleMinutes, // 0 = never; idle is no keyboard or mouse input to the app
        LockOnScreenLock, // lock when the desktop's screen locks (ScreenSaver / logind)
        RemindersSent, // "yyyy-MM-dd <reminder id>" for today's expiry reminders, so none is sent twice a day
    };

    /// One profile's row (see app/profiles/Profile): stored under "Profiles/<id>/", each with its default.
    enum class ProfileKey {
        Name,
        Server, // ServerChoice as text, as DefaultServer
        ServerRoot, // for Custom (and the VoIPbin root, for the record); empty for the local sandbox
        SignInMethod, // "password" or "accesskey"
        Username,
        RememberMe,
        CustomerId, // learnt at sign-in: which keychain entries of keys belong to this profile
        LegacyAccessKeySession, // its accesskey session is 0.x's one entry per server (see Profile)
        KeyFilter, // the keys page's filter text
        KeyTableHeaderState,
    };

    /// Uses `backend` when given (tests), otherwise the application's QSettings.
    explicit Settings(QSettings *backend = nullptr);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);

    /// Profiles in the user's order; a profile's values are removed with it.
    QStringList profileIds() const;
    void setProfileIds(const QStringList &ids);
    QVariant profileValue(const QString &profileId, ProfileKey key) const;
    void setProfileValue(const QString &profileId, ProfileKey key, const QVariant &value);
    void removeProfileValues(const QString &profileId);
    static QVariant defaultValue(ProfileKey key);

    int clipboardClearSeconds() const { return value(Key::ClipboardClearSeconds).toInt(); }
    bool copyToSelection() const { return value(Key::CopyToSelection).toBool(); }
    /// How the enums are written in the file (stable across versions).
    static QString textOf(ServerChoice choice);
    static ServerChoice serverChoiceFromText(const QString &text);
    static QString textOf(SignInMethod method);
    static SignInMethod signInMethodFromText(const QString &text);

    ServerChoice defaultServer() const;
    void setDefaultServer(ServerChoice choice);
    SignInMethod lastSignInMethod() const;
    void setLastSignInMethod(SignInMethod method);

    /// The QSettings underneath, for the per-account tables StoredSecretIndex keeps (many ids under one
    /// group, not single values), so they live in the same file, and tests never reach the real config.
    QSettings *backend() const { return m_settings; }
    int expiryWarningDays() const { return value(Key::ExpiryWarningDays).toInt(); }
    bool showTrayIcon() const { return value(Key::ShowTrayIcon).toBool(); }
    int lockAfterIdleMinutes() const { return value(Key::LockAfterIdleMinutes).toInt(); }
    bool lockOnScreenLock() const { return value(Key::LockOnScreenLock).toBool(); }

private:
    QSettings *m_settings;
    bool m_ownsBackend;
};
