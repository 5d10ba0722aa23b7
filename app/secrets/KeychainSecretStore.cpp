#include "KeychainSecretStore.h"

#include "SecretJob.h"
#include "SecretServiceLabel.h"
#include "core/SecretWipe.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
// What QtKeychain 0.13.2 really reports on Linux (checked with scripts/keyring-session.sh):
//  - no session bus: OtherError "Cannot autolaunch D-Bus without X11 $DISPLAY" or
//    "Could not connect: No such file or directory" (never NoBackendAvailable);
//  - locked keyring with no prompter: a write gives OtherError
//    "Object does not exist at path “/org/freedesktop/secrets/collection/login”", a read EntryNotFound.
bool looksLikeNoBus(const QString &text)
{
    static const char *const markers[] = { "D-Bus", "DBus", "dbus", "Could not connect", "ServiceUnknown",
        "org.freedesktop.secrets was not provided" };
    for (const char *marker : markers) {
        if (text.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

bool looksLocked(const QString &text)
{
    return text.contains(QLatin1String("/org/freedesktop/secrets/collection"))
        || text.contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

SecretJob::Status statusFor(QKeychain::Error error, const QString &text)
{
    using S = SecretJob::Status;
    switch (error) {
    case QKeychain::NoError:
        return S::Ok;
    case QKeychain::EntryNotFound:
        return S::NotFound;
    case QKeychain::AccessDeniedByUser:
        return S::DeniedByUser;
    case QKeychain::AccessDenied:
        return S::Locked;
    case QKeychain::NoBackendAvailable:
        return S::NoKeyring;
    case QKeychain::OtherError:
        if (looksLikeNoBus(text))
            return S::NoKeyring;
        return looksLocked(text) ? S::Locked : S::Failed;
    default:
        return S::Failed;
    }
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    return start(job, key);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setTextData(secret);
    return start(job, key);
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    m_labels.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    return start(job, key);
}

void KeychainSecretStore::setLabel(const QString &key, const QString &label)
{
    m_labels.insert(key, label);
    SecretServiceLabel::apply(m_serviceName, key, label, this);
}

void KeychainSecretStore::complete(SecretJob *result, QKeychain::Job *finished)
{
    const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
    QString secret = reader ? reader->textData() : QString();
    const QString detail = finished->error() == QKeychain::NoError ? QString() : finished->errorString();
    result->complete(statusFor(finished->error(), finished->errorString()), secret, detail);
    // The job keeps its copy until it is deleted; this one goes now. (QtKeychain's own buffer, freed
    // with its job right after this, is zeroed by the allocator: app/core/WipeOnFree.cpp.)
    SecretWipe::wipe(secret);
}

SecretJob *KeychainSecretStore::start(QKeychain::Job *job, const QString &key)
{
    // autoDelete: QtKeychain deletes its job after finished(); we never delete a running one ourselves.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // the fallback writes plaintext
    job->setKey(key);
    auto *result = new SecretJob(this);
    // `result` is the context object: if the caller deletes it early, the late answer goes nowhere.
    connect(job, &QKeychain::Job::finished, result, [this, result, key](QKeychain::Job *finished) {
        const QString label = m_labels.value(key);
        if (label.isEmpty() || !qobject_cast<QKeychain::WritePasswordJob *>(finished)
            || finished->error() != QKeychain::NoError) {
            complete(result, finished);
            return;
        }
        // Labelled before the write reports back, so whoever waits for it sees the entry as a person will.
        // QtKeychain deletes its job after this slot: only the outcome is carried over.
        SecretServiceLabel::apply(
            m_serviceName, key, label, result, [result] { result->complete(SecretJob::Status::Ok); });
    });
    // The application-level timeout: the QtKeychain job keeps running (one at a time, process-wide),
    // but the caller hears back in bounded time.
    QTimer::singleShot(m_timeoutMs, result, [result] { result->complete(SecretJob::Status::TimedOut); });
    job->start();
    return result;
}
