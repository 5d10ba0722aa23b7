#include "CreateKeyDialog.h"

#include "api/AccessKey.h"
#include "core/Clock.h"
#include "ui_CreateKeyDialog.h"
#include "widgets/Accessibility.h"
#include "widgets/DateField.h"

#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace {
constexpr qint64 SecondsPerDay = 86400;
// The furthest custom date whose lifetime still fits the server's int32 `expire`.
constexpr qint64 MaximumDays = AccessKey::MaximumLifetimeSeconds / SecondsPerDay;

QDate today()
{
    return Clock::currentDateTimeUtc().toLocalTime().date();
}
} // namespace

CreateKeyDialog::CreateKeyDialog(QWidget *parent)
    : RequestDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // Grow when an error or warning line appears instead of squeezing it.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);

    m_ui->lifetimeCombo->addItem(tr("30 days"), qint64(30) * SecondsPerDay);
    m_ui->lifetimeCombo->addItem(tr("90 days"), qint64(90) * SecondsPerDay);
    m_ui->lifetimeCombo->addItem(tr("1 year"), qint64(365) * SecondsPerDay);
    m_ui->lifetimeCombo->addItem(tr("Custom expiry date…"), qint64(0));
    m_ui->lifetimeCombo->setCurrentIndex(Days90);

    const QDate now = today();
    // Year-month-day reads the same in every locale. The range limits the calendar; a typed date outside
    // it, or one that does not exist, is refused in validationMessage() with a sentence.
    m_ui->expiryDateEdit->setDateRange(now.addDays(1), now.addDays(MaximumDays));
    m_ui->expiryDateEdit->setDate(now.addDays(90));

    setRequestWidgets(m_ui->errorLabel, m_ui->nameEdit);
    Accessibility::nameClearButton(m_ui->nameEdit);
    Accessibility::nameClearButton(m_ui->detailEdit);
    m_ui->validationLabel->setAccessibleName(tr("Input problem"));

    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setText(tr("&Create"));
    create->setAccessibleName(tr("Create"));
    create->setAccessibleDescription(tr("Asks the server to create the key"));
    create->setDefault(true);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));

    connect(create, &QPushButton::clicked, this, &CreateKeyDialog::onCreateClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::updateState);
    connect(m_ui->lifetimeCombo, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::updateState);
    connect(m_ui->expiryDateEdit, &DateField::dateChanged, this, &CreateKeyDialog::updateState);

    // "now" moves on while a dialog stays open (over midnight, say): re-check now and then.
    m_refreshTimer->setInterval(60 * 1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &CreateKeyDialog::updateState);
    m_refreshTimer->start();

    m_ui->nameEdit->setFocus();
    updateState();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

CreateKeyDialog::~CreateKeyDialog() = default;

QString CreateKeyDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString CreateKeyDialog::detail() const
{
    return m_ui->detailEdit->text().trimmed();
}

qint64 CreateKeyDialog::lifetimeSeconds() const
{
    qint64 seconds = m_ui->lifetimeCombo->currentData().toLongLong();
    if (m_ui->lifetimeCombo->currentIndex() == CustomDate) {
        const QDate expiry = m_ui->expiryDateEdit->date();
        seconds = expiry.isValid() ? today().daysTo(expiry) * SecondsPerDay : 0;
    }
    return AccessKey::isValidLifetime(seconds) ? seconds : 0;
}

bool CreateKeyDialog::isInputValid() const
{
    return validationMessage().isEmpty();
}

void CreateKeyDialog::onCreateClicked()
{
    updateState(); // time may have moved since the last check
    if (isBusy() || !isInputValid())
        return;
    emit createRequested(name(), detail(), lifetimeSeconds());
}

QString CreateKeyDialog::validationMessage() const
{
    if (name().isEmpty())
        return tr("Give the key a name.");
    if (m_ui->lifetimeCombo->currentIndex() == CustomDate) {
        const QString typed = m_ui->expiryDateEdit->problem();
        if (!typed.isEmpty())
            return typed;
        const qint64 seconds = today().daysTo(m_ui->expiryDateEdit->date()) * SecondsPerDay;
        if (seconds < AccessKey::MinimumLifetimeSeconds)
            return tr("The expiry date must be at least one day from now.");
        if (seconds > AccessKey::MaximumLifetimeSeconds)
            return tr("The expiry date can be at most %1 days from now.").arg(MaximumDays);
    }
    return {};
}

void CreateKeyDialog::updateState()
{
    const bool custom = m_ui->lifetimeCombo->currentIndex() == CustomDate;
    const QString problem = validationMessage();

    m_ui->nameEdit->setEnabled(!isBusy());
    m_ui->detailEdit->setEnabled(!isBusy());
    m_ui->lifetimeCombo->setEnabled(!isBusy());
    m_ui->expiryDateEdit->setEnabled(!isBusy() && custom);
    m_ui->expiryDateLabel->setEnabled(custom);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!isBusy() && problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!isBusy());

    m_ui->validationLabel->setText(isBusy() ? tr("Creating the key…") : problem);
    Accessibility::exposeText(m_ui->validationLabel);
    m_ui->validationLabel->setVisible(isBusy() || !problem.isEmpty());

    const qint64 seconds = lifetimeSeconds();
    if (seconds > 0) {
        const QDateTime expiry = Clock::currentDateTimeUtc().addSecs(seconds).toLocalTime();
        m_ui->expiryHintLabel->setText(tr("The key will expire on %1 at %2.")
                                           .arg(QLocale().toString(expiry.date(), QLocale::LongFormat),
                                               QLocale().toString(expiry.time(), QLocale::ShortFormat)));
    } else {
        m_ui->expiryHintLabel->clear();
    }
}
