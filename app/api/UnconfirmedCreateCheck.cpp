#include "UnconfirmedCreateCheck.h"

#include "AccessKeyListReply.h"
#include "VoipbinClient.h"

UnconfirmedCreateCheck *UnconfirmedCreateCheck::start(VoipbinClient *client, const QString &name,
    const QString &detail, const QDateTime &attemptStartedUtc, const QSet<QString> &knownIds)
{
    return new UnconfirmedCreateCheck(client, name, detail, attemptStartedUtc, knownIds);
}

UnconfirmedCreateCheck::UnconfirmedCreateCheck(VoipbinClient *client, const QString &name,
    const QString &detail, const QDateTime &attemptStartedUtc, const QSet<QString> &knownIds)
    : ApiReply(client)
    , m_name(name)
    , m_detail(detail)
    , m_earliestCreate(attemptStartedUtc.addSecs(-ClockSkewToleranceSeconds))
    , m_knownIds(knownIds)
    , m_list(client->listAccessKeys())
{
    connect(m_list, &ApiReply::finished, this, &UnconfirmedCreateCheck::listFinished);
    // abort() finishes this reply; the walk it started must stop too.
    connect(this, &ApiReply::finished, this, [this] {
        if (m_list && !m_list->isFinished())
            m_list->abort();
    });
}

bool UnconfirmedCreateCheck::couldBeTheAttempt(const AccessKey &key) const
{
    // A key without tm_create cannot be ruled out by time.
    const bool recentEnough = !key.createdAt.isValid() || key.createdAt >= m_earliestCreate;
    return !m_knownIds.contains(key.id) && key.name == m_name && key.detail == m_detail && recentEnough
        && !key.isDeleted();
}

void UnconfirmedCreateCheck::listFinished()
{
    for (const AccessKey &key : m_list->accessKeys()) {
        if (couldBeTheAttempt(key))
            m_matches.append(key);
    }
    const ApiError error = m_list->error();
    m_list->deleteLater();
    if (error.isError())
        finishWithError(error);
    else
        finishWithSuccess();
}
