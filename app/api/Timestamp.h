#pragma once

#include <QDateTime>
#include <QJsonValue>

/// The server's timestamps: RFC 3339 in UTC with 0 to 9 fraction digits, `null`, the legacy
/// "YYYY-MM-DD HH:MM:SS.fffffffff" form, and the year-9999 "not deleted" placeholder.
class Timestamp
{
public:
    /// An invalid QDateTime for null, absent, unparseable or year-9999 values; otherwise UTC.
    static QDateTime parse(const QJsonValue &value);
    static QDateTime parse(const QString &text);
    /// The same from the UTF-8 bytes of a JSON string (AccessKeyPage): a timestamp is ASCII.
    static QDateTime parse(QLatin1String utf8);
    /// RFC 3339 with 6 fraction digits, the form the server itself uses for page tokens.
    static QString format(const QDateTime &utc);

private:
    template<typename View>
    static QDateTime parseView(View text);
};
