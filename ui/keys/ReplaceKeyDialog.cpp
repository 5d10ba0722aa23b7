#include "ReplaceKeyDialog.h"

#include "clipboard/SecureClipboard.h"
#include "core/Clock.h"
#include "core/SecretWipe.h"
#include "rotation/KeyRotation.h"
#include "ui_ReplaceKeyDialog.h"
#include "widgets/Accessibility.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

using Step = RotationRecord::Step;

ReplaceKeyDialog::ReplaceKeyDialog(const AccessKey &oldKey, SecureClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplaceKeyDialog>())
    , m_oldKey(oldKey)
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("A new key named \"%1\" with the same detail and lifetime is created, stored in this computer's "
           "keychain and checked with the server. Only then is the old key (%2) revoked, so whatever uses it "
           "keeps working until you have put the new one in its place.")
            .arg(oldKey.displayName(), oldKey.tokenPrefix));
    m_ui->graceCombo->addItem(tr("At once, when the new key works"), qint64(0));
    m_ui->graceCombo->addItem(tr("After 1 hour"), OneHour);
    m_ui->graceCombo->addItem(tr("After 1 day"), OneDay);
    m_ui->graceCombo->addItem(tr("After 7 days"), SevenDays);
    m_ui->tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->tokenEdit->setEchoMode(QLineEdit::Password); // shown on purpose only, never on a shared screen
    m_ui->tokenEdit->setEnabled(false);
    m_ui->copyButton->setEnabled(false);
    m_ui->stepsBox->hide();
    m_ui->errorLabel->hide();
    m_replaceButton = m_ui->buttonBox->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceButton->setDefault(true);
    connect(m_replaceButton, &QPushButton::clicked, this, &ReplaceKeyDialog::requestReplace);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ReplaceKeyDialog::copyToken);
}

ReplaceKeyDialog::~ReplaceKeyDialog()
{
    m_ui->tokenEdit->clear();
    SecretWipe::wipe(m_token);
}

qint64 ReplaceKeyDialog::graceSeconds() const
{
    return m_ui->graceCombo->currentData().toLongLong();
}

void ReplaceKeyDialog::requestReplace()
{
    if (m_rotation) { // "Try again" after a stop it can resume from
        m_ui->errorLabel->hide();
        m_replaceButton->setEnabled(false);
        m_rotation->resume();
        return;
    }
    m_ui->graceCombo->setEnabled(false);
    m_replaceButton->setEnabled(false);
    emit replaceRequested(graceSeconds());
}

void ReplaceKeyDialog::follow(KeyRotation *rotation)
{
    m_rotation = rotation;
    m_ui->graceCombo->setEnabled(false);
    m_replaceButton->setEnabled(false);
    m_ui->stepsBox->show();
    connect(rotation, &KeyRotation::stepChanged, this, &ReplaceKeyDialog::showStep);
    connect(rotation, &KeyRotation::progress, m_ui->progressLabel, &QLabel::setText);
    connect(rotation, &KeyRotation::newKeyStored, this, &ReplaceKeyDialog::showNewKey);
    connect(rotation, &KeyRotation::revocationScheduled, this, &ReplaceKeyDialog::showScheduled);
    connect(rotation, &KeyRotation::finished, this, &ReplaceKeyDialog::showFinished);
    connect(rotation, &KeyRotation::failed, this, &ReplaceKeyDialog::showFailure);
    showStep();
    if (rotation->record().step == Step::Verified)
        showScheduled(rotation->record().revokeAtUtc);
}

void ReplaceKeyDialog::setStepText(QLabel *label, bool done, const QString &text)
{
    // The mark is in the text, not only a colour, so a screen reader says it too.
    label->setText((done ? tr("✓ %1") : tr("… %1")).arg(text));
    label->setAccessibleName(label->text());
}

void ReplaceKeyDialog::showStep()
{
    if (!m_rotation)
        return;
    const RotationRecord record = m_rotation->record();
    const int reached = int(record.step);
    const bool discarding = record.step == Step::Discarding || record.step == Step::Creating;
    const bool created = !discarding && reached >= int(Step::Created);
    const bool stored = !discarding && reached >= int(Step::Stored);
    const bool verified = !discarding && reached >= int(Step::Verified);
    setStepText(m_ui->createdLabel, created,
        created ? tr("New key created (%1)").arg(record.newKeyPrefix) : tr("Creating the new key"));
    setStepText(m_ui->storedLabel, stored,
        stored ? tr("Stored in this computer's keychain") : tr("To be stored in the keychain"));
    setStepText(m_ui->verifiedLabel, verified,
        verified ? tr("Checked: the server accepts the new key") : tr("To be checked with the server"));
    if (!verified)
        setStepText(m_ui->oldKeyLabel, false, tr("Old key: kept until the new one works"));
}

void ReplaceKeyDialog::showNewKey(const NewAccessKey &created)
{
    SecretWipe::wipe(m_token);
    m_token = created.token;
    m_ui->tokenEdit->setEnabled(true);
    m_ui->tokenEdit->setText(m_token);
    m_ui->tokenEdit->setCursorPosition(0);
    m_ui->copyButton->setEnabled(true);
    m_ui->copyButton->setFocus();
}

void ReplaceKeyDialog::showScheduled(const QDateTime &revokeAtUtc)
{
    if (revokeAtUtc <= Clock::currentDateTimeUtc()) {
        setStepText(m_ui->oldKeyLabel, false, tr("Old key: being revoked now"));
        return;
    }
    const QString when = QLocale().toString(revokeAtUtc.toLocalTime(), QLocale::ShortFormat);
    setStepText(m_ui->oldKeyLabel, true,
        tr("Old key: to be revoked at %1. Until then both keys work; the app revokes it then, or at its "
           "next start after that.")
            .arg(when));
    m_ui->progressLabel->clear();
}

void ReplaceKeyDialog::showFinished()
{
    setStepText(m_ui->oldKeyLabel, true, tr("Old key: revoked"));
    m_ui->progressLabel->setText(tr("The key is replaced."));
    Accessibility::announce(m_ui->progressLabel);
}

void ReplaceKeyDialog::showFailure(const QString &message, bool resumable)
{
    m_ui->errorLabel->setText(message);
    Accessibility::exposeText(m_ui->errorLabel);
    m_ui->errorLabel->show();
    Accessibility::announce(m_ui->errorLabel);
    m_ui->progressLabel->clear();
    m_replaceButton->setText(tr("&Try again"));
    m_replaceButton->setEnabled(resumable);
    if (!resumable)
        m_rotation = nullptr;
}

void ReplaceKeyDialog::copyToken()
{
    if (m_clipboard && !m_token.isEmpty()) {
        m_clipboard->copySecret(m_token);
        m_ui->progressLabel->setText(tr("The new key is copied; the clipboard is cleared later."));
    }
}
