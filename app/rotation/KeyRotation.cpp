#include "KeyRotation.h"

#include "api/AccessKeyReply.h"
#include "api/ApiError.h"
#include "api/CustomerReply.h"
#include "api/UnconfirmedCreateCheck.h"
#include "api/VoipbinClient.h"
#include "core/Clock.h"
#include "core/SecretWipe.h"
#include "rotation/RotationStore.h"
#include "rotation/SessionHandover.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"

#include <QTimer>

using Step = RotationRecord::Step;

namespace {
constexpr qint64 DefaultLifetimeSeconds = 365 * 86400;

// A revoke reached its goal: the key is gone, whoever removed it.
bool isGone(const ApiError &error)
{
    return !error.isError() || error.kind() == ApiError::Kind::AlreadyDeleted
        || error.kind() == ApiError::Kind::NotFound;
}
} // namespace

KeyRotation::KeyRotation(
    VoipbinClient *client, LocalKeySecrets *secrets, RotationStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &KeyRotation::run);
}

KeyRotation::~KeyRotation()
{
    forgetToken();
}

qint64 KeyRotation::lifetimeOf(const AccessKey &key)
{
    if (!key.createdAt.isValid() || !key.expiresAt.isValid())
        return DefaultLifetimeSeconds;
    // To the minute: the server stamps both dates a moment apart from the request.
    const qint64 seconds = (key.createdAt.secsTo(key.expiresAt) + 30) / 60 * 60;
    return qBound(AccessKey::MinimumLifetimeSeconds, seconds, AccessKey::MaximumLifetimeSeconds);
}

void KeyRotation::start(
    const AccessKey &oldKey, const QString &customerId, qint64 graceSeconds, const AccessKeyList &listed)
{
    forgetToken();
    m_record = RotationRecord();
    m_record.serverRoot = m_client->serverRoot();
    m_record.customerId = customerId;
    m_record.oldKeyId = oldKey.id;
    m_record.oldKeyPrefix = oldKey.tokenPrefix;
    m_record.name = oldKey.name;
    m_record.detail = oldKey.detail;
    m_record.lifetimeSeconds = lifetimeOf(oldKey);
    m_record.graceSeconds = qMax<qint64>(0, graceSeconds);
    // Only keys with the same name and detail could be mistaken for the new one after a lost answer.
    m_record.knownIds << oldKey.id;
    for (const AccessKey &key : listed) {
        if (key.name == oldKey.name && key.detail == oldKey.detail && key.id != oldKey.id)
            m_record.knownIds << key.id;
    }
    m_finished = false;
    sendCreate();
}

void KeyRotation::resume(const RotationRecord &record)
{
    if (m_busy || !record.isValid())
        return;
    m_timer->stop(); // whatever it waited for is done now
    if (record.oldKeyId != m_record.oldKeyId)
        forgetToken(); // another rotation's secret has no business here
    m_record = record;
    m_finished = false;
    run();
}

void KeyRotation::record(Step step)
{
    m_record.step = step;
    m_store->save(m_record);
    emit stepChanged(step);
}

void KeyRotation::run()
{
    const bool haveToken = !m_created.token.isEmpty();
    switch (m_record.step) {
    case Step::Creating:
        // Sent or not, nobody knows: ask the server before sending anything again.
        checkLostCreate();
        return;
    case Step::Created:
        if (haveToken) {
            storeSecret();
            return;
        }
        // Killed between the create's answer and the write: nobody holds the secret of that key.
        m_record.discardIds = QStringList { m_record.newKeyId };
        m_record.restartAfterDiscard = true;
        record(Step::Discarding);
        discardNext();
        return;
    case Step::Storing:
        if (haveToken)
            storeSecret();
        else
            readStoredSecret(false);
        return;
    case Step::Stored:
        if (haveToken)
            verify();
        else
            readStoredSecret(true);
        return;
    case Step::Verified:
        // Killed before the session moved (it signed in with the old key again): it moves first.
        handOverThen(&KeyRotation::scheduleRevocation);
        return;
    case Step::Revoking:
        handOverThen(&KeyRotation::revokeOld);
        return;
    case Step::Discarding:
        discardNext();
        return;
    }
}

void KeyRotation::sendCreate()
{
    if (m_record.attempts >= MaxAttempts) {
        stop(tr("The new key could not be created after %n attempt(s), so the old key is kept and still "
                "works. Try again later.",
            nullptr, m_record.attempts));
        return;
    }
    ++m_record.attempts;
    m_record.createStartedUtc = Clock::currentDateTimeUtc();
    m_record.newKeyId.clear();
    m_record.newKeyPrefix.clear();
    record(Step::Creating); // before it is sent: a quit now leaves a create to look for
    m_busy = true;
    emit progress(tr("Creating the new key…"));
    AccessKeyReply *reply
        = m_client->createAccessKey(m_record.name, m_record.detail, m_record.lifetimeSeconds);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        NewAccessKey created = reply->newAccessKey();
        onCreateAnswered(created, reply->error());
        SecretWipe::wipe(created.token);
    });
}

void KeyRotation::onCreateAnswered(const NewAccessKey &created, const ApiError &error)
{
    if (!error.isError()) {
        m_created = created;
        m_record.newKeyId = created.key.id;
        m_record.newKeyPrefix = created.key.tokenPrefix;
        record(Step::Created);
        emit keyCreated(created.key);
        storeSecret();
    } else if (error.outcomeUnknown()) {
        checkLostCreate(); // sending it again could make a second key
    } else if (error.needsSignIn()) {
        pause(tr("Your session has ended. Sign in again and the replacement carries on; the old key still "
                 "works."));
    } else {
        stop(tr("The new key could not be created, so the old key is kept and still works. %1")
                 .arg(error.userMessage()));
    }
}

void KeyRotation::checkLostCreate()
{
    m_busy = true;
    emit progress(tr("The server's answer was lost. Checking whether the new key was created…"));
    const QSet<QString> known(m_record.knownIds.cbegin(), m_record.knownIds.cend());
    UnconfirmedCreateCheck *check = UnconfirmedCreateCheck::start(
        m_client, m_record.name, m_record.detail, m_record.createStartedUtc, known);
    connect(check, &ApiReply::finished, this, [this, check] {
        check->deleteLater();
        if (!check->isOk()) {
            pause(tr("The server's answer was lost and the keys could not be checked, so the replacement "
                     "waits; the old key still works. %1")
                      .arg(check->error().userMessage()));
            return;
        }
        const AccessKeyList orphans = check->matches();
        if (orphans.isEmpty()) {
            sendCreate(); // nothing was made: creating now cannot make a second key
            return;
        }
        // Made, but its secret came only in the lost answer: revoke it and start again.
        m_record.discardIds.clear();
        for (const AccessKey &key : orphans)
            m_record.discardIds << key.id;
        m_record.restartAfterDiscard = true;
        record(Step::Discarding);
        discardNext();
    });
}

void KeyRotation::storeSecret()
{
    record(Step::Storing);
    m_busy = true;
    emit progress(tr("Storing the new key in this computer's keychain…"));
    SecretJob *job = m_secrets->store(m_created);
    connect(job, &SecretJob::finished, this, [this, job] { onStored(job); });
    connect(job, &SecretJob::answeredLate, this, [this, job] { onStored(job); });
}

void KeyRotation::onStored(SecretJob *job)
{
    if (job->status() == SecretJob::Status::TimedOut) {
        // Not a refusal yet: the keychain may be showing an unlock prompt. Its answer still counts.
        emit progress(tr("Waiting for the keychain; it may be asking you to unlock it."));
        return;
    }
    job->deleteLater();
    if (job->isOk()) {
        record(Step::Stored);
        emit newKeyStored(m_created);
        verify();
        return;
    }
    m_stopMessage = tr("The keychain did not store the new key, so the old key is kept and still works; the "
                       "new key is revoked, since nothing holds its secret. %1")
                        .arg(job->userMessage());
    forgetToken();
    m_record.discardIds = QStringList { m_record.newKeyId };
    m_record.restartAfterDiscard = false;
    record(Step::Discarding);
    discardNext();
}

void KeyRotation::readStoredSecret(bool verifyAfter)
{
    m_busy = true;
    emit progress(tr("Reading the new key from this computer's keychain…"));
    SecretJob *job = m_secrets->read(m_record.newKeyId);
    auto onRead = [this, job, verifyAfter] {
        if (job->status() == SecretJob::Status::TimedOut)
            return; // answeredLate() follows
        job->deleteLater();
        if (job->isOk()) {
            m_created.key.id = m_record.newKeyId;
            m_created.key.tokenPrefix = m_record.newKeyPrefix;
            m_created.key.name = m_record.name;
            m_created.key.detail = m_record.detail;
            m_created.token = job->secret();
            // Stored, but perhaps not yet marked as stored: writing it again through store() marks it.
            if (verifyAfter)
                verify();
            else
                storeSecret();
        } else if (job->status() == SecretJob::Status::NotFound) {
            // The write never landed (the app was killed before it): nobody holds that key.
            m_record.discardIds = QStringList { m_record.newKeyId };
            m_record.restartAfterDiscard = true;
            record(Step::Discarding);
            discardNext();
        } else {
            pause(tr("The new key could not be read from the keychain, so the replacement waits; the old key "
                     "still works. %1")
                      .arg(job->userMessage()));
        }
    };
    connect(job, &SecretJob::finished, this, onRead);
    connect(job, &SecretJob::answeredLate, this, onRead);
}

void KeyRotation::verify()
{
    m_busy = true;
    emit progress(tr("Checking that the new key works…"));
    // A client of its own: the session's keeps signing with the session's credential.
    auto *checker = new VoipbinClient(this);
    m_checkClient = checker;
    checker->setServerRoot(m_client->serverRoot());
    checker->setExtraCaCertificates(m_client->extraCaCertificates());
    checker->setRequestTimeout(m_client->requestTimeout());
    checker->setRequestDeadline(m_client->requestDeadline());
    checker->setCredential(Credential::accessKey(m_created.token));
    CustomerReply *reply = checker->currentCustomer();
    connect(reply, &ApiReply::finished, this, [this, reply, checker] {
        reply->deleteLater();
        checker->setCredential(Credential());
        checker->deleteLater();
        forgetToken();
        ApiError error = reply->error();
        if (!error.isError() && reply->customer().id != m_record.customerId)
            error = ApiError(ApiError::Kind::PermissionDenied);
        onVerified(error);
    });
}

void KeyRotation::onVerified(const ApiError &error)
{
    if (!error.isError()) {
        m_record.revokeAtUtc = Clock::currentDateTimeUtc().addSecs(m_record.graceSeconds);
        record(Step::Verified);
        emit revocationScheduled(m_record.revokeAtUtc);
        handOverThen(&KeyRotation::scheduleRevocation);
    } else if (error.kind() == ApiError::Kind::Unauthenticated
        || error.kind() == ApiError::Kind::PermissionDenied) {
        m_stopMessage = tr("The new key was created and stored, but the server does not accept it, so it is "
                           "revoked and the old key is kept. %1")
                            .arg(error.userMessage());
        m_record.discardIds = QStringList { m_record.newKeyId };
        m_record.restartAfterDiscard = false;
        record(Step::Discarding);
        discardNext();
    } else {
        pause(tr("The new key is stored, but whether it works could not be checked, so the old key is kept "
                 "for now. %1")
                  .arg(error.userMessage()));
    }
}

void KeyRotation::handOverThen(void (KeyRotation::*next)())
{
    if (!m_handover || !m_handover->isNeededFor(m_record)) {
        (this->*next)();
        return;
    }
    m_busy = true;
    emit progress(tr("Signing this session in with the new key…"));
    // Heard once, and only about this rotation's key: the handover serves every rotation of the page.
    auto *context = new QObject(this);
    connect(
        m_handover, &SessionHandover::handedOver, context, [this, context, next](const QString &oldKeyId) {
            if (oldKeyId != m_record.oldKeyId)
                return;
            context->deleteLater();
            (this->*next)();
        });
    connect(m_handover, &SessionHandover::failed, context,
        [this, context](const QString &oldKeyId, const QString &message) {
            if (oldKeyId != m_record.oldKeyId)
                return;
            context->deleteLater();
            pause(message);
        });
    m_handover->start(m_record);
}

void KeyRotation::scheduleRevocation()
{
    m_busy = false;
    const qint64 ms = Clock::currentDateTimeUtc().msecsTo(m_record.revokeAtUtc);
    if (ms <= 0) {
        revokeOld();
        return;
    }
    // Long waits are checked again against the clock: a suspended computer's timers run late.
    m_timer->start(int(qMin(ms, MaxTimerMs)));
}

void KeyRotation::revokeOld()
{
    // The only way here is through Verified: the new key is stored and works.
    if (m_record.step != Step::Verified && m_record.step != Step::Revoking)
        return;
    // The grace period's timer (or a retry) fires here directly: a session that came back with the old
    // key since (signed in again after a 401) moves first.
    if (m_handover && m_handover->isNeededFor(m_record)) {
        handOverThen(&KeyRotation::revokeOld);
        return;
    }
    record(Step::Revoking);
    m_busy = true;
    emit progress(tr("Revoking the old key…"));
    AccessKeyReply *reply = m_client->deleteAccessKey(m_record.oldKeyId);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        const ApiError error = reply->error();
        if (isGone(error)) {
            m_secrets->forget(m_record.oldKeyId);
            m_store->remove(m_record.serverRoot, m_record.customerId, m_record.oldKeyId);
            m_busy = false;
            m_finished = true;
            emit keyRevoked(m_record.oldKeyId);
            emit finished();
        } else if (error.needsSignIn()) {
            pause(tr("Your session has ended. Sign in again and the old key will be revoked."));
        } else {
            pause(tr("The old key could not be revoked yet; it is tried again in a minute. %1")
                      .arg(error.userMessage()));
            m_timer->start(RetryMs);
        }
    });
}

void KeyRotation::discardNext()
{
    if (m_record.discardIds.isEmpty()) {
        if (m_record.restartAfterDiscard) {
            m_record.restartAfterDiscard = false;
            sendCreate();
        } else {
            stop(m_stopMessage.isEmpty() ? tr(
                     "The replacement stopped before the new key could be used, so the new key was revoked "
                     "and the old key is kept.")
                                         : m_stopMessage);
        }
        return;
    }
    m_busy = true;
    emit progress(tr("Revoking a new key whose secret was lost…"));
    const QString id = m_record.discardIds.first();
    AccessKeyReply *reply = m_client->deleteAccessKey(id);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        if (!isGone(reply->error())) {
            pause(tr("A new key whose secret was lost could not be revoked yet; the old key still works. %1")
                      .arg(reply->error().userMessage()));
            return;
        }
        m_secrets->forget(id);
        m_record.discardIds.removeAll(id);
        if (!m_record.knownIds.contains(id))
            m_record.knownIds << id; // never again mistaken for a new create
        record(Step::Discarding);
        emit keyRevoked(id);
        discardNext();
    });
}

void KeyRotation::stop(const QString &message)
{
    forgetToken();
    m_store->remove(m_record.serverRoot, m_record.customerId, m_record.oldKeyId);
    m_busy = false;
    m_finished = true;
    emit failed(message, false);
}

void KeyRotation::pause(const QString &message)
{
    m_busy = false;
    emit failed(message, true);
}

void KeyRotation::forgetToken()
{
    SecretWipe::wipe(m_created.token);
}
