// A thin main, like KeePassXC's: application identity, the command line, then the main window.
#include "AppIcon.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "tour/ScreenshotTour.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

namespace {
struct Options
{
    QString server;
    bool sandbox = false;
    bool smokeTest = false;
    QString screenshotDirectory;
};

// Deliberately no option for a password or a token: command lines end up in shell history and `ps`.
Options parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Manage VoIPbin API accesskeys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("main", "Preselect the server at URL."), QStringLiteral("URL"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Preselect the local sandbox server."));
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Show the sign-in window, report it on stdout and exit."));
    // Hidden: scripts/screenshots.sh signs in to the local sandbox and saves window grabs for the README.
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Save screenshots to DIR."), QStringLiteral("DIR"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ server, sandbox, smokeTest, screenshot });
    parser.process(app);
    return { parser.value(server), parser.isSet(sandbox), parser.isSet(smokeTest), parser.value(screenshot) };
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys"));
    QCoreApplication::setApplicationName(QStringLiteral("voipbin-keys"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOIPBIN_KEYS_VERSION));
}

// --help and --version must work without a display (packaging checks, man page tools).
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        parseCommandLine(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("VoIPbin Keys"));
    QGuiApplication::setDesktopFileName(QStringLiteral(VOIPBIN_APP_ID));
    QApplication::setWindowIcon(voipbinAppIcon());

    const Options options = parseCommandLine(app);
    KeychainSecretStore store;
    Settings settings;
    MainWindow window(&store, &settings);
    if (options.sandbox || !options.screenshotDirectory.isEmpty())
        window.preselectServer(ServerChoice::Sandbox);
    else if (!options.server.isEmpty())
        window.preselectServer(ServerChoice::Custom, options.server);
    window.show();

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
    } else {
        window.start();
    }
    return app.exec();
}
