#include "EditKeyDialog.h"

#include "WrappedLabel.h"
#include "api/AccessKey.h"
#include "ui_EditKeyDialog.h"

#include <QLayout>
#include <QPushButton>

EditKeyDialog::EditKeyDialog(const AccessKey &key, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditKeyDialog>())
    , m_keyId(key.id)
    , m_originalName(key.name)
    , m_originalDetail(key.detail)
{
    m_ui->setupUi(this);
    // Grow when an error or warning line appears instead of squeezing it.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);

    // The prefix identifies the key without revealing it (the server never returns the token again).
    const QString prefix = key.tokenPrefix.isEmpty() ? key.id : key.tokenPrefix + QStringLiteral("…");
    m_ui->keyValueLabel->setText(prefix);
    m_ui->keyValueLabel->setAccessibleName(tr("Key"));
    m_ui->nameEdit->setText(key.name);
    m_ui->detailEdit->setText(key.detail);

    QFont errorFont = m_ui->errorLabel->font();
    errorFont.setBold(true);
    m_ui->errorLabel->setFont(errorFont);
    m_ui->errorLabel->setAccessibleName(tr("Error"));
    m_ui->errorLabel->hide();
    m_ui->statusLabel->hide();

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    save->setAccessibleName(tr("Save"));
    save->setAccessibleDescription(tr("Replaces the key's name and detail on the server"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    connect(save, &QPushButton::clicked, this, &EditKeyDialog::onSaveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditKeyDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditKeyDialog::updateState);
    connect(m_ui->detailEdit, &QLineEdit::textChanged, this, &EditKeyDialog::updateState);

    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    updateState();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

EditKeyDialog::~EditKeyDialog() = default;

QString EditKeyDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString EditKeyDialog::detail() const
{
    return m_ui->detailEdit->text().trimmed();
}

bool EditKeyDialog::isInputValid() const
{
    return !name().isEmpty() && (name() != m_originalName || detail() != m_originalDetail);
}

void EditKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_ui->errorLabel->hide();
    updateState();
    if (!busy)
        m_ui->nameEdit->setFocus();
}

void EditKeyDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    WrappedLabel::fit(m_ui->errorLabel);
}

void EditKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void EditKeyDialog::onSaveClicked()
{
    if (m_busy || !isInputValid())
        return;
    emit saveRequested(name(), detail());
}

void EditKeyDialog::updateState()
{
    m_ui->nameEdit->setEnabled(!m_busy);
    m_ui->detailEdit->setEnabled(!m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!m_busy && isInputValid());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);

    QString status;
    if (m_busy)
        status = tr("Saving…");
    else if (name().isEmpty())
        status = tr("The key needs a name.");
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
}
