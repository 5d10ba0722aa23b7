#include "SettingsDialog.h"

#include "api/ServerAddress.h"
#include "core/Settings.h"
#include "ui_SettingsDialog.h"
#include "widgets/WrappedLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // Grow when an error or warning line appears instead of squeezing it.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);

    m_ui->serverCombo->addItem(tr("VoIPbin (api.voipbin.net)"), int(ServerChoice::Voipbin));
    m_ui->serverCombo->addItem(tr("Local sandbox (offline)"), int(ServerChoice::Sandbox));
    m_ui->serverCombo->addItem(tr("Custom URL"), int(ServerChoice::Custom));
    m_ui->customUrlErrorLabel->setAccessibleName(tr("Custom URL problem"));
    addLockAndDesktopRows();

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    QPushButton *defaults = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    defaults->setAccessibleName(tr("Restore defaults"));
    defaults->setAccessibleDescription(tr("Puts every field back to its default; nothing is saved until OK"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(defaults, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_ui->customUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);

    load();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::isInputValid() const
{
    if (chosenServer() != ServerChoice::Custom)
        return true;
    return ServerAddress::parse(m_ui->customUrlEdit->text().trimmed()).isValid();
}

void SettingsDialog::accept()
{
    if (!isInputValid())
        return;
    using K = Settings::Key;
    m_settings.setValue(K::ClipboardClearSeconds, m_ui->clipboardSpin->value());
    m_settings.setValue(K::ExpiryWarningDays, m_ui->expiryWarningSpin->value());
    m_settings.setValue(K::CopyToSelection, m_ui->selectionCheck->isChecked());
    m_settings.setValue(K::LockAfterIdleMinutes, m_lockIdleSpin->value());
    m_settings.setValue(K::LockOnScreenLock, m_lockOnScreenCheck->isChecked());
    m_settings.setValue(K::ShowTrayIcon, m_trayCheck->isChecked());
    m_settings.setDefaultServer(chosenServer());
    const QString customText = m_ui->customUrlEdit->text().trimmed();
    if (customText.isEmpty()) {
        m_settings.reset(K::CustomServerUrl);
    } else {
        // Kept even when another server is the default, so switching back does not lose it.
        const QUrl custom = ServerAddress::parse(customText);
        if (custom.isValid())
            m_settings.setValue(K::CustomServerUrl, custom.toString());
    }
    QDialog::accept();
}

void SettingsDialog::load()
{
    using K = Settings::Key;
    m_ui->clipboardSpin->setValue(m_settings.value(K::ClipboardClearSeconds).toInt());
    m_ui->expiryWarningSpin->setValue(m_settings.value(K::ExpiryWarningDays).toInt());
    m_ui->selectionCheck->setChecked(m_settings.value(K::CopyToSelection).toBool());
    m_lockIdleSpin->setValue(m_settings.lockAfterIdleMinutes());
    m_lockOnScreenCheck->setChecked(m_settings.lockOnScreenLock());
    m_trayCheck->setChecked(m_settings.showTrayIcon());
    m_ui->customUrlEdit->setText(m_settings.value(K::CustomServerUrl).toString());
    selectServer(m_settings.defaultServer());
    updateState();
}

void SettingsDialog::restoreDefaults()
{
    using K = Settings::Key;
    m_ui->clipboardSpin->setValue(Settings::defaultValue(K::ClipboardClearSeconds).toInt());
    m_ui->expiryWarningSpin->setValue(Settings::defaultValue(K::ExpiryWarningDays).toInt());
    m_ui->selectionCheck->setChecked(Settings::defaultValue(K::CopyToSelection).toBool());
    m_lockIdleSpin->setValue(Settings::defaultValue(K::LockAfterIdleMinutes).toInt());
    m_lockOnScreenCheck->setChecked(Settings::defaultValue(K::LockOnScreenLock).toBool());
    m_trayCheck->setChecked(Settings::defaultValue(K::ShowTrayIcon).toBool());
    selectServer(ServerChoice::Voipbin);
    updateState();
}

void SettingsDialog::addLockAndDesktopRows()
{
    // Under the clipboard rows: locking is the other half of what the app does with secrets left alone.
    m_lockIdleSpin = new QSpinBox(this);
    m_lockIdleSpin->setObjectName(QStringLiteral("lockIdleSpin"));
    m_lockIdleSpin->setRange(0, 24 * 60);
    m_lockIdleSpin->setSpecialValueText(tr("Never"));
    m_lockIdleSpin->setSuffix(tr(" min"));
    m_lockIdleSpin->setAccessibleName(tr("Lock after idle minutes"));
    m_lockIdleSpin->setAccessibleDescription(
        tr("Locks the app when it has had no keyboard or mouse input for this long; 0 never locks"));
    m_ui->securityLayout->addRow(tr("&Lock after idle:"), m_lockIdleSpin);
    m_lockOnScreenCheck = new QCheckBox(tr("Lock when the &screen locks"), this);
    m_lockOnScreenCheck->setObjectName(QStringLiteral("lockOnScreenCheck"));
    m_lockOnScreenCheck->setAccessibleName(tr("Lock when the screen locks"));
    m_lockOnScreenCheck->setAccessibleDescription(
        tr("Every session is closed and its secrets dropped; unlocking signs in again"));
    m_ui->securityLayout->addRow(m_lockOnScreenCheck);

    auto *desktop = new QGroupBox(tr("Desktop"), this);
    desktop->setObjectName(QStringLiteral("desktopGroup"));
    m_trayCheck = new QCheckBox(tr("Show an icon in the system &tray (show, lock, quit)"), desktop);
    m_trayCheck->setObjectName(QStringLiteral("trayCheck"));
    m_trayCheck->setAccessibleName(tr("Show an icon in the system tray"));
    m_trayCheck->setAccessibleDescription(
        tr("Off by default; the icon's menu shows, locks or quits the app"));
    auto *desktopLayout = new QVBoxLayout(desktop);
    desktopLayout->addWidget(m_trayCheck);
    auto *main = qobject_cast<QVBoxLayout *>(layout());
    main->insertWidget(main->indexOf(m_ui->buttonBox), desktop);
}

void SettingsDialog::selectServer(ServerChoice choice)
{
    m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(int(choice)));
}

ServerChoice SettingsDialog::chosenServer() const
{
    return ServerChoice(m_ui->serverCombo->currentData().toInt());
}

void SettingsDialog::updateState()
{
    const bool custom = chosenServer() == ServerChoice::Custom;
    m_ui->customUrlEdit->setEnabled(custom);
    m_ui->customUrlLabel->setEnabled(custom);

    QString problem;
    if (custom) {
        const QString text = m_ui->customUrlEdit->text().trimmed();
        if (text.isEmpty()) {
            problem = tr("Enter the address of your server.");
        } else {
            QString error;
            if (!ServerAddress::parse(text, &error).isValid())
                problem = error.isEmpty() ? tr("This address cannot be used.") : error;
        }
    }
    m_ui->customUrlErrorLabel->setText(problem);
    m_ui->customUrlErrorLabel->setVisible(!problem.isEmpty());
    WrappedLabel::fit(m_ui->customUrlErrorLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
