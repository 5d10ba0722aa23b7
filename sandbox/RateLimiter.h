#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace sandbox {

// Token bucket per client key (the customer id), refilled at `perSecond`, burst twice that,
// like api-manager's per-customer limiter (16.7/s, burst 33).
class RateLimiter
{
public:
    explicit RateLimiter(double perSecond);

    void setRate(double perSecond); // 0 = off; also refills every bucket
    // 0 if the request may pass, else the whole seconds to wait (for Retry-After).
    int acquire(const QString &client);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMicros = 0;
    };

    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    double m_perSecond;
};

} // namespace sandbox
