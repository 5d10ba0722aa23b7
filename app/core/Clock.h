#pragma once

#include <QDateTime>

/// The one source of "now" for everything that compares against time (key expiry, session life,
/// the clipboard countdown's wall-clock checks). Tests install a fixed clock with setInstance().
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    /// Takes ownership; nullptr restores the system clock.
    static void setInstance(Clock *clock);

protected:
    virtual QDateTime nowUtc() const;
};
