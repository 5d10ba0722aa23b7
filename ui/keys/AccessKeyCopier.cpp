#include "AccessKeyCopier.h"

#include "api/AccessKey.h"
#include "clipboard/SecureClipboard.h"
#include "keys/CurlExample.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"
#include "widgets/MessageBox.h"

#include <QUrl>
#include <QWidget>

AccessKeyCopier::AccessKeyCopier(LocalKeySecrets *secrets, SecureClipboard *clipboard, QWidget *window)
    : QObject(window)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_window(window)
{
}

void AccessKeyCopier::copySecret(const AccessKey &key)
{
    withStoredSecret(key, [this](const QString &secret) {
        m_clipboard->copySecret(secret);
        emit copied(tr("Key copied."));
    });
}

void AccessKeyCopier::copyPrefix(const AccessKey &key)
{
    m_clipboard->copyPlain(key.tokenPrefix);
    emit copied(tr("Prefix copied."));
}

void AccessKeyCopier::copyCurlExample(const AccessKey &key, const QUrl &serverRoot)
{
    // The example carries the key itself, so it is copied as a secret.
    withStoredSecret(key, [this, serverRoot](const QString &secret) {
        m_clipboard->copySecret(CurlExample::listAccessKeys(serverRoot, secret));
        emit copied(tr("curl example copied."));
    });
}

void AccessKeyCopier::withStoredSecret(const AccessKey &key, std::function<void(const QString &)> use)
{
    if (!m_secrets->isStored(key.id)) {
        offerPrefixInstead(key);
        return;
    }
    SecretJob *job = m_secrets->read(key.id);
    connect(job, &SecretJob::finished, this, [this, job, key, use] {
        job->deleteLater(); // a copy the keychain answers late would surprise: not waited for
        if (job->isOk())
            use(job->secret());
        else if (job->status() == SecretJob::Status::NotFound)
            offerPrefixInstead(key); // the keychain lost it; LocalKeySecrets has dropped its marker
        else
            MessageBox::warning(m_window, tr("Copy key"), job->userMessage());
    });
}

void AccessKeyCopier::offerPrefixInstead(const AccessKey &key)
{
    const QString name = key.displayName();
    const auto answer = MessageBox::question(m_window, tr("Secret not available"),
        tr("The secret of \"%1\" is not stored on this computer. The server shows a key's secret only once, "
           "when it is created, so it cannot be copied from here.\n\nCopy its prefix (%2) instead?")
            .arg(name, key.tokenPrefix),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        m_clipboard->copyPlain(key.tokenPrefix);
}
