#pragma once

namespace sandbox {

// Ways an injected failure breaks the next /v1.0 request(s).
enum class Failure {
    InternalError, // 500 with the error envelope
    MalformedJson, // 200 with a body that is not valid JSON
    TruncatedBody, // Content-Length larger than what is sent, then the connection closes
    DropConnection, // the connection closes without any response bytes
    HugeBody, // 200 with a ~20 MiB JSON body
};

} // namespace sandbox
