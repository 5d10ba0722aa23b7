#pragma once

#include "AccessKey.h"
#include "ApiReply.h"

/// Every accesskey of the account, gathered page by page (newest first, as the server sends them).
class AccessKeyListReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;

    /// Empty after setCollectsKeys(false).
    AccessKeyList accessKeys() const { return m_accessKeys; }
    int pagesLoaded() const { return m_pagesLoaded; }
    int keysLoaded() const { return m_keysLoaded; }
    /// Off for a caller that takes each page from pageLoaded(): 100,000 keys are then held once, not twice.
    void setCollectsKeys(bool collects) { m_collectsKeys = collects; }

signals:
    /// After each page: lets a view show progress and the first rows before the last page arrives.
    void pageLoaded(int pagesLoaded, int keysSoFar, const AccessKeyList &page);

private:
    friend class VoipbinClient;
    AccessKeyList m_accessKeys;
    int m_pagesLoaded = 0;
    int m_keysLoaded = 0;
    bool m_collectsKeys = true;
};
