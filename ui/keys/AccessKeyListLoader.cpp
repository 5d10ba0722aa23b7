#include "AccessKeyListLoader.h"

#include "api/AccessKeyListReply.h"
#include "api/ApiError.h"
#include "api/VoipbinClient.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"

#include <utility>

AccessKeyListLoader::AccessKeyListLoader(
    VoipbinClient *client, AccessKeyTableModel *model, AccessKeyFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_proxy(proxy)
{
}

void AccessKeyListLoader::load()
{
    if (m_reply)
        m_reply->abort();
    m_firstPageSeen = false;
    m_keysBeforeLoad = m_model->keys(); // shared, not copied
    AccessKeyListReply *reply = m_client->listAccessKeys();
    m_reply = reply;
    m_proxy->beginBulkLoad();
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
    m_keysBeforeLoad.clear();
    m_firstPageSeen = false;
    if (m_reply)
        m_reply->abort();
}

void AccessKeyListLoader::addPage(const AccessKeyList &page)
{
    // The old rows stay until the first new page arrives, so a failed load never empties the table.
    if (!m_firstPageSeen) {
        m_firstPageSeen = true;
        m_model->setKeys(page);
    } else {
        m_model->appendKeys(page);
    }
}

void AccessKeyListLoader::finish(AccessKeyListReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply.clear();
    if (m_reply)
        return; // a newer load replaced this one; it finishes the load
    m_proxy->endBulkLoad();
    const AccessKeyList before = std::exchange(m_keysBeforeLoad, {});
    if (reply->isOk()) {
        if (!m_firstPageSeen)
            m_model->setKeys({}); // the account has no keys (any more)
        emit loaded();
        return;
    }
    if (m_firstPageSeen)
        m_model->setKeys(before);
    if (reply->error().kind() == ApiError::Kind::Canceled)
        emit canceled();
    else
        emit failed(reply->error());
}
