#include "ProfileRemoval.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "secrets/StoredSecretIndex.h"

#include <QSet>

#include <algorithm>

namespace {
bool sameAccount(const Profile &a, const Profile &b)
{
    return a.server != ServerChoice::Sandbox && b.server != ServerChoice::Sandbox && !a.customerId.isEmpty()
        && a.customerId == b.customerId && a.serverRoot() == b.serverRoot();
}
} // namespace

ProfileRemoval::ProfileRemoval(const Profile &profile, const QList<Profile> &remaining, SecretStore *store,
    QSettings *indexSettings, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(store)
    , m_index(new StoredSecretIndex(indexSettings))
{
    listSession(remaining);
    listKeys(remaining);
}

ProfileRemoval::~ProfileRemoval()
{
    delete m_index;
}

void ProfileRemoval::listSession(const QList<Profile> &remaining)
{
    const QString name = m_profile.sessionEntryName();
    if (name.isEmpty())
        return; // the local sandbox: never remembered
    const auto shares = [&name](const Profile &other) { return other.sessionEntryName() == name; };
    const auto other = std::find_if(remaining.cbegin(), remaining.cend(), shares);
    if (other != remaining.cend()) {
        m_kept << tr("The remembered session, which “%1” also uses").arg(other->name);
        return;
    }
    const QString who
        = m_profile.method == SignInMethod::AccessKey ? tr("the accesskey sign-in") : m_profile.username;
    m_entries.append({ name, tr("The remembered session of %1 on %2").arg(who, m_profile.serverDisplayName()),
        QString() });
}

void ProfileRemoval::listKeys(const QList<Profile> &remaining)
{
    if (m_profile.server == ServerChoice::Sandbox || m_profile.customerId.isEmpty())
        return;
    const QSet<QString> ids = m_index->keyIds(m_profile.serverRoot(), m_profile.customerId);
    if (ids.isEmpty())
        return;
    const auto shares = [this](const Profile &other) { return sameAccount(m_profile, other); };
    const auto other = std::find_if(remaining.cbegin(), remaining.cend(), shares);
    if (other != remaining.cend()) {
        m_kept << tr("The stored secrets of %n key(s), which “%1” also uses", nullptr, int(ids.size()))
                      .arg(other->name);
        return;
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    for (const QString &id : sorted)
        m_entries.append({ SecretKeys::accessKey(m_profile.serverRoot(), m_profile.customerId, id),
            tr("The stored secret of the key with id %1").arg(id), id });
}

void ProfileRemoval::run()
{
    m_started = true;
    m_pending = int(m_entries.size());
    if (m_pending == 0) {
        emit finished({});
        return;
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        SecretJob *job = m_store->remove(entry.name);
        const auto done = [this, job, entry] {
            if (job->status() == SecretJob::Status::TimedOut)
                return; // the keychain may still answer (a prompt): answeredLate() follows
            job->deleteLater();
            onEntryDone(entry, int(job->status()));
        };
        connect(job, &SecretJob::finished, this, done);
        connect(job, &SecretJob::answeredLate, this, done);
        if (job->isFinished())
            done();
    }
}

void ProfileRemoval::onEntryDone(const Entry &entry, int status)
{
    const auto result = SecretJob::Status(status);
    const bool gone = result == SecretJob::Status::Ok || result == SecretJob::Status::NotFound;
    if (gone && !entry.keyId.isEmpty())
        m_index->remove(m_profile.serverRoot(), m_profile.customerId, entry.keyId);
    if (!gone && !m_problems.contains(SecretJob::describe(result)))
        m_problems << SecretJob::describe(result);
    if (--m_pending > 0)
        return;
    emit finished(m_problems.isEmpty() ? QString()
                                       : tr("Some keychain entries of the profile could not be deleted. %1")
                                             .arg(m_problems.join(QLatin1Char(' '))));
}
