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

    // Newest first, deleted excluded, tm_create < pageToken (compared as fixed-6 text).
    QList<AccessKey> list(const QString &customerId, const QString &pageToken, int pageSize) const;
    CreatedKey create(
        const QString &customerId, const QString &name, const QString &detail, qint64 expireSeconds);
    Lookup get(const QString &id, const QString &customerId, AccessKey *out) const;
    Lookup update(const QString &id, const QString &customerId, const QString &name, const QString &detail,
        AccessKey *out);
    Lookup remove(const QString &id, const QString &customerId, AccessKey *out);
    void seed(const QString &customerId, int count);

private:
    Lookup check(const QString &id, const QString &customerId) const;
    qint64 nextCreateTime();
    void addUser(const SandboxUser &user, QHash<QString, QString> &customerByLabel);

    mutable QMutex m_mutex;
    QHash<QString, Agent> m_agents; // by username
    QHash<QString, Customer> m_customers; // by id
    QHash<QString, AccessKey> m_keys; // by id
    qint64 m_lastCreate = 0;
};

} // namespace sandbox
