#pragma once

#include <QObject>
#include <QString>

#include <functional>

/// Gives a keychain entry the label a person reads in a keyring browser (Seahorse, KeePassXC's Secret
/// Service view, `secret-tool search`). QtKeychain 0.13 labels every item with the service name alone, so
/// every entry read "VoIPbin Keys"; this sets the item's Label property over the freedesktop Secret Service
/// D-Bus API, finding the item by the attributes QtKeychain gives it (`server` = service, `user` = key).
/// Best effort: where there is no Secret Service (macOS, Windows, KWallet's own API) it does nothing.
class SecretServiceLabel
{
public:
    /// Sets the label of every unlocked item of (service, key); `done` runs afterwards in `context`'s
    /// thread, whether or not anything was labelled (never when `context` is gone).
    static void apply(const QString &service, const QString &key, const QString &label, QObject *context,
        std::function<void()> done = {});
    /// Whether this build can label at all (Linux and the BSDs, with QtDBus).
    static bool isSupported();
};
