#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sandbox {

// The parts of an HTTP request the API logic needs, independent of cpp-httplib.
struct ApiRequest
{
    QString method;
    QString path;
    QMap<QString, QString> query; // decoded; first value wins
    QMap<QString, QString> cookies;
    QString authorization; // raw Authorization header
    QByteArray body;
    QString requestId;
    QString remoteAddress; // the client's IP, for the per-IP limit on /auth
};

} // namespace sandbox
