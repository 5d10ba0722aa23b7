#pragma once

#include "AccountStore.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Outbox.h"
#include "SignupFlow.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace sandbox {

// The unauthenticated /auth routes besides login: signup (in either server generation, see SignupFlow),
// complete-signup, email-verify, password-forgot and password-reset. Like the real handlers they answer a
// bare status with an empty body on failure, and signup answers `{}` for a taken or invalid email so that
// addresses cannot be enumerated. The codes and tokens the real server would email go to the Outbox.
class AuthApi
{
public:
    AuthApi(AccountStore &store, Outbox &outbox);

    // Nothing when the path is not one of these routes.
    std::optional<ApiResponse> handle(const ApiRequest &request);
    void setSignupFlow(SignupFlow flow) { m_flow = flow; }
    SignupFlow signupFlow() const { return m_flow; }

private:
    struct Pending
    {
        QString subject; // customer id (verify, signup session) or username (reset)
        qint64 expiresMicros = 0;
        QString code; // signup sessions only
        int attempts = 0; // signup sessions only
    };

    ApiResponse signUp(const ApiRequest &request);
    ApiResponse completeSignUp(const ApiRequest &request);
    ApiResponse verifyEmail(const ApiRequest &request);
    ApiResponse forgotPassword(const ApiRequest &request);
    ApiResponse resetPassword(const ApiRequest &request);
    QJsonObject provisionKey(const QString &customerId);
    void mailVerifyToken(const Customer &customer);
    void mailResetToken(const QString &username, const QString &to);
    // Removes and returns a pending entry that has not expired.
    std::optional<Pending> take(QHash<QString, Pending> &table, const QString &token);

    AccountStore &m_store;
    Outbox &m_outbox;
    std::atomic<SignupFlow> m_flow { SignupFlow::Current };
    QMutex m_mutex; // guards the three tables
    QHash<QString, Pending> m_signups; // by temp_token
    QHash<QString, Pending> m_verifyTokens;
    QHash<QString, Pending> m_resetTokens;
};

} // namespace sandbox
