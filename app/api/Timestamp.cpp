#include "Timestamp.h"

#include <QTimeZone>

#include <string_view>

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

/// Reads the fixed-width fields of "YYYY-MM-DD?HH:MM:SS[.f{1,9}][Z|±HH:MM]" off a view, left to right.
/// By hand rather than with a QRegularExpression: a listing parses four timestamps per key, and the
/// regular expression's match object and captured strings were most of a page's parse time. A template
/// for the two views it reads: QString's UTF-16 and the UTF-8 bytes of a JSON parser's string.
template<typename View>
class TimestampReader
{
public:
    explicit TimestampReader(View text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos == m_text.size(); }
    bool peek(char16_t c) const { return !atEnd() && current() == c; }
    bool peekAnyOf(std::u16string_view chars) const
    {
        return !atEnd() && chars.find(current()) != std::u16string_view::npos;
    }
    bool skip(char16_t c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }
    bool skipAnyOf(std::u16string_view chars)
    {
        if (!peekAnyOf(chars))
            return false;
        ++m_pos;
        return true;
    }
    /// Exactly `width` ASCII digits as a number, or -1.
    int number(int width)
    {
        if (m_text.size() - m_pos < width)
            return -1;
        int value = 0;
        for (int i = 0; i < width; ++i) {
            const char16_t c = at(m_pos + i);
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        m_pos += width;
        return value;
    }
    /// 1 to 9 fraction digits as milliseconds (QDateTime holds no more); -1 for none or more than 9.
    int fractionMilliseconds()
    {
        int digits = 0;
        int ms = 0;
        while (!atEnd() && current() >= u'0' && current() <= u'9') {
            if (digits < 3)
                ms = ms * 10 + (current() - u'0');
            ++digits;
            ++m_pos;
        }
        if (digits == 0 || digits > 9)
            return -1;
        for (int i = digits; i < 3; ++i)
            ms *= 10;
        return ms;
    }

private:
    char16_t at(qsizetype i) const { return char16_t(m_text.at(i).unicode()); }
    char16_t current() const { return at(m_pos); }

    View m_text;
    qsizetype m_pos = 0;
};

/// Seconds east of UTC after the time: none or Z is UTC (the legacy form has none), else ±HH:MM;
/// INT_MIN when anything else follows.
template<typename View>
int offsetSeconds(TimestampReader<View> &reader)
{
    if (reader.atEnd() || (reader.skipAnyOf(u"Zz") && reader.atEnd()))
        return 0;
    const bool negative = reader.peek(u'-');
    if (!reader.skipAnyOf(u"+-"))
        return INT_MIN;
    const int hours = reader.number(2);
    const bool colon = reader.skip(u':');
    const int minutes = reader.number(2);
    if (!colon || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || !reader.atEnd())
        return INT_MIN;
    const int seconds = hours * 3600 + minutes * 60;
    return negative ? -seconds : seconds;
}
} // namespace

QDateTime Timestamp::parse(const QJsonValue &value)
{
    return value.isString() ? parse(value.toString()) : QDateTime();
}

QDateTime Timestamp::parse(const QString &text)
{
    return parseView(QStringView(text).trimmed());
}

QDateTime Timestamp::parse(QLatin1String utf8)
{
    return parseView(utf8.trimmed());
}

template<typename View>
QDateTime Timestamp::parseView(View text)
{
    TimestampReader<View> reader(text);
    const int year = reader.number(4);
    const bool dash1 = reader.skip(u'-');
    const int month = reader.number(2);
    const bool dash2 = reader.skip(u'-');
    const int day = reader.number(2);
    const bool separator = reader.skipAnyOf(u"Tt ");
    const int hour = reader.number(2);
    const bool colon1 = reader.skip(u':');
    const int minute = reader.number(2);
    const bool colon2 = reader.skip(u':');
    const int second = reader.number(2);
    const int ms = reader.skip(u'.') ? reader.fractionMilliseconds() : 0;
    const int offset = offsetSeconds(reader);
    if (!dash1 || !dash2 || !separator || !colon1 || !colon2 || ms < 0 || offset == INT_MIN)
        return {};
    // QDate and QTime reject what the digits allow but the calendar does not (month 13, 29 February 2021,
    // hour 24), and a field that was not digits (-1) as well, except the year: QDate takes -1 as 1 BC.
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (year < 0 || !date.isValid() || !time.isValid() || year >= NotDeletedYear)
        return {};
    const qint64 msecs = (date.toJulianDay() - UnixEpochJulianDay) * MsPerDay + time.msecsSinceStartOfDay()
        - qint64(offset) * 1000;
    return utcFromMSecsSinceEpoch(msecs);
}

QString Timestamp::format(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("000Z");
}
