#include "Clock.h"

#include <memory>

namespace {
std::unique_ptr<Clock> &instance()
{
    static std::unique_ptr<Clock> clock = std::make_unique<Clock>();
    return clock;
}
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return instance()->nowUtc();
}

void Clock::setInstance(Clock *clock)
{
    instance().reset(clock ? clock : new Clock);
}

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}
