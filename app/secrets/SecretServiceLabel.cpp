#include "SecretServiceLabel.h"

#if defined(VOIPBIN_HAVE_SECRET_SERVICE)
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>

#include <memory>

namespace {
const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
// A keyring that does not answer within this is not worth waiting for: the label is cosmetic.
constexpr int CallTimeoutMs = 3000;

using Attributes = QMap<QString, QString>;

// Sets each item's label, then runs `finish` once every keyring answer (or timeout) is in.
void setLabels(const QList<QDBusObjectPath> &items, const QString &label, QObject *context,
    const std::function<void()> &finish)
{
    if (items.isEmpty()) {
        finish();
        return;
    }
    auto pending = std::make_shared<int>(int(items.size()));
    for (const QDBusObjectPath &item : items) {
        QDBusMessage call = QDBusMessage::createMethodCall(SecretsService, item.path(),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Set"));
        call << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
             << QVariant::fromValue(QDBusVariant(label));
        auto *watcher = new QDBusPendingCallWatcher(
            QDBusConnection::sessionBus().asyncCall(call, CallTimeoutMs), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, pending, finish] {
            watcher->deleteLater();
            if (--*pending == 0)
                finish();
        });
    }
}
} // namespace

bool SecretServiceLabel::isSupported()
{
    return true;
}

void SecretServiceLabel::apply(const QString &service, const QString &key, const QString &label,
    QObject *context, std::function<void()> done)
{
    auto finish = [done] {
        if (done)
            done();
    };
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || label.isEmpty()) {
        QMetaObject::invokeMethod(context, finish, Qt::QueuedConnection);
        return;
    }
    qDBusRegisterMetaType<Attributes>();
    QDBusMessage search = QDBusMessage::createMethodCall(SecretsService, SecretsPath,
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        Attributes { { QStringLiteral("server"), service }, { QStringLiteral("user"), key } });
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, CallTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, label, context, finish] {
        watcher->deleteLater();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
        // Locked items (the second list) cannot be relabelled without an unlock prompt: left as they are.
        setLabels(reply.isValid() ? reply.argumentAt<0>() : QList<QDBusObjectPath>(), label, context, finish);
    });
}
#else
#include <QMetaObject>

bool SecretServiceLabel::isSupported()
{
    return false;
}

void SecretServiceLabel::apply(
    const QString &, const QString &, const QString &, QObject *context, std::function<void()> done)
{
    QMetaObject::invokeMethod(
        context,
        [done] {
            if (done)
                done();
        },
        Qt::QueuedConnection);
}
#endif
