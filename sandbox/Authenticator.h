#pragma once

#include "AccountStore.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Identity.h"
#include "JwtIssuer.h"

#include <optional>

namespace sandbox {

// api-manager's Authenticate middleware. The first credential present wins, in this order:
// cookie token > ?token= > Authorization: Bearer (always a JWT) > cookie accesskey > ?accesskey=.
class Authenticator
{
public:
    Authenticator(const AccountStore &store, const JwtIssuer &jwt);

    // Fills `out` and returns nothing on success; otherwise the 401 to send.
    std::optional<ApiResponse> authenticate(const ApiRequest &request, Identity *out) const;

private:
    bool fromJwt(const QString &token, Identity *out) const;
    bool fromAccessKey(const QString &token, Identity *out) const;

    const AccountStore &m_store;
    const JwtIssuer &m_jwt;
};

} // namespace sandbox
