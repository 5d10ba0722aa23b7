#pragma once

#include <QString>
#include <QUrl>

/// One profile of the vn CLI's ~/.vn/config.yaml: its name, its accesskey in plaintext (empty once
/// scrubbed) and its API URL, which includes /v1.0 (empty: vn's default).
struct VnProfile
{
    QString name;
    QString accessKey;
    QString apiUrl;

    /// The server root vbkeys and the window use: vn's URL without /v1.0; invalid when it cannot be used.
    QUrl serverRoot(QString *error = nullptr) const;
};
