#pragma once

namespace sandbox {

// Ways an injected failure breaks the next /v1.0 request(s).
enum class Failure {
    InternalError, // 500 with the error envelope
    MalformedJson, // 200 with a body that is not valid JSON
    TruncatedBody, // Content-Length larger than what is sent, then the connection closes
    DropConnection, // the connection closes without any response bytes; the request has no effect
    HugeBody, // 200 with a ~20 MiB JSON body
    // The request takes effect (a create creates its key), then the connection closes with no response
    // bytes: the answer to a non-idempotent request is lost.
    DropAfterHandling,
    ResetConnection, // the connection is reset (RST) with no response bytes; the request has no effect
    TrickleBody, // 200 with Content-Length, one byte every setTrickleInterval() ms: an inactivity timer never
                 // fires
    EndlessChunkedBody, // 200, chunked (no Content-Length), a JSON body that never ends (stopped after 256
                        // MiB)
    DeeplyNestedJson, // 200 with a page whose one key holds 100,000 nested arrays: valid JSON, 200 KB
};

} // namespace sandbox
