#include "AccessKeyListLoader.h"

#include "api/AccessKeyListReply.h"
#include "api/ApiError.h"
#include "api/VoipbinClient.h"

#include <utility>

AccessKeyListLoader::AccessKeyListLoader(VoipbinClient *client, AccessKeyTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

void AccessKeyListLoader::load()
{
    if (m_reply)
        m_reply->abort();
    m_pending = {};
    m_showFirstPage = m_model->rowCount() == 0;
    m_firstPageShown = false;
    AccessKeyListReply *reply = m_client->listAccessKeys();
    reply->setCollectsKeys(false); // m_pending holds them: 100,000 keys once, not twice
    m_reply = reply;
    connect(reply, &AccessKeyListReply::pageLoaded, this,
        [this](int pagesLoaded, int keysSoFar, const AccessKeyList &page) {
            addPage(page);
            emit pageLoaded(pagesLoaded, keysSoFar);
        });
    connect(reply, &ApiReply::finished, this, [this, reply] { finish(reply); });
    emit started();
}

void AccessKeyListLoader::discard()
{
    m_pending = {};
    m_showFirstPage = false;
    if (m_reply)
        m_reply->abort();
}

void AccessKeyListLoader::addPage(const AccessKeyList &page)
{
    m_pending.append(page);
    if (m_showFirstPage && !m_firstPageShown) {
        m_firstPageShown = true;
        m_model->setKeys(page); // 100 rows: cheap, and the table is not empty while the rest arrives
    }
}

void AccessKeyListLoader::finish(AccessKeyListReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply.clear();
    if (m_reply)
        return; // a newer load replaced this one; it finishes the load
    AccessKeyTableModel::PendingRows rows = std::exchange(m_pending, {});
    if (reply->isOk()) {
        m_model->setRows(std::move(rows));
        emit loaded();
        return;
    }
    if (m_firstPageShown)
        m_model->setKeys({}); // the table was empty before: no partial list
    m_firstPageShown = false;
    if (reply->error().kind() == ApiError::Kind::Canceled)
        emit canceled();
    else
        emit failed(reply->error());
}
