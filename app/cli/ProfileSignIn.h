#pragma once

#include "CliError.h"
#include "profiles/Profile.h"
#include "session/Session.h"

#include <QCoreApplication>

class CliCore;

/// Signs a profile in with a password or an accesskey through SignInController, as the window's form does
/// with "remember me" ticked, and waits until the keychain holds the session. A profile that is new (no
/// id yet) is added first, so the controller records what it learns, and removed again on failure.
/// Shared by `login` and `import-vn`.
class ProfileSignIn
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSignIn)

public:
    /// `secret` is wiped. On success `profile` is as stored (its id, customer) and `session` signed in.
    static CliError run(CliCore &core, Profile &profile, QString &secret, Session *session);
};
