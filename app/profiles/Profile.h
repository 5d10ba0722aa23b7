#pragma once

#include "core/ServerChoice.h"
#include "core/SignInMethod.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

/// One account on one server under a name the user chose ("production", "staging", "client-acme"): what
/// the window lists in its sidebar and `vbkeys --profile` selects. No secret: the remembered session and
/// the keys' tokens are keychain entries found from the server root, the username and the customer id.
struct Profile
{
    QString id; // stable and never shown; names the profile's settings group
    QString name;
    ServerChoice server = ServerChoice::Voipbin;
    QUrl customRoot; // the server root when server is Custom
    SignInMethod method = SignInMethod::Password;
    QString username; // for password sign-in
    bool rememberMe = false;
    QString customerId; // learnt at the first sign-in; empty before
    // The one accesskey session per server of version 0.x ("session/accesskey"): kept by the profile it
    // migrated into, so its remembered session is still found. New profiles have one entry each.
    bool legacyAccessKeySession = false;

    bool isNull() const { return id.isEmpty(); }
    /// The root requests go to: VoIPbin's, the custom one, or empty for the local sandbox (a new port each
    /// run, known only once it has started).
    QUrl serverRoot() const;
    /// What the window shows next to the name: "api.voipbin.net", "staging.example.com:8443", "local
    /// sandbox".
    QString serverDisplayName() const;
    /// The name of the keychain entry holding the remembered session (SecretKeys::session); empty for the
    /// local sandbox, whose sessions are never remembered. Password sessions are per account (two profiles
    /// of one user share it); accesskey sessions are per profile, since two keys name no user to tell apart.
    QString sessionEntryName() const;
};

Q_DECLARE_METATYPE(Profile)
