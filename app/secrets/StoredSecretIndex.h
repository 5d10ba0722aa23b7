#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

class QSettings;

/// Which accesskeys have their secret in this computer's keychain, so the table can mark them without
/// reading the keychain once per row. Holds key ids only (not secret) in QSettings, per server and account.
class StoredSecretIndex
{
public:
    /// Uses `settings` when given (tests); otherwise owns a default-constructed QSettings.
    explicit StoredSecretIndex(QSettings *settings = nullptr);
    ~StoredSecretIndex();
    StoredSecretIndex(const StoredSecretIndex &) = delete;
    StoredSecretIndex &operator=(const StoredSecretIndex &) = delete;

    QSet<QString> keyIds(const QUrl &serverRoot, const QString &customerId) const;
    bool contains(const QUrl &serverRoot, const QString &customerId, const QString &keyId) const;
    void add(const QUrl &serverRoot, const QString &customerId, const QString &keyId);
    void remove(const QUrl &serverRoot, const QString &customerId, const QString &keyId);

private:
    QString groupFor(const QUrl &serverRoot, const QString &customerId) const;
    void store(const QString &group, const QSet<QString> &ids);
    QSettings *m_settings;
    bool m_ownsSettings;
};
