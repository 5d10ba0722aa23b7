#include "RelativeTime.h"

#include "Clock.h"

namespace {
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

/// `seconds` in whole `unit`s, to the nearest one.
qint64 rounded(qint64 seconds, qint64 unit)
{
    return (seconds + unit / 2) / unit;
}

// The source texts are the English forms (no English translation ships to choose between them); %n lets
// a translation give each language all of its plural forms.
QString minutes(int n)
{
    return n == 1 ? RelativeTime::tr("%n minute", "one", n) : RelativeTime::tr("%n minutes", "other", n);
}

QString hours(int n)
{
    return n == 1 ? RelativeTime::tr("%n hour", "one", n) : RelativeTime::tr("%n hours", "other", n);
}

QString days(int n)
{
    return n == 1 ? RelativeTime::tr("%n day", "one", n) : RelativeTime::tr("%n days", "other", n);
}
} // namespace

QString RelativeTime::describe(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const qint64 seconds = Clock::currentDateTimeUtc().secsTo(moment);
    if (seconds >= 0)
        return seconds < Minute ? tr("in less than a minute") : tr("in %1").arg(span(seconds));
    return -seconds < Minute ? tr("just now") : tr("%1 ago").arg(span(-seconds));
}

QString RelativeTime::span(qint64 seconds)
{
    // To the nearest unit: a 30-day key seen a few seconds after it was made still has "30 days", and
    // 59 minutes 50 seconds is "1 hour". Truncating made every fresh lifetime read one unit short.
    if (seconds < Minute)
        return tr("less than a minute");
    if (rounded(seconds, Minute) < 60)
        return minutes(int(rounded(seconds, Minute)));
    if (rounded(seconds, Hour) < 24)
        return hours(int(rounded(seconds, Hour)));
    return days(int(rounded(seconds, Day)));
}
