#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// `--expires` of `vbkeys create`: "30d", "90d", "1y" (any number of days or years) or a date
/// "YYYY-MM-DD" (the key ends at that date's start, UTC), turned into the lifetime in seconds the server
/// takes, within its limits (AccessKey::isValidLifetime).
class ExpirySpec
{
    Q_DECLARE_TR_FUNCTIONS(ExpirySpec)

public:
    static constexpr const char *Default = "90d";

    /// The lifetime from `now`, or -1 and `error` set.
    static qint64 lifetimeSeconds(const QString &text, const QDateTime &now, QString *error);
};
