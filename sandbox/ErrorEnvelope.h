#pragma once

#include "ApiResponse.h"

#include <QJsonArray>
#include <QString>

namespace sandbox {

// The /v1.0 error body: {"error":{"status","reason","message","request_id","details"?}}.
// The canonical status text follows from the HTTP code, as in api-manager's apierror package.
class ErrorEnvelope
{
public:
    static ApiResponse make(int httpStatus, const QString &reason, const QString &message,
        const QString &requestId, const QJsonArray &details = {});
    static QString canonicalStatus(int httpStatus);
};

} // namespace sandbox
