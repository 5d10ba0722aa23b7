#include "ErrorEnvelope.h"

#include <QJsonObject>

namespace sandbox {

QString ErrorEnvelope::canonicalStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 409:
        return QStringLiteral("FAILED_PRECONDITION");
    case 429:
        return QStringLiteral("RESOURCE_EXHAUSTED");
    case 503:
        return QStringLiteral("UNAVAILABLE");
    default:
        return QStringLiteral("INTERNAL");
    }
}

ApiResponse ErrorEnvelope::make(int httpStatus, const QString &reason, const QString &message,
    const QString &requestId, const QJsonArray &details)
{
    QJsonObject error { { QStringLiteral("status"), canonicalStatus(httpStatus) },
        { QStringLiteral("reason"), reason }, { QStringLiteral("message"), message },
        { QStringLiteral("request_id"), requestId } };
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return ApiResponse::json(httpStatus, QJsonObject { { QStringLiteral("error"), error } });
}

} // namespace sandbox
