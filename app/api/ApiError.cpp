#include "ApiError.h"

#include "Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
struct Envelope
{
    QString reason;
    QString message;
    QString requestId;
    QString deletionEffectiveAt; // ACCOUNT_FROZEN's details[0]
};

// The current envelope {"error":{...}} or the legacy top-level "message"; empty for anything else.
Envelope parseEnvelope(const QByteArray &body)
{
    Envelope envelope;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return envelope;
    const QJsonObject object = doc.object();
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        envelope.reason = error.value(QLatin1String("reason")).toString();
        envelope.message = error.value(QLatin1String("message")).toString();
        envelope.requestId = error.value(QLatin1String("request_id")).toString();
        envelope.deletionEffectiveAt = error.value(QLatin1String("details"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QLatin1String("deletion_effective_at"))
                                           .toString();
    } else {
        envelope.message = object.value(QLatin1String("message")).toString();
    }
    return envelope;
}

ApiError::Kind kindForStatus(int status, const QString &reason, bool isLogin)
{
    using K = ApiError::Kind;
    switch (status) {
    case 400:
        if (isLogin)
            return K::BadCredentials; // login answers every failure with a bare 400
        return reason == QLatin1String("INVALID_ID") ? K::NotFound : K::InvalidArgument;
    case 401:
        return K::Unauthenticated;
    case 403:
        return K::PermissionDenied;
    case 404:
        return K::NotFound;
    case 409:
        return K::AlreadyDeleted;
    case 429:
        return K::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return K::ServerError;
    return status >= 400 ? K::InvalidArgument : K::InvalidResponse;
}

// One source text per English form, each with %n, so that a translation can give all of its plural forms.
QString secondsText(int n)
{
    return n == 1 ? ApiError::tr("%n second", "one", n) : ApiError::tr("%n seconds", "other", n);
}
} // namespace

ApiError::ApiError(Kind kind, int httpStatus, QString reason, QString message, QString requestId)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_reason(std::move(reason))
    , m_message(std::move(message))
    , m_requestId(std::move(requestId))
{
}

ApiError ApiError::fromHttpResponse(
    int httpStatus, const QByteArray &body, bool isLogin, int retryAfterSeconds)
{
    const Envelope envelope = parseEnvelope(body);
    ApiError error(kindForStatus(httpStatus, envelope.reason, isLogin), httpStatus, envelope.reason,
        envelope.message, envelope.requestId);
    error.setRetryAfterSeconds(retryAfterSeconds);
    error.setDeletionEffectiveAt(envelope.deletionEffectiveAt);
    return error;
}

bool ApiError::outcomeUnknown() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::DeadlineExceeded:
    case Kind::ConnectionClosed:
        return true;
    case Kind::InvalidResponse:
        // The client's own verdicts on complete answers: the request's effect (none, for reads) is known.
        return m_reason != QLatin1String(EndlessListReason) && m_reason != QLatin1String(RepeatedPageReason)
            && m_reason != QLatin1String(MalformedTokenReason);
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    QString text = m_signupAttempt && outcomeUnknown() ? lostSignupMessage()
        : m_createAttempt && outcomeUnknown()          ? lostCreateMessage()
                                                       : accountMessage();
    if (!m_requestId.isEmpty())
        //: %1 is a sentence, %2 the id the server gave the failed request (for its support)
        text = tr("%1 (request id: %2)").arg(text, m_requestId);
    return text;
}

QString ApiError::baseMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return tr("Could not connect to %1: the server is not reachable.").arg(hostOrServer());
    case Kind::HostNotFound:
        return tr("Could not find the server %1. Check the address and the network connection.")
            .arg(hostOrServer());
    case Kind::Timeout:
        return tr("The server did not answer within %1.").arg(timeoutText());
    case Kind::DeadlineExceeded:
        return tr("The server took too long to answer (more than %1).").arg(timeoutText());
    case Kind::ConnectionClosed:
        return tr("The connection to the server was closed before the answer was complete. "
                  "Please try again.");
    case Kind::TlsFailure:
        return m_detail.isEmpty() ? tr("The secure connection to the server could not be established.")
                                  : tr("The server's certificate could not be verified: %1").arg(m_detail);
    case Kind::InsecureUrl:
        return tr("Plain http:// is only allowed for this computer (localhost); use https://.");
    case Kind::Canceled:
        return tr("The request was canceled.");
    default:
        return serverMessageFor();
    }
}

QString ApiError::serverMessageFor() const
{
    switch (m_kind) {
    case Kind::BadCredentials:
        return tr("The username or password is wrong.");
    case Kind::Unauthenticated:
        if (m_reason == QLatin1String(MalformedCredentialReason))
            return tr("The saved credential is not a well-formed token, so it was not sent. "
                      "Please sign in again.");
        return tr("Your session has expired or the credential is no longer valid (expired, revoked or "
                  "malformed). Please sign in again.");
    case Kind::PermissionDenied:
        return permissionMessage();
    case Kind::NotFound:
        return tr("The accesskey was not found. It may have been deleted or belong to another account.");
    case Kind::AlreadyDeleted:
        return tr("This accesskey has already been deleted.");
    case Kind::InvalidArgument:
        return m_message.isEmpty() ? tr("The server refused the request as invalid.")
                                   : tr("The server refused the request: %1").arg(m_message);
    case Kind::RateLimited:
        return m_retryAfterSeconds > 0
            ? tr("Too many requests; try again in %1.").arg(secondsText(m_retryAfterSeconds))
            : tr("Too many requests; try again in a moment.");
    case Kind::ServerError:
        return tr("The server had a problem (HTTP %1). Please try again later.").arg(m_httpStatus);
    case Kind::InvalidResponse:
        return invalidResponseMessage();
    case Kind::ClientValidation:
        return m_message.isEmpty() ? tr("The request was not sent because it is not valid.") : m_message;
    default:
        return {};
    }
}

QString ApiError::invalidResponseMessage() const
{
    if (m_reason == QLatin1String(ResponseTooLargeReason))
        return tr("The server sent a response too large for the app to accept.");
    if (m_reason == QLatin1String(EndlessListReason))
        return tr("The server kept sending more pages than the app accepts, so the list was "
                  "stopped and may be incomplete.");
    if (m_reason == QLatin1String(RepeatedPageReason))
        return tr("The server sent a page of the list it had already sent, so the list was "
                  "stopped and may be incomplete.");
    if (m_reason == QLatin1String(MalformedTokenReason))
        return tr("The server's sign-in answer did not contain a well-formed login token, so it "
                  "was not used.");
    return tr("The server sent a response the app could not read.");
}

QString ApiError::lostCreateMessage() const
{
    // Never "try again": a second create would make a second key; the first may already exist.
    switch (m_kind) {
    case Kind::Timeout:
        return tr("The server did not answer within %1; the key may have been created.").arg(timeoutText());
    case Kind::DeadlineExceeded:
        return tr("The server took too long to answer (more than %1); the key may have been "
                  "created.")
            .arg(timeoutText());
    case Kind::ConnectionClosed:
        return tr("The connection broke before the server's answer arrived; the key may have "
                  "been created.");
    default:
        return tr("The server's answer could not be read; the key may have been created.");
    }
}

QString ApiError::permissionMessage() const
{
    if (m_reason == QLatin1String("ACCOUNT_FROZEN"))
        return tr("This account is frozen and scheduled for deletion. Recover it before managing "
                  "accesskeys.");
    if (m_reason == QLatin1String("ACCOUNT_EXPIRED"))
        return tr("This account has expired (its email address was never verified).");
    return tr("You do not have permission to do this. Managing accesskeys needs the admin "
              "permission; a manager account cannot do it.");
}

QString ApiError::hostOrServer() const
{
    return m_detail.isEmpty() ? tr("the server") : m_detail;
}

QString ApiError::timeoutText() const
{
    const int seconds = qMax(1, (m_timeoutMs + 500) / 1000);
    return secondsText(seconds);
}

// The account's life (signup, verification, passwords, frozen and expired accounts) and waits measured in
// minutes; everything else is baseMessage()'s.
QString ApiError::accountMessage() const
{
    const QString refusal = authRefusalMessage();
    if (!refusal.isEmpty())
        return refusal;
    if (m_kind == Kind::PermissionDenied && isAccountFrozen()) {
        const QDateTime when = Timestamp::parse(m_deletionEffectiveAt);
        return when.isValid()
            ? QCoreApplication::translate("ApiError",
                "This account is frozen and will be deleted on %1 unless it is recovered before then. "
                "Nothing can be changed in it until it is recovered.")
                  .arg(QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat))
            : QCoreApplication::translate("ApiError",
                "This account is frozen and scheduled for deletion. Nothing can be changed in it until "
                "it is recovered.");
    }
    if (m_kind == Kind::PermissionDenied && isAccountExpired())
        return QCoreApplication::translate("ApiError",
            "This account has expired because its email address was not verified in time, so it can no "
            "longer be used.");
    if (m_kind == Kind::PermissionDenied && m_reason == QLatin1String("AGENT_AUTH_REQUIRED"))
        return QCoreApplication::translate("ApiError",
            "This needs a session signed in with a username and password; an accesskey cannot do it.");
    if (m_kind == Kind::RateLimited && m_retryAfterSeconds >= 60)
        return rateLimitMessage();
    return baseMessage();
}

QString ApiError::authRefusalMessage() const
{
    if (m_reason == QLatin1String(SignupRefusedReason))
        return QCoreApplication::translate("ApiError",
            "The server refused the sign-up: an email address and accepting the terms of service are "
            "required.");
    if (m_reason == QLatin1String(WrongSignupCodeReason))
        return QCoreApplication::translate("ApiError",
            "The code is wrong, or this sign-up has expired (a code is valid for one hour). Check the "
            "code in the email and try again.");
    if (m_reason == QLatin1String(TooManySignupAttemptsReason))
        return QCoreApplication::translate("ApiError",
            "Too many wrong codes were entered, so this sign-up can no longer be completed with a code. "
            "Open the verification link in the email instead: VoIPbin then sends a link to set a "
            "password.");
    if (m_reason == QLatin1String(InvalidVerifyLinkReason))
        return QCoreApplication::translate("ApiError",
            "This verification link is not valid: it may have expired (a link is valid for one hour) or "
            "been used already.");
    if (m_reason == QLatin1String(PasswordResetRefusedReason))
        return QCoreApplication::translate("ApiError",
            "The password was not set: the reset link may have expired (a link is valid for one hour) or "
            "been used already, or the password is too short (at least 8 characters).");
    return {};
}

QString ApiError::rateLimitMessage() const
{
    const int minutes = (m_retryAfterSeconds + 59) / 60;
    // One source text per English form, each with %n, so that a translation can give all its plural forms.
    const QString wait = minutes == 1
        ? QCoreApplication::translate("ApiError", "%n minute", "one", minutes)
        : QCoreApplication::translate("ApiError", "%n minutes", "other", minutes);
    return QCoreApplication::translate("ApiError", "Too many requests; try again in %1.").arg(wait);
}

QString ApiError::lostSignupMessage() const
{
    // Never "try again": the address is taken now if the first attempt went through, and the server
    // would answer {} without saying so.
    return QCoreApplication::translate("ApiError",
        "The server's answer to the sign-up was lost, so the account may have been created without the app "
        "receiving its key. Check the inbox of the address: verifying it and setting a password reaches "
        "the account.");
}
