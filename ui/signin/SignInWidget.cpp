#include "SignInWidget.h"

#include "api/ServerAddress.h"
#include "profiles/Profile.h"
#include "session/LocalSandbox.h"
#include "ui_SignInWidget.h"
#include "widgets/Accessibility.h"

#include <QShortcut>

SignInWidget::SignInWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInWidget>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->serverCombo->addItem(tr("VoIPbin (api.voipbin.net)"), int(ServerChoice::Voipbin));
    m_ui->serverCombo->addItem(tr("Local sandbox (offline)"), int(ServerChoice::Sandbox));
    m_ui->serverCombo->addItem(tr("Custom URL"), int(ServerChoice::Custom));

    // Passing over "Local sandbox" with the arrow keys only changes the form; nothing starts until Sign in.
    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, &SignInWidget::onServerChanged);
    connect(m_ui->customUrlEdit, &QLineEdit::textChanged, this, [this] {
        validateCustomUrl();
        matchUsernameToServer();
    });
    connect(m_ui->passwordRadio, &QRadioButton::toggled, this, &SignInWidget::updateMethodRows);
    connect(m_ui->showAccessKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->accessKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showAccessKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInWidget::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SignInWidget::cancel);
    connect(m_ui->createAccountButton, &QPushButton::clicked, this, &SignInWidget::createAccountRequested);
    connect(m_ui->forgotPasswordButton, &QPushButton::clicked, this,
        [this] { emit forgotPasswordRequested(m_ui->usernameEdit->text().trimmed()); });
    // Enter in any field submits: a plain QWidget has no default button of its own.
    for (QLineEdit *edit :
        { m_ui->customUrlEdit, m_ui->usernameEdit, m_ui->passwordEdit, m_ui->accessKeyEdit })
        connect(edit, &QLineEdit::returnPressed, this, &SignInWidget::submit);
    // Escape belongs to the attempt only while one runs; otherwise it stays the dialog's (close).
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_escape, &QShortcut::activated, this, &SignInWidget::cancel);

    m_ui->errorLabel->hide();
    setBusy(false);
    updateServerRows();
    updateMethodRows();
}

SignInWidget::~SignInWidget() = default;

ServerChoice SignInWidget::serverChoice() const
{
    return ServerChoice(m_ui->serverCombo->currentData().toInt());
}

void SignInWidget::setServerChoice(ServerChoice choice)
{
    m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(int(choice)));
    updateServerRows();
}

void SignInWidget::onServerChanged()
{
    const ServerChoice choice = serverChoice();
    if ((choice == ServerChoice::Sandbox) != (m_shownChoice == ServerChoice::Sandbox))
        fillSandboxAccount(choice == ServerChoice::Sandbox);
    m_shownChoice = choice;
    updateServerRows();
    matchUsernameToServer();
}

void SignInWidget::fillSandboxAccount(bool sandbox)
{
    if (sandbox) {
        setMethod(SignInMethod::Password);
        m_ui->usernameEdit->setText(LocalSandbox::username());
        m_ui->passwordEdit->setText(m_sandboxPassword);
        return;
    }
    // Leaving the sandbox: its demo account must not follow the user to a real server.
    if (m_ui->usernameEdit->text() == LocalSandbox::username())
        m_ui->usernameEdit->clear();
    if (m_ui->passwordEdit->text() == m_sandboxPassword)
        m_ui->passwordEdit->clear();
}

void SignInWidget::matchUsernameToServer()
{
    if (m_lockedRoot.isValid() || m_rememberedUsername.isEmpty() || serverChoice() == ServerChoice::Sandbox)
        return;
    const bool atRememberedServer = serverRoot(nullptr) == m_rememberedRoot;
    const QString shown = m_ui->usernameEdit->text().trimmed();
    if (!atRememberedServer && shown == m_rememberedUsername)
        m_ui->usernameEdit->clear();
    else if (atRememberedServer && shown.isEmpty())
        m_ui->usernameEdit->setText(m_rememberedUsername);
}

void SignInWidget::setCustomUrl(const QString &url)
{
    m_ui->customUrlEdit->setText(url);
}

void SignInWidget::setSandboxUrl(const QUrl &url)
{
    m_sandboxUrl = url;
    updateServerRows();
}

void SignInWidget::setRememberedAccount(const QUrl &serverRoot, SignInMethod method, const QString &username)
{
    m_rememberedRoot = serverRoot;
    m_rememberedUsername = method == SignInMethod::Password ? username : QString();
    setMethod(method);
    if (!serverRoot.isValid())
        return;
    if (serverRoot == ServerAddress::defaultRoot()) {
        setServerChoice(ServerChoice::Voipbin);
    } else {
        setCustomUrl(serverRoot.toString());
        setServerChoice(ServerChoice::Custom);
    }
    setUsername(m_rememberedUsername);
}

void SignInWidget::setProfile(const Profile &profile, const QString &lastCustomUrl)
{
    setRemember(profile.rememberMe);
    setCustomUrl(lastCustomUrl);
    if (profile.server == ServerChoice::Sandbox) {
        m_rememberedRoot = QUrl();
        m_rememberedUsername.clear();
        setServerChoice(ServerChoice::Sandbox);
        return;
    }
    // The profile's username goes with its server only, as the last sign-in's does.
    setRememberedAccount(profile.serverRoot(), profile.method, profile.username);
}

void SignInWidget::lockTo(const QUrl &serverRoot, SignInMethod method, const QString &username)
{
    m_lockedRoot = serverRoot;
    // The server box names the session's own server, the one the password will go to.
    if (serverRoot == ServerAddress::defaultRoot()) {
        setServerChoice(ServerChoice::Voipbin);
    } else {
        setCustomUrl(serverRoot.toString());
        setServerChoice(ServerChoice::Custom);
    }
    setMethod(method);
    setUsername(username);
    m_ui->serverCombo->setEnabled(false);
    m_ui->customUrlEdit->setReadOnly(true);
    m_ui->passwordRadio->setEnabled(false);
    m_ui->accessKeyRadio->setEnabled(false);
    m_ui->usernameEdit->setReadOnly(!username.isEmpty());
    // Signing in again is about this account: a new one, or a reset, is for the sign-in page.
    m_ui->createAccountButton->hide();
    m_ui->forgotPasswordButton->hide();
    m_ui->serverInfoLabel->setText(
        tr("Your session on %1 has ended. Sign in again to continue where you left off.")
            .arg(serverRoot.host()));
    updateServerRows();
}

SignInAttempt SignInWidget::attempt(QString *error) const
{
    SignInAttempt result;
    result.serverRoot = serverRoot(error);
    result.method = method();
    result.username = m_ui->usernameEdit->text().trimmed();
    result.secret = result.method == SignInMethod::Password ? m_ui->passwordEdit->text()
                                                            : m_ui->accessKeyEdit->text().trimmed();
    result.remember = m_ui->rememberCheck->isChecked();
    return result;
}

QUrl SignInWidget::serverRoot(QString *error) const
{
    if (m_lockedRoot.isValid())
        return m_lockedRoot;
    switch (serverChoice()) {
    case ServerChoice::Voipbin:
        return ServerAddress::defaultRoot();
    case ServerChoice::Sandbox:
        return m_sandboxUrl; // invalid until it runs: it starts when the user signs in
    case ServerChoice::Custom:
        return ServerAddress::parse(m_ui->customUrlEdit->text().trimmed(), error);
    }
    return {};
}

SignInMethod SignInWidget::method() const
{
    return m_ui->accessKeyRadio->isChecked() ? SignInMethod::AccessKey : SignInMethod::Password;
}

void SignInWidget::setMethod(SignInMethod method)
{
    if (method == SignInMethod::AccessKey)
        m_ui->accessKeyRadio->setChecked(true);
    else
        m_ui->passwordRadio->setChecked(true);
    updateMethodRows();
}

void SignInWidget::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
}

void SignInWidget::setRemember(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

void SignInWidget::clearSecrets()
{
    m_ui->passwordEdit->clear();
    m_ui->accessKeyEdit->clear();
}

void SignInWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_escape->setEnabled(busy);
    m_ui->formContainer->setEnabled(!busy);
    m_ui->signInButton->setEnabled(!busy);
    m_ui->createAccountButton->setEnabled(!busy);
    m_ui->forgotPasswordButton->setEnabled(!busy);
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    if (busy) {
        clearError();
        // The fields are disabled now; keep the focus in the form so Escape and Cancel still reach it.
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    }
}

void SignInWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setAccessibleDescription(message);
    m_ui->errorLabel->show();
    // The fields describe the problem too, so a screen reader says it again where the user goes to fix it.
    for (QLineEdit *field : { m_ui->usernameEdit, m_ui->passwordEdit, m_ui->accessKeyEdit })
        field->setAccessibleDescription(message);
    Accessibility::announce(m_ui->errorLabel);
}

void SignInWidget::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    for (QLineEdit *field : { m_ui->usernameEdit, m_ui->passwordEdit, m_ui->accessKeyEdit })
        field->setAccessibleDescription(QString());
}

void SignInWidget::focusFirstEmptyField()
{
    QLineEdit *candidates[]
        = { m_ui->customUrlEdit, m_ui->usernameEdit, m_ui->passwordEdit, m_ui->accessKeyEdit };
    for (QLineEdit *edit : candidates) {
        if (edit->isVisibleTo(this) && edit->isEnabled() && !edit->isReadOnly() && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_ui->signInButton->setFocus(Qt::OtherFocusReason);
}

void SignInWidget::submit()
{
    if (m_busy)
        return; // the form cannot be submitted twice
    QString error;
    const SignInAttempt current = attempt(&error);
    if (!current.serverRoot.isValid() && serverChoice() != ServerChoice::Sandbox) {
        showError(error.isEmpty() ? tr("Choose a server to sign in to.") : error);
        return;
    }
    const bool password = current.method == SignInMethod::Password;
    if ((password && (current.username.isEmpty() || current.secret.isEmpty())) || current.secret.isEmpty()) {
        showError(
            password ? tr("Enter your username and password.") : tr("Paste an accesskey to sign in with."));
        focusFirstEmptyField();
        return;
    }
    clearError();
    emit signInRequested(current);
}

void SignInWidget::cancel()
{
    if (m_busy)
        emit cancelRequested();
}

void SignInWidget::updateServerRows()
{
    const ServerChoice choice = serverChoice();
    m_ui->formLayout->setRowVisible(m_ui->customUrlEdit, choice == ServerChoice::Custom);
    if (m_lockedRoot.isValid()) {
        m_ui->formLayout->setRowVisible(m_ui->serverInfoLabel, true);
    } else if (choice == ServerChoice::Sandbox) {
        m_ui->serverInfoLabel->setText(m_sandboxUrl.isValid()
                ? tr("Sandbox running at %1. Demo account: username \"%2\", password \"%3\".")
                      .arg(m_sandboxUrl.toString(), LocalSandbox::username(), m_sandboxPassword)
                : tr(
                    "A local server starts when you sign in. Demo account: username \"%1\", password \"%2\".")
                      .arg(LocalSandbox::username(), m_sandboxPassword));
        m_ui->formLayout->setRowVisible(m_ui->serverInfoLabel, true);
    } else {
        m_ui->formLayout->setRowVisible(m_ui->serverInfoLabel, false);
    }
    // The sandbox starts fresh with every run of the app: remembering a session there would be useless.
    m_ui->rememberCheck->setEnabled(choice != ServerChoice::Sandbox);
    if (choice == ServerChoice::Sandbox)
        m_ui->rememberCheck->setChecked(false);
}

void SignInWidget::updateMethodRows()
{
    const bool password = method() == SignInMethod::Password;
    m_ui->formLayout->setRowVisible(m_ui->usernameEdit, password);
    m_ui->formLayout->setRowVisible(m_ui->passwordEdit, password);
    m_ui->formLayout->setRowVisible(m_ui->accessKeyLabel, !password);
}

void SignInWidget::validateCustomUrl()
{
    QString error;
    const bool usable = ServerAddress::parse(m_ui->customUrlEdit->text().trimmed(), &error).isValid();
    m_ui->customUrlEdit->setToolTip(usable ? QString() : error);
    m_ui->customUrlEdit->setAccessibleDescription(usable ? tr("Server address") : error);
}
