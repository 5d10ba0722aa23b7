#include "SignUpDialog.h"

#include "session/Session.h"
#include "session/SignUpFlow.h"
#include "ui_SignUpDialog.h"
#include "widgets/Accessibility.h"

#include <QDesktopServices>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpressionValidator>

using Step = SignUpFlow::Step;

QUrl SignUpDialog::termsUrl()
{
    // The API notes name no address for the terms; this is VoIPbin's own site.
    return QUrl(QStringLiteral("https://voipbin.net/terms"));
}

SignUpDialog::SignUpDialog(
    SignUpFlow *flow, const QUrl &serverRoot, const QString &profileId, bool localSandbox, QWidget *parent)
    : AccountRequestDialog(parent)
    , m_ui(std::make_unique<Ui::SignUpDialog>())
    , m_flow(flow)
    , m_serverRoot(serverRoot)
    , m_profileId(profileId)
    , m_localSandbox(localSandbox)
{
    m_ui->setupUi(this);
    flow->setParent(this); // a sign-up waiting for its code ends with the dialog
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    setStatusWidgets(m_ui->messageLabel, m_ui->busyBar);
    m_ui->introLabel->setText(
        tr("Create an account on %1. It comes with an accesskey, which is saved in your keychain and signs "
           "you in right away. VoIPbin then emails a link to verify the address.")
            .arg(serverRoot.host()));
    m_ui->termsLinkLabel->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(termsUrl().toString(), tr("Read the terms of service")));
    m_ui->termsLinkLabel->setAccessibleDescription(tr("Opens %1 in your browser").arg(termsUrl().toString()));
    connect(m_ui->termsLinkLabel, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_ui->codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeEdit));
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });

    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, &SignUpDialog::onOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignUpDialog::reject);
    for (QLineEdit *edit : { m_ui->emailEdit, m_ui->nameEdit, m_ui->codeEdit })
        connect(edit, &QLineEdit::textChanged, this, &SignUpDialog::updateState);
    connect(m_ui->termsCheck, &QCheckBox::toggled, this, &SignUpDialog::updateState);

    connect(flow, &SignUpFlow::stepChanged, this, &SignUpDialog::onStepChanged);
    connect(flow, &SignUpFlow::failed, this, &SignUpDialog::showError);
    connect(flow, &SignUpFlow::notCreated, this, &SignUpDialog::onNotCreated);
    connect(flow, &SignUpFlow::keyNotStored, this, &SignUpDialog::onKeyNotStored);
    connect(flow, &SignUpFlow::signedIn, this, [this](const Session &session) {
        setBusy(false);
        accept();
        emit signedIn(session);
    });

    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
    m_ui->emailEdit->setFocus();
    updateState();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

SignUpDialog::~SignUpDialog()
{
    m_ui->codeEdit->clear();
    m_ui->keyEdit->clear();
}

void SignUpDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
}

bool SignUpDialog::isInputComplete() const
{
    if (m_ui->pages->currentWidget() == m_ui->codePage)
        return m_ui->codeEdit->text().size() == 6;
    if (m_ui->pages->currentWidget() == m_ui->keyPage)
        return true;
    return !m_ui->emailEdit->text().trimmed().isEmpty() && m_ui->termsCheck->isChecked();
}

void SignUpDialog::onOk()
{
    if (isBusy() || !isInputComplete())
        return;
    if (m_ui->pages->currentWidget() == m_ui->codePage) {
        QString code = m_ui->codeEdit->text();
        m_ui->codeEdit->clear(); // a wrong one is typed again; nothing keeps it meanwhile
        m_flow->submitCode(code);
    } else if (m_ui->pages->currentWidget() == m_ui->keyPage) {
        m_ui->keyEdit->clear();
        m_flow->continueWithoutStoring();
    } else {
        m_flow->start(m_serverRoot, m_ui->emailEdit->text(), m_ui->nameEdit->text(),
            m_ui->termsCheck->isChecked(), m_profileId, m_localSandbox);
    }
}

void SignUpDialog::onStepChanged()
{
    const Step step = m_flow->step();
    setBusy(m_flow->isBusy());
    switch (step) {
    case Step::SigningUp:
        showInfo(tr("Creating the account…"));
        break;
    case Step::CodeNeeded:
        m_ui->codeIntroLabel->setText(
            tr("VoIPbin emailed a 6-digit code to %1. Type it here to finish creating the account. The code "
               "is valid for one hour.")
                .arg(m_flow->email()));
        m_ui->pages->setCurrentWidget(m_ui->codePage);
        m_ui->codeEdit->setFocus();
        showInfo(QString());
        break;
    case Step::CompletingSignUp:
        showInfo(tr("Checking the code…"));
        break;
    case Step::StoringKey:
        showInfo(tr("Saving the accesskey in your keychain…"));
        break;
    case Step::SigningIn:
        showInfo(tr("Signing in…"));
        break;
    case Step::Idle:
    case Step::KeyNotStored:
    case Step::Done:
        break;
    }
    updateState();
}

void SignUpDialog::onNotCreated()
{
    showError(tr("No account was created. Either this address already has a VoIPbin account or it is not a "
                 "valid address; VoIPbin does not say which, so that nobody can find out who has an account. "
                 "If the account is yours, use \"Forgot password?\" on the sign-in page."));
    m_ui->emailEdit->setFocus();
}

void SignUpDialog::onKeyNotStored(const QString &message)
{
    if (m_flow->step() != Step::KeyNotStored) { // a slow keychain: it may still answer
        showInfo(tr("Waiting for the keychain: %1").arg(message));
        return;
    }
    setBusy(false);
    m_ui->keyWarningLabel->setText(
        tr("The account was created, but its accesskey could not be saved in your keychain: %1 This is the "
           "only time the key can be shown: copy it somewhere safe now, then continue to sign in with it.")
            .arg(message));
    Accessibility::exposeText(m_ui->keyWarningLabel);
    m_ui->keyEdit->setText(m_flow->unstoredKey().token);
    m_ui->pages->setCurrentWidget(m_ui->keyPage);
    Accessibility::announce(m_ui->keyWarningLabel);
    m_ui->showKeyButton->setFocus();
    updateState();
}

void SignUpDialog::updateState()
{
    const bool busy = isBusy();
    m_ui->pages->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy && isInputComplete());
    ok->setDefault(true);
    if (m_ui->pages->currentWidget() == m_ui->codePage) {
        ok->setText(tr("&Finish"));
        ok->setAccessibleName(tr("Finish creating the account"));
    } else if (m_ui->pages->currentWidget() == m_ui->keyPage) {
        ok->setText(tr("C&ontinue"));
        ok->setAccessibleName(tr("Continue and sign in"));
    } else {
        ok->setText(tr("&Create Account"));
        ok->setAccessibleName(tr("Create account"));
    }
}
