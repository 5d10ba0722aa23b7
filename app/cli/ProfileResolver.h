#pragma once

#include "CliError.h"
#include "profiles/Profile.h"

#include <QCoreApplication>

class ProfileStore;

/// Finds the profile a verb is about: the one --profile names, else the one the window showed last (or
/// the only one). With no profile at all the answer is "sign in first", exit code NotSignedIn.
class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(ProfileResolver)

public:
    static Profile resolve(const ProfileStore &profiles, const QString &name, CliError *error);
};
