#include "AccountStatusBanner.h"

#include "account/EmailedToken.h"
#include "account/ResetPasswordDialog.h"
#include "api/ApiError.h"
#include "api/CustomerReply.h"
#include "api/VoipbinClient.h"
#include "core/SecretWipe.h"
#include "session/Session.h"
#include "widgets/Accessibility.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

AccountStatusBanner::AccountStatusBanner(VoipbinClient *client, QWidget *parent)
    : QFrame(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_setPasswordButton(new QPushButton(tr("Set &Password…"), this))
{
    setObjectName(QStringLiteral("accountStatusBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Account status"));
    m_title->setObjectName(QStringLiteral("accountStatusTitle"));
    m_body->setObjectName(QStringLiteral("accountStatusText"));
    m_tokenEdit->setObjectName(QStringLiteral("verifyTokenEdit"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_setPasswordButton->setObjectName(QStringLiteral("setPasswordButton"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Account status"));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAccessibleName(tr("What to do"));
    m_tokenEdit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_tokenEdit->setPlaceholderText(tr("Paste the verification link from the email"));
    m_tokenEdit->setAccessibleName(tr("Verification link"));
    m_tokenEdit->setAccessibleDescription(
        tr("The link from VoIPbin's verification email, or the token in it"));
    m_verifyButton->setAccessibleName(tr("Verify the email address"));
    m_setPasswordButton->setAccessibleName(tr("Set a password with the emailed link"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_tokenEdit, 1);
    row->addWidget(m_verifyButton);
    row->addWidget(m_setPasswordButton);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(row);

    connect(m_verifyButton, &QPushButton::clicked, this, &AccountStatusBanner::verify);
    connect(m_tokenEdit, &QLineEdit::returnPressed, this, &AccountStatusBanner::verify);
    connect(m_setPasswordButton, &QPushButton::clicked, this, &AccountStatusBanner::openSetPassword);
    clear();
}

AccountStatusBanner::~AccountStatusBanner()
{
    if (m_reply)
        m_reply->abort();
}

QString AccountStatusBanner::titleText() const
{
    return isVisibleTo(parentWidget()) ? m_title->text() : QString();
}

QString AccountStatusBanner::bodyText() const
{
    return isVisibleTo(parentWidget()) ? m_body->text() : QString();
}

void AccountStatusBanner::setSession(const Session &session)
{
    m_serverRoot = session.serverRoot();
    m_customer = session.customer();
    m_username = session.username().isEmpty() ? m_customer.email : session.username();
    const QString status = m_customer.status;
    if (status == QLatin1String("frozen"))
        show(State::Frozen, tr("This account is frozen"),
            tr("It is scheduled for deletion. Nothing can be changed in it until it is recovered."));
    else if (status == QLatin1String("expired") || status == QLatin1String("deleted"))
        show(State::Expired, tr("This account has expired"),
            tr("It can no longer be used. Its address was not verified in time, or it was deleted."));
    else if (!m_customer.emailVerified && m_customer.isValid())
        showUnverified();
    else
        clear();
}

void AccountStatusBanner::showUnverified()
{
    const QDateTime deadline = m_customer.verificationDeadline(VerificationWindowSeconds);
    const QString when = deadline.isValid()
        ? tr("VoIPbin expires accounts whose address is not verified in time: verify it by about %1.")
              .arg(QLocale().toString(deadline.toLocalTime(), QLocale::ShortFormat))
        : tr("VoIPbin expires accounts whose address is not verified in time (one hour after signing up).");
    //: %1 the account's status as the server names it (initial, active), %2 its email address
    show(State::Unverified, tr("Verify your email address"),
        tr("Account status: %1, email address not verified. %2 Open the link VoIPbin emailed to %3, or paste "
           "it here. VoIPbin then emails a link to set a password, which signing in with a username and "
           "password needs.")
            .arg(m_customer.status, when, m_customer.email));
}

bool AccountStatusBanner::showAccountError(const ApiError &error)
{
    if (!error.isAccountFrozen() && !error.isAccountExpired())
        return false;
    if (error.isAccountFrozen())
        show(State::Frozen, tr("This account is frozen"), error.userMessage());
    else
        show(State::Expired, tr("This account has expired"),
            error.userMessage() + QLatin1Char(' ')
                + tr("To go on, create a new account with \"Create account…\" on the sign-in page."));
    return true;
}

void AccountStatusBanner::clear()
{
    if (m_reply)
        m_reply->abort();
    m_tokenEdit->clear();
    m_state = State::Hidden;
    m_title->clear();
    m_body->clear();
    hide();
}

void AccountStatusBanner::show(State state, const QString &title, const QString &body)
{
    m_state = state;
    m_title->setText(title);
    m_body->setText(body);
    Accessibility::exposeText(m_title);
    Accessibility::exposeText(m_body);
    m_tokenEdit->setVisible(state == State::Unverified);
    m_verifyButton->setVisible(state == State::Unverified);
    m_setPasswordButton->setVisible(state == State::Verified);
    // The problems in the palette's warning tone, news in the plain one.
    QPalette colours = palette();
    const bool problem = state == State::Frozen || state == State::Expired;
    colours.setColor(QPalette::Window,
        problem ? QColor(0xf8, 0xd7, 0xda) : QApplication::palette().color(QPalette::AlternateBase));
    colours.setColor(QPalette::WindowText,
        problem ? QColor(0x58, 0x15, 0x1c) : QApplication::palette().color(QPalette::WindowText));
    setPalette(colours);
    setVisible(true);
    Accessibility::announce(m_body);
}

void AccountStatusBanner::verify()
{
    if (m_reply || m_state != State::Unverified)
        return;
    QString token = EmailedToken::fromPasted(m_tokenEdit->text());
    if (token.isEmpty()) {
        m_body->setText(tr("That is not the link from VoIPbin's verification email. Paste the whole link, "
                           "or the 64-character token in it."));
        Accessibility::exposeText(m_body);
        Accessibility::announce(m_body);
        return;
    }
    if (!m_client->setServerRoot(m_serverRoot)) {
        SecretWipe::wipe(token);
        return;
    }
    setBusy(true);
    CustomerReply *reply = m_client->verifyEmail(token);
    SecretWipe::wipe(token);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        setBusy(false);
        if (!reply->isOk()) {
            m_body->setText(reply->error().userMessage());
            Accessibility::exposeText(m_body);
            Accessibility::announce(m_body);
            return;
        }
        m_tokenEdit->clear();
        m_customer = reply->customer();
        show(State::Verified, tr("Email address verified"),
            tr("Account status: %1, email address verified. VoIPbin has emailed %2 a link to set a password: "
               "choose Set Password… and paste it, to sign in with a username and password as well.")
                .arg(m_customer.status, m_customer.email));
        emit customerChanged(m_customer);
    });
}

void AccountStatusBanner::openSetPassword()
{
    auto *dialog = new ResetPasswordDialog(m_client, m_serverRoot, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(m_username);
    connect(dialog, &ResetPasswordDialog::passwordSet, this, [this](const SignInAttempt &attempt) {
        clear();
        emit passwordSet(attempt);
    });
    dialog->open();
}

void AccountStatusBanner::setBusy(bool busy)
{
    m_tokenEdit->setReadOnly(busy);
    m_verifyButton->setEnabled(!busy);
}
