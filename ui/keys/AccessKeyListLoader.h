#pragma once

#include "keys/AccessKeyTableModel.h"

#include <QObject>
#include <QPointer>

class AccessKeyListReply;
class ApiError;
class VoipbinClient;

/// Loads the account's whole accesskey list into the table model. Pages are gathered off the model as they
/// arrive and shown with one model reset at the end: inserting them one by one into the sorted proxy cost a
/// rebuild of its mapping per page (25 times the transport floor at 10,000 keys), and flooded the
/// accessibility bus with one event per insert. So the old rows stay on screen, filterable, until the new
/// list is complete, and simply stay if the load fails half-way: a complete old list beats a partial new
/// one. An empty table (signing in) shows the first page at once, so nobody stares at nothing. Says how the
/// load went; showing it is the window's business.
class AccessKeyListLoader : public QObject
{
    Q_OBJECT

public:
    /// Both borrowed. The view's proxy needs nothing from the loader: the one model reset sorts it once.
    AccessKeyListLoader(VoipbinClient *client, AccessKeyTableModel *model, QObject *parent = nullptr);

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
    QPointer<AccessKeyListReply> m_reply;
    AccessKeyTableModel::PendingRows m_pending; // the only copy of the new list until it is complete
    bool m_showFirstPage = false; // the table was empty when the load started
    bool m_firstPageShown = false;
};
