#pragma once

#include "ApiReply.h"
#include "Customer.h"
#include "NewAccessKey.h"
#include "core/SecretWipe.h"

/// POST /auth/signup or /auth/complete-signup, and which of the server's answers came back. Two
/// generations of server answer a signup differently: today's with the provisioned accesskey, token
/// included (KeyReady); those of February-April 2026 with a temp_token (CodeNeeded), to be sent with the
/// 6-digit emailed code to VoipbinClient::completeSignUp(), whose own reply is KeyReady. Every other outcome,
/// an address already registered or not valid included, is the server's deliberate `{}` (NotCreated): it
/// never says which, so that nobody can find out who has an account. Holds secrets (the key's token, the
/// temp token); it wipes its copies when it goes, so take them once.
class SignupReply : public ApiReply
{
    Q_OBJECT

public:
    enum class Outcome {
        None, // not finished, or finished with an error()
        KeyReady, // newAccessKey() is the account's key, ready to store: the server never shows it again
        CodeNeeded, // tempToken() and the code emailed to the address go to completeSignUp()
        NotCreated, // `{}`: no account was created (the address is already registered or not valid)
    };

    using ApiReply::ApiReply;
    ~SignupReply() override
    {
        SecretWipe::wipe(m_token);
        SecretWipe::wipe(m_tempToken);
    }

    Outcome outcome() const { return m_outcome; }
    /// The new customer (status "initial", email not verified); after completeSignUp() only its id.
    Customer customer() const { return m_customer; }
    /// KeyReady: the key and its token. Store the token at once (the keychain) and let it go.
    NewAccessKey newAccessKey() const { return { m_accessKey, m_token }; }
    /// CodeNeeded: the server's handle on this signup, valid for an hour. A secret: never show or log it.
    QString tempToken() const { return m_tempToken; }

private:
    friend class VoipbinClient;
    Outcome m_outcome = Outcome::None;
    Customer m_customer;
    AccessKey m_accessKey;
    QString m_token;
    QString m_tempToken;
};
