#include "EditKeyDialog.h"

#include "api/AccessKey.h"
#include "ui_EditKeyDialog.h"
#include "widgets/Accessibility.h"

#include <QLayout>
#include <QPushButton>

EditKeyDialog::EditKeyDialog(const AccessKey &key, QWidget *parent)
    : RequestDialog(parent)
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
    // A named label exposes only its name: put the prefix in it, or a screen reader hears just "Key".
    m_ui->keyValueLabel->setAccessibleName(
        key.tokenPrefix.isEmpty() ? tr("Key id %1").arg(key.id) : tr("Key prefix %1").arg(key.tokenPrefix));
    m_ui->keyValueLabel->setAccessibleDescription(
        tr("%1: identifies the key without revealing its secret, which is not shown again").arg(prefix));
    m_ui->nameEdit->setText(key.name);
    m_ui->detailEdit->setText(key.detail);

    setRequestWidgets(m_ui->errorLabel, m_ui->nameEdit);
    Accessibility::nameClearButton(m_ui->nameEdit);
    Accessibility::nameClearButton(m_ui->detailEdit);
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

void EditKeyDialog::onSaveClicked()
{
    if (isBusy() || !isInputValid())
        return;
    emit saveRequested(name(), detail());
}

void EditKeyDialog::updateState()
{
    m_ui->nameEdit->setEnabled(!isBusy());
    m_ui->detailEdit->setEnabled(!isBusy());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!isBusy() && isInputValid());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!isBusy());

    QString status;
    if (isBusy())
        status = tr("Saving…");
    else if (name().isEmpty())
        status = tr("The key needs a name.");
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
}
