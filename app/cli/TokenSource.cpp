#include "TokenSource.h"

#include "Await.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "KeyResolver.h"
#include "SessionOpener.h"
#include "secrets/SecretJob.h"

CliError TokenSource::keychainError(const SecretJob *job)
{
    return CliError(ExitCode::Keychain, job->userMessage());
}

QString TokenSource::readEntry(SecretJob *job, const QString &notFound, CliError *error)
{
    Await::job(job);
    job->deleteLater(); // the job wipes its copy when deleted
    if (job->isOk())
        return job->secret();
    if (job->status() == SecretJob::Status::NotFound)
        *error = CliError(ExitCode::NotFound, notFound);
    else
        *error = keychainError(job);
    return {};
}

QString TokenSource::read(CliCore &core, const Profile &profile, const QString &key, CliError *error)
{
    if (key.isEmpty()) {
        if (profile.method != SignInMethod::AccessKey || profile.sessionEntryName().isEmpty()) {
            *error = CliError(ExitCode::Usage,
                tr("Profile “%1” signs in with a password, not an accesskey: name a key (vbkeys list "
                   "shows them, vbkeys create makes one).")
                    .arg(profile.name));
            return {};
        }
        const QString notFound = tr("Profile “%1” has no saved accesskey. Sign in with vbkeys login "
                                    "--profile “%1” --accesskey.")
                                     .arg(profile.name);
        QString secret = readEntry(core.store().read(profile.sessionEntryName()), notFound, error);
        if (error->code() == ExitCode::NotFound)
            *error = CliError(ExitCode::NotSignedIn, notFound);
        return secret;
    }
    const QString notStored = tr("The secret of key “%1” is not stored on this computer: the server shows "
                                 "a secret only once, to whoever created the key.")
                                  .arg(key);
    LocalKeySecrets &local = core.localSecrets();
    local.setAccount(profile.serverRoot(), profile.customerId);
    if (!profile.customerId.isEmpty() && local.isStored(key))
        return readEntry(local.read(key), notStored, error); // by id: no request at all

    const Session session = SessionOpener::open(core, profile, error);
    if (!session.isValid())
        return {};
    const AccessKeyList keys = KeyResolver::fetchAll(core.client(), error);
    if (error->isError())
        return {};
    const AccessKey found = KeyResolver::find(keys, key, error);
    if (error->isError())
        return {};
    if (session.matchesAccessKey(found) && session.credential().kind() == Credential::Kind::AccessKey)
        return session.credential().secret();
    if (!local.isStored(found.id)) {
        *error = CliError(ExitCode::NotFound, notStored);
        return {};
    }
    return readEntry(local.read(found.id), notStored, error);
}
