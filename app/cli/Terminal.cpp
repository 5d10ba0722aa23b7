#include "Terminal.h"

#include "core/SecretWipe.h"

#include <QByteArray>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {
constexpr int MaxSecretBytes = 16 * 1024; // far above any password or token; a cap on a runaway pipe

void writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        left -= n;
    }
}

// Reads one line into a fixed buffer, so no copy of the secret is left behind in a grown one. Returns the
// length, or -1 on a read error; a line longer than the buffer is refused (-2).
int readLine(int fd, char *buffer, int capacity)
{
    int length = 0;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0 || c == '\n')
            break;
        if (length == capacity)
            return -2;
        buffer[length++] = c;
    }
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    return length;
}

// The terminal's echo comes back even when a signal ends vbkeys at the prompt.
int g_ttyFd = -1;
termios g_savedTermios {};

void restoreEcho(int signalNumber)
{
    if (g_ttyFd >= 0)
        tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

QString takeSecret(char *buffer, int length)
{
    QString secret = QString::fromUtf8(buffer, length);
    explicit_bzero(buffer, size_t(MaxSecretBytes));
    return secret;
}
} // namespace

bool Terminal::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool Terminal::hasTerminal()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool Terminal::readSecret(const QString &prompt, QString *secret, QString *error)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("There is no terminal to ask on.");
        return false;
    }
    termios saved {};
    if (tcgetattr(fd, &saved) != 0) {
        ::close(fd);
        *error = tr("The terminal cannot turn its echo off.");
        return false;
    }
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the user's Enter still moves to the next line
    g_ttyFd = fd;
    g_savedTermios = saved;
    auto previousInt = std::signal(SIGINT, restoreEcho);
    auto previousTerm = std::signal(SIGTERM, restoreEcho);
    writeAll(fd, prompt.toUtf8());
    tcsetattr(fd, TCSAFLUSH, &quiet);
    char buffer[MaxSecretBytes];
    const int length = readLine(fd, buffer, MaxSecretBytes);
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    g_ttyFd = -1;
    ::close(fd);
    if (length < 0) {
        explicit_bzero(buffer, sizeof buffer);
        *error = length == -2 ? tr("That answer is too long.") : tr("The terminal could not be read.");
        return false;
    }
    *secret = takeSecret(buffer, length);
    return true;
}

bool Terminal::readSecretFromStdin(QString *secret, QString *error)
{
    char buffer[MaxSecretBytes];
    const int length = readLine(STDIN_FILENO, buffer, MaxSecretBytes);
    if (length <= 0) {
        explicit_bzero(buffer, sizeof buffer);
        *error = length == -2 ? tr("The first line of stdin is too long.")
            : length == -1    ? tr("stdin could not be read.")
                              : tr("stdin was empty: pipe the secret in, on its first line.");
        return false;
    }
    *secret = takeSecret(buffer, length);
    return true;
}

bool Terminal::confirm(const QString &question)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    //: The answers: tr("y") and tr("yes") say yes (and so do y and yes); anything else is no.
    writeAll(fd, (question + tr(" [y/N] ")).toUtf8());
    char buffer[16];
    const int length = readLine(fd, buffer, int(sizeof buffer));
    ::close(fd);
    if (length <= 0)
        return false;
    const QString answer = QString::fromUtf8(buffer, length).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y")
        || answer == tr("yes");
}

void Terminal::out(const QString &text)
{
    writeAll(STDOUT_FILENO, text.toUtf8());
}

void Terminal::outLine(const QString &line)
{
    out(line + QLatin1Char('\n'));
}

void Terminal::errLine(const QString &line)
{
    writeAll(STDERR_FILENO, (QStringLiteral("vbkeys: ") + line + QLatin1Char('\n')).toUtf8());
}
