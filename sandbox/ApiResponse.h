#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sandbox {

// What a handler answers; SandboxServer turns it into a cpp-httplib response.
struct ApiResponse
{
    int status = 200;
    QByteArray body; // empty = no body at all (the /auth quirk)
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse empty(int status);
};

} // namespace sandbox
