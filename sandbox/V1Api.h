#pragma once

#include "AccountStore.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Identity.h"

namespace sandbox {

// The authenticated /v1.0 routes: customer, me, the agent's own password and the five accesskey endpoints.
class V1Api
{
public:
    explicit V1Api(AccountStore &store);

    ApiResponse handle(const ApiRequest &request, const Identity &who);

private:
    ApiResponse customer(const ApiRequest &request, const Identity &who);
    ApiResponse me(const ApiRequest &request, const Identity &who);
    ApiResponse changePassword(const ApiRequest &request, const Identity &who);
    ApiResponse listKeys(const ApiRequest &request, const Identity &who);
    ApiResponse createKey(const ApiRequest &request, const Identity &who);
    ApiResponse getKey(const ApiRequest &request, const Identity &who, const QString &id);
    ApiResponse updateKey(const ApiRequest &request, const Identity &who, const QString &id);
    ApiResponse deleteKey(const ApiRequest &request, const Identity &who, const QString &id);
    ApiResponse keyLookupResult(const ApiRequest &request, AccountStore::Lookup result, const AccessKey &key);

    AccountStore &m_store;
};

} // namespace sandbox
