#include "ProfileWorkspace.h"

#include "account/AccountStatusBanner.h"
#include "account/ChangePasswordDialog.h"
#include "account/ForgotPasswordDialog.h"
#include "account/SignUpDialog.h"
#include "api/ServerAddress.h"
#include "api/VoipbinClient.h"
#include "clipboard/SecureClipboard.h"
#include "core/SecretWipe.h"
#include "core/Settings.h"
#include "keys/KeysPage.h"
#include "profiles/ProfileStore.h"
#include "rotation/SessionHandover.h"
#include "secrets/LocalKeySecrets.h"
#include "session/CurrentSession.h"
#include "session/LocalSandbox.h"
#include "session/PasswordChange.h"
#include "session/SignInController.h"
#include "session/SignUpFlow.h"
#include "signin/SignInAgainDialog.h"
#include "signin/SignInWidget.h"
#include "ui_ProfileWorkspace.h"

#include <QApplication>

namespace {
using PK = Settings::ProfileKey;
} // namespace

ProfileWorkspace::ProfileWorkspace(const QString &profileId, ProfileStore *profiles, SecretStore *store,
    Settings *settings, SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileWorkspace>())
    , m_profileId(profileId)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_client(new VoipbinClient(this))
    , m_session(new CurrentSession(m_client, this))
    , m_controller(new SignInController(m_client, store, settings, this))
    , m_signIn(new SignInWidget(this))
    , m_localSecrets(new LocalKeySecrets(store, settings->backend(), this))
    , m_sandbox(new LocalSandbox(this))
    , m_clipboard(clipboard)
    , m_accountBanner(new AccountStatusBanner(m_client, this))
{
    m_ui->setupUi(this);
    m_ui->workspaceLayout->insertWidget(0, m_accountBanner);
    connect(
        m_accountBanner, &AccountStatusBanner::passwordSet, this, &ProfileWorkspace::signInWithNewPassword);
    connect(m_signIn, &SignInWidget::createAccountRequested, this, &ProfileWorkspace::openSignUp);
    connect(m_signIn, &SignInWidget::forgotPasswordRequested, this, &ProfileWorkspace::openForgotPassword);
    m_controller->setProfiles(profiles);
    m_ui->signInHost->addWidget(m_signIn);
    m_signIn->setMinimumWidth(440);
    m_signIn->setMaximumWidth(560);
    m_signIn->setSandboxPassword(m_sandbox->password());
    m_ui->keysPage->setUp(m_session, m_localSecrets, clipboard, settings->backend());
    // Replacing the key an accesskey session signs in with moves the remembered session with it.
    keysPage()->sessionHandover()->setRememberer([this](const Session &session) {
        return m_controller->replaceRememberedSession(session, m_profileId);
    });
    connect(m_session, &CurrentSession::ended, clipboard, &SecureClipboard::clearNow);
    connect(m_session, &CurrentSession::ended, this, &ProfileWorkspace::onSessionEnded);
    connect(keysPage(), &KeysPage::signInRequired, this, &ProfileWorkspace::requireSignIn);
    connect(keysPage(), &KeysPage::statusMessage, this, &ProfileWorkspace::statusMessage);
    connectSignIn();
    prefillSignInForm();
    restoreState();
    showSignInPage();
}

ProfileWorkspace::~ProfileWorkspace() = default;

Profile ProfileWorkspace::profile() const
{
    return m_profiles->profile(m_profileId);
}

const Session &ProfileWorkspace::session() const
{
    return m_session->session();
}

bool ProfileWorkspace::isSignedIn() const
{
    return m_session->isSignedIn();
}

KeysPage *ProfileWorkspace::keysPage() const
{
    return m_ui->keysPage;
}

bool ProfileWorkspace::isSignInPageShown() const
{
    return m_ui->pages->currentWidget() == m_ui->signInPage;
}

void ProfileWorkspace::connectSignIn()
{
    connect(m_signIn, &SignInWidget::signInRequested, this,
        [this](const SignInAttempt &attempt) { submitSignIn(m_signIn, attempt); });
    connect(m_signIn, &SignInWidget::cancelRequested, m_controller, &SignInController::cancel);
    connect(m_controller, &SignInController::busyChanged, this, [this](bool busy) {
        if (SignInWidget *form = activeSignInForm())
            form->setBusy(busy);
    });
    connect(m_controller, &SignInController::signInFailed, this, [this](const QString &message) {
        showAccountProblem();
        stopUnusedSandbox();
        if (SignInWidget *form = activeSignInForm()) {
            form->showError(message);
            form->focusFirstEmptyField();
        }
    });
    connect(m_controller, &SignInController::signedIn, this, &ProfileWorkspace::onSignedIn);
    connect(m_controller, &SignInController::restoreFailed, this, &ProfileWorkspace::onRestoreFailed);
    connect(m_controller, &SignInController::rememberFailed, this, [this](const QString &message) {
        keysPage()->showProblem(
            tr("You are signed in, but this computer could not remember the session: %1").arg(message));
    });
}

void ProfileWorkspace::prefillSignInForm()
{
    m_signIn->setProfile(profile(), m_settings->value(Settings::Key::CustomServerUrl).toString());
}

void ProfileWorkspace::reloadProfile()
{
    if (!isSignedIn() && !m_controller->isBusy())
        prefillSignInForm();
    emit stateChanged();
}

void ProfileWorkspace::preselectServer(ServerChoice choice, const QString &customUrl)
{
    if (!customUrl.isEmpty())
        m_signIn->setCustomUrl(customUrl);
    m_signIn->setServerChoice(choice);
}

void ProfileWorkspace::start()
{
    if (!m_controller->restoreRememberedSession(profile()))
        m_signIn->focusFirstEmptyField();
}

SignInWidget *ProfileWorkspace::activeSignInForm() const
{
    return m_signInAgain ? m_signInAgain->signInWidget() : m_signIn;
}

void ProfileWorkspace::submitSignIn(SignInWidget *form, SignInAttempt attempt)
{
    attempt.profileId = m_profileId;
    if (form == m_signIn && form->serverChoice() == ServerChoice::Sandbox) {
        signInToSandbox(form, attempt);
        return;
    }
    if (attempt.serverRoot.scheme() == QLatin1String("https")
        || !ServerAddress::isLoopback(attempt.serverRoot))
        m_settings->setValue(Settings::Key::CustomServerUrl,
            form->serverChoice() == ServerChoice::Custom ? attempt.serverRoot.toString()
                                                         : m_settings->value(Settings::Key::CustomServerUrl));
    m_controller->signIn(attempt);
}

void ProfileWorkspace::signInToSandbox(SignInWidget *form, SignInAttempt attempt)
{
    // The server starts now, for this sign-in, and stops again when no session uses it.
    form->setBusy(true);
    auto *context = new QObject(this);
    connect(
        m_sandbox, &LocalSandbox::started, context, [this, form, attempt, context](const QUrl &url) mutable {
            context->deleteLater();
            form->setBusy(false);
            form->setSandboxUrl(url);
            // Its certificate was made for this run: trusted for it, by this profile's client only.
            m_client->setExtraCaCertificates(m_sandbox->certificates());
            attempt.serverRoot = url;
            attempt.localSandbox = true;
            m_controller->signIn(attempt);
        });
    connect(m_sandbox, &LocalSandbox::failed, context, [form, context](const QString &message) {
        context->deleteLater();
        form->setBusy(false);
        form->showError(message);
    });
    m_sandbox->start();
}

void ProfileWorkspace::stopUnusedSandbox()
{
    if (m_sandbox->isRunning() && session().serverRoot() != m_sandbox->url()) {
        m_sandbox->stop();
        m_signIn->setSandboxUrl({});
        m_client->setExtraCaCertificates({});
    }
}

void ProfileWorkspace::onSignedIn(const Session &session)
{
    const bool sameAccount = m_session->isSameAccount(session);
    // Signed in again mid-action: the table and any open dialog stay, the action runs again.
    const std::function<void()> retry = m_signInAgain ? m_signInAgain->takeRetry() : std::function<void()>();
    m_session->begin(session);
    m_accountBanner->setSession(session);
    m_signIn->clearSecrets();
    emit stateChanged();
    if (retry && sameAccount) {
        retry();
        return;
    }
    showKeysPage();
    keysPage()->refresh();
}

void ProfileWorkspace::onRestoreFailed(const QString &message)
{
    showAccountProblem();
    showSignInPage();
    if (!message.isEmpty())
        m_signIn->showError(message);
    m_signIn->focusFirstEmptyField();
}

void ProfileWorkspace::requireSignIn(std::function<void()> retry)
{
    if (!isVisible() && !m_signInAgain) {
        // A background profile does not pull a dialog over the one the person works in: it asks when shown.
        m_pendingRetry = std::move(retry);
        keysPage()->showProblem(tr("Your session has ended. Sign in again to continue."));
        emit stateChanged();
        return;
    }
    openSignInAgain(std::move(retry));
}

void ProfileWorkspace::openSignInAgain(std::function<void()> retry)
{
    if (!m_signInAgain) {
        // Over the top-most modal dialog (a half-filled create dialog), so that dialog stays usable after.
        QWidget *over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : window();
        m_signInAgain = new SignInAgainDialog(m_session->session(), profile().rememberMe, over);
        m_signInAgain->setAttribute(Qt::WA_DeleteOnClose);
        SignInWidget *form = m_signInAgain->signInWidget();
        connect(form, &SignInWidget::signInRequested, this,
            [this, form](const SignInAttempt &attempt) { submitSignIn(form, attempt); });
        connect(form, &SignInWidget::cancelRequested, m_controller, &SignInController::cancel);
        connect(m_signInAgain, &QDialog::rejected, this,
            [this] { keysPage()->showProblem(tr("Your session has ended. Sign in again to continue.")); });
        m_signInAgain->open();
        m_signInAgain->activateWindow();
        form->focusFirstEmptyField();
    }
    m_signInAgain->setRetry(std::move(retry));
}

void ProfileWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingRetry && isSignedIn())
        openSignInAgain(std::exchange(m_pendingRetry, {}));
}

void ProfileWorkspace::signOut()
{
    m_pendingRetry = {};
    m_controller->forgetRememberedSession(session());
    Profile profile = this->profile();
    if (!profile.isNull() && profile.rememberMe) {
        profile.rememberMe = false;
        m_profiles->update(profile);
    }
    m_session->end(); // every part lets go of the account by itself
}

void ProfileWorkspace::onSessionEnded()
{
    m_pendingRetry = {};
    m_accountBanner->clear();
    stopUnusedSandbox();
    prefillSignInForm(); // the account just signed out, on its own server
    m_signIn->setRemember(false);
    showSignInPage();
    m_signIn->focusFirstEmptyField();
}

void ProfileWorkspace::showSignInPage()
{
    m_ui->pages->setCurrentWidget(m_ui->signInPage);
    emit stateChanged();
}

void ProfileWorkspace::showKeysPage()
{
    m_ui->pages->setCurrentWidget(m_ui->keysPage);
    keysPage()->updateEmptyState();
    keysPage()->focusTable();
    emit stateChanged();
}

void ProfileWorkspace::setExpiryWarningDays(int days)
{
    keysPage()->setExpiryWarningDays(days);
}

void ProfileWorkspace::saveState()
{
    if (profile().isNull())
        return; // removed: nothing of it is written back
    m_settings->setProfileValue(m_profileId, PK::KeyFilter, keysPage()->filterText());
    m_settings->setProfileValue(m_profileId, PK::KeyTableHeaderState, keysPage()->saveHeaderState());
}

void ProfileWorkspace::restoreState()
{
    QByteArray header = m_settings->profileValue(m_profileId, PK::KeyTableHeaderState).toByteArray();
    if (header.isEmpty()) // from before profiles: the one table's header
        header = m_settings->value(Settings::Key::KeyTableHeaderState).toByteArray();
    keysPage()->restoreHeaderState(header);
    keysPage()->setFilterText(m_settings->profileValue(m_profileId, PK::KeyFilter).toString());
}

void ProfileWorkspace::showAccountProblem()
{
    // Frozen or expired: said above the form as well as in it, with what it means for the account.
    if (!m_accountBanner->showAccountError(m_controller->lastError()))
        m_accountBanner->clear();
}

void ProfileWorkspace::withFormServer(std::function<void(const QUrl &root, bool localSandbox)> then)
{
    if (m_signIn->serverChoice() != ServerChoice::Sandbox) {
        QString error;
        const QUrl root = m_signIn->attempt(&error).serverRoot;
        if (!root.isValid()) {
            m_signIn->showError(error.isEmpty() ? tr("Choose a server first.") : error);
            return;
        }
        then(root, false);
        return;
    }
    if (m_sandbox->isRunning()) {
        then(m_sandbox->url(), true);
        return;
    }
    // The local sandbox starts for the sign-up, as it does for a sign-in.
    m_signIn->setBusy(true);
    auto *context = new QObject(this);
    connect(m_sandbox, &LocalSandbox::started, context, [this, then, context](const QUrl &url) {
        context->deleteLater();
        m_signIn->setBusy(false);
        m_signIn->setSandboxUrl(url);
        m_client->setExtraCaCertificates(m_sandbox->certificates());
        then(url, true);
    });
    connect(m_sandbox, &LocalSandbox::failed, context, [this, context](const QString &message) {
        context->deleteLater();
        m_signIn->setBusy(false);
        m_signIn->showError(message);
    });
    m_sandbox->start();
}

void ProfileWorkspace::openSignUp()
{
    withFormServer([this](const QUrl &root, bool localSandbox) {
        auto *flow = new SignUpFlow(m_client, m_controller, m_localSecrets);
        auto *dialog = new SignUpDialog(flow, root, m_profileId, localSandbox, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The dialog gives way to the keys page once signed in; onSignedIn() does the rest.
        connect(dialog, &QDialog::rejected, this, &ProfileWorkspace::stopUnusedSandbox);
        dialog->open();
    });
}

void ProfileWorkspace::openForgotPassword(const QString &username)
{
    withFormServer([this, username](const QUrl &root, bool) {
        auto *dialog = new ForgotPasswordDialog(m_client, root, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setUsername(username);
        connect(dialog, &ForgotPasswordDialog::passwordSet, this, &ProfileWorkspace::signInWithNewPassword);
        dialog->open();
    });
}

void ProfileWorkspace::signInWithNewPassword(SignInAttempt attempt)
{
    // As if typed into the form: its remember-me choice, this profile, the usual path.
    QString ignored;
    attempt.remember = m_signIn->attempt(&ignored).remember;
    m_signIn->setMethod(SignInMethod::Password);
    m_signIn->setUsername(attempt.username);
    showSignInPage();
    submitSignIn(m_signIn, attempt);
    SecretWipe::wipe(attempt.secret); // the controller wipes the copy it was given
}

bool ProfileWorkspace::canChangePassword() const
{
    return isSignedIn() && session().credential().kind() == Credential::Kind::Jwt
        && !session().username().isEmpty();
}

void ProfileWorkspace::changePassword()
{
    if (!canChangePassword())
        return;
    auto *dialog = new ChangePasswordDialog(
        new PasswordChange(m_client, m_controller), session(), profile().rememberMe, m_profileId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
