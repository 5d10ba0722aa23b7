#include "SecretJob.h"

#include "core/SecretWipe.h"

SecretJob::~SecretJob()
{
    SecretWipe::wipe(m_secret);
}

QString SecretJob::describe(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("Waiting for the keyring.");
    case Status::Ok:
        return tr("Done.");
    case Status::NotFound:
        return tr("No saved secret was found in the keyring.");
    case Status::NoKeyring:
        return tr("No keyring is available: VoIPbin Keys needs a Secret Service such as GNOME Keyring "
                  "or KWallet to store secrets.");
    case Status::Locked:
        return tr("The keyring is locked. Unlock it and try again.");
    case Status::DeniedByUser:
        return tr("Access to the keyring was refused at the unlock prompt.");
    case Status::TimedOut:
        return tr("The keyring did not answer (is an unlock prompt waiting?).");
    case Status::Failed:
        return tr("The keyring could not complete the operation.");
    }
    return {};
}

QString SecretJob::userMessage() const
{
    if (m_status == Status::Failed && !m_errorDetail.isEmpty())
        return describe(m_status) + QLatin1Char(' ') + m_errorDetail;
    return describe(m_status);
}

void SecretJob::complete(Status status, const QString &secret, const QString &errorDetail)
{
    if (status == Status::Pending)
        return;
    // A keychain write outlives the application timeout (it waits behind a prompt): the late answer is the
    // real outcome, reported once, and never as a second finished().
    if (m_status == Status::TimedOut && status != Status::TimedOut) {
        m_status = status;
        if (status == Status::Ok)
            m_secret = secret;
        m_errorDetail = errorDetail;
        emit answeredLate();
        return;
    }
    if (isFinished())
        return;
    m_status = status;
    if (status == Status::Ok)
        m_secret = secret;
    m_errorDetail = errorDetail;
    emit finished();
}
