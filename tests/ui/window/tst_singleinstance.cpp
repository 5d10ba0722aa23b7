// One window per user: the real voipbin-keys binary as a second launch, against a window in this process
// listening as a first launch does; and --profile with a name that does not exist.
#include "core/Settings.h"
#include "core/SingleInstance.h"
#include "profiles/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownProfileExitsTwoWithoutADisplay();
    void secondLaunchRaisesTheFirstWithItsProfileAndExitsZero();
    void staleSocketOfACrashedInstanceIsTakenOver();

private:
    /// The binary's environment: this test's config and runtime directories, and no display at all.
    QProcessEnvironment childEnvironment() const;
    /// A profile in the settings file the binary reads (under XDG_CONFIG_HOME).
    void addChildProfile(const QString &name);
    QProcess *launch(const QStringList &arguments);

    QString m_program;
    QTemporaryDir m_config;
    QTemporaryDir m_runtime;
};

void TestSingleInstance::initTestCase()
{
    m_program = qEnvironmentVariable("VOIPBIN_KEYS_PROGRAM");
    QVERIFY2(QFileInfo(m_program).isExecutable(), "VOIPBIN_KEYS_PROGRAM names no program");
    QVERIFY(m_config.isValid() && m_runtime.isValid());
    // The per-user socket lives in the runtime directory: this test's own, so a real window is never hit.
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    QVERIFY(SingleInstance::defaultName().startsWith(m_runtime.path()));
}

QProcessEnvironment TestSingleInstance::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    return env;
}

void TestSingleInstance::addChildProfile(const QString &name)
{
    QSettings file(QDir(m_config.path()).filePath(QStringLiteral("voipbin-keys/voipbin-keys.conf")),
        QSettings::IniFormat);
    Settings settings(&file);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.name = name;
    profiles.add(profile);
    file.sync();
}

QProcess *TestSingleInstance::launch(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(childEnvironment());
    process->start(m_program, arguments);
    return process;
}

void TestSingleInstance::unknownProfileExitsTwoWithoutADisplay()
{
    std::unique_ptr<QProcess> process(launch({ QStringLiteral("--profile"), QStringLiteral("no-such-one") }));
    QVERIFY(process->waitForFinished(15000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("no-such-one")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("display")), qPrintable(error)); // it never tried to open one
}

void TestSingleInstance::secondLaunchRaisesTheFirstWithItsProfileAndExitsZero()
{
    addChildProfile(QStringLiteral("staging")); // the second launch checks the name before handing it over

    // The first launch: a window on its first profile, minimised, listening as main() has it.
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&file);
    MemorySecretStore store;
    MainWindow window(&store, &settings);
    Profile staging;
    staging.name = QStringLiteral("Staging");
    staging = window.profiles()->add(staging);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showMinimized();
    QTRY_VERIFY(window.isMinimized());
    SingleInstance first;
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    connect(&first, &SingleInstance::requested, &window, [&window](const SingleInstance::Request &request) {
        window.applyLaunchRequest(request);
        window.bringToFront();
    });

    std::unique_ptr<QProcess> second(launch({ QStringLiteral("--profile"), QStringLiteral("staging") }));
    QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 15000);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QTRY_COMPARE(window.currentWorkspace()->profileId(), staging.id); // matched case-insensitively
    QTRY_VERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());
}

void TestSingleInstance::staleSocketOfACrashedInstanceIsTakenOver()
{
    const QString name = QDir(m_runtime.path()).filePath(QStringLiteral("stale.instance"));
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly)); // what a crash leaves: a socket file nobody listens on
    stale.close();
    SingleInstance instance(name);
    QVERIFY(!instance.handOver({}, 1000)); // nobody to hand over to
    QVERIFY2(instance.listen(), qPrintable(instance.errorString())); // the dead socket is replaced
    QLocalSocket client;
    client.connectToServer(name);
    QVERIFY(client.waitForConnected(1000));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
