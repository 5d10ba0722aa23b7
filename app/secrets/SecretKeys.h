#pragma once

#include <QString>
#include <QUrl>

/// Names of keychain entries, namespaced by server root and account so several accounts and servers
/// never collide. On Windows QtKeychain ignores the service name, so every name starts with the app's.
///   voipbin-keys/<root>/session/<username or "accesskey">   the remembered sign-in credential
///   voipbin-keys/<root>/<customer id>/accesskey/<key id>     a key's secret, stored when it was created
class SecretKeys
{
public:
    static QString session(const QUrl &serverRoot, const QString &username);
    static QString accessKey(const QUrl &serverRoot, const QString &customerId, const QString &keyId);

    /// What a person reads in a keyring browser (SecretStore::setLabel), naming what the entry is:
    ///   "VoIPbin Keys: session alice on staging.example.com", "VoIPbin Keys: accesskey session on ..."
    static QString sessionLabel(const QUrl &serverRoot, const QString &username);
    ///   "VoIPbin Keys: ci-pipeline (vb_S9pecO7V) on api.voipbin.net"
    static QString accessKeyLabel(const QUrl &serverRoot, const QString &keyName, const QString &tokenPrefix);
};
