#pragma once

#include "ApiReply.h"

/// POST /auth/login: the JWT and the username the server echoed.
class LoginReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;

    QString token() const { return m_token; }
    QString username() const { return m_username; }

private:
    friend class VoipbinClient;
    QString m_token;
    QString m_username;
};
