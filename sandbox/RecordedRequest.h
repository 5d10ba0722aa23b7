#pragma once

#include <QMap>
#include <QString>

namespace sandbox {

// What the server saw, so tests can assert on what a client sent (e.g. never a Cookie).
struct RecordedRequest
{
    QString method;
    QString path;
    QString query; // raw query string without '?', percent-encoding kept
    QMap<QString, QString> headers; // names lower-case; repeated headers joined with ", "
};

} // namespace sandbox
