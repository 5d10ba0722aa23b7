#pragma once

#include "api/AccessKey.h"

#include <QObject>
#include <QPointer>

class AccessKeyFilterProxyModel;
class AccessKeyListReply;
class AccessKeyTableModel;
class ApiError;
class VoipbinClient;

/// Loads the account's whole accesskey list into the table model, page by page. The old rows stay
/// until the first new page arrives, and come back if the load fails half-way: a complete old list
/// beats a partial new one. Says how the load went; showing it is the window's business.
class AccessKeyListLoader : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; `proxy` sorts once at the end instead of once per inserted row.
    AccessKeyListLoader(VoipbinClient *client, AccessKeyTableModel *model, AccessKeyFilterProxyModel *proxy,
        QObject *parent = nullptr);

    /// Starts loading the list again; a load still running is aborted first (and reports canceled()).
    void load();
    /// Signed out: aborts, and nothing of the old list may come back when the aborted load reports.
    void discard();
    bool isLoading() const { return !m_reply.isNull(); }

signals:
    void started();
    void pageLoaded(int pagesLoaded, int keysSoFar);
    /// The model holds the complete list.
    void loaded();
    void canceled();
    /// The model holds the list from before the load.
    void failed(const ApiError &error);

private:
    void addPage(const AccessKeyList &page);
    void finish(AccessKeyListReply *reply);

    VoipbinClient *m_client;
    AccessKeyTableModel *m_model;
    AccessKeyFilterProxyModel *m_proxy;
    QPointer<AccessKeyListReply> m_reply;
    bool m_firstPageSeen = false;
    AccessKeyList m_keysBeforeLoad; // put back when a load fails half-way
};
