// Replace key… on the keys page, through its real widgets (offscreen) against the in-process sandbox:
// the new key stored and shown, the old one revoked at once; with a grace period, the old one still
// listed with its pending mark, and revoked at the next session after the time.
#include "api/AccessKeyListReply.h"
#include "api/AccessKeyReply.h"
#include "api/CustomerReply.h"
#include "api/LoginReply.h"
#include "api/VoipbinClient.h"
#include "clipboard/SecureClipboard.h"
#include "core/FixedClock.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/KeysPage.h"
#include "keys/ReplaceKeyDialog.h"
#include "secrets/LocalKeySecrets.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretKeys.h"
#include "session/CurrentSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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

private slots:
    void initTestCase()
    {
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
};

QTEST_MAIN(TestReplaceKey)
#include "tst_replacekey.moc"
