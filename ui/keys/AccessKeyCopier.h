#pragma once

#include <QObject>

#include <functional>

class AccessKey;
class LocalKeySecrets;
class QUrl;
class QWidget;
class SecureClipboard;

/// Copies what a person can take from a key: its secret (read from this computer's keychain), a curl
/// example that carries it, or its prefix. A key whose secret is not stored here cannot be copied, as
/// the server shows a secret only once; the prefix is offered instead.
class AccessKeyCopier : public QObject
{
    Q_OBJECT

public:
    /// All borrowed; questions and warnings are asked over `window`, which also owns this object.
    AccessKeyCopier(LocalKeySecrets *secrets, SecureClipboard *clipboard, QWidget *window);

    void copySecret(const AccessKey &key);
    void copyPrefix(const AccessKey &key);
    /// `serverRoot` is the server the example talks to: the one the key belongs to.
    void copyCurlExample(const AccessKey &key, const QUrl &serverRoot);

signals:
    /// For the status bar: "Key copied." and the like.
    void copied(const QString &message);

private:
    void withStoredSecret(const AccessKey &key, std::function<void(const QString &)> use);
    void offerPrefixInstead(const AccessKey &key);

    LocalKeySecrets *m_secrets;
    SecureClipboard *m_clipboard;
    QWidget *m_window;
};
