#include "ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {
volatile sig_atomic_t g_child = 0;
constexpr int ForwardedSignals[] = { SIGINT, SIGTERM, SIGHUP };

// A signal a terminal generates reaches the whole foreground process group, the child included: passing
// it on as well would deliver it twice. Only one sent to vbkeys alone (kill, a CI runner's timeout) is.
void forward(int signalNumber, siginfo_t *info, void *)
{
    const bool fromTerminal = info && info->si_code == SI_KERNEL;
    if (g_child > 0 && !fromTerminal)
        ::kill(pid_t(g_child), signalNumber);
}

void zero(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}
} // namespace

ChildProcess::ChildProcess(const QStringList &command)
    : m_command(command)
{
}

ChildProcess::~ChildProcess()
{
    wipeEnvironment();
}

void ChildProcess::unsetVariable(const QByteArray &name)
{
    m_unset.append(name);
}

void ChildProcess::setVariable(const QByteArray &name, QByteArray &value)
{
    QByteArray entry;
    entry.reserve(name.size() + 1 + value.size());
    entry.append(name).append('=').append(value);
    m_set.append(entry);
    zero(value);
}

void ChildProcess::buildEnvironment(QList<char *> *pointers)
{
    for (char **variable = environ; variable && *variable; ++variable) {
        const char *equals = std::strchr(*variable, '=');
        const QByteArray name(
            *variable, equals ? qsizetype(equals - *variable) : qsizetype(std::strlen(*variable)));
        if (!m_unset.contains(name))
            pointers->append(*variable);
    }
    for (QByteArray &entry : m_set)
        pointers->append(entry.data());
    pointers->append(nullptr);
}

void ChildProcess::wipeEnvironment()
{
    for (QByteArray &entry : m_set)
        zero(entry);
    m_set.clear();
}

int ChildProcess::run(QString *error)
{
    QList<QByteArray> arguments;
    for (const QString &argument : m_command)
        arguments.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &argument : arguments)
        argv.append(argument.data());
    argv.append(nullptr);
    QList<char *> envp;
    buildEnvironment(&envp);

    // Signals wait until the child's pid is known; the child starts with none blocked and the defaults.
    sigset_t forwarded;
    sigemptyset(&forwarded);
    for (int signalNumber : ForwardedSignals)
        sigaddset(&forwarded, signalNumber);
    sigset_t previous;
    sigprocmask(SIG_BLOCK, &forwarded, &previous);
    struct sigaction action
    {
    };
    action.sa_sigaction = forward;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int signalNumber : ForwardedSignals)
        sigaction(signalNumber, &action, nullptr);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &forwarded);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid = 0;
    const int started = posix_spawnp(&pid, argv.first(), nullptr, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    envp.clear();
    wipeEnvironment(); // the child has its own copy now; this process needs the key no more
    if (started != 0) {
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        *error = started == ENOENT
            ? tr("%1: command not found.").arg(m_command.first())
            : tr("%1: cannot be run (%2).")
                  .arg(m_command.first(), QString::fromLocal8Bit(std::strerror(started)));
        return started == ENOENT ? NotFoundStatus : NotExecutableStatus;
    }
    g_child = pid;
    sigprocmask(SIG_SETMASK, &previous, nullptr);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            *error = tr("Lost track of the command: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return 1;
        }
    }
    g_child = 0;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
}
