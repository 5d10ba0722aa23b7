#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Runs the command of `vbkeys exec` as vbkeys' child, the way aws-vault exec and op run do: an environment
/// built from vbkeys' own less the variables that could compete with the key, plus the key's; SIGINT,
/// SIGTERM and SIGHUP sent to vbkeys are passed on (those a terminal sends reach the child by itself); the
/// child's exit status becomes vbkeys' own (128 + N when signal N ended it, as a shell reports it).
/// The environment's buffers, the key among them, are zeroed as soon as the child has started.
class ChildProcess
{
    Q_DECLARE_TR_FUNCTIONS(ChildProcess)

public:
    static constexpr int NotFoundStatus = 127; // as a shell: no such command
    static constexpr int NotExecutableStatus = 126;

    ChildProcess(const QStringList &command);
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    /// Drops `name` from the environment the child gets.
    void unsetVariable(const QByteArray &name);
    /// Sets `name` to `value` there; `value` is the caller's, wiped here once the child started.
    void setVariable(const QByteArray &name, QByteArray &value);

    /// Starts the command and waits for it; returns its status as described above. On failure to start
    /// it returns NotFoundStatus or NotExecutableStatus with `error` set.
    int run(QString *error);

private:
    void buildEnvironment(QList<char *> *pointers);
    void wipeEnvironment();

    QStringList m_command;
    QList<QByteArray> m_unset;
    QList<QByteArray> m_set; // NAME=value, zeroed after the start
};
