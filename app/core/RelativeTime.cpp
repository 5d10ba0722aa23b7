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
// a translation give each language all of its plural forms. A moment from now or ago is one whole phrase
// per unit, not "in " + span: languages inflect the noun after it (German "in 3 Tagen", "vor 3 Tagen",
// but "3 Tage").
enum class Unit { Minute, Hour, Day };

Unit unitFor(qint64 seconds, int *count)
{
    if (rounded(seconds, Minute) < 60) {
        *count = int(rounded(seconds, Minute));
        return Unit::Minute;
    }
    if (rounded(seconds, Hour) < 24) {
        *count = int(rounded(seconds, Hour));
        return Unit::Hour;
    }
    *count = int(rounded(seconds, Day));
    return Unit::Day;
}

QString spanText(Unit unit, int n)
{
    const bool one = n == 1;
    switch (unit) {
    case Unit::Minute:
        return one ? RelativeTime::tr("%n minute", "one", n) : RelativeTime::tr("%n minutes", "other", n);
    case Unit::Hour:
        return one ? RelativeTime::tr("%n hour", "one", n) : RelativeTime::tr("%n hours", "other", n);
    case Unit::Day:
        break;
    }
    return one ? RelativeTime::tr("%n day", "one", n) : RelativeTime::tr("%n days", "other", n);
}

QString futureText(Unit unit, int n)
{
    const bool one = n == 1;
    switch (unit) {
    case Unit::Minute:
        return one ? RelativeTime::tr("in %n minute", "one", n)
                   : RelativeTime::tr("in %n minutes", "other", n);
    case Unit::Hour:
        return one ? RelativeTime::tr("in %n hour", "one", n) : RelativeTime::tr("in %n hours", "other", n);
    case Unit::Day:
        break;
    }
    return one ? RelativeTime::tr("in %n day", "one", n) : RelativeTime::tr("in %n days", "other", n);
}

QString pastText(Unit unit, int n)
{
    const bool one = n == 1;
    switch (unit) {
    case Unit::Minute:
        return one ? RelativeTime::tr("%n minute ago", "one", n)
                   : RelativeTime::tr("%n minutes ago", "other", n);
    case Unit::Hour:
        return one ? RelativeTime::tr("%n hour ago", "one", n) : RelativeTime::tr("%n hours ago", "other", n);
    case Unit::Day:
        break;
    }
    return one ? RelativeTime::tr("%n day ago", "one", n) : RelativeTime::tr("%n days ago", "other", n);
}
} // namespace

QString RelativeTime::describe(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const qint64 seconds = Clock::currentDateTimeUtc().secsTo(moment);
    int n = 0;
    if (seconds >= 0) {
        if (seconds < Minute)
            return tr("in less than a minute");
        const Unit unit = unitFor(seconds, &n);
        return futureText(unit, n);
    }
    if (-seconds < Minute)
        return tr("just now");
    const Unit unit = unitFor(-seconds, &n);
    return pastText(unit, n);
}

QString RelativeTime::span(qint64 seconds)
{
    // To the nearest unit: a 30-day key seen a few seconds after it was made still has "30 days", and
    // 59 minutes 50 seconds is "1 hour". Truncating made every fresh lifetime read one unit short.
    if (seconds < Minute)
        return tr("less than a minute");
    int n = 0;
    const Unit unit = unitFor(seconds, &n);
    return spanText(unit, n);
}
