#include "ChangePasswordDialog.h"

#include "session/PasswordChange.h"
#include "ui_ChangePasswordDialog.h"

#include <QLayout>
#include <QPushButton>

ChangePasswordDialog::ChangePasswordDialog(
    PasswordChange *change, const Session &session, bool remember, const QString &profileId, QWidget *parent)
    : AccountRequestDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_change(change)
    , m_session(session)
    , m_remember(remember)
    , m_profileId(profileId)
{
    m_ui->setupUi(this);
    change->setParent(this);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    setStatusWidgets(m_ui->messageLabel, m_ui->busyBar);
    m_ui->introLabel->setText(remember
            ? tr("Change the password of %1 on %2. You stay signed in with the new password, and the session "
                 "saved in your keychain is replaced by the new one.")
                  .arg(session.username(), session.serverRoot().host())
            : tr("Change the password of %1 on %2. You stay signed in with the new password.")
                  .arg(session.username(), session.serverRoot().host()));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this,
        &ChangePasswordDialog::onOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    for (QLineEdit *edit : { m_ui->currentEdit, m_ui->newPasswordEdit, m_ui->repeatEdit })
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    connect(change, &PasswordChange::failed, this, &ChangePasswordDialog::onFailed);
    connect(change, &PasswordChange::stepChanged, this, [this](PasswordChange::Step step) {
        if (step == PasswordChange::Step::CheckingCurrent)
            showInfo(tr("Checking the current password…"));
        else if (step == PasswordChange::Step::Changing)
            showInfo(tr("Changing the password…"));
        else if (step == PasswordChange::Step::SigningIn)
            showInfo(tr("Signing in with the new password…"));
    });
    connect(change, &PasswordChange::finished, this, [this](const Session &signedIn) {
        setBusy(false);
        accept();
        emit changed(signedIn);
    });
    m_ui->currentEdit->setFocus();
    updateState();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    clearSecrets();
}

void ChangePasswordDialog::onOk()
{
    if (isBusy())
        return;
    const QString problem = newPasswordProblem(m_ui->newPasswordEdit->text(), m_ui->repeatEdit->text());
    if (!problem.isEmpty()) {
        showError(problem);
        m_ui->newPasswordEdit->setFocus();
        return;
    }
    setBusy(true);
    const QString current = m_ui->currentEdit->text();
    const QString newPassword = m_ui->newPasswordEdit->text();
    clearSecrets(); // PasswordChange holds the only copies from here and wipes them
    m_change->start(m_session, current, newPassword, m_remember, m_profileId);
}

void ChangePasswordDialog::onFailed(const QString &message, bool changed)
{
    showError(message);
    if (changed) {
        // Nothing to type again: the new password is in force; the sign-in form takes it from here.
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    m_ui->currentEdit->setFocus();
}

void ChangePasswordDialog::clearSecrets()
{
    for (QLineEdit *edit : { m_ui->currentEdit, m_ui->newPasswordEdit, m_ui->repeatEdit })
        edit->clear();
}

void ChangePasswordDialog::updateState()
{
    const bool busy = isBusy();
    for (QLineEdit *edit : { m_ui->currentEdit, m_ui->newPasswordEdit, m_ui->repeatEdit })
        edit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy && !m_ui->currentEdit->text().isEmpty() && !m_ui->newPasswordEdit->text().isEmpty());
    ok->setDefault(true);
    ok->setText(tr("&Change Password"));
    ok->setAccessibleName(tr("Change the password"));
}
