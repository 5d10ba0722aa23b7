#include "AccountStore.h"

#include "RandomText.h"
#include "WireTime.h"

#include <QMutexLocker>
#include <QRandomGenerator>

#include <algorithm>

namespace sandbox {

namespace {
constexpr qint64 kMicrosPerSecond = 1000000;
constexpr qint64 kDay = 86400 * kMicrosPerSecond;
constexpr int kTokenPrefixLength = 11;

AccessKey makeKey(const QString &customerId, const QString &token, qint64 created, qint64 expire)
{
    AccessKey key;
    key.id = RandomText::uuid();
    key.customerId = customerId;
    key.tokenHash = RandomText::sha256Hex(token);
    key.tokenPrefix = token.left(kTokenPrefixLength);
    key.tmCreate = created;
    key.tmExpire = expire;
    return key;
}

// Current tokens: "vb_" + 32 base64url characters (~192 bits).
QString newToken()
{
    return QStringLiteral("vb_") + RandomText::base64Url(32);
}
} // namespace

AccountStore::AccountStore(const QList<SandboxUser> &users)
{
    QHash<QString, QString> customerByLabel;
    for (const SandboxUser &user : users)
        addUser(user, customerByLabel);
}

void AccountStore::addUser(const SandboxUser &user, QHash<QString, QString> &customerByLabel)
{
    const qint64 now = WireTime::nowMicros();
    QString customerId = customerByLabel.value(user.customer);
    if (customerId.isEmpty()) {
        Customer c;
        c.id = RandomText::uuid();
        c.name = user.customer.isEmpty() ? user.username + QStringLiteral(" customer") : user.customer;
        c.email = user.username.contains(QLatin1Char('@')) ? user.username
                                                           : user.username + QStringLiteral("@sandbox.local");
        c.webhookSecret = RandomText::base64Url(32);
        c.tmCreate = now - 30 * kDay;
        m_customers.insert(c.id, c);
        customerId = c.id;
        if (!user.customer.isEmpty())
            customerByLabel.insert(user.customer, customerId);
    }
    Agent a;
    a.id = RandomText::uuid();
    a.customerId = customerId;
    a.username = user.username;
    a.password = user.password;
    a.name = user.username;
    a.permission = user.admin ? kPermissionCustomerAdmin : kPermissionCustomerManager;
    a.tmCreate = now - 30 * kDay;
    m_agents.insert(a.username, a);
}

std::optional<Agent> AccountStore::login(const QString &username, const QString &password) const
{
    std::optional<Agent> a = agent(username);
    if (!a || a->password != password)
        return std::nullopt;
    return a;
}

std::optional<Agent> AccountStore::agent(const QString &username) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_agents.constFind(username);
    return it == m_agents.constEnd() ? std::nullopt : std::optional<Agent>(*it);
}

std::optional<Customer> AccountStore::customer(const QString &customerId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_customers.constFind(customerId);
    return it == m_customers.constEnd() ? std::nullopt : std::optional<Customer>(withDeadlineApplied(*it));
}

Customer AccountStore::withDeadlineApplied(Customer customer) const
{
    // The real server's cleanup job runs every few minutes; reading the deadline on each lookup is the same
    // thing without the wait.
    if (customer.status == QLatin1String("initial") && !customer.emailVerified
        && WireTime::nowMicros() > customer.tmCreate + m_unverifiedMaxAgeMicros)
        customer.status = QStringLiteral("expired");
    return customer;
}

std::optional<AccessKey> AccountStore::keyForToken(const QString &token) const
{
    const QString hash = RandomText::sha256Hex(token);
    const qint64 now = WireTime::nowMicros();
    QMutexLocker lock(&m_mutex);
    const auto it = m_keys.constFind(m_idByTokenHash.value(hash));
    if (it == m_keys.constEnd() || it->isDeleted() || it->tmExpire <= now)
        return std::nullopt;
    return *it;
}

QList<AccessKey> AccountStore::list(const QString &customerId, const QString &pageToken, int pageSize) const
{
    QList<AccessKey> out;
    QMutexLocker lock(&m_mutex);
    const auto found = m_listIndex.constFind(customerId);
    if (found == m_listIndex.constEnd())
        return out;
    const ListIndex &index = *found;
    // Everything before pageEnd() is older than the token; the page is its newest pageSize entries.
    for (auto it = pageEnd(index, pageToken); it != index.begin() && out.size() < pageSize;) {
        --it;
        out.append(m_keys.value(it->id));
    }
    return out;
}

AccountStore::ListIndex::const_iterator AccountStore::pageEnd(
    const ListIndex &index, const QString &pageToken) const
{
    // "tm_create < page_token", no token meaning now. The token is read as a time once; a token that is
    // not the server's own format is compared as text, which orders the same way as the times.
    const qint64 beforeMicros
        = pageToken.isEmpty() ? WireTime::nowMicros() + 1 : WireTime::parseFixed6(pageToken);
    if (beforeMicros < 0)
        return std::partition_point(index.begin(), index.end(),
            [&](const IndexEntry &e) { return WireTime::fixed6(e.tmCreate) < pageToken; });
    return std::partition_point(
        index.begin(), index.end(), [&](const IndexEntry &e) { return e.tmCreate < beforeMicros; });
}

void AccountStore::insertKey(const AccessKey &key, bool keepSorted)
{
    m_keys.insert(key.id, key);
    m_idByTokenHash.insert(key.tokenHash, key.id);
    ListIndex &index = m_listIndex[key.customerId];
    const auto at = keepSorted ? std::upper_bound(index.begin(), index.end(), key.tmCreate,
                        [](qint64 t, const IndexEntry &e) { return t < e.tmCreate; })
                               : index.end();
    index.insert(at, IndexEntry { key.tmCreate, key.id });
}

void AccountStore::unlist(const AccessKey &key)
{
    ListIndex &index = m_listIndex[key.customerId];
    auto it = std::lower_bound(index.begin(), index.end(), key.tmCreate,
        [](const IndexEntry &e, qint64 t) { return e.tmCreate < t; });
    while (it != index.end() && it->tmCreate == key.tmCreate && it->id != key.id)
        ++it;
    if (it != index.end() && it->id == key.id)
        index.erase(it);
}

qint64 AccountStore::nextCreateTime()
{
    // Microsecond-distinct tm_create values, so "tm_create < page_token" never drops or repeats a key.
    m_lastCreate = std::max(WireTime::nowMicros(), m_lastCreate + 1);
    return m_lastCreate;
}

AccountStore::CreatedKey AccountStore::create(
    const QString &customerId, const QString &name, const QString &detail, qint64 expireSeconds)
{
    const QString token = newToken();
    QMutexLocker lock(&m_mutex);
    const qint64 created = nextCreateTime();
    AccessKey key = makeKey(customerId, token, created, created + expireSeconds * kMicrosPerSecond);
    key.name = name;
    key.detail = detail;
    insertKey(key, true);
    return { key, token };
}

AccountStore::Lookup AccountStore::check(const QString &id, const QString &customerId) const
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return Lookup::Unknown;
    if (it->customerId != customerId)
        return Lookup::OtherCustomer;
    return it->isDeleted() ? Lookup::Deleted : Lookup::Ok;
}

AccountStore::Lookup AccountStore::get(const QString &id, const QString &customerId, AccessKey *out) const
{
    QMutexLocker lock(&m_mutex);
    const Lookup result = check(id, customerId);
    if (result == Lookup::Ok)
        *out = m_keys.value(id);
    return result;
}

AccountStore::Lookup AccountStore::update(
    const QString &id, const QString &customerId, const QString &name, const QString &detail, AccessKey *out)
{
    QMutexLocker lock(&m_mutex);
    const Lookup result = check(id, customerId);
    if (result != Lookup::Ok)
        return result;
    AccessKey &key = m_keys[id];
    // A full replacement, like the real server: omitted fields arrive here as "".
    key.name = name;
    key.detail = detail;
    key.tmUpdate = WireTime::nowMicros();
    *out = key;
    return result;
}

AccountStore::Lookup AccountStore::remove(const QString &id, const QString &customerId, AccessKey *out)
{
    QMutexLocker lock(&m_mutex);
    const Lookup result = check(id, customerId);
    if (result != Lookup::Ok)
        return result;
    AccessKey &key = m_keys[id];
    key.tmDelete = WireTime::nowMicros(); // soft delete: the row stays, out of the list
    unlist(key);
    *out = key;
    return result;
}

void AccountStore::seed(const QString &customerId, int count)
{
    static const QStringList names
        = { QStringLiteral("ci-deploy"), QStringLiteral("billing-export"), QStringLiteral("staging"),
              QStringLiteral("webhook relay"), QStringLiteral("Überwachung"), QStringLiteral("mobile app") };
    const qint64 now = WireTime::nowMicros();
    auto *rng = QRandomGenerator::global();
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i) {
        // ~26 h apart with sub-second jitter: strictly decreasing and distinct.
        const qint64 created = now - (i + 1) * (kDay + 2 * 3600 * kMicrosPerSecond) - rng->bounded(999999);
        const bool legacy = i % 6 == 5; // pre-2026-02-22 tokens: 16 chars, no vb_
        qint64 expire = created + 365 * kDay;
        if (i % 4 == 1)
            expire = created + kDay; // already expired (still listed, cannot authenticate)
        else if (i % 4 == 2)
            expire = now + (1 + i % 6) * kDay - 3600 * kMicrosPerSecond; // expiring within 7 days
        AccessKey key = makeKey(customerId, legacy ? RandomText::base64Url(16) : newToken(), created, expire);
        if (i % 7 != 3)
            key.name = names.at(i % names.size()) + QStringLiteral(" #%1").arg(i + 1);
        if (i % 5 != 2)
            key.detail = QStringLiteral("Seeded key %1 for local testing").arg(i + 1);
        insertKey(key, false);
    }
    // Appended unsorted, sorted once: inserting each in place would be quadratic for large seeds.
    ListIndex &index = m_listIndex[customerId];
    std::sort(index.begin(), index.end(),
        [](const IndexEntry &a, const IndexEntry &b) { return a.tmCreate < b.tmCreate; });
}

std::optional<Customer> AccountStore::signUp(const QString &email, const QString &name, const QString &detail)
{
    const qint64 now = WireTime::nowMicros();
    QMutexLocker lock(&m_mutex);
    if (m_agents.contains(email))
        return std::nullopt;
    for (const Customer &existing : std::as_const(m_customers)) {
        if (existing.email.compare(email, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    Customer c;
    c.id = RandomText::uuid();
    c.name = name;
    c.detail = detail;
    c.email = email;
    c.webhookSecret = RandomText::base64Url(32);
    c.status = QStringLiteral("initial");
    c.emailVerified = false;
    c.tmCreate = now;
    m_customers.insert(c.id, c);
    Agent a;
    a.id = RandomText::uuid();
    a.customerId = c.id;
    a.username = email;
    a.password = RandomText::base64Url(43); // random and never told: set through a password reset
    a.name = name.isEmpty() ? email : name;
    a.permission = kPermissionCustomerAdmin;
    a.tmCreate = now;
    m_agents.insert(a.username, a);
    return c;
}

bool AccountStore::verifyEmail(const QString &customerId, Customer *out)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_customers.find(customerId);
    if (it == m_customers.end() || withDeadlineApplied(*it).status != QLatin1String("initial"))
        return false;
    it->status = QStringLiteral("active");
    it->emailVerified = true;
    it->tmUpdate = WireTime::nowMicros();
    *out = *it;
    return true;
}

bool AccountStore::setPassword(const QString &username, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_agents.find(username);
    if (it == m_agents.end())
        return false;
    it->password = password;
    return true;
}

bool AccountStore::setCustomerStatus(const QString &username, const QString &status)
{
    QMutexLocker lock(&m_mutex);
    const auto agent = m_agents.constFind(username);
    if (agent == m_agents.constEnd())
        return false;
    Customer &c = m_customers[agent->customerId];
    const qint64 now = WireTime::nowMicros();
    c.status = status;
    c.tmDeletionScheduled = status == QLatin1String("frozen") ? now : 0;
    c.tmUpdate = now;
    return true;
}

void AccountStore::setUnverifiedMaxAge(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_unverifiedMaxAgeMicros = seconds * kMicrosPerSecond;
}

} // namespace sandbox
