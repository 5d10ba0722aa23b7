#include "ApiResponse.h"

#include <QJsonDocument>

namespace sandbox {

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

} // namespace sandbox
