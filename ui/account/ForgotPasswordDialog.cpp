#include "ForgotPasswordDialog.h"

#include "account/ResetPasswordDialog.h"
#include "api/ApiReply.h"
#include "api/VoipbinClient.h"
#include "ui_ForgotPasswordDialog.h"

#include <QLayout>
#include <QPushButton>

ForgotPasswordDialog::ForgotPasswordDialog(VoipbinClient *client, const QUrl &serverRoot, QWidget *parent)
    : AccountRequestDialog(parent)
    , m_ui(std::make_unique<Ui::ForgotPasswordDialog>())
    , m_client(client)
    , m_serverRoot(serverRoot)
{
    m_ui->setupUi(this);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    setStatusWidgets(m_ui->messageLabel, m_ui->busyBar);
    m_ui->introLabel->setText(tr("VoIPbin can email you a link to set a new password for your account on %1.")
                                  .arg(serverRoot.host()));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this,
        &ForgotPasswordDialog::onOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ForgotPasswordDialog::reject);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &ForgotPasswordDialog::updateState);
    m_ui->usernameEdit->setFocus();
    updateState();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ForgotPasswordDialog::~ForgotPasswordDialog() = default;

void ForgotPasswordDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
}

void ForgotPasswordDialog::onOk()
{
    if (isBusy() || m_ui->usernameEdit->text().trimmed().isEmpty())
        return;
    if (m_sent)
        openReset();
    else
        send();
}

void ForgotPasswordDialog::send()
{
    if (!m_client->setServerRoot(m_serverRoot)) {
        showError(tr("That server address cannot be used."));
        return;
    }
    setBusy(true);
    ApiReply *reply = m_client->requestPasswordReset(m_ui->usernameEdit->text().trimmed());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            showError(reply->error().userMessage());
            return;
        }
        setBusy(false);
        m_sent = true;
        // The server never says whether the account exists (so nobody can probe for accounts): neither can
        // we.
        showInfo(tr("If an account exists for %1, VoIPbin has emailed it a link to set a new password. The "
                    "link is valid for one hour. When it arrives, choose \"Enter Link…\" and paste it.")
                     .arg(m_ui->usernameEdit->text().trimmed()));
        updateState();
    });
}

void ForgotPasswordDialog::openReset()
{
    auto *reset = new ResetPasswordDialog(m_client, m_serverRoot, parentWidget());
    reset->setAttribute(Qt::WA_DeleteOnClose);
    reset->setUsername(m_ui->usernameEdit->text().trimmed());
    connect(reset, &ResetPasswordDialog::passwordSet, this, &ForgotPasswordDialog::passwordSet);
    // This dialog is done: the reset dialog carries on alone, and is the one the person answers.
    connect(reset, &QObject::destroyed, this, &QObject::deleteLater);
    hide();
    reset->open();
}

void ForgotPasswordDialog::updateState()
{
    const bool busy = isBusy();
    m_ui->usernameEdit->setReadOnly(busy || m_sent);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy && !m_ui->usernameEdit->text().trimmed().isEmpty());
    ok->setDefault(true);
    ok->setText(m_sent ? tr("&Enter Link…") : tr("&Send Email"));
    ok->setAccessibleName(m_sent ? tr("Enter the link from the email") : tr("Send the email"));
}
