#pragma once

// Runs the vbkeys binary as a child of a test, with HOME and the XDG directories in a temporary directory
// of the test's own (see isolateHome()), so the real user's settings are never read or written.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

struct VbkeysResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Points HOME and XDG_CONFIG_HOME/XDG_CACHE_HOME at a fresh temporary directory for this process and every
/// child; call from initMain(), before anything reads a setting. (XDG_DATA_HOME and the D-Bus address stay:
/// they are the private keyring's of scripts/keyring-session.sh.)
inline QString isolateHome()
{
    static QTemporaryDir home;
    const QString path = home.path();
    qputenv("HOME", path.toUtf8());
    qputenv("XDG_CONFIG_HOME", (path + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (path + QStringLiteral("/.cache")).toUtf8());
    qunsetenv("VBKEYS_EXEC");
    QStandardPaths::setTestModeEnabled(false);
    QDir(path).mkpath(QStringLiteral(".config"));
    return path;
}

/// `vbkeys ARGS` with `input` on stdin (closed after it), in this process' environment plus `extra`.
inline VbkeysResult runVbkeys(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &extra = {}, int timeoutMs = 20000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VBKEYS_PATH), arguments);
    if (!process.waitForStarted(5000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    VbkeysResult result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
