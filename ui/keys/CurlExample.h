#pragma once

#include <QString>
#include <QUrl>

/// Ready-to-paste command lines that show a person how to use a key. They contain the key itself,
/// so they are secrets: copy them with SecureClipboard::copySecret().
class CurlExample
{
public:
    /// `curl --request GET '<root>/v1.0/accesskeys?accesskey=<key>'`: the key goes only in the
    /// ?accesskey= query (the server reads a Bearer header as a JWT), percent-encoded. A root that
    /// already ends in /v1.0 (or a slash) is not doubled up.
    static QString listAccessKeys(const QUrl &serverRoot, const QString &accessKey);
};
