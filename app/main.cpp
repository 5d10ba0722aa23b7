// A thin main, like KeePassXC's: application identity, the command line, then the main window.
#include "AppIcon.h"
#include "core/Settings.h"
#include "core/SingleInstance.h"
#include "core/Translations.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "tour/ScreenshotTour.h"
#include "widgets/DeferredIconStyle.h"
#include "window/FirstFrameWatcher.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdlib>

namespace {
struct Options
{
    QString server;
    bool sandbox = false;
    bool smokeTest = false;
    QString screenshotDirectory;
    QString profile;
    bool quitAfterFirstPaint = false;
};

constexpr int UsageExitCode = 2; // as getopt-based tools do for a bad command line

// QApplication takes these out of argv before our parser sees them; the first parse, under a
// QCoreApplication, must let them pass.
void addQtGuiOptions(QCommandLineParser &parser)
{
    for (const char *name : { "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
             "geometry", "qwindowtitle", "title", "qwindowicon", "icon", "display", "style", "stylesheet",
             "session", "name", "dialogs", "fontengine" }) {
        QCommandLineOption option(QLatin1String(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : { "reverse", "widgetcount", "nograb", "dograb", "sync" }) {
        QCommandLineOption option { QLatin1String(name) };
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

// Deliberately no option for a password or a token: command lines end up in shell history and `ps`.
// Runs under a QCoreApplication, so that a mistyped option is reported without needing a display:
// --help and --version print and exit 0, a bad command line prints the error and the usage and exits 2.
Options parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Manage VoIPbin API accesskeys."));
    // Qt's own options are single-dash words (-platform, -style), as X11 programs have them.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("main", "Preselect the server at URL."), QStringLiteral("URL"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Preselect the local sandbox server."));
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Show the sign-in window, report it on stdout and exit."));
    // Hidden: scripts/screenshots.sh signs in to the local sandbox and saves window grabs for the README.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save screenshots to DIR."), QStringLiteral("DIR"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Show the profile named NAME."), QStringLiteral("NAME"));
    // Hidden: bench/bench_startup times start to first painted frame with it; the start is as any other.
    QCommandLineOption quitAfterFirstPaint(QStringLiteral("quit-after-first-paint"), QString());
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ server, sandbox, smokeTest, screenshot, profile, quitAfterFirstPaint });
    addQtGuiOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << parser.errorText() << "\n\n"
                            << parser.helpText();
        ::exit(UsageExitCode);
    }
    parser.process(app); // --help, --help-all and --version print and exit here
    return { parser.value(server), parser.isSet(sandbox), parser.isSet(smokeTest), parser.value(screenshot),
        parser.value(profile), parser.isSet(quitAfterFirstPaint) };
}

// A mistyped --profile is a bad command line too: said before any window, with the names there are.
void checkProfileName(const QString &name)
{
    if (name.isEmpty())
        return; // the settings are read once, by the window (a first start writes its first profile there)
    Settings settings;
    const ProfileStore profiles(&settings);
    if (!profiles.findByName(name).isNull())
        return;
    QStringList names;
    for (const Profile &profile : profiles.profiles())
        names << profile.name;
    QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                        << QCoreApplication::translate(
                               "main", "There is no profile named “%1”. The profiles are: %2.")
                               .arg(name, names.join(QStringLiteral(", ")))
                        << "\n";
    ::exit(UsageExitCode);
}

// A second launch shows its profile or server in the window already running, and ends here.
void handOverToRunningInstance(const Options &options)
{
    if (options.smokeTest || !options.screenshotDirectory.isEmpty())
        return; // checks and tours run on their own
    if (SingleInstance().handOver({ options.server, options.sandbox, options.profile }))
        ::exit(EXIT_SUCCESS);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys"));
    QCoreApplication::setApplicationName(QStringLiteral("voipbin-keys"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOIPBIN_KEYS_VERSION));
}

/// The command line is read before there is a QApplication: that one needs a display, and a typo in an
/// option (or --help in a packaging check) must not.
Options readCommandLine(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    setIdentity();
    Translations::install(); // --help and the errors in the desktop's language too
    const Options options = parseCommandLine(core);
    checkProfileName(options.profile);
    handOverToRunningInstance(options);
    return options;
}

/// What the first frame does not need runs after it, so the window shows sooner: the window icon (QIcon
/// decodes its PNGs when a window takes it) and the remembered sign-in (a keychain read over D-Bus).
void continueAfterFirstFrame(MainWindow &window, const Options &options)
{
    auto *firstFrame = new FirstFrameWatcher(&window);
    if (options.quitAfterFirstPaint) {
        // bench_startup times the start up to here: it reads this moment on steady_clock (CLOCK_MONOTONIC
        // on Linux, shared by every process), so what follows the first frame, the window's teardown and
        // the settings written at exit, is not start-up.
        QObject::connect(firstFrame, &FirstFrameWatcher::painted, &window, [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            QTextStream(stdout) << "first-paint-ns "
                                << std::chrono::duration_cast<std::chrono::nanoseconds>(now).count() << '\n';
            QCoreApplication::exit(0);
        });
        return;
    }
    QObject::connect(firstFrame, &FirstFrameWatcher::painted, &window,
        [] { QApplication::setWindowIcon(voipbinAppIcon()); });
    if (!options.smokeTest && options.screenshotDirectory.isEmpty())
        QObject::connect(firstFrame, &FirstFrameWatcher::painted, &window, &MainWindow::start);
}
} // namespace

int main(int argc, char *argv[])
{
    const Options options = readCommandLine(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    Translations::install(); // before the first widget: texts are translated as they are set
    QApplication::setStyle(new DeferredIconStyle); // before the first widget too
    QApplication::setApplicationDisplayName(QStringLiteral("VoIPbin Keys"));
    QGuiApplication::setDesktopFileName(QStringLiteral(VOIPBIN_APP_ID));

    KeychainSecretStore store;
    Settings settings;
    MainWindow window(&store, &settings);
    window.applyLaunchRequest(
        { options.server, options.sandbox || !options.screenshotDirectory.isEmpty(), options.profile });
    continueAfterFirstFrame(window, options);
    window.show();

    SingleInstance instance;
    if (!options.smokeTest && options.screenshotDirectory.isEmpty()) {
        if (!instance.listen())
            qWarning("Another launch cannot reach this window: %s", qPrintable(instance.errorString()));
        QObject::connect(&instance, &SingleInstance::requested, &window,
            [&window](const SingleInstance::Request &request) {
                window.applyLaunchRequest(request);
                window.bringToFront();
            });
    }

    if (options.smokeTest) {
        // The packaging test runs this offscreen: it proves the binary, its libraries and plugins load.
        QTimer::singleShot(0, &app, [&window] {
            QTextStream(stdout) << (window.isVisible() ? "sign-in window shown" : "sign-in window NOT shown")
                                << Qt::endl;
            QCoreApplication::exit(window.isVisible() ? 0 : 1);
        });
    } else if (!options.screenshotDirectory.isEmpty()) {
        auto *tour = new ScreenshotTour(&window, options.screenshotDirectory, &app);
        QObject::connect(
            tour, &ScreenshotTour::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return app.exec();
}
