#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Customer.h"

#include <optional>

namespace sandbox {

// api-manager's account-status check, run on every /v1.0 call after authentication and the rate limit:
// a frozen customer gets 403 ACCOUNT_FROZEN (with when its deletion takes effect and how to recover), an
// expired one 403 ACCOUNT_EXPIRED (PR #1279: unverified accounts past their deadline).
class AccountGate
{
public:
    // Nothing when the customer may go on.
    static std::optional<ApiResponse> check(const Customer &customer, const ApiRequest &request);
};

} // namespace sandbox
