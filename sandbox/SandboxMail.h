#pragma once

#include <QString>

namespace sandbox {

// One email the real server would send. The sandbox sends nothing: it keeps these in its Outbox, so a test
// (or the person running the executable, on stderr) can read the code or token a user would get.
struct SandboxMail
{
    enum class Kind {
        SignupCode, // the 6-digit code for POST /auth/complete-signup (complete-signup generation only)
        EmailVerify, // the 64-hex token for POST /auth/email-verify
        PasswordReset, // the 64-hex token for POST /auth/password-reset
    };

    QString to;
    Kind kind = Kind::EmailVerify;
    QString secret; // the code or the token

    // "code 123456", "verify token 3fa…", "reset token 9bc…": the executable's stderr line says this.
    QString describe() const;
};

} // namespace sandbox
