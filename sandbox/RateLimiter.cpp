#include "RateLimiter.h"

#include "WireTime.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace sandbox {

RateLimiter::RateLimiter(double perSecond)
    : m_perSecond(perSecond)
{
}

void RateLimiter::setRate(double perSecond)
{
    QMutexLocker lock(&m_mutex);
    m_perSecond = perSecond;
    m_buckets.clear(); // a new limit starts from full buckets, so tests are deterministic
}

int RateLimiter::acquire(const QString &client)
{
    QMutexLocker lock(&m_mutex);
    if (m_perSecond <= 0)
        return 0;
    const double burst = 2 * m_perSecond;
    const qint64 now = WireTime::nowMicros();
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket { burst, now });
    it->tokens = std::min(burst, it->tokens + (now - it->lastMicros) / 1e6 * m_perSecond);
    it->lastMicros = now;
    if (it->tokens >= 1) {
        it->tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - it->tokens) / m_perSecond)));
}

} // namespace sandbox
