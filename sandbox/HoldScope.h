#pragma once

namespace sandbox {

// Which requests SandboxServer::holdRequests() holds, among those to its method and path.
enum class HoldScope {
    AnyCredential, // every one
    // Only those signed by an accesskey created after holdRequests() was called: a client checking a key
    // it just made (GET /v1.0/customer with it) waits, while its session's older key is served.
    KeysCreatedFromNow,
};

} // namespace sandbox
