#include "StoredSecretIndex.h"

#include <QSettings>

namespace {
const QString IdsKey = QStringLiteral("keyIds");

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

StoredSecretIndex::StoredSecretIndex(QSettings *settings)
    : m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr)
{
}

StoredSecretIndex::~StoredSecretIndex()
{
    if (m_ownsSettings)
        delete m_settings;
}

QSet<QString> StoredSecretIndex::keyIds(const QUrl &serverRoot, const QString &customerId) const
{
    const QStringList ids = m_settings->value(groupFor(serverRoot, customerId) + IdsKey).toStringList();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

bool StoredSecretIndex::contains(
    const QUrl &serverRoot, const QString &customerId, const QString &keyId) const
{
    return keyIds(serverRoot, customerId).contains(keyId);
}

void StoredSecretIndex::add(const QUrl &serverRoot, const QString &customerId, const QString &keyId)
{
    QSet<QString> ids = keyIds(serverRoot, customerId);
    ids.insert(keyId);
    store(groupFor(serverRoot, customerId), ids);
}

void StoredSecretIndex::remove(const QUrl &serverRoot, const QString &customerId, const QString &keyId)
{
    QSet<QString> ids = keyIds(serverRoot, customerId);
    ids.remove(keyId);
    store(groupFor(serverRoot, customerId), ids);
}

void StoredSecretIndex::store(const QString &group, const QSet<QString> &ids)
{
    if (ids.isEmpty()) {
        m_settings->remove(group + IdsKey);
        return;
    }
    QStringList list(ids.cbegin(), ids.cend());
    list.sort(); // a stable file, whatever the hash order
    m_settings->setValue(group + IdsKey, list);
}

QString StoredSecretIndex::groupFor(const QUrl &serverRoot, const QString &customerId) const
{
    // Percent-encoded parts: a '/' in a root or id cannot create another account's group.
    return QStringLiteral("StoredSecrets/%1/%2/")
        .arg(encoded(serverRoot.toString(QUrl::StripTrailingSlash)), encoded(customerId));
}
