#pragma once

#include "AccessKey.h"
#include "Agent.h"
#include "Customer.h"
#include "SandboxUser.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>
#include <vector>

namespace sandbox {

// All customers, agents and accesskeys of the sandbox, guarded by one mutex because
// cpp-httplib calls handlers from several worker threads.
class AccountStore
{
public:
    enum class Lookup { Ok, Unknown, OtherCustomer, Deleted };
    struct CreatedKey
    {
        AccessKey key;
        QString token; // the only time the plain token exists
    };

    explicit AccountStore(const QList<SandboxUser> &users);

    std::optional<Agent> login(const QString &username, const QString &password) const;
    std::optional<Agent> agent(const QString &username) const;
    std::optional<Customer> customer(const QString &customerId) const;
    // A usable (not deleted, not expired) key whose SHA-256 matches the presented token.
    std::optional<AccessKey> keyForToken(const QString &token) const;

    // Newest first, deleted excluded, tm_create < pageToken (compared as fixed-6 text). A binary search in
    // the customer's index: the cost of a page does not grow with its depth in the list.
    QList<AccessKey> list(const QString &customerId, const QString &pageToken, int pageSize) const;
    CreatedKey create(
        const QString &customerId, const QString &name, const QString &detail, qint64 expireSeconds);
    Lookup get(const QString &id, const QString &customerId, AccessKey *out) const;
    Lookup update(const QString &id, const QString &customerId, const QString &name, const QString &detail,
        AccessKey *out);
    Lookup remove(const QString &id, const QString &customerId, AccessKey *out);
    void seed(const QString &customerId, int count);

    // Self-signup: a customer (status initial, email not verified) and its admin agent, whose username is
    // the email and whose password is random and unusable until reset. Nothing when the email is taken.
    std::optional<Customer> signUp(const QString &email, const QString &name, const QString &detail);
    // Marks the customer verified and active; false if it is unknown or no longer initial (expired, ...).
    bool verifyEmail(const QString &customerId, Customer *out);
    bool setPassword(const QString &username, const QString &password);
    // frozen (with a deletion scheduled now), expired, active, ...; false for an unknown username.
    bool setCustomerStatus(const QString &username, const QString &status);
    // Unverified customers older than this read as expired (the real cleanup job's unverifiedMaxAge).
    void setUnverifiedMaxAge(qint64 seconds);

private:
    struct IndexEntry
    {
        qint64 tmCreate;
        QString id;
    };
    using ListIndex = std::vector<IndexEntry>; // one customer's listable keys, by tm_create ascending

    Lookup check(const QString &id, const QString &customerId) const;
    void insertKey(const AccessKey &key, bool keepSorted);
    void unlist(const AccessKey &key);
    ListIndex::const_iterator pageEnd(const ListIndex &index, const QString &pageToken) const;
    qint64 nextCreateTime();
    void addUser(const SandboxUser &user, QHash<QString, QString> &customerByLabel);
    Customer withDeadlineApplied(Customer customer) const;

    mutable QMutex m_mutex;
    QHash<QString, Agent> m_agents; // by username
    QHash<QString, Customer> m_customers; // by id
    QHash<QString, AccessKey> m_keys; // by id
    QHash<QString, ListIndex> m_listIndex; // by customer id; deleted keys are removed
    QHash<QString, QString> m_idByTokenHash;
    qint64 m_lastCreate = 0;
    qint64 m_unverifiedMaxAgeMicros = 3600LL * 1000000;
};

} // namespace sandbox
