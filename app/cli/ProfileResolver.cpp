#include "ProfileResolver.h"

#include "ExitCode.h"
#include "profiles/ProfileStore.h"

#include <QCommandLineParser>

namespace {
const QString ProfileOptionName = QStringLiteral("profile");
} // namespace

QCommandLineOption ProfileResolver::option()
{
    return { ProfileOptionName, tr("The profile (default: the last one used)."), QStringLiteral("NAME") };
}

Profile ProfileResolver::resolve(
    const QCommandLineParser &parser, const ProfileStore &profiles, CliError *error)
{
    return resolve(profiles, parser.value(ProfileOptionName), error);
}

Profile ProfileResolver::resolve(const ProfileStore &profiles, const QString &name, CliError *error)
{
    if (!name.isEmpty()) {
        const Profile found = profiles.findByName(name);
        if (found.isNull())
            *error = CliError(ExitCode::NotFound,
                tr("There is no profile named “%1”. vbkeys profiles lists them; vbkeys login --profile "
                   "%1 makes it.")
                    .arg(name));
        return found;
    }
    const Profile last = profiles.lastUsed();
    if (last.isNull())
        *error = CliError(ExitCode::NotSignedIn,
            tr("There is no profile yet. Sign in first: vbkeys login --username NAME, or vbkeys login "
               "--accesskey."));
    return last;
}
