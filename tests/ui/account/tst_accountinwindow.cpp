// The account's life in the main window, offscreen, against the in-process sandbox and a real keyring:
// "Create account…" on the sign-in form lands on the keys page with the new key stored and the banner
// asking to verify; "Forgot password?" leads to a sign-in with the new password; File > Change Password…
// is there only for a password session; a frozen account is named above the form.
#include "SandboxServer.h"
#include "WidgetLookup.h"
#include "account/AccountStatusBanner.h"
#include "account/ForgotPasswordDialog.h"
#include "account/ResetPasswordDialog.h"
#include "account/SignUpDialog.h"
#include "core/Settings.h"
#include "keys/AccessKeyTableModel.h"
#include "secrets/KeychainSecretStore.h"
#include "session/Session.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sandbox::SandboxMail;

namespace {
constexpr int UiTimeoutMs = 15000;
const QString Alice = QStringLiteral("alice@example.com");

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}
} // namespace

class TestAccountInWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountinwindow"));
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
    }

    void init()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerSecond = 0;
        options.authRateLimitPerSecond = 0;
        options.users = { { Alice, QStringLiteral("pw-alice-1"), true, {} } };
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_qsettings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<Settings>(m_qsettings.get());
        m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
        m_window->resize(1000, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        SignInWidget *form = m_window->signInWidget();
        form->setServerChoice(ServerChoice::Custom);
        form->setCustomUrl(m_server->url().toString());
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_qsettings.reset();
        m_dir.reset();
        m_server.reset();
    }

    void createAccountLandsOnTheKeysPageWithTheKeyStored()
    {
        child<QPushButton>(m_window->signInWidget(), "createAccountButton")->click();
        SignUpDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<SignUpDialog>()));
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("new@example.com"));
        child<QCheckBox>(dialog, "termsCheck")->setChecked(true);
        okButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
        QTRY_VERIFY(!visibleTopLevel<SignUpDialog>());
        QCOMPARE(m_window->session().credential().kind(), Credential::Kind::AccessKey);
        // The provisioned key is listed, marked stored on this computer and in use.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->keyModel()->rowCount(), 1, UiTimeoutMs);
        const QModelIndex name = m_window->keyModel()->index(0, AccessKeyTableModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("default"));
        AccountStatusBanner *banner = m_window->currentWorkspace()->accountBanner();
        QCOMPARE(banner->titleText(), QStringLiteral("Verify your email address"));
        // An accesskey session has no password to change.
        QVERIFY(!m_window->action(QStringLiteral("changePasswordAction"))->isEnabled());
    }

    void forgotPasswordEndsSignedInWithTheNewPassword()
    {
        QTest::keyClicks(child<QLineEdit>(m_window->signInWidget(), "usernameEdit"), Alice);
        child<QPushButton>(m_window->signInWidget(), "forgotPasswordButton")->click();
        ForgotPasswordDialog *forgot = nullptr;
        QTRY_VERIFY((forgot = visibleTopLevel<ForgotPasswordDialog>()));
        QCOMPARE(child<QLineEdit>(forgot, "usernameEdit")->text(), Alice);
        okButton(forgot)->click();
        QTRY_VERIFY_WITH_TIMEOUT(okButton(forgot)->text() == QStringLiteral("&Enter Link…"), UiTimeoutMs);
        okButton(forgot)->click();
        ResetPasswordDialog *reset = nullptr;
        QTRY_VERIFY((reset = visibleTopLevel<ResetPasswordDialog>()));
        QTest::keyClicks(child<QLineEdit>(reset, "tokenEdit"),
            m_server->outbox().latest(Alice, SandboxMail::Kind::PasswordReset).secret);
        QTest::keyClicks(child<QLineEdit>(reset, "newPasswordEdit"), QStringLiteral("reset-pw-22"));
        QTest::keyClicks(child<QLineEdit>(reset, "repeatEdit"), QStringLiteral("reset-pw-22"));
        okButton(reset)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), UiTimeoutMs);
        QCOMPARE(m_window->session().username(), Alice);
        QVERIFY(m_window->action(QStringLiteral("changePasswordAction"))->isEnabled());
    }

    void frozenAccountIsNamedAboveTheForm()
    {
        QVERIFY(m_server->setCustomerStatus(Alice, QStringLiteral("frozen")));
        SignInWidget *form = m_window->signInWidget();
        QTest::keyClicks(child<QLineEdit>(form, "usernameEdit"), Alice);
        QTest::keyClicks(child<QLineEdit>(form, "passwordEdit"), QStringLiteral("pw-alice-1"));
        QTest::keyClick(child<QLineEdit>(form, "passwordEdit"), Qt::Key_Return);
        AccountStatusBanner *banner = m_window->currentWorkspace()->accountBanner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->titleText(), QStringLiteral("This account is frozen"), UiTimeoutMs);
        QVERIFY(banner->bodyText().contains(QStringLiteral("will be deleted on")));
        QVERIFY(!m_window->isSignedIn());
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccountInWindow)
#include "tst_accountinwindow.moc"
