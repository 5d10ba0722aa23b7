#include "SessionHandover.h"

#include "api/AccessKey.h"
#include "api/Credential.h"
#include "rotation/RotationRecord.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"
#include "session/CurrentSession.h"

SessionHandover::SessionHandover(CurrentSession *session, LocalKeySecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
{
}

SessionHandover::~SessionHandover() = default;

bool SessionHandover::isNeededFor(const RotationRecord &record) const
{
    const Session &session = m_session->session();
    if (!m_session->isSignedIn() || session.serverRoot() != record.serverRoot
        || session.customer().id != record.customerId)
        return false;
    AccessKey oldKey;
    oldKey.id = record.oldKeyId;
    oldKey.tokenPrefix = record.oldKeyPrefix;
    return session.matchesAccessKey(oldKey);
}

void SessionHandover::start(const RotationRecord &record)
{
    const QString oldKeyId = record.oldKeyId;
    const QString newKeyId = record.newKeyId;
    // From the keychain, not from the rotation's memory: what the session and the next start rely on.
    SecretJob *job = m_secrets->read(newKeyId);
    auto onAnswer = [this, job, oldKeyId, newKeyId] {
        if (job->status() == SecretJob::Status::TimedOut)
            return; // answeredLate() follows
        job->deleteLater();
        onRead(job, oldKeyId, newKeyId);
    };
    connect(job, &SecretJob::finished, this, onAnswer);
    connect(job, &SecretJob::answeredLate, this, onAnswer);
}

void SessionHandover::onRead(SecretJob *job, const QString &oldKeyId, const QString &newKeyId)
{
    const Credential credential = Credential::accessKey(job->secret());
    if (!job->isOk() || !credential.isWellFormed()) {
        const QString why = job->isOk() ? tr("The keychain's entry for it is damaged.") : job->userMessage();
        emit failed(oldKeyId,
            tr("This session signs in with the key being replaced, and the new key could not be read from "
               "the keychain to take its place, so the old key is kept for now. %1")
                .arg(why));
        return;
    }
    m_session->switchCredential(credential);
    remember(oldKeyId, newKeyId);
}

void SessionHandover::remember(const QString &oldKeyId, const QString &newKeyId)
{
    SecretJob *job = m_rememberer ? m_rememberer(m_session->session()) : nullptr;
    if (!job) {
        emit handedOver(oldKeyId, newKeyId);
        return;
    }
    auto onAnswer = [this, job, oldKeyId, newKeyId] {
        if (job->status() == SecretJob::Status::TimedOut)
            return; // an unlock prompt: its answer still counts
        job->deleteLater();
        if (job->isOk())
            emit handedOver(oldKeyId, newKeyId);
        else
            emit failed(oldKeyId,
                tr("This session now signs in with the new key, but the keychain did not remember it for "
                   "the next start, so the old key is kept for now. %1")
                    .arg(job->userMessage()));
    };
    connect(job, &SecretJob::finished, this, onAnswer);
    connect(job, &SecretJob::answeredLate, this, onAnswer);
}
