#pragma once

namespace sandbox {

// Which generation of the real server's POST /auth/signup the sandbox plays.
enum class SignupFlow {
    // Since 2026-04-03: the answer carries the provisioned accesskey, token included.
    Current,
    // 2026-02-16 to 2026-04-03: the answer carries a temp_token; POST /auth/complete-signup with it and the
    // emailed 6-digit code returns the accesskey.
    CompleteSignup,
};

} // namespace sandbox
