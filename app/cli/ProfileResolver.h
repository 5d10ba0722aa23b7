#pragma once

#include "CliError.h"
#include "profiles/Profile.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

class ProfileStore;

/// Finds the profile a verb is about: the one --profile names, else the one the window showed last (or
/// the only one). With no profile at all the answer is "sign in first", exit code NotSignedIn.
class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(ProfileResolver)

public:
    /// --profile NAME, as every verb that works on an existing profile takes it.
    static QCommandLineOption option();
    /// The profile option() names on `parser`'s command line (see below).
    static Profile resolve(const QCommandLineParser &parser, const ProfileStore &profiles, CliError *error);
    static Profile resolve(const ProfileStore &profiles, const QString &name, CliError *error);
};
