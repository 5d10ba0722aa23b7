#pragma once

#include "CliError.h"
#include "session/Session.h"

#include <QCoreApplication>

class CliCore;
struct Profile;

/// Signs a profile in from its remembered session (SignInController::restoreRememberedSession, as the
/// window does at start) and turns a failure into vbkeys' exit code: nothing saved or rejected is "sign
/// in again", the keychain's refusal is a keychain error, the server's and the network's their own.
/// On success the client speaks for the session and LocalKeySecrets is set to its account.
class SessionOpener
{
    Q_DECLARE_TR_FUNCTIONS(SessionOpener)

public:
    static Session open(CliCore &core, const Profile &profile, CliError *error);
};
