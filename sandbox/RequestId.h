#pragma once

#include <QString>

namespace sandbox {

// X-Request-Id handling of api-manager's request_id middleware.
class RequestId
{
public:
    // The client's id if it is 1..64 characters of [A-Za-z0-9_-], else a fresh one.
    static QString acceptOrGenerate(const QString &clientValue);
    static QString generate(); // "req_" + 26 base32 characters
};

} // namespace sandbox
