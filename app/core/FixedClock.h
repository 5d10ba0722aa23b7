#pragma once

#include "Clock.h"

/// A clock that stands still until told to move: for unit tests of time-dependent logic.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now.toUTC())
    {
    }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};
