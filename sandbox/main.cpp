// voipbin-sandbox: run SandboxServer until SIGINT/SIGTERM.
#include "CommandLine.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#ifdef Q_OS_UNIX
#include <pthread.h>
#endif

namespace {
#ifdef Q_OS_UNIX
// Block the stop signals before any server thread exists, so only sigwait() in waitForStopSignal() sees them.
class StopSignals
{
public:
    StopSignals()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_set, nullptr);
    }
    void wait() const
    {
        int signal = 0;
        sigwait(&m_set, &signal);
    }

private:
    sigset_t m_set;
};
#else
// Without sigwait(), a handler may only set a flag: poll it.
std::atomic<bool> stopRequested { false };
class StopSignals
{
public:
    StopSignals()
    {
        std::signal(SIGINT, [](int) { stopRequested = true; });
        std::signal(SIGTERM, [](int) { stopRequested = true; });
    }
    void wait() const
    {
        while (!stopRequested)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
};
#endif

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
    const StopSignals stopSignals;
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
    if (options->passwordFromStdin) {
        const QString password = QTextStream(stdin).readLine().trimmed();
        if (password.isEmpty()) {
            QTextStream(stderr) << "voipbin-sandbox: --password-stdin: no password on standard input"
                                << Qt::endl;
            return 2;
        }
        options->users.first().password = password;
    }
    sandbox::SandboxServer server(*options);
    // A throwaway local server sends no email: what it would send is shown here, codes and tokens included.
    server.outbox().setListener([](const sandbox::SandboxMail &mail) {
        QTextStream(stderr) << "sandbox mail to " << mail.to << ": " << mail.describe() << Qt::endl;
    });
    if (!server.start()) {
        QTextStream(stderr) << "voipbin-sandbox: " << server.errorString() << Qt::endl;
        return 1;
    }
    printBanner(server, *options);
    stopSignals.wait();
    server.stop();
    return 0;
}
