#pragma once

#include "AccessKey.h"
#include "ApiReply.h"

/// One accesskey: get, create (with its token, shown this once), update, delete.
class AccessKeyReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;

    AccessKey accessKey() const { return m_accessKey; }

private:
    friend class VoipbinClient;
    AccessKey m_accessKey;
};
