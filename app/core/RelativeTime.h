#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// Human phrases for a moment relative to Clock::currentDateTimeUtc(): "in 29 days", "in 3 hours",
/// "expired 3 days ago" style pieces ("3 days ago"), rounded to the nearest unit the way people say them.
/// Translated in the "RelativeTime" context, each moment as one phrase ("in %n days", "%n days ago"), since
/// languages inflect the noun after the preposition (German "in 3 Tagen", "vor 3 Tagen", "3 Tage").
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    /// "in 29 days", "in 5 minutes", "in less than a minute", "3 days ago", "just now".
    static QString describe(const QDateTime &moment);
    /// "29 days", "1 hour", "2 minutes", "less than a minute" for a non-negative span.
    static QString span(qint64 seconds);
};
