#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// The root a user types or picks (default https://api.voipbin.net), normalised: no trailing slash,
/// no /v1.0 (that is the client's business). Plain http is accepted for loopback addresses only.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static QUrl defaultRoot() { return QUrl(QStringLiteral("https://api.voipbin.net")); }

    /// Returns an invalid QUrl and sets `error` to a sentence for a person when `text` cannot be used.
    static QUrl parse(const QString &text, QString *error = nullptr);
    static bool isLoopback(const QUrl &url);
};
