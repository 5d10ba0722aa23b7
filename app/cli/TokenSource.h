#pragma once

#include "CliError.h"

#include <QCoreApplication>
#include <QString>

class CliCore;
class SecretJob;
struct Profile;

/// The secret `token` and `exec` hand out: a key whose secret this computer stored when it was created
/// (named by id, name or prefix), or, with no key named, the accesskey the profile signs in with. A key
/// named by its id is read without asking the server, so a CI job needs the keychain only.
class TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(TokenSource)

public:
    /// The secret, or an empty string and `error`. The caller wipes it (SecretWipe) when done.
    static QString read(CliCore &core, const Profile &profile, const QString &key, CliError *error);

    /// A finished keychain job's failure as vbkeys' error (NotFound is the caller's business).
    static CliError keychainError(const SecretJob *job);

private:
    static QString readEntry(SecretJob *job, const QString &notFound, CliError *error);
};
