#include "ResetPasswordDialog.h"

#include "account/EmailedToken.h"
#include "api/ApiReply.h"
#include "api/VoipbinClient.h"
#include "core/SecretWipe.h"
#include "ui_ResetPasswordDialog.h"

#include <QLayout>
#include <QPushButton>

ResetPasswordDialog::ResetPasswordDialog(VoipbinClient *client, const QUrl &serverRoot, QWidget *parent)
    : AccountRequestDialog(parent)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
    , m_client(client)
    , m_serverRoot(serverRoot)
{
    m_ui->setupUi(this);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    setStatusWidgets(m_ui->messageLabel, m_ui->busyBar);
    m_ui->introLabel->setText(
        tr("Paste the link from VoIPbin's password email (or the token in it) and choose a new password of "
           "at least %n characters. A link works once, for one hour.",
            "", VoipbinClient::MinPasswordLength));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this,
        &ResetPasswordDialog::onOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    for (QLineEdit *edit : { m_ui->usernameEdit, m_ui->tokenEdit, m_ui->newPasswordEdit, m_ui->repeatEdit })
        connect(edit, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateState);
    m_ui->usernameEdit->setFocus();
    updateState();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    clearSecrets();
}

void ResetPasswordDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty())
        m_ui->tokenEdit->setFocus();
}

void ResetPasswordDialog::onOk()
{
    if (isBusy())
        return;
    QString token = EmailedToken::fromPasted(m_ui->tokenEdit->text());
    if (token.isEmpty()) {
        showError(tr("That is not the link or the token from VoIPbin's password email. Paste the whole link "
                     "from the email."));
        m_ui->tokenEdit->setFocus();
        return;
    }
    const QString problem = newPasswordProblem(m_ui->newPasswordEdit->text(), m_ui->repeatEdit->text());
    if (!problem.isEmpty()) {
        SecretWipe::wipe(token);
        showError(problem);
        m_ui->newPasswordEdit->setFocus();
        return;
    }
    if (!m_client->setServerRoot(m_serverRoot)) {
        SecretWipe::wipe(token);
        showError(tr("That server address cannot be used."));
        return;
    }
    setBusy(true);
    ApiReply *reply = m_client->resetPassword(token, m_ui->newPasswordEdit->text());
    SecretWipe::wipe(token);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            showError(reply->error().userMessage());
            return;
        }
        setBusy(false);
        SignInAttempt attempt;
        attempt.serverRoot = m_serverRoot;
        attempt.method = SignInMethod::Password;
        attempt.username = m_ui->usernameEdit->text().trimmed();
        attempt.secret = m_ui->newPasswordEdit->text();
        clearSecrets();
        accept();
        emit passwordSet(attempt); // whoever signs in with it wipes its copy (SignInController does)
        SecretWipe::wipe(attempt.secret);
    });
}

void ResetPasswordDialog::clearSecrets()
{
    for (QLineEdit *edit : { m_ui->tokenEdit, m_ui->newPasswordEdit, m_ui->repeatEdit })
        edit->clear();
}

void ResetPasswordDialog::updateState()
{
    const bool busy = isBusy();
    for (QLineEdit *edit : { m_ui->usernameEdit, m_ui->tokenEdit, m_ui->newPasswordEdit, m_ui->repeatEdit })
        edit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy && !m_ui->usernameEdit->text().trimmed().isEmpty()
        && !m_ui->tokenEdit->text().isEmpty() && !m_ui->newPasswordEdit->text().isEmpty());
    ok->setDefault(true);
    ok->setText(tr("&Set Password"));
    ok->setAccessibleName(tr("Set the new password"));
}
