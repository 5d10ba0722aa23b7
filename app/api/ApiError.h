#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// Everything that can go wrong with one request, in one value: the server's error envelope
/// ({"error":{status,reason,message,request_id}}), a bare status (the login's empty 400), a body that
/// is not what it should be, or a transport failure. userMessage() is the sentence a person reads.
/// outcomeUnknown() says whether the request may have taken effect although no usable answer came back: for a
/// create that means a key may exist whose secret is lost, to be reconciled (UnconfirmedCreateCheck), never
/// blindly retried.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        // transport
        ConnectionRefused,
        HostNotFound,
        Timeout, // no byte for requestTimeout() (an inactivity timer)
        DeadlineExceeded, // the whole answer took longer than requestDeadline()
        ConnectionClosed, // reset, dropped or truncated
        TlsFailure,
        InsecureUrl, // plain http:// to a non-loopback host, refused before sending
        Canceled,
        // server answered
        BadCredentials, // login's bare 400
        Unauthenticated, // 401: expired, malformed, deleted credential
        PermissionDenied, // 403
        NotFound, // 404 and the 400 INVALID_ARGUMENT for an unknown id
        AlreadyDeleted, // 409 STATE_INVALID
        InvalidArgument, // other 400s
        RateLimited, // 429, see retryAfterSeconds()
        ServerError, // 5xx
        InvalidResponse, // not JSON, wrong shape, too large, a list that never ends, a malformed login token
        ClientValidation, // refused before sending (e.g. lifetime out of range)
    };

    ApiError() = default;
    ApiError(
        Kind kind, int httpStatus = 0, QString reason = {}, QString message = {}, QString requestId = {});

    /// Builds the error for an HTTP response that was not a success; falls back to the status code when the
    /// body is empty or not the envelope. `isLogin` selects the login's meaning of a bare 400.
    static ApiError fromHttpResponse(
        int httpStatus, const QByteArray &body, bool isLogin = false, int retryAfterSeconds = -1);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString reason() const { return m_reason; }
    /// The server's own message, when it sent one.
    QString serverMessage() const { return m_message; }
    QString requestId() const { return m_requestId; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    /// Technical detail for the transport kinds (e.g. the TLS error text); never contains a secret.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    /// A sentence for a person, following the VoIPbin troubleshooting guide.
    QString userMessage() const;
    /// True when signing in again is the fix.
    bool needsSignIn() const { return m_kind == Kind::Unauthenticated; }

    /// Did the request possibly reach the server and take effect? True when the request may have been sent
    /// and no complete, readable answer came back: the connection closed or was reset, a timeout or the
    /// deadline hit, the answer was truncated, too large or unreadable. False when the server never got it
    /// (refused, host not found, TLS failure, refused before sending), when it answered with an error
    /// status, and for Canceled (the caller stopped waiting on purpose).
    bool outcomeUnknown() const;
    /// Marks an error of a create (POST, not safe to repeat): when outcomeUnknown(), userMessage() then says
    /// the key may have been created instead of "Please try again".
    void setCreateAttempt(bool create) { m_createAttempt = create; }
    bool isCreateAttempt() const { return m_createAttempt; }
    /// Marks an error of a signup (sent at most once): when outcomeUnknown(), the account may exist.
    void setSignupAttempt(bool signup) { m_signupAttempt = signup; }
    bool isSignupAttempt() const { return m_signupAttempt; }

    /// 403 ACCOUNT_FROZEN: the customer is frozen and will be deleted (see deletionEffectiveAt()) unless
    /// recovered. 403 ACCOUNT_EXPIRED: a self-signup account whose address was not verified in time.
    bool isAccountFrozen() const { return m_reason == QLatin1String("ACCOUNT_FROZEN"); }
    bool isAccountExpired() const { return m_reason == QLatin1String("ACCOUNT_EXPIRED"); }
    /// ACCOUNT_FROZEN's details[0].deletion_effective_at, as the server's text; empty when not given.
    QString deletionEffectiveAt() const { return m_deletionEffectiveAt; }
    void setDeletionEffectiveAt(const QString &when) { m_deletionEffectiveAt = when; }

    /// The reasons the client gives its own InvalidResponse and Unauthenticated errors.
    static constexpr const char *ResponseTooLargeReason = "RESPONSE_TOO_LARGE";
    static constexpr const char *EndlessListReason = "ENDLESS_LIST"; // over the client's page or key cap
    static constexpr const char *RepeatedPageReason = "REPEATED_PAGE"; // a page token came back again
    static constexpr const char *MalformedTokenReason = "MALFORMED_TOKEN"; // login's token is not a JWT
    static constexpr const char *MalformedCredentialReason = "MALFORMED_CREDENTIAL"; // not sent at all
    /// The client's reasons for the public /auth routes' bare 400 (and complete-signup's bare 429), which
    /// never say why themselves.
    static constexpr const char *SignupRefusedReason = "SIGNUP_REFUSED"; // no address, terms not accepted
    static constexpr const char *WrongSignupCodeReason = "WRONG_SIGNUP_CODE"; // or the signup timed out
    static constexpr const char *TooManySignupAttemptsReason = "TOO_MANY_SIGNUP_ATTEMPTS"; // 5 tries used
    static constexpr const char *InvalidVerifyLinkReason = "INVALID_VERIFY_LINK"; // bad, expired or used
    static constexpr const char *PasswordResetRefusedReason = "PASSWORD_RESET_REFUSED"; // ditto, or short
    /// The limit a Timeout hit, for the message ("did not answer within 30 seconds").
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QString baseMessage() const;
    QString serverMessageFor() const;
    QString permissionMessage() const;
    QString hostOrServer() const;
    QString timeoutText() const;
    QString invalidResponseMessage() const;
    QString lostCreateMessage() const;
    QString accountMessage() const;
    QString authRefusalMessage() const;
    QString rateLimitMessage() const;
    QString lostSignupMessage() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_reason;
    QString m_message;
    QString m_requestId;
    QString m_detail;
    int m_retryAfterSeconds = -1;
    int m_timeoutMs = 30000;
    bool m_createAttempt = false;
    bool m_signupAttempt = false;
    QString m_deletionEffectiveAt;
};

Q_DECLARE_METATYPE(ApiError)
