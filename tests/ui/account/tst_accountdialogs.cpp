// The account dialogs driven through their real widgets, offscreen, against the in-process sandbox and a
// real gnome-keyring (scripts/keyring-session.sh unlocked): a new user lands signed in with the key in
// the keychain (both server generations, the code read from the sandbox's outbox), the {} answer and a
// 429 are explained, forgot -> reset with the emailed link -> sign in with the new password, a password
// change after which only the new one works, and the status banner (unverified -> verified in the app,
// frozen with its deletion date, expired).
#include "AccessibilityCheck.h"
#include "Screenshot.h"
#include "WidgetLookup.h"
#include "account/AccountStatusBanner.h"
#include "account/ChangePasswordDialog.h"
#include "account/ForgotPasswordDialog.h"
#include "account/ResetPasswordDialog.h"
#include "account/SignUpDialog.h"
#include "api/ApiReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "session/PasswordChange.h"
#include "session/SignInController.h"
#include "session/SignUpFlow.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <SandboxServer.h>
#include <memory>

using sandbox::SandboxMail;

namespace {
constexpr int UiTimeoutMs = 15000;
const QString Alice = QStringLiteral("alice@example.com");
const QString AlicePassword = QStringLiteral("pw-alice-1");

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

template<typename Reply>
Reply *waitFor(Reply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(UiTimeoutMs);
    return reply;
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

QString shownMessage(QWidget *dialog)
{
    auto *label = child<QLabel>(dialog, "messageLabel");
    return label->isVisible() ? label->text() : QString();
}
} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signUpLandsSignedInWithTheKeyInTheKeychain_data();
    void signUpLandsSignedInWithTheKeyInTheKeychain();
    void anExistingAddressIsExplained();
    void aRateLimitedSignUpShowsItsWait();
    void theTermsLinkOpensVoipbinsTerms();
    void forgotThenResetWithTheEmailedLinkThenSignIn();
    void aResetNeedsTheSamePasswordTwice();
    void changePasswordThenOnlyTheNewOneWorks();
    void newAccountVerifiesInTheAppThenSetsItsFirstPassword();
    void frozenAccountSaysWhenItWillBeDeleted();
    void expiredAccountSaysItCannotBeUsed();
    void everyControlHasAnAccessibleName();

private:
    SignUpDialog *openSignUp();
    Session signInWithPassword(const QString &username, const QString &password);
    QString readSecret(const QString &key);
    QString mailed(const QString &to, SandboxMail::Kind kind) const
    {
        return m_server->outbox().latest(to, kind).secret;
    }
    QString resetLink(const QString &token) const
    {
        return m_server->url().toString() + QStringLiteral("/auth/password-reset?token=") + token;
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VoipbinClient> m_client;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<LocalKeySecrets> m_secrets;
    int m_accounts = 0;
};

void TestAccountDialogs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountdialogs"));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
}

void TestAccountDialogs::init()
{
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = 0;
    options.authRateLimitPerSecond = 0;
    options.users = { { Alice, AlicePassword, true, {} } };
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_qsettings.get());
    m_client = std::make_unique<VoipbinClient>();
    m_controller = std::make_unique<SignInController>(m_client.get(), m_store.get(), m_settings.get());
    m_secrets = std::make_unique<LocalKeySecrets>(m_store.get(), m_qsettings.get());
}

void TestAccountDialogs::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            delete widget;
    }
    m_secrets.reset();
    m_controller.reset();
    m_client.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
    m_server.reset();
}

SignUpDialog *TestAccountDialogs::openSignUp()
{
    auto *flow = new SignUpFlow(m_client.get(), m_controller.get(), m_secrets.get());
    auto *dialog = new SignUpDialog(flow, m_server->url(), QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

Session TestAccountDialogs::signInWithPassword(const QString &username, const QString &password)
{
    SignInAttempt attempt;
    attempt.serverRoot = m_server->url();
    attempt.username = username;
    attempt.secret = password;
    attempt.remember = true;
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    m_controller->signIn(attempt);
    if (!signedIn.wait(UiTimeoutMs))
        return {};
    return signedIn.at(0).at(0).value<Session>();
}

QString TestAccountDialogs::readSecret(const QString &key)
{
    SecretJob *job = m_store->read(key);
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, UiTimeoutMs))
        qWarning("keychain read timed out");
    const QString secret = job->secret();
    job->deleteLater();
    return secret;
}

void TestAccountDialogs::signUpLandsSignedInWithTheKeyInTheKeychain_data()
{
    QTest::addColumn<bool>("withCode");
    QTest::newRow("current server: the key in the answer") << false;
    QTest::newRow("complete-signup server: the emailed code") << true;
}

void TestAccountDialogs::signUpLandsSignedInWithTheKeyInTheKeychain()
{
    QFETCH(bool, withCode);
    if (withCode)
        m_server->setSignupFlow(sandbox::SignupFlow::CompleteSignup);
    const QString email = QStringLiteral("new%1@example.com").arg(++m_accounts);
    QPointer<SignUpDialog> dialog = openSignUp();
    QSignalSpy signedIn(dialog.data(), &SignUpDialog::signedIn);
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing is sent before the terms are accepted
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), email);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("New Co"));
    QVERIFY(!okButton(dialog)->isEnabled());
    child<QCheckBox>(dialog, "termsCheck")->setChecked(true);
    Screenshot::save(dialog, QStringLiteral("signup-details"));
    okButton(dialog)->click();
    if (withCode) {
        auto *code = child<QLineEdit>(dialog, "codeEdit");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->isEnabled(), UiTimeoutMs);
        QVERIFY2(child<QLabel>(dialog, "codeIntroLabel")->text().contains(email),
            qPrintable(child<QLabel>(dialog, "codeIntroLabel")->text()));
        Screenshot::save(dialog, QStringLiteral("signup-code"));
        QTest::keyClicks(code, mailed(email, SandboxMail::Kind::SignupCode));
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Finish"));
        okButton(dialog)->click();
    }
    QVERIFY(signedIn.wait(UiTimeoutMs));
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    const Session session = signedIn.at(0).at(0).value<Session>();
    QCOMPARE(session.credential().kind(), Credential::Kind::AccessKey);
    QCOMPARE(session.customer().email, email);
    // The key is in the real keychain, under the new customer, and as the remembered session.
    m_secrets->setAccount(m_server->url(), session.customer().id);
    QCOMPARE(m_secrets->storedKeyIds().size(), 1);
    const QString keyId = *m_secrets->storedKeyIds().begin();
    QCOMPARE(readSecret(SecretKeys::accessKey(m_server->url(), session.customer().id, keyId)),
        session.credential().secret());
    QCOMPARE(readSecret(SecretKeys::session(m_server->url(), QStringLiteral("accesskey"))),
        session.credential().secret());
}

void TestAccountDialogs::anExistingAddressIsExplained()
{
    SignUpDialog *dialog = openSignUp();
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), Alice);
    child<QCheckBox>(dialog, "termsCheck")->setChecked(true);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shownMessage(dialog).isEmpty() && okButton(dialog)->isEnabled(), UiTimeoutMs);
    const QString message = shownMessage(dialog);
    QVERIFY2(message.startsWith(QStringLiteral("No account was created.")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("already has a VoIPbin account or it is not a valid address")));
    QVERIFY(message.contains(QStringLiteral("Forgot password?")));
    QVERIFY(dialog->isVisible()); // the address can be corrected and sent again
    Screenshot::save(dialog, QStringLiteral("signup-not-created"));
}

void TestAccountDialogs::aRateLimitedSignUpShowsItsWait()
{
    m_server->setAuthRateLimit(1.0 / 200); // a burst below one request: refused with Retry-After ~200 s
    SignUpDialog *dialog = openSignUp();
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("later@example.com"));
    child<QCheckBox>(dialog, "termsCheck")->setChecked(true);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shownMessage(dialog).isEmpty() && okButton(dialog)->isEnabled(), UiTimeoutMs);
    QVERIFY2(shownMessage(dialog).contains(QStringLiteral("Too many requests; try again in 4 minutes.")),
        qPrintable(shownMessage(dialog)));
}

void TestAccountDialogs::theTermsLinkOpensVoipbinsTerms()
{
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    SignUpDialog *dialog = openSignUp();
    auto *link = child<QLabel>(dialog, "termsLinkLabel");
    emit link->linkActivated(SignUpDialog::termsUrl().toString());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.urls, QList<QUrl> { QUrl(QStringLiteral("https://voipbin.net/terms")) });
    QVERIFY(link->text().contains(QStringLiteral("href=\"https://voipbin.net/terms\"")));
}

void TestAccountDialogs::forgotThenResetWithTheEmailedLinkThenSignIn()
{
    auto *forgot = new ForgotPasswordDialog(m_client.get(), m_server->url());
    forgot->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy passwordSet(forgot, &ForgotPasswordDialog::passwordSet);
    forgot->show();
    QTest::keyClicks(child<QLineEdit>(forgot, "usernameEdit"), Alice);
    okButton(forgot)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shownMessage(forgot).isEmpty(), UiTimeoutMs);
    QVERIFY2(shownMessage(forgot).startsWith(QStringLiteral("If an account exists for alice@example.com")),
        qPrintable(shownMessage(forgot)));
    Screenshot::save(forgot, QStringLiteral("forgot-sent"));
    const QString token = mailed(Alice, SandboxMail::Kind::PasswordReset);
    QCOMPARE(token.size(), 64);

    okButton(forgot)->click(); // "Enter Link…"
    ResetPasswordDialog *reset = nullptr;
    QTRY_VERIFY((reset = visibleTopLevel<ResetPasswordDialog>()));
    QCOMPARE(child<QLineEdit>(reset, "usernameEdit")->text(), Alice);
    QTest::keyClicks(child<QLineEdit>(reset, "tokenEdit"), resetLink(token)); // the whole link, pasted
    QTest::keyClicks(child<QLineEdit>(reset, "newPasswordEdit"), QStringLiteral("brand-new-pw"));
    QTest::keyClicks(child<QLineEdit>(reset, "repeatEdit"), QStringLiteral("brand-new-pw"));
    Screenshot::save(reset, QStringLiteral("reset-password"));
    okButton(reset)->click();
    QVERIFY(passwordSet.wait(UiTimeoutMs));
    const SignInAttempt attempt = passwordSet.at(0).at(0).value<SignInAttempt>();
    QCOMPARE(attempt.username, Alice);
    QCOMPARE(attempt.method, SignInMethod::Password);
    QTRY_VERIFY(!visibleTopLevel<ResetPasswordDialog>());

    // The hand-over signs in with the new password; the old one is gone.
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    m_controller->signIn(attempt);
    QVERIFY(signedIn.wait(UiTimeoutMs));
    QCOMPARE(signedIn.at(0).at(0).value<Session>().username(), Alice);
    QCOMPARE(waitFor(m_client->login(Alice, AlicePassword))->error().kind(), ApiError::Kind::BadCredentials);
}

void TestAccountDialogs::aResetNeedsTheSamePasswordTwice()
{
    auto *reset = new ResetPasswordDialog(m_client.get(), m_server->url());
    reset->setAttribute(Qt::WA_DeleteOnClose);
    reset->show();
    reset->setUsername(Alice);
    QTest::keyClicks(child<QLineEdit>(reset, "tokenEdit"), QString(64, QLatin1Char('a')));
    QTest::keyClicks(child<QLineEdit>(reset, "newPasswordEdit"), QStringLiteral("brand-new-pw"));
    QTest::keyClicks(child<QLineEdit>(reset, "repeatEdit"), QStringLiteral("brand-new-pX"));
    okButton(reset)->click();
    QCOMPARE(shownMessage(reset),
        QStringLiteral(
            "The two new passwords are not the same. Type the new password again in both fields."));
    child<QLineEdit>(reset, "repeatEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(reset, "repeatEdit"), QStringLiteral("brand-new-pw"));
    okButton(reset)->click(); // a token the server never sent
    QTRY_VERIFY_WITH_TIMEOUT(
        shownMessage(reset).startsWith(QStringLiteral("The password was not set")), UiTimeoutMs);
    QCOMPARE(m_server->requests().size(), 1); // the mismatch never left the app
}

void TestAccountDialogs::changePasswordThenOnlyTheNewOneWorks()
{
    const Session session = signInWithPassword(Alice, AlicePassword);
    QVERIFY(session.isValid());
    m_client->setCredential(session.credential());
    auto *dialog = new ChangePasswordDialog(
        new PasswordChange(m_client.get(), m_controller.get()), session, true, QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ChangePasswordDialog> guard = dialog;
    QSignalSpy changed(dialog, &ChangePasswordDialog::changed);
    dialog->show();
    QTest::keyClicks(child<QLineEdit>(dialog, "currentEdit"), QStringLiteral("a-wrong-guess"));
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("second-pw-2"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QStringLiteral("second-pw-2"));
    Screenshot::save(dialog, QStringLiteral("change-password"));
    okButton(dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownMessage(dialog),
        QStringLiteral("The current password is wrong. Nothing was changed."), UiTimeoutMs);
    QVERIFY(child<QLineEdit>(dialog, "newPasswordEdit")->text().isEmpty()); // no password kept on screen

    QTest::keyClicks(child<QLineEdit>(dialog, "currentEdit"), AlicePassword);
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("second-pw-2"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QStringLiteral("second-pw-2"));
    okButton(dialog)->click();
    QVERIFY(changed.wait(UiTimeoutMs));
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    const Session renewed = changed.at(0).at(0).value<Session>();
    QVERIFY(renewed.credential().secret() != session.credential().secret());
    // The remembered session is the new one, and only the new password signs in.
    QCOMPARE(readSecret(SecretKeys::session(m_server->url(), Alice)), renewed.credential().secret());
    QCOMPARE(waitFor(m_client->login(Alice, AlicePassword))->error().kind(), ApiError::Kind::BadCredentials);
    QVERIFY(waitFor(m_client->login(Alice, QStringLiteral("second-pw-2")))->isOk());
}

void TestAccountDialogs::newAccountVerifiesInTheAppThenSetsItsFirstPassword()
{
    const QString email = QStringLiteral("fresh@example.com");
    SignUpDialog *dialog = openSignUp();
    QSignalSpy signedIn(dialog, &SignUpDialog::signedIn);
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), email);
    child<QCheckBox>(dialog, "termsCheck")->setChecked(true);
    okButton(dialog)->click();
    QVERIFY(signedIn.wait(UiTimeoutMs));
    const Session session = signedIn.at(0).at(0).value<Session>();

    QWidget host;
    auto *banner = new AccountStatusBanner(m_client.get(), &host);
    QSignalSpy passwordSet(banner, &AccountStatusBanner::passwordSet);
    host.resize(800, 200);
    host.show();
    banner->setSession(session);
    QCOMPARE(banner->titleText(), QStringLiteral("Verify your email address"));
    QVERIFY2(
        banner->bodyText().contains(QStringLiteral("Account status: initial, email address not verified.")),
        qPrintable(banner->bodyText()));
    QVERIFY2(
        banner->bodyText().contains(QStringLiteral("verify it by about")), qPrintable(banner->bodyText()));
    Screenshot::save(&host, QStringLiteral("banner-unverified"));

    const QString verifyLink = m_server->url().toString() + QStringLiteral("/auth/email-verify?token=")
        + mailed(email, SandboxMail::Kind::EmailVerify);
    QTest::keyClicks(child<QLineEdit>(banner, "verifyTokenEdit"), verifyLink);
    child<QPushButton>(banner, "verifyButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(banner->titleText(), QStringLiteral("Email address verified"), UiTimeoutMs);
    QVERIFY(banner->bodyText().contains(QStringLiteral("Account status: active, email address verified.")));
    Screenshot::save(&host, QStringLiteral("banner-verified"));

    child<QPushButton>(banner, "setPasswordButton")->click();
    ResetPasswordDialog *reset = nullptr;
    QTRY_VERIFY((reset = visibleTopLevel<ResetPasswordDialog>()));
    QCOMPARE(child<QLineEdit>(reset, "usernameEdit")->text(), email);
    QTest::keyClicks(child<QLineEdit>(reset, "tokenEdit"), mailed(email, SandboxMail::Kind::PasswordReset));
    QTest::keyClicks(child<QLineEdit>(reset, "newPasswordEdit"), QStringLiteral("first-password"));
    QTest::keyClicks(child<QLineEdit>(reset, "repeatEdit"), QStringLiteral("first-password"));
    okButton(reset)->click();
    QVERIFY(passwordSet.wait(UiTimeoutMs));
    QVERIFY(!banner->isVisible());
    QVERIFY(signInWithPassword(email, QStringLiteral("first-password")).isValid());
}

void TestAccountDialogs::frozenAccountSaysWhenItWillBeDeleted()
{
    QVERIFY(m_server->setCustomerStatus(Alice, QStringLiteral("frozen")));
    QSignalSpy failed(m_controller.get(), &SignInController::signInFailed);
    SignInAttempt attempt;
    attempt.serverRoot = m_server->url();
    attempt.username = Alice;
    attempt.secret = AlicePassword;
    m_controller->signIn(attempt);
    QVERIFY(failed.wait(UiTimeoutMs));
    QWidget host;
    auto *banner = new AccountStatusBanner(m_client.get(), &host);
    host.resize(800, 160);
    host.show();
    QVERIFY(banner->showAccountError(m_controller->lastError()));
    QCOMPARE(banner->titleText(), QStringLiteral("This account is frozen"));
    QVERIFY2(
        banner->bodyText().contains(QStringLiteral("will be deleted on")), qPrintable(banner->bodyText()));
    QVERIFY(!child<QLineEdit>(banner, "verifyTokenEdit")->isVisible());
    Screenshot::save(&host, QStringLiteral("banner-frozen"));
    // Any other refusal is not the account's: the banner stays out of it.
    banner->clear();
    QVERIFY(!banner->showAccountError(ApiError(ApiError::Kind::ServerError, 500)));
    QVERIFY(!banner->isVisible());
}

void TestAccountDialogs::expiredAccountSaysItCannotBeUsed()
{
    QVERIFY(m_server->setCustomerStatus(Alice, QStringLiteral("expired")));
    QSignalSpy failed(m_controller.get(), &SignInController::signInFailed);
    SignInAttempt attempt;
    attempt.serverRoot = m_server->url();
    attempt.username = Alice;
    attempt.secret = AlicePassword;
    m_controller->signIn(attempt);
    QVERIFY(failed.wait(UiTimeoutMs));
    QWidget host;
    auto *banner = new AccountStatusBanner(m_client.get(), &host);
    host.resize(800, 160);
    host.show();
    QVERIFY(banner->showAccountError(m_controller->lastError()));
    QCOMPARE(banner->titleText(), QStringLiteral("This account has expired"));
    QVERIFY2(
        banner->bodyText().contains(QStringLiteral("not verified in time")), qPrintable(banner->bodyText()));
    QVERIFY(banner->bodyText().contains(QStringLiteral("Create account…")));
    Screenshot::save(&host, QStringLiteral("banner-expired"));
}

void TestAccountDialogs::everyControlHasAnAccessibleName()
{
    SignUpDialog *signUp = openSignUp();
    ACCESSIBILITY_CHECK(signUp);
    QWidget host;
    auto *banner = new AccountStatusBanner(m_client.get(), &host);
    ACCESSIBILITY_CHECK(banner);
    for (QDialog *dialog : std::initializer_list<QDialog *> {
             new ForgotPasswordDialog(m_client.get(), m_server->url()),
             new ResetPasswordDialog(m_client.get(), m_server->url()),
         }) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        ACCESSIBILITY_CHECK(dialog);
    }
}

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
