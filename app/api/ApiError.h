#pragma once

#include <QMetaType>
#include <QString>

/// Everything that can go wrong with one request, in one value: the server's error envelope
/// ({"error":{status,reason,message,request_id}}), a bare status (the login's empty 400), a body that
/// is not what it should be, or a transport failure. userMessage() is the sentence a person reads.
class ApiError
{
public:
    enum class Kind {
        None,
        // transport
        ConnectionRefused,
        HostNotFound,
        Timeout,
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
        InvalidResponse, // not JSON, wrong shape, too large
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

    /// The reason the client gives an InvalidResponse for a body over its size cap.
    static constexpr const char *ResponseTooLargeReason = "RESPONSE_TOO_LARGE";
    /// The limit a Timeout hit, for the message ("did not answer within 30 seconds").
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QString baseMessage() const;
    QString serverMessageFor() const;
    QString permissionMessage() const;
    QString hostOrServer() const;
    QString timeoutText() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_reason;
    QString m_message;
    QString m_requestId;
    QString m_detail;
    int m_retryAfterSeconds = -1;
    int m_timeoutMs = 30000;
};

Q_DECLARE_METATYPE(ApiError)
