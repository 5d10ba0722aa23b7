#include "ProfileDialog.h"

#include "api/ServerAddress.h"
#include "profiles/ProfileStore.h"
#include "ui_ProfileDialog.h"
#include "widgets/Accessibility.h"

#include <QPushButton>

ProfileDialog::ProfileDialog(Mode mode, ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_mode(mode)
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Add ? tr("New Profile") : tr("Rename Profile"));
    setAccessibleName(windowTitle());
    m_ui->serverCombo->addItem(tr("VoIPbin (api.voipbin.net)"), int(ServerChoice::Voipbin));
    m_ui->serverCombo->addItem(tr("Custom server URL"), int(ServerChoice::Custom));
    m_ui->serverCombo->addItem(tr("Local sandbox (offline)"), int(ServerChoice::Sandbox));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("&Add") : tr("&Rename"));
    m_ui->errorLabel->hide();
    for (QWidget *row : { static_cast<QWidget *>(m_ui->serverLabel),
             static_cast<QWidget *>(m_ui->serverCombo), static_cast<QWidget *>(m_ui->methodLabel),
             static_cast<QWidget *>(m_ui->passwordRadio), static_cast<QWidget *>(m_ui->accessKeyRadio),
             static_cast<QWidget *>(m_ui->usernameLabel), static_cast<QWidget *>(m_ui->usernameEdit) })
        row->setVisible(mode == Mode::Add);
    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateRows);
    connect(m_ui->accessKeyRadio, &QRadioButton::toggled, this, &ProfileDialog::updateRows);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QLabel::hide);
    updateRows();
    resize(480, sizeHint().height());
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_ui->nameEdit->setText(profile.name);
    m_ui->nameEdit->selectAll();
    m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(int(profile.server)));
    m_ui->customUrlEdit->setText(profile.customRoot.toString());
    m_ui->accessKeyRadio->setChecked(profile.method == SignInMethod::AccessKey);
    m_ui->passwordRadio->setChecked(profile.method == SignInMethod::Password);
    m_ui->usernameEdit->setText(profile.username);
    updateRows();
}

Profile ProfileDialog::profile() const
{
    Profile result = m_profile;
    result.name = m_ui->nameEdit->text().trimmed();
    if (m_mode == Mode::Rename)
        return result;
    result.server = ServerChoice(m_ui->serverCombo->currentData().toInt());
    result.customRoot = result.server == ServerChoice::Custom
        ? ServerAddress::parse(m_ui->customUrlEdit->text().trimmed())
        : QUrl();
    result.method = m_ui->accessKeyRadio->isChecked() ? SignInMethod::AccessKey : SignInMethod::Password;
    result.username
        = result.method == SignInMethod::Password ? m_ui->usernameEdit->text().trimmed() : QString();
    if (result.server == ServerChoice::Sandbox)
        result.method = SignInMethod::Password; // the demo account signs in with its password
    return result;
}

void ProfileDialog::updateRows()
{
    const bool add = m_mode == Mode::Add;
    const bool custom = ServerChoice(m_ui->serverCombo->currentData().toInt()) == ServerChoice::Custom;
    m_ui->customUrlLabel->setVisible(add && custom);
    m_ui->customUrlEdit->setVisible(add && custom);
    const bool password = !m_ui->accessKeyRadio->isChecked();
    m_ui->usernameLabel->setVisible(add && password);
    m_ui->usernameEdit->setVisible(add && password);
}

QString ProfileDialog::problem() const
{
    const QString nameProblem = m_profiles->nameProblem(m_ui->nameEdit->text(), m_profile.id);
    if (!nameProblem.isEmpty() || m_mode == Mode::Rename)
        return nameProblem;
    if (ServerChoice(m_ui->serverCombo->currentData().toInt()) == ServerChoice::Custom) {
        QString error;
        if (!ServerAddress::parse(m_ui->customUrlEdit->text().trimmed(), &error).isValid())
            return error.isEmpty() ? tr("Enter the server's address, such as https://staging.example.com.")
                                   : error;
    }
    return {};
}

void ProfileDialog::showProblem(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    Accessibility::exposeText(m_ui->errorLabel);
    Accessibility::announce(m_ui->errorLabel);
}

void ProfileDialog::accept()
{
    const QString message = problem();
    if (!message.isEmpty()) {
        showProblem(message);
        return;
    }
    QDialog::accept();
}
