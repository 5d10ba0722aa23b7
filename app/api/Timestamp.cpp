#include "Timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {
// Built in UTC directly: a QDateTime without a zone is local time, and every conversion through it makes
// glibc re-stat /etc/localtime (4 calls per timestamp, 41% of a 10,000-key listing's CPU). Qt 6.4's
// QTimeZone::utc() is a full time zone backend with spec Qt::TimeZone; the light UTC zone arrived in 6.5.
QDateTime utcFromMSecsSinceEpoch(qint64 ms)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

constexpr qint64 MsPerDay = 86400000;
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr int NotDeletedYear = 9999; // the documented "not deleted" placeholder

// Date, time, 0-9 fraction digits, then Z, an offset, or nothing (the legacy form, which is UTC).
const QRegularExpression &pattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt "
                       "](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}:\\d{2})?$"));
    return re;
}

// Keeps millisecond precision: QDateTime cannot hold more, and Qt::ISODateWithMs rejects > 3 digits.
int millisecondsFromFraction(const QString &fraction)
{
    return fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
}

// Seconds east of UTC, or INT_MIN for a malformed offset.
int offsetSeconds(const QString &zone)
{
    if (zone.isEmpty() || zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return 0;
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    if (hours > 23 || minutes > 59)
        return INT_MIN;
    const int seconds = hours * 3600 + minutes * 60;
    return zone.startsWith(QLatin1Char('-')) ? -seconds : seconds;
}
} // namespace

QDateTime Timestamp::parse(const QJsonValue &value)
{
    return value.isString() ? parse(value.toString()) : QDateTime();
}

QDateTime Timestamp::parse(const QString &text)
{
    const QRegularExpressionMatch m = pattern().match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
        millisecondsFromFraction(m.captured(7)));
    const int offset = offsetSeconds(m.captured(8));
    if (!date.isValid() || !time.isValid() || offset == INT_MIN || date.year() >= NotDeletedYear)
        return {};
    const qint64 ms = (date.toJulianDay() - UnixEpochJulianDay) * MsPerDay + time.msecsSinceStartOfDay()
        - qint64(offset) * 1000;
    return utcFromMSecsSinceEpoch(ms);
}

QString Timestamp::format(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("000Z");
}
