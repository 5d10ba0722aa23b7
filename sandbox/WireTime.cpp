#include "WireTime.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>

namespace sandbox {

namespace {
constexpr qint64 kMicrosPerSecond = 1000000;

QString secondsPart(qint64 micros)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(micros / kMicrosPerSecond, Qt::UTC);
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString sixDigitFraction(qint64 micros)
{
    return QStringLiteral("%1").arg(micros % kMicrosPerSecond, 6, 10, QLatin1Char('0'));
}
} // namespace

qint64 WireTime::nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString WireTime::goStyle(qint64 micros)
{
    QString fraction = sixDigitFraction(micros);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString dot = fraction.isEmpty() ? QString() : QStringLiteral(".");
    return secondsPart(micros) + dot + fraction + QLatin1Char('Z');
}

QString WireTime::fixed6(qint64 micros)
{
    return secondsPart(micros) + QLatin1Char('.') + sixDigitFraction(micros) + QLatin1Char('Z');
}

qint64 WireTime::parseFixed6(const QString &text)
{
    // "YYYY-MM-DDTHH:MM:SS.ffffffZ": 27 characters.
    if (text.size() != 27 || text.at(19) != QLatin1Char('.') || !text.endsWith(QLatin1Char('Z')))
        return -1;
    QDateTime seconds = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    bool ok = false;
    const qint64 fraction = QStringView(text).mid(20, 6).toLongLong(&ok);
    if (!seconds.isValid() || !ok || fraction < 0)
        return -1;
    seconds.setTimeZone(QTimeZone::utc());
    return seconds.toSecsSinceEpoch() * kMicrosPerSecond + fraction;
}

QJsonValue WireTime::goStyleOrNull(qint64 micros)
{
    return micros == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(goStyle(micros));
}

} // namespace sandbox
