#include "ExpirySpec.h"

#include "api/AccessKey.h"

#include <QRegularExpression>

qint64 ExpirySpec::lifetimeSeconds(const QString &text, const QDateTime &now, QString *error)
{
    static const QRegularExpression span(QStringLiteral("^(\\d{1,5})([dy])$"));
    const QString spec = text.trimmed().toLower();
    qint64 seconds = -1;
    if (const QRegularExpressionMatch match = span.match(spec); match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QDateTime end
            = match.captured(2) == QLatin1String("d") ? now.addDays(count) : now.addYears(int(count));
        seconds = now.secsTo(end);
    } else {
        const QDate date = QDate::fromString(spec, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            *error = tr("--expires takes 30d, 90d, 1y (any number of days or years) or a date YYYY-MM-DD.");
            return -1;
        }
        seconds = now.secsTo(QDateTime(date, QTime(0, 0), Qt::UTC));
    }
    if (!AccessKey::isValidLifetime(seconds)) {
        *error = tr("A key must live at least a day and at most about 68 years (the server's limits).");
        return -1;
    }
    return seconds;
}
