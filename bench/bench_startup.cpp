// Start-up, as a person waits for it: from starting the voipbin-keys process to the sign-in window's first
// painted frame (the moment the hidden --quit-after-first-paint prints before it quits), against
// bareWindowFloor, a bare Qt 6 window (bench_bare_window) started and timed the same way. Offscreen, and on
// an X server when there is one (DISPLAY; scripts/bench.sh runs it under xvfb-run). Each run has a private
// HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR (so its settings and single-instance socket are its own), and
// the session bus it was given (scripts/bench.sh gives it a private one with an unlocked gnome-keyring, as a
// desktop has). "fresh" starts with no settings; "remembered" with a profile whose session is remembered, so
// the start reads the keychain. The figure is the median of Runs launches; the two programs are launched in
// alternation, so a burst of load from elsewhere falls on both alike.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>

namespace {
constexpr int Runs = 21;
constexpr int ExitTimeoutMs = 30000;

/// One launch's private home; "remembered" gets the settings of a profile that signed in with remember-me.
class LaunchHome
{
public:
    explicit LaunchHome(bool remembered)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("config"));
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (remembered)
            seedRememberedProfile();
    }

    QProcessEnvironment environment(const QString &platform) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        return env;
    }

private:
    void seedRememberedProfile()
    {
        // What the app itself writes after a password sign-in with remember-me (app/core/Settings.cpp). The
        // server is a closed loopback port: the session check after the keychain read fails at once.
        QSettings settings(
            m_dir.filePath(QStringLiteral("config/voipbin-keys/voipbin-keys.conf")), QSettings::IniFormat);
        const QString id = QStringLiteral("3f0c8c1e-5b7a-4d2e-9c61-0b5a1f2e7d44");
        const QString group = QStringLiteral("Profiles/") + id + QLatin1Char('/');
        settings.setValue(QStringLiteral("Profiles/Migrated"), true);
        settings.setValue(QStringLiteral("Profiles/Order"), QStringList { id });
        settings.setValue(QStringLiteral("Profiles/Last"), id);
        settings.setValue(group + QStringLiteral("Name"), QStringLiteral("bench on 127.0.0.1"));
        settings.setValue(group + QStringLiteral("Server"), QStringLiteral("custom"));
        settings.setValue(group + QStringLiteral("ServerRoot"), QStringLiteral("http://127.0.0.1:9"));
        settings.setValue(group + QStringLiteral("SignInMethod"), QStringLiteral("password"));
        settings.setValue(group + QStringLiteral("Username"), QStringLiteral("bench"));
        settings.setValue(group + QStringLiteral("RememberMe"), true);
        settings.sync();
    }

    QTemporaryDir m_dir;
};
} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startToFirstPaint_data();
    void startToFirstPaint();
    void bareWindowFloor_data() { startToFirstPaint_data(); }
    void bareWindowFloor();

private:
    struct Medians
    {
        double app = 0;
        double floor = 0;
    };
    static Medians measure(bool remembered, const QString &platform);
    static double launchMs(
        const QString &program, const QStringList &arguments, bool remembered, const QString &platform);
    static double median(QList<double> values);
};

void BenchStartup::initTestCase()
{
    // Untimed: the first launch of each reads its libraries from disk, which a person's second start does
    // not.
    const QString offscreen = QStringLiteral("offscreen");
    QVERIFY(launchMs(QStringLiteral(VOIPBIN_KEYS_EXE), { QStringLiteral("--quit-after-first-paint") }, false,
                offscreen)
        > 0);
    QVERIFY(launchMs(QStringLiteral(BENCH_BARE_WINDOW_EXE), {}, false, offscreen) > 0);
}

void BenchStartup::startToFirstPaint_data()
{
    QTest::addColumn<bool>("remembered");
    QTest::addColumn<QString>("platform");
    // Offscreen: no display server in the figure, so it is all the app's and Qt's own work.
    QTest::newRow("fresh") << false << QStringLiteral("offscreen");
    QTest::newRow("remembered") << true << QStringLiteral("offscreen");
    // On an X server (scripts/bench.sh runs the bench under xvfb-run), as a desktop starts it: the
    // connection, the window's mapping and the server's expose are in both figures.
    QTest::newRow("fresh, X11") << false << QStringLiteral("xcb");
    QTest::newRow("remembered, X11") << true << QStringLiteral("xcb");
}

void BenchStartup::startToFirstPaint()
{
    QFETCH(bool, remembered);
    QFETCH(QString, platform);
    if (platform == QLatin1String("xcb") && qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("no X server (DISPLAY): run under xvfb-run");
    const Medians medians = measure(remembered, platform);
    QVERIFY(medians.app > 0 && medians.floor > 0);
    QTest::setBenchmarkResult(medians.app, QTest::WalltimeMilliseconds);
}

void BenchStartup::bareWindowFloor()
{
    QFETCH(bool, remembered);
    QFETCH(QString, platform);
    if (platform == QLatin1String("xcb") && qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("no X server (DISPLAY): run under xvfb-run");
    const Medians medians = measure(remembered, platform);
    QVERIFY(medians.app > 0 && medians.floor > 0);
    QTest::setBenchmarkResult(medians.floor, QTest::WalltimeMilliseconds);
}

BenchStartup::Medians BenchStartup::measure(bool remembered, const QString &platform)
{
    QList<double> app, floor;
    for (int run = 0; run < Runs; ++run) {
        app << launchMs(QStringLiteral(VOIPBIN_KEYS_EXE), { QStringLiteral("--quit-after-first-paint") },
            remembered, platform);
        floor << launchMs(QStringLiteral(BENCH_BARE_WINDOW_EXE), {}, remembered, platform);
    }
    if (app.contains(-1) || floor.contains(-1))
        return {};
    return { median(app), median(floor) };
}

// From starting the process to its first painted frame, in ms (the moment it prints on steady_clock,
// which every process on the machine shares); -1 when it printed none or did not exit cleanly in time.
double BenchStartup::launchMs(
    const QString &program, const QStringList &arguments, bool remembered, const QString &platform)
{
    const LaunchHome home(remembered);
    QProcess process;
    process.setProcessEnvironment(home.environment(platform));
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto started = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, arguments);
    if (!process.waitForFinished(ExitTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s did not exit cleanly after its first paint", qPrintable(program));
        return -1;
    }
    const QByteArray line = process.readAllStandardOutput().trimmed();
    bool ok = false;
    const qint64 paintedNs = line.startsWith("first-paint-ns ") ? line.mid(15).toLongLong(&ok) : 0;
    const qint64 startedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(started).count();
    if (!ok || paintedNs <= startedNs) {
        qWarning("%s printed no first-paint time: %s", qPrintable(program), line.constData());
        return -1;
    }
    return double(paintedNs - startedNs) / 1e6;
}

double BenchStartup::median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
