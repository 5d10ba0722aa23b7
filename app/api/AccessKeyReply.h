#pragma once

#include "AccessKey.h"
#include "ApiReply.h"
#include "NewAccessKey.h"
#include "core/SecretWipe.h"

/// One accesskey: get, create (with its token, shown this once), update, delete.
class AccessKeyReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    ~AccessKeyReply() override { SecretWipe::wipe(m_token); }

    AccessKey accessKey() const { return m_accessKey; }
    /// A create's answer: the key and its token. Take it once; the reply wipes its copy when it goes.
    NewAccessKey newAccessKey() const { return { m_accessKey, m_token }; }

private:
    friend class VoipbinClient;
    AccessKey m_accessKey;
    QString m_token; // only a create's answer has one
};
