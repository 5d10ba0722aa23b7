#include "RelativeTime.h"

#include "Clock.h"

namespace {
QString count(qint64 n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}
} // namespace

QString RelativeTime::describe(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const qint64 seconds = Clock::currentDateTimeUtc().secsTo(moment);
    if (seconds >= 0)
        return seconds < 60 ? QStringLiteral("in less than a minute") : QStringLiteral("in ") + span(seconds);
    return -seconds < 60 ? QStringLiteral("just now") : span(-seconds) + QStringLiteral(" ago");
}

QString RelativeTime::span(qint64 seconds)
{
    // Rounded down, as people say it: 29 days and 23 hours is still "29 days".
    if (seconds < 60)
        return QStringLiteral("less than a minute");
    if (seconds < 3600)
        return count(seconds / 60, "minute", "minutes");
    if (seconds < 86400)
        return count(seconds / 3600, "hour", "hours");
    return count(seconds / 86400, "day", "days");
}
