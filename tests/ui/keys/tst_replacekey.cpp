// Replace key… on the keys page, through its real widgets (offscreen) against the in-process sandbox:
// the new key stored and shown, the old one revoked at once; with a grace period, the old one still
// listed with its pending mark, and revoked at the next session after the time. And in the real window
// over the real keyring (scripts/keyring-session.sh unlocked): replacing the very key an accesskey
// session signs in with keeps the window signed in, on the new key, now and after a restart.
#include "SignInForm.h"
#include "WidgetLookup.h"
#include "api/AccessKeyListReply.h"
#include "api/AccessKeyReply.h"
#include "api/CustomerReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"
#include "clipboard/SecureClipboard.h"
#include "core/FixedClock.h"
#include "core/Settings.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/KeysPage.h"
#include "keys/ReplaceKeyDialog.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "session/CurrentSession.h"
#include "signin/SignInAgainDialog.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <SandboxServer.h>
#include <memory>

namespace {
constexpr int UiTimeoutMs = 15000;
const QString KeyName = QStringLiteral("ci-pipeline");

template<typename Reply>
Reply *waitFor(Reply *reply)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished())
        spy.wait(UiTimeoutMs);
    return reply;
}
} // namespace

class TestReplaceKey : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<VoipbinClient> m_client;
    std::unique_ptr<CurrentSession> m_session;
    std::unique_ptr<LocalKeySecrets> m_secrets;
    std::unique_ptr<SecureClipboard> m_clipboard;
    std::unique_ptr<KeysPage> m_page;
    Session m_signedIn;
    AccessKey m_oldKey;
    int m_user = 0;

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("keyTable")); }
    QAction *action(const char *name) const { return m_page->findChild<QAction *>(QLatin1String(name)); }

    bool isListed(const QString &id) const { return m_page->model()->rowOf(id) >= 0; }

    bool isLiveOnServer(const QString &id)
    {
        for (const AccessKey &key : waitFor(m_client->listAccessKeys())->accessKeys()) {
            if (key.id == id && !key.isDeleted())
                return true;
        }
        return false;
    }

    void newPage()
    {
        m_page = std::make_unique<KeysPage>();
        m_page->setUp(m_session.get(), m_secrets.get(), m_clipboard.get(), m_settings.get());
        m_page->resize(900, 500);
        m_page->show();
    }

    void signIn()
    {
        m_session->begin(m_signedIn);
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(isListed(m_oldKey.id), UiTimeoutMs);
    }

    void selectOldKey()
    {
        const int row = m_page->model()->rowOf(m_oldKey.id);
        QVERIFY(row >= 0);
        const QModelIndex index = m_page->proxy()->mapFromSource(m_page->model()->index(row, 0));
        table()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(action("replaceKeyAction")->isEnabled());
    }

    // Replace key… on the selected row, through the action's shortcut; the dialog it opens.
    ReplaceKeyDialog *openReplace()
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        ReplaceKeyDialog *dialog = m_page->findChild<ReplaceKeyDialog *>(QStringLiteral("replaceKeyDialog"));
        if (!dialog) // shortcuts need an active window offscreen; the action itself is the same
            action("replaceKeyAction")->trigger();
        return m_page->findChild<ReplaceKeyDialog *>(QStringLiteral("replaceKeyDialog"));
    }

    QString labelText(QWidget *dialog, const char *name) const
    {
        return dialog->findChild<QLabel *>(QLatin1String(name))->text();
    }

    // What the keychain holds under `entry`; empty when nothing.
    static QString readKeychain(SecretStore *keychain, const QString &entry)
    {
        SecretJob *job = keychain->read(entry);
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished())
            spy.wait(UiTimeoutMs);
        const QString secret = job->isOk() ? job->secret() : QString();
        job->deleteLater();
        return secret;
    }

    static std::unique_ptr<MainWindow> openWindow(SecretStore *keychain, Settings *settings)
    {
        auto window = std::make_unique<MainWindow>(keychain, settings);
        window->resize(1000, 640);
        window->show();
        window->start();
        return window;
    }

    // The window's list has loaded (after a sign-in or a refresh) without asking to sign in again.
    static bool listShown(MainWindow *window)
    {
        auto *loadBar = child<QProgressBar>(window, "loadBar");
        return window->isSignedIn() && !loadBar->isVisible() && window->keyModel()->rowCount() > 0;
    }

    static bool signInAgainAsked() { return visibleTopLevel<SignInAgainDialog>() != nullptr; }

    // The last request the server got for the key list, and whether it was signed by `token`.
    bool lastListSignedBy(const QString &token) const
    {
        QString query;
        for (const sandbox::RecordedRequest &r : m_server->requests())
            if (r.method == QLatin1String("GET") && r.path == QLatin1String("/v1.0/accesskeys"))
                query = r.query;
        return query.contains(QString::fromLatin1(QUrl::toPercentEncoding(token)));
    }

private slots:
    void initTestCase()
    {
        // The window's own settings (the rotation records) go to the keyring session's throw-away HOME.
        QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_replacekey"));
        sandbox::SandboxOptions o;
        o.rateLimitPerSecond = 0;
        for (int i = 0; i < 4; ++i)
            o.users << sandbox::SandboxUser { QStringLiteral("gui%1").arg(i),
                QStringLiteral("pw-gui%1").arg(i), true, QString() };
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init()
    {
        const QString user = QStringLiteral("gui%1").arg(m_user++);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_client = std::make_unique<VoipbinClient>();
        QVERIFY(m_client->setServerRoot(m_server->url()));
        LoginReply *login = waitFor(m_client->login(user, QStringLiteral("pw-") + user));
        QVERIFY(login->isOk());
        m_client->setCredential(Credential::jwt(login->token()));
        CustomerReply *customer = waitFor(m_client->currentCustomer());
        QVERIFY(customer->isOk());
        m_signedIn = Session(m_server->url(), Credential::jwt(login->token()), user);
        m_signedIn.setCustomer(customer->customer());
        m_session = std::make_unique<CurrentSession>(m_client.get());
        m_secrets = std::make_unique<LocalKeySecrets>(m_keychain.get(), m_settings.get());
        m_clipboard = std::make_unique<SecureClipboard>();
        AccessKeyReply *created
            = waitFor(m_client->createAccessKey(KeyName, QStringLiteral("runners"), 30 * 86400));
        QVERIFY(created->isOk());
        m_oldKey = created->accessKey();
        newPage();
        signIn();
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_page.reset();
        m_session.reset();
        m_secrets.reset();
        m_client.reset();
    }

    void replacesAndRevokesAtOnce()
    {
        selectOldKey();
        ReplaceKeyDialog *dialog = openReplace();
        QVERIFY(dialog);
        auto *grace = dialog->findChild<QComboBox *>(QStringLiteral("graceCombo"));
        QCOMPARE(grace->currentData().toLongLong(), 0);
        QVERIFY(!grace->accessibleName().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replaceButton")), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(dialog, "oldKeyLabel").contains(QLatin1String("revoked")), UiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!isListed(m_oldKey.id), UiTimeoutMs);
        QVERIFY(labelText(dialog, "createdLabel").startsWith(QStringLiteral("✓")));
        QVERIFY(labelText(dialog, "storedLabel").startsWith(QStringLiteral("✓")));
        QVERIFY(labelText(dialog, "verifiedLabel").startsWith(QStringLiteral("✓")));
        QVERIFY(!isLiveOnServer(m_oldKey.id));

        // The new key: in the table, stored here, its token shown in the dialog and copied from it.
        const AccessKeyList keys = m_page->model()->keys();
        QCOMPARE(keys.size(), 1);
        const AccessKey successor = keys.first();
        QCOMPARE(successor.name, KeyName);
        QVERIFY(m_secrets->isStored(successor.id));
        QTRY_VERIFY(m_page->model()->isStoredLocally(successor.id));
        const QString stored = m_keychain->contents().value(
            SecretKeys::accessKey(m_server->url(), m_signedIn.customer().id, successor.id));
        QVERIFY(!stored.isEmpty());
        auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QCOMPARE(token->text(), stored);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), stored);
        dialog->reject();
    }

    void graceKeepsTheOldKeyMarked()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Clock::setInstance(new FixedClock(now));
        selectOldKey();
        ReplaceKeyDialog *dialog = openReplace();
        QVERIFY(dialog);
        auto *grace = dialog->findChild<QComboBox *>(QStringLiteral("graceCombo"));
        grace->setCurrentIndex(grace->findData(ReplaceKeyDialog::OneHour));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replaceButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(dialog, "oldKeyLabel").contains(QLatin1String("to be revoked at")), UiTimeoutMs);
        dialog->reject();

        // Both keys listed; the old one carries its mark; both still work on the server.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, UiTimeoutMs);
        QVERIFY(isListed(m_oldKey.id));
        QCOMPARE(m_page->model()->pendingRevocation(m_oldKey.id), now.addSecs(3600));
        const int row = m_page->model()->rowOf(m_oldKey.id);
        const QString expires
            = m_page->model()->index(row, AccessKeyTableModel::ExpiresColumn).data().toString();
        QVERIFY2(expires.contains(QLatin1String("revoked at")), qPrintable(expires));
        QVERIFY(isLiveOnServer(m_oldKey.id));

        // The app quits and starts again after the grace period: the old key goes at the sign-in.
        m_page.reset();
        m_session->end();
        Clock::setInstance(new FixedClock(now.addSecs(3700)));
        newPage();
        m_session->begin(m_signedIn);
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!isLiveOnServer(m_oldKey.id), UiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!isListed(m_oldKey.id) && m_page->model()->rowCount() == 1, UiTimeoutMs);
    }

    // Signed in with an accesskey (remembered), the user replaces that very key, revoked at once: the
    // window stays signed in, now on the new key (client, table mark, remembered session), its next
    // requests work, and the next start signs in from the keychain with the new key.
    void replacingTheKeyInUseKeepsTheWindowSignedIn()
    {
        m_page.reset(); // this test works in a real window
        AccessKeyReply *created = waitFor(
            m_client->createAccessKey(QStringLiteral("laptop"), QStringLiteral("desk"), 90 * 86400));
        QVERIFY(created->isOk());
        const AccessKey inUse = created->accessKey();
        const QString oldToken = created->newAccessKey().token;
        KeychainSecretStore keychain(QStringLiteral("VoIPbin Keys test"));
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&backend);

        std::unique_ptr<MainWindow> window = openWindow(&keychain, &settings);
        SignInWidget *form = window->signInWidget();
        form->setServerChoice(ServerChoice::Custom);
        form->setCustomUrl(m_server->url().toString());
        form->setMethod(SignInMethod::AccessKey);
        form->setRemember(true);
        QTest::keyClicks(child<QLineEdit>(form, "accessKeyEdit"), oldToken);
        QTest::keyClick(child<QLineEdit>(form, "accessKeyEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(listShown(window.get()), UiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->keyModel()->inUseKeyId(), inUse.id, UiTimeoutMs);
        ProfileWorkspace *workspace = window->currentWorkspace();
        const QString sessionEntry = workspace->profile().sessionEntryName();
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(&keychain, sessionEntry), oldToken, UiTimeoutMs);

        // Replace key… on it, revoked as soon as the new key works.
        KeysPage *page = workspace->keysPage();
        QVERIFY(page->selectKey(inUse.id));
        page->findChild<QAction *>(QStringLiteral("replaceKeyAction"))->trigger();
        auto *dialog = page->findChild<ReplaceKeyDialog *>(QStringLiteral("replaceKeyDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("graceCombo"))->currentData().toLongLong(), 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replaceButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(dialog, "oldKeyLabel").contains(QLatin1String("revoked")), UiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!isLiveOnServer(inUse.id), UiTimeoutMs);

        // Still signed in, on the successor: the client signs with it, the table marks it, the keychain
        // remembers it.
        AccessKey successor;
        for (const AccessKey &key : window->keyModel()->keys())
            if (key.name == inUse.name && key.id != inUse.id)
                successor = key;
        QVERIFY(successor.isValid());
        const QString newToken = readKeychain(
            &keychain, SecretKeys::accessKey(m_server->url(), m_signedIn.customer().id, successor.id));
        QVERIFY(newToken.startsWith(QStringLiteral("vb_")));
        QVERIFY(window->isSignedIn());
        VoipbinClient *client = workspace->currentSession()->client();
        QCOMPARE(client->credential().secret(), newToken);
        QCOMPARE(workspace->session().credential().secret(), newToken);
        QTRY_COMPARE_WITH_TIMEOUT(window->keyModel()->inUseKeyId(), successor.id, UiTimeoutMs);
        QCOMPARE(readKeychain(&keychain, sessionEntry), newToken);
        dialog->reject();

        // Its next requests work: a refresh lists the keys, signed with the new key, and nobody is asked
        // to sign in again.
        m_server->clearRequests();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(lastListSignedBy(newToken), UiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(listShown(window.get()), UiTimeoutMs);
        QVERIFY(!workspace->session().isExpired());
        QVERIFY(!signInAgainAsked());
        QVERIFY(!window->keyModel()->keys().isEmpty());
        QCOMPARE(window->keyModel()->rowOf(inUse.id), -1);

        // Started again: signed in from the keychain, with the new key.
        window.reset();
        window = openWindow(&keychain, &settings);
        QTRY_VERIFY_WITH_TIMEOUT(listShown(window.get()), UiTimeoutMs);
        QCOMPARE(window->currentWorkspace()->session().credential().secret(), newToken);
        QTRY_COMPARE_WITH_TIMEOUT(window->keyModel()->inUseKeyId(), successor.id, UiTimeoutMs);
        QVERIFY(!signInAgainAsked());
        window.reset();
        SecretJob *forget = keychain.remove(sessionEntry);
        QSignalSpy forgotten(forget, &SecretJob::finished);
        forgotten.wait(UiTimeoutMs);
    }
};

QTEST_MAIN(TestReplaceKey)
#include "tst_replacekey.moc"
