#include "AccessKeyEditor.h"

#include "api/AccessKeyReply.h"
#include "api/ApiError.h"
#include "api/UnconfirmedCreateCheck.h"
#include "api/VoipbinClient.h"
#include "core/Clock.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/CreateKeyDialog.h"
#include "keys/EditKeyDialog.h"
#include "keys/NewKeyDialog.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"
#include "widgets/MessageBox.h"

AccessKeyEditor::AccessKeyEditor(VoipbinClient *client, AccessKeyTableModel *model, LocalKeySecrets *secrets,
    SecureClipboard *clipboard, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_model(model)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_window(window)
{
}

void AccessKeyEditor::create()
{
    auto *dialog = new CreateKeyDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<CreateKeyDialog> guarded(dialog);
    connect(dialog, &CreateKeyDialog::createRequested, this,
        [this, guarded](const QString &name, const QString &detail, qint64 lifetime) {
            sendCreate(guarded, name, detail, lifetime);
        });
    dialog->open();
}

void AccessKeyEditor::sendCreate(
    QPointer<CreateKeyDialog> dialog, const QString &name, const QString &detail, qint64 lifetime)
{
    if (dialog)
        dialog->setBusy(true);
    const QDateTime attemptStartedUtc = Clock::currentDateTimeUtc();
    const QSet<QString> knownIds = m_model->keyIds();
    AccessKeyReply *reply = m_client->createAccessKey(name, detail, lifetime);
    connect(reply, &ApiReply::finished, this, [=] {
        reply->deleteLater();
        if (reply->isOk()) {
            if (dialog)
                dialog->accept();
            storeNewKey(reply->newAccessKey());
        } else if (reply->error().outcomeUnknown()) {
            // Sending it again could make a second key: find out what the server did instead.
            reconcileLostCreate(dialog, name, detail, attemptStartedUtc, knownIds);
        } else if (reply->error().needsSignIn()) {
            if (dialog)
                dialog->showError(tr("Your session has ended. Sign in again and the key will be created."));
            emit signInRequired([=] { sendCreate(dialog, name, detail, lifetime); });
        } else if (dialog) {
            dialog->showError(reply->error().userMessage());
        }
    });
}

void AccessKeyEditor::storeNewKey(const NewAccessKey &created)
{
    m_model->updateKey(created.key);
    // The keychain first, then the dialog: it can then say truthfully whether the secret is safe.
    SecretJob *job = m_secrets->store(created);
    connect(job, &SecretJob::finished, this, [this, job, created] {
        const bool stored = job->isOk();
        // The dialog words the warning around the reason; wrapping it here too said everything twice.
        const QString message
            = stored ? tr("The key is stored in this computer's keychain.") : job->userMessage();
        auto *dialog = new NewKeyDialog(created, stored, message, m_clipboard, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (job->status() == SecretJob::Status::TimedOut) {
            // Not a failure yet: the keychain may be showing a prompt, and its answer still counts (the
            // job is kept for it, even if the dialog has gone by then).
            dialog->showKeychainStillAsking();
            connect(job, &SecretJob::answeredLate, dialog,
                [dialog, job] { dialog->keychainAnswered(job->isOk(), job->userMessage()); });
            connect(job, &SecretJob::answeredLate, job, &QObject::deleteLater);
        } else {
            job->deleteLater();
        }
        dialog->open();
    });
}

void AccessKeyEditor::reconcileLostCreate(QPointer<CreateKeyDialog> dialog, const QString &name,
    const QString &detail, const QDateTime &attemptStartedUtc, const QSet<QString> &knownIds)
{
    if (dialog)
        dialog->showProgress(tr("The server's answer was lost. Checking whether the key was created…"));
    UnconfirmedCreateCheck *check
        = UnconfirmedCreateCheck::start(m_client, name, detail, attemptStartedUtc, knownIds);
    connect(check, &ApiReply::finished, this, [=] {
        check->deleteLater();
        const AccessKeyList orphans = check->matches();
        for (const AccessKey &key : orphans)
            m_model->updateKey(key);
        if (!orphans.isEmpty()) {
            if (dialog)
                dialog->reject();
            offerToRevokeOrphans(orphans);
        } else if (!dialog) {
            return;
        } else if (check->isOk()) {
            dialog->showError(tr("The server's answer was lost, and no key was created. You can create it "
                                 "again."));
        } else {
            dialog->showError(tr("The server's answer was lost and the list of keys could not be checked, "
                                 "so a key may have been created whose secret is lost. Refresh the list "
                                 "(F5) and revoke it before you create the key again. %1")
                                  .arg(check->error().userMessage()));
        }
    });
}

void AccessKeyEditor::offerToRevokeOrphans(const QList<AccessKey> &orphans)
{
    QStringList names;
    for (const AccessKey &key : orphans)
        names << tr("\"%1\" (%2)").arg(key.displayName(), key.tokenPrefix);
    const QString text = tr("The server created %n key(s) but its answer was lost on the way: %1.\n\n"
                            "Nobody has the secret of such a key, so nothing can use it, but it stays valid "
                            "until it expires. Revoke it now and create the key again?",
        nullptr, int(orphans.size()))
                             .arg(names.join(QStringLiteral(", ")));
    if (!MessageBox::confirm(
            m_window, tr("A key was created without its secret"), text, tr("&Revoke"), tr("&Keep")))
        return;
    for (const AccessKey &key : orphans)
        sendRevoke(key);
}

void AccessKeyEditor::edit(const AccessKey &key)
{
    auto *dialog = new EditKeyDialog(key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<EditKeyDialog> guarded(dialog);
    const QString id = key.id;
    connect(dialog, &EditKeyDialog::saveRequested, this,
        [this, guarded, id](
            const QString &name, const QString &detail) { sendEdit(guarded, id, name, detail); });
    dialog->open();
}

void AccessKeyEditor::sendEdit(
    QPointer<EditKeyDialog> dialog, const QString &id, const QString &name, const QString &detail)
{
    if (dialog)
        dialog->setBusy(true);
    AccessKeyReply *reply = m_client->updateAccessKey(id, name, detail);
    connect(reply, &ApiReply::finished, this, [=] {
        reply->deleteLater();
        if (reply->isOk()) {
            m_model->updateKey(reply->accessKey());
            m_secrets->relabel(reply->accessKey()); // the keyring browser shows the new name too
            if (dialog)
                dialog->accept();
        } else if (reply->error().needsSignIn()) {
            if (dialog)
                dialog->showError(tr("Your session has ended. Sign in again and the change will be saved."));
            emit signInRequired([=] { sendEdit(dialog, id, name, detail); });
        } else if (dialog) {
            dialog->showError(reply->error().userMessage());
        }
    });
}

void AccessKeyEditor::revoke(const AccessKey &key)
{
    // The buttons say what they do: "Revoke" and "Cancel", not "Yes" and "Cancel".
    if (MessageBox::confirm(m_window, tr("Revoke accesskey"),
            tr("Revoke the accesskey \"%1\" (%2)?\n\nEvery program that uses it stops working at once. "
               "This cannot be undone.")
                .arg(key.displayName(), key.tokenPrefix),
            tr("&Revoke"), tr("Cancel")))
        sendRevoke(key);
}

void AccessKeyEditor::sendRevoke(const AccessKey &key)
{
    AccessKeyReply *reply = m_client->deleteAccessKey(key.id);
    connect(reply, &ApiReply::finished, this, [=] {
        reply->deleteLater();
        const ApiError error = reply->error();
        // Already deleted elsewhere: the goal is reached all the same.
        if (reply->isOk() || error.kind() == ApiError::Kind::AlreadyDeleted) {
            m_model->removeKey(key.id);
            m_secrets->forget(key.id);
            emit revoked(tr("Revoked \"%1\".").arg(key.displayName()));
        } else if (error.needsSignIn()) {
            emit signInRequired([=] { sendRevoke(key); });
        } else {
            MessageBox::warning(m_window, tr("Revoke accesskey"),
                tr("The key could not be revoked. %1").arg(error.userMessage()));
        }
    });
}
