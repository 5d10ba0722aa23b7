#pragma once

#include <QJsonValue>
#include <QString>

namespace sandbox {

// Timestamps are kept as microseconds since the epoch, because the real database stores
// datetime(6) and paging compares at that precision; QDateTime only has milliseconds.
class WireTime
{
public:
    static qint64 nowMicros();
    // Go's RFC 3339 with trailing fraction zeros trimmed: "2020-09-20T03:23:21.995Z".
    static QString goStyle(qint64 micros);
    // Always six fraction digits: "2020-09-20T03:23:21.995000Z" (JWT expire, next_page_token).
    static QString fixed6(qint64 micros);
    // Reads what fixed6() writes; -1 for anything else.
    static qint64 parseFixed6(const QString &text);
    // 0 means "unset" and serialises as null, like a NULL column.
    static QJsonValue goStyleOrNull(qint64 micros);
};

} // namespace sandbox
