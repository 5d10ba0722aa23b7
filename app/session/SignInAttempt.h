#pragma once

#include "core/SignInMethod.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

/// One press of "Sign in": where, how, as whom, with which secret, and whether to remember it.
/// The form fills it in and hands it over whole; SignInController wipes the secret once it is used.
struct SignInAttempt
{
    QUrl serverRoot;
    SignInMethod method = SignInMethod::Password;
    QString username;
    QString secret; // the password or the accesskey
    bool remember = false;
    bool localSandbox = false; // the demo server of this run: nothing about it is worth remembering
    QString profileId; // the profile signing in (see ProfileStore); it learns the method, user and customer
};

Q_DECLARE_METATYPE(SignInAttempt)
