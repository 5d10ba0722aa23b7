#include "RotationStore.h"

#include <QSettings>

namespace {
enum class Field {
    OldKeyId,
    OldKeyPrefix,
    Name,
    Detail,
    LifetimeSeconds,
    GraceSeconds,
    Step,
    Attempts,
    CreateStarted,
    KnownIds,
    NewKeyId,
    NewKeyPrefix,
    RevokeAt,
    DiscardIds,
    RestartAfterDiscard,
};

struct Entry
{
    Field field;
    const char *name;
    QVariant defaultValue;
};

// The table: adding a field means adding one row here, and its line in read() and save().
const Entry &entry(Field field)
{
    static const Entry entries[] = {
        { Field::OldKeyId, "OldKeyId", QString() },
        { Field::OldKeyPrefix, "OldKeyPrefix", QString() },
        { Field::Name, "Name", QString() },
        { Field::Detail, "Detail", QString() },
        { Field::LifetimeSeconds, "LifetimeSeconds", qint64(0) },
        { Field::GraceSeconds, "GraceSeconds", qint64(0) },
        { Field::Step, "Step", QStringLiteral("creating") },
        { Field::Attempts, "Attempts", 0 },
        { Field::CreateStarted, "CreateStarted", QDateTime() },
        { Field::KnownIds, "KnownIds", QStringList() },
        { Field::NewKeyId, "NewKeyId", QString() },
        { Field::NewKeyPrefix, "NewKeyPrefix", QString() },
        { Field::RevokeAt, "RevokeAt", QDateTime() },
        { Field::DiscardIds, "DiscardIds", QStringList() },
        { Field::RestartAfterDiscard, "RestartAfterDiscard", false },
    };
    for (const Entry &e : entries) {
        if (e.field == field)
            return e;
    }
    Q_UNREACHABLE();
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

class Group
{
public:
    Group(QSettings *settings, const QString &group)
        : m_settings(settings)
        , m_group(group)
    {
    }
    QVariant value(Field field) const
    {
        const Entry &e = entry(field);
        return m_settings->value(m_group + QLatin1String(e.name), e.defaultValue);
    }
    void setValue(Field field, const QVariant &value)
    {
        m_settings->setValue(m_group + QLatin1String(entry(field).name), value);
    }

private:
    QSettings *m_settings;
    QString m_group;
};
} // namespace

RotationStore::RotationStore(QSettings *backend)
    : m_settings(backend)
{
}

QString RotationStore::accountGroup(const QUrl &serverRoot, const QString &customerId) const
{
    // Percent-encoded parts, as StoredSecretIndex: a '/' in a root or id cannot reach another group.
    return QStringLiteral("Rotations/%1/%2/")
        .arg(encoded(serverRoot.toString(QUrl::StripTrailingSlash)), encoded(customerId));
}

QList<RotationRecord> RotationStore::records(const QUrl &serverRoot, const QString &customerId) const
{
    const QString group = accountGroup(serverRoot, customerId);
    m_settings->beginGroup(group);
    const QStringList oldKeys = m_settings->childGroups();
    m_settings->endGroup();
    QList<RotationRecord> result;
    for (const QString &encodedId : oldKeys) {
        RotationRecord record = read(group + encodedId + QLatin1Char('/'));
        if (!record.isValid())
            continue;
        record.serverRoot = serverRoot;
        record.customerId = customerId;
        result.append(record);
    }
    return result;
}

RotationRecord RotationStore::record(
    const QUrl &serverRoot, const QString &customerId, const QString &oldKeyId) const
{
    RotationRecord record = read(accountGroup(serverRoot, customerId) + encoded(oldKeyId) + QLatin1Char('/'));
    record.serverRoot = serverRoot;
    record.customerId = customerId;
    return record;
}

RotationRecord RotationStore::read(const QString &group) const
{
    const Group g(m_settings, group);
    RotationRecord r;
    r.oldKeyId = g.value(Field::OldKeyId).toString();
    r.oldKeyPrefix = g.value(Field::OldKeyPrefix).toString();
    r.name = g.value(Field::Name).toString();
    r.detail = g.value(Field::Detail).toString();
    r.lifetimeSeconds = g.value(Field::LifetimeSeconds).toLongLong();
    r.graceSeconds = g.value(Field::GraceSeconds).toLongLong();
    r.step = RotationRecord::stepFromText(g.value(Field::Step).toString());
    r.attempts = g.value(Field::Attempts).toInt();
    r.createStartedUtc = g.value(Field::CreateStarted).toDateTime().toUTC();
    r.knownIds = g.value(Field::KnownIds).toStringList();
    r.newKeyId = g.value(Field::NewKeyId).toString();
    r.newKeyPrefix = g.value(Field::NewKeyPrefix).toString();
    r.revokeAtUtc = g.value(Field::RevokeAt).toDateTime().toUTC();
    r.discardIds = g.value(Field::DiscardIds).toStringList();
    r.restartAfterDiscard = g.value(Field::RestartAfterDiscard).toBool();
    return r;
}

void RotationStore::save(const RotationRecord &r)
{
    const QString group = accountGroup(r.serverRoot, r.customerId) + encoded(r.oldKeyId) + QLatin1Char('/');
    m_settings->remove(group); // no field of an earlier step survives that this one leaves empty
    Group g(m_settings, group);
    g.setValue(Field::OldKeyId, r.oldKeyId);
    g.setValue(Field::OldKeyPrefix, r.oldKeyPrefix);
    g.setValue(Field::Name, r.name);
    g.setValue(Field::Detail, r.detail);
    g.setValue(Field::LifetimeSeconds, r.lifetimeSeconds);
    g.setValue(Field::GraceSeconds, r.graceSeconds);
    g.setValue(Field::Step, RotationRecord::textOf(r.step));
    g.setValue(Field::Attempts, r.attempts);
    g.setValue(Field::CreateStarted, r.createStartedUtc);
    g.setValue(Field::KnownIds, r.knownIds);
    g.setValue(Field::NewKeyId, r.newKeyId);
    g.setValue(Field::NewKeyPrefix, r.newKeyPrefix);
    g.setValue(Field::RevokeAt, r.revokeAtUtc);
    g.setValue(Field::DiscardIds, r.discardIds);
    g.setValue(Field::RestartAfterDiscard, r.restartAfterDiscard);
    // On disk now: a step recorded only in memory is lost with a killed app.
    m_settings->sync();
}

void RotationStore::remove(const QUrl &serverRoot, const QString &customerId, const QString &oldKeyId)
{
    m_settings->remove(accountGroup(serverRoot, customerId) + encoded(oldKeyId));
    m_settings->sync();
}
