#include "EndlessPages.h"

#include "AccessKey.h"
#include "RandomText.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QMutexLocker>

namespace sandbox {

namespace {
constexpr int kPageSize = 100;
constexpr qint64 kMicrosPerSecond = 1000000;
// The two tokens of CyclingTokens, in the server's own format so a client cannot tell them apart.
const QString kTokenA = QStringLiteral("2026-01-02T03:04:05.000001Z");
const QString kTokenB = QStringLiteral("2026-01-01T03:04:05.000001Z");
} // namespace

void EndlessPages::setMode(EndlessPaging mode)
{
    QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_sameKeys = QJsonArray();
    m_clock = WireTime::nowMicros();
}

EndlessPaging EndlessPages::mode() const
{
    QMutexLocker lock(&m_mutex);
    return m_mode;
}

QJsonObject EndlessPages::page(const QString &customerId, const QString &pageToken)
{
    QMutexLocker lock(&m_mutex);
    QJsonArray keys;
    if (m_mode == EndlessPaging::SameIdsNewToken) {
        if (m_sameKeys.isEmpty() || m_sameKeysCustomer != customerId) {
            m_sameKeys = inventKeys(customerId, kPageSize);
            m_sameKeysCustomer = customerId;
        }
        keys = m_sameKeys;
    } else {
        keys = inventKeys(customerId, kPageSize);
    }
    return { { QStringLiteral("result"), keys },
        { QStringLiteral("next_page_token"), nextToken(pageToken) } };
}

QJsonArray EndlessPages::inventKeys(const QString &customerId, int count)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        AccessKey key;
        key.id = RandomText::uuid();
        key.customerId = customerId;
        key.name = QStringLiteral("endless #%1").arg(i + 1);
        key.tokenPrefix = QStringLiteral("vb_") + RandomText::base64Url(8);
        key.tmCreate = m_clock -= kMicrosPerSecond;
        key.tmExpire = key.tmCreate + 365LL * 86400 * kMicrosPerSecond;
        out.append(key.toJson());
    }
    return out;
}

QString EndlessPages::nextToken(const QString &pageToken)
{
    if (m_mode == EndlessPaging::CyclingTokens)
        return pageToken == kTokenA ? kTokenB : kTokenA;
    return WireTime::fixed6(m_clock -= kMicrosPerSecond);
}

} // namespace sandbox
