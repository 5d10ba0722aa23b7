#pragma once

#include <QObject>
#include <QString>

/// One keychain operation in flight. Emits finished() exactly once, after which status() says what
/// happened in terms the UI can act on (no keyring vs locked vs refused by the user vs timed out).
/// TimedOut is provisional: the keychain may still answer (an unlock prompt, KWallet's first-use
/// wizard), and then answeredLate() follows with the real status. Keep the job to hear it.
/// One ownership rule for every call that returns a job (SecretStore, LocalKeySecrets): the caller owns it
/// and deleteLater()s it after the last signal it waits for: finished(), or answeredLate() after a TimedOut.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Pending,
        Ok,
        NotFound, // a read or delete of an entry that does not exist
        NoKeyring, // no Secret Service / session bus
        Locked, // the keyring is locked and could not be unlocked
        DeniedByUser, // the user dismissed the unlock prompt
        TimedOut, // no answer in time (an unanswered prompt)
        Failed, // anything else
    };
    Q_ENUM(Status)

    using QObject::QObject;
    /// Zeroes the secret it still holds (SecretWipe): a job must not keep a token alive in memory.
    ~SecretJob() override;

    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    bool isFinished() const { return m_status != Status::Pending; }
    /// The secret, for a successful read. Take it once and let the job go: it is wiped when the job is
    /// deleted, and a copy kept elsewhere outlives that.
    QString secret() const { return m_secret; }
    /// Backend detail for diagnostics; never contains the secret.
    QString errorDetail() const { return m_errorDetail; }
    /// A sentence for a person: what went wrong and what to do.
    QString userMessage() const;
    static QString describe(Status status);

    /// For SecretStore implementations: completes the job (once) and emits finished().
    void complete(Status status, const QString &secret = {}, const QString &errorDetail = {});

signals:
    void finished();
    /// After finished() with TimedOut: the keychain answered after all; status() now says how.
    void answeredLate();

private:
    Status m_status = Status::Pending;
    QString m_secret;
    QString m_errorDetail;
};
