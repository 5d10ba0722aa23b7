// voipbin-sandbox: run SandboxServer until SIGINT/SIGTERM.
#include "CommandLine.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <pthread.h>

namespace {
// Block the stop signals before any server thread exists, so only sigwait() below sees them.
sigset_t blockStopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    return set;
}

void printBanner(const sandbox::SandboxServer &server, const sandbox::SandboxOptions &options)
{
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl; // first line: scripts and tests read the URL from it
    if (options.tls)
        out << "Certificate: " << server.certificatePath() << Qt::endl;
    for (const sandbox::SandboxUser &user : options.users) // only the demo passwords the caller chose
        out << "User: " << user.username << " / " << user.password << (user.admin ? " (admin)" : " (manager)")
            << Qt::endl;
    if (options.seedKeys > 0)
        out << "Seeded " << options.seedKeys << " accesskeys for " << options.users.first().username
            << Qt::endl;
    out << "Press Ctrl+C to stop." << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    const sigset_t stopSignals = blockStopSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voipbin-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOIPBIN_VERSION));
    QString error;
    std::optional<sandbox::SandboxOptions> options = sandbox::CommandLine::parse(app.arguments(), &error);
    if (!options) {
        QTextStream(stderr) << "voipbin-sandbox: " << error << Qt::endl;
        return 2;
    }
    if (options->users.isEmpty())
        options->users.append({ QStringLiteral("demo"), QStringLiteral("demo"), true, {} });
    sandbox::SandboxServer server(*options);
    if (!server.start()) {
        QTextStream(stderr) << "voipbin-sandbox: " << server.errorString() << Qt::endl;
        return 1;
    }
    printBanner(server, *options);
    int signal = 0;
    sigwait(&stopSignals, &signal);
    server.stop();
    return 0;
}
