#include "WireTime.h"

#include <QDateTime>

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

QJsonValue WireTime::goStyleOrNull(qint64 micros)
{
    return micros == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(goStyle(micros));
}

} // namespace sandbox
