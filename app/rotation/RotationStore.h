#pragma once

#include "RotationRecord.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

/// The key rotations under way, per server and account, in Settings' backend under "Rotations/": one
/// typed table of fields per record (after Settings), written and synced to disk at every step, so a
/// rotation survives a killed app. Holds ids, names and times only, never a secret.
class RotationStore
{
public:
    /// `backend` is borrowed (Settings::backend(), or a test's file).
    explicit RotationStore(QSettings *backend);

    QList<RotationRecord> records(const QUrl &serverRoot, const QString &customerId) const;
    /// An invalid record when there is none for that old key.
    RotationRecord record(const QUrl &serverRoot, const QString &customerId, const QString &oldKeyId) const;
    void save(const RotationRecord &record);
    void remove(const QUrl &serverRoot, const QString &customerId, const QString &oldKeyId);

private:
    QString accountGroup(const QUrl &serverRoot, const QString &customerId) const;
    RotationRecord read(const QString &group) const;

    QSettings *m_settings;
};
