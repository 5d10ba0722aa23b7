#pragma once

#include "AccessKey.h"
#include "ApiReply.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>

class AccessKeyListReply;
class VoipbinClient;

/// Finds out whether a create whose answer was lost (ApiError::outcomeUnknown()) made a key anyway. It lists
/// every key and keeps those that could be the attempt's: same name and detail, an id not known before the
/// attempt, created no earlier than the attempt's start minus ClockSkewToleranceSeconds (the server's clock
/// is not ours). A match is a key whose secret is lost, since only the create's answer carries it: the UI
/// tells the user and offers to revoke it. Re-sending the create instead would make a second key.
/// Like every ApiReply it emits finished() exactly once; then matches() or error().
class UnconfirmedCreateCheck : public ApiReply
{
    Q_OBJECT

public:
    static constexpr int ClockSkewToleranceSeconds = 300;

    /// Starts the list at once. `attemptStartedUtc` is Clock::currentDateTimeUtc() taken just before the
    /// create was sent; `knownIds` are the ids of the keys listed before it. Parented to the client.
    static UnconfirmedCreateCheck *start(VoipbinClient *client, const QString &name, const QString &detail,
        const QDateTime &attemptStartedUtc, const QSet<QString> &knownIds);

    /// The keys that may be the lost create's (usually none or one); also filled when the list failed part
    /// of the way, from the pages that arrived.
    AccessKeyList matches() const { return m_matches; }

    /// The rule itself, for one key.
    bool couldBeTheAttempt(const AccessKey &key) const;

private:
    UnconfirmedCreateCheck(VoipbinClient *client, const QString &name, const QString &detail,
        const QDateTime &attemptStartedUtc, const QSet<QString> &knownIds);
    void listFinished();

    QString m_name;
    QString m_detail;
    QDateTime m_earliestCreate;
    QSet<QString> m_knownIds;
    QPointer<AccessKeyListReply> m_list;
    AccessKeyList m_matches;
};
