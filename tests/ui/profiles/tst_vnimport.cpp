// File > Import from vn… and Export profile to vn… in the real window, offscreen: sample vn files in a
// temporary HOME, keys on two in-process sandbox servers, a real gnome-keyring (KEYRING unlocked).
#include "SandboxServer.h"
#include "core/Settings.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileSidebar.h"
#include "profiles/ProfileStore.h"
#include "profiles/VnImportDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "session/Session.h"
#include "vn/VnConfigFile.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {
const QString Demo = QStringLiteral("demo");
constexpr int UiTimeoutMs = 20000;
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

class TestVnImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsEachKeyAndNamesTheRefusedOne();
    void scrubLeavesAFileVnReads();
    void unusableFilesAreSaidAndLeftAlone_data();
    void unusableFilesAreSaidAndLeftAlone();
    void worldReadableFileIsImportedButNotScrubbed();
    void exportAddsAProfileWithAnEmptyKey();

private:
    QString vnPath() const { return m_home->filePath(QStringLiteral(".vn/config.yaml")); }
    void writeVn(const QByteArray &text, QFileDevice::Permissions mode = OwnerOnly);
    QByteArray readVn() const;
    QByteArray entry(const QString &name, const QString &key, sandbox::SandboxServer *server) const;
    VnImportDialog *openDialog();
    void importAll(VnImportDialog *dialog);
    QString result(VnImportDialog *dialog, const QString &name) const;
    QString keychainSecret(const QString &key);
    bool shownSignedIn(const QString &profileId) const;

    std::unique_ptr<sandbox::SandboxServer> m_a;
    std::unique_ptr<sandbox::SandboxServer> m_b;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestVnImport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_vnimport"));
    sandbox::SandboxOptions options;
    options.port = 0;
    options.rateLimitPerSecond = 0;
    options.authRateLimitPerSecond = 0;
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} } };
    m_a = std::make_unique<sandbox::SandboxServer>(options);
    m_b = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_a->start(), qPrintable(m_a->errorString()));
    QVERIFY2(m_b->start(), qPrintable(m_b->errorString()));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
}

void TestVnImport::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    qputenv(
        "HOME", QFile::encodeName(m_home->path())); // VnConfigFile::defaultPath() is $HOME/.vn/config.yaml
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".vn")));
    QFile::setPermissions(m_home->filePath(QStringLiteral(".vn")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_qsettings
        = std::make_unique<QSettings>(m_home->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_qsettings.get());
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    m_window->resize(1100, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
}

void TestVnImport::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_home.reset();
}

void TestVnImport::writeVn(const QByteArray &text, QFileDevice::Permissions mode)
{
    QFile file(vnPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QVERIFY(QFile::setPermissions(vnPath(), mode));
}

QByteArray TestVnImport::readVn() const
{
    QFile file(vnPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray TestVnImport::entry(const QString &name, const QString &key, sandbox::SandboxServer *server) const
{
    // vn's URL has /v1.0; each sandbox is a custom api_url.
    return "  " + name.toUtf8() + ":\n    access_key: " + key.toUtf8()
        + "\n    api_url: " + server->url().toString().toUtf8() + "/v1.0\n";
}

VnImportDialog *TestVnImport::openDialog()
{
    QAction *action = m_window->action(QStringLiteral("importVnAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<VnImportDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the import dialog was not shown");
    return dialog;
}

void TestVnImport::importAll(VnImportDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button && button->isEnabled());
    QSignalSpy done(dialog, &VnImportDialog::profilesImported);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog->findChild<QProgressBar *>()->isVisible()); // the keys are checked in the background
    QVERIFY(done.wait(UiTimeoutMs * 2));
}

QString TestVnImport::result(VnImportDialog *dialog, const QString &name) const
{
    QTreeWidgetItem *item = dialog->entryItem(name);
    return item ? item->text(VnImportDialog::ResultColumn) : QString();
}

QString TestVnImport::keychainSecret(const QString &key)
{
    SecretJob *job = m_store->read(key);
    if (!QTest::qWaitFor([job] { return job->isFinished(); }, UiTimeoutMs))
        return {};
    const QString secret = job->isOk() ? job->secret() : QString();
    job->deleteLater();
    return secret;
}

bool TestVnImport::shownSignedIn(const QString &profileId) const
{
    ProfileListModel *model = m_window->sidebar()->model();
    return model->index(model->rowOf(profileId)).data(ProfileListModel::SignedInRole).toBool();
}

void TestVnImport::importsEachKeyAndNamesTheRefusedOne()
{
    const QString a1 = m_a->createAccessKeyDirect(Demo, QStringLiteral("vn-a1"), 86400);
    const QString a2 = m_a->createAccessKeyDirect(Demo, QStringLiteral("vn-a2"), 86400);
    const QString b1 = m_b->createAccessKeyDirect(Demo, QStringLiteral("vn-b1"), 86400);
    const QString expired = m_b->createAccessKeyDirect(Demo, QStringLiteral("old"), -60);
    const QByteArray text = "current_profile: work\nprofiles:\n"
        + entry(QStringLiteral("work"), a1, m_a.get()) + entry(QStringLiteral("work2"), a2, m_a.get())
        + entry(QStringLiteral("staging"), b1, m_b.get())
        + entry(QStringLiteral("expired"), expired, m_b.get());
    writeVn(text);

    VnImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    // Every profile with its server, our root (without /v1.0), ticked.
    QTreeWidgetItem *staging = dialog->entryItem(QStringLiteral("staging"));
    QVERIFY(staging);
    QCOMPARE(staging->text(VnImportDialog::ServerColumn), m_b->url().toDisplayString());
    QCOMPARE(staging->checkState(VnImportDialog::NameColumn), Qt::Checked);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fileLabel"))->text().contains(vnPath()));

    importAll(dialog);
    QCOMPARE(result(dialog, QStringLiteral("work")), QStringLiteral("imported as profile “work”"));
    QCOMPARE(result(dialog, QStringLiteral("staging")), QStringLiteral("imported as profile “staging”"));
    QVERIFY2(result(dialog, QStringLiteral("expired"))
                 .startsWith(QStringLiteral("not imported: the server did not accept its key")),
        qPrintable(result(dialog, QStringLiteral("expired"))));
    // Not every key is here: the scrub is not offered and the file is as it was.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("scrubButton"))->isVisible());
    QCOMPARE(readVn(), text);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(a1));

    ProfileStore *profiles = m_window->profiles();
    QVERIFY(profiles->findByName(QStringLiteral("expired")).isNull()); // a refused key makes no profile
    const QList<std::pair<QString, QString>> imported = { { QStringLiteral("work"), a1 },
        { QStringLiteral("work2"), a2 }, { QStringLiteral("staging"), b1 } };
    for (const auto &[name, key] : imported) {
        const Profile profile = profiles->findByName(name);
        QVERIFY2(!profile.isNull(), qPrintable(name));
        QCOMPARE(profile.method, SignInMethod::AccessKey);
        QCOMPARE(keychainSecret(profile.sessionEntryName()), key); // its own entry in the real keychain
        // The sidebar shows it signed in, its workspace restored from that entry.
        QTRY_VERIFY_WITH_TIMEOUT(shownSignedIn(profile.id), UiTimeoutMs);
        QCOMPARE(m_window->workspace(profile.id)->session().serverRoot(), profile.serverRoot());
    }
    QCOMPARE(profiles->findByName(QStringLiteral("staging")).serverRoot(), m_b->url());
}

void TestVnImport::scrubLeavesAFileVnReads()
{
    const QString a1 = m_a->createAccessKeyDirect(Demo, QStringLiteral("vn-s1"), 86400);
    const QString b1 = m_b->createAccessKeyDirect(Demo, QStringLiteral("vn-s2"), 86400);
    const QByteArray text = "current_profile: one\nprofiles:\n" + entry(QStringLiteral("one"), a1, m_a.get())
        + entry(QStringLiteral("two"), b1, m_b.get()) + "  empty:\n    access_key: \"\"\n";
    writeVn(text);
    VnImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    importAll(dialog);
    auto *scrub = dialog->findChild<QPushButton *>(QStringLiteral("scrubButton"));
    QVERIFY(scrub->isVisible() && scrub->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("scrubLabel"))
                ->text()
                .contains(QStringLiteral("vbkeys exec")));
    QTest::mouseClick(scrub, Qt::LeftButton);

    VnConfigFile file(vnPath());
    QVERIFY2(file.load(), qPrintable(file.errorString())); // vn's format still parses
    QCOMPARE(file.profiles().size(), 3);
    for (const VnProfile &profile : file.profiles())
        QVERIFY2(profile.accessKey.isEmpty(), qPrintable(profile.name));
    QCOMPARE(file.profiles().at(1).apiUrl, m_b->url().toString() + QStringLiteral("/v1.0"));
    QCOMPARE(file.currentProfile(), QStringLiteral("one"));
    QCOMPARE(
        int(QFile::permissions(vnPath())), int(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QVERIFY(!readVn().contains(a1.toUtf8()) && !readVn().contains(b1.toUtf8()));
}

void TestVnImport::unusableFilesAreSaidAndLeftAlone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("malformed") << "malformed"
                               << "not valid YAML";
    QTest::newRow("symlink") << "symlink"
                             << "symbolic link";
    QTest::newRow("huge") << "huge"
                          << "far more than a vn configuration";
}

void TestVnImport::unusableFilesAreSaidAndLeftAlone()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    const QString key = m_a->createAccessKeyDirect(Demo, QStringLiteral("vn-bad"), 86400);
    QByteArray text;
    if (kind == QLatin1String("malformed")) {
        text = "profiles:\n  work:\n    access_key: " + key.toUtf8() + "\n  - [not: a mapping\n";
        writeVn(text);
    } else if (kind == QLatin1String("symlink")) {
        const QString target = m_home->filePath(QStringLiteral("elsewhere.yaml"));
        text = "profiles:\n  work:\n    access_key: " + key.toUtf8() + "\n";
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QVERIFY(QFile::link(target, vnPath()));
    } else {
        text = "profiles:\n  work:\n    access_key: " + key.toUtf8() + "\n#"
            + QByteArray(VnConfigFile::MaxBytes, 'x') + "\n";
        writeVn(text);
    }
    const int profilesBefore = m_window->profiles()->count();
    VnImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(said) && message.contains(QStringLiteral("not changed")), qPrintable(message));
    QVERIFY(!message.contains(key));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QCOMPARE(readVn(), text);
    QCOMPARE(m_window->profiles()->count(), profilesBefore);
}

void TestVnImport::worldReadableFileIsImportedButNotScrubbed()
{
    const QString key = m_a->createAccessKeyDirect(Demo, QStringLiteral("vn-open"), 86400);
    const QByteArray text = "profiles:\n" + entry(QStringLiteral("open"), key, m_a.get());
    writeVn(text, OwnerOnly | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    VnImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("other users")), qPrintable(warning->text()));
    importAll(dialog);
    QCOMPARE(result(dialog, QStringLiteral("open")), QStringLiteral("imported as profile “open”"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("scrubButton")), Qt::LeftButton);
    const QString message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("were not removed")), qPrintable(message));
    QCOMPARE(readVn(), text);
}

void TestVnImport::exportAddsAProfileWithAnEmptyKey()
{
    Profile profile;
    profile.name = QStringLiteral("exported");
    profile.server = ServerChoice::Custom;
    profile.customRoot = m_b->url();
    profile.username = Demo;
    m_window->showProfile(m_window->profiles()->add(profile).id);
    writeVn("current_profile: default\nprofiles:\n  default:\n    access_key: \"\"\n");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("exportVnAction"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(vnPath()), qPrintable(MessageBox::lastText()));
    VnConfigFile file(vnPath());
    QVERIFY2(file.load(), qPrintable(file.errorString()));
    QCOMPARE(file.profiles().size(), 2);
    const VnProfile exported = file.profiles().at(1);
    QCOMPARE(exported.name, QStringLiteral("exported"));
    QVERIFY(exported.accessKey.isEmpty());
    QCOMPARE(exported.apiUrl, m_b->url().toString() + QStringLiteral("/v1.0"));
    QCOMPARE(exported.serverRoot(), m_b->url());

    // Again: vn already has it, said so, nothing changed.
    const QByteArray before = readVn();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("exportVnAction"))->trigger();
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("already has")), qPrintable(MessageBox::lastText()));
    QCOMPARE(readVn(), before);
}

QTEST_MAIN(TestVnImport)
#include "tst_vnimport.moc"
