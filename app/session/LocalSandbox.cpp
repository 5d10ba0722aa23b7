#include "LocalSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace {
const QString ProgramName = QStringLiteral("voipbin-sandbox");

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

QString LocalSandbox::findProgram()
{
    const QString configured = qEnvironmentVariable("VOIPBIN_SANDBOX_PROGRAM");
    if (!configured.isEmpty())
        return isExecutable(configured) ? configured : QString();
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
        { appDir.filePath(ProgramName), appDir.filePath(QStringLiteral("../sandbox/") + ProgramName) }) {
        if (isExecutable(candidate))
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(ProgramName);
}

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
}

LocalSandbox::~LocalSandbox()
{
    // Quitting: the server keeps nothing worth a clean shutdown, and waiting for one would hold the quit.
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool LocalSandbox::isStarting() const
{
    return m_process && !isRunning();
}

void LocalSandbox::start()
{
    if (isRunning()) {
        emit started(m_url);
        return;
    }
    if (m_process)
        return; // already starting: started() or failed() is on its way
    const QString program = findProgram();
    if (program.isEmpty()) {
        fail(tr("The local sandbox is not installed (the program voipbin-sandbox was not found)."));
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::readBanner);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local sandbox could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this] {
        if (!isRunning())
            fail(tr("The local sandbox stopped before it was ready."));
        else
            stop();
    });
    // Its demo account is the one the form shows: the sandbox holds nothing worth protecting.
    m_process->start(program,
        { QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--keys"), QString::number(SeedKeys),
            QStringLiteral("--user"), username() + QLatin1Char(':') + password() });
    QTimer::singleShot(StartTimeoutMs, m_process, [this, process = m_process] {
        if (m_process == process && !isRunning())
            fail(tr("The local sandbox did not start within %1 seconds.").arg(StartTimeoutMs / 1000));
    });
}

void LocalSandbox::readBanner()
{
    m_output += m_process->readAllStandardOutput();
    if (isRunning()) {
        m_output.clear(); // only the first line matters
        return;
    }
    const qsizetype end = m_output.indexOf('\n');
    if (end < 0)
        return;
    const QUrl url(QString::fromUtf8(m_output.left(end)).trimmed());
    m_output.clear();
    if (!url.isValid() || url.scheme() != QLatin1String("http")) {
        fail(tr("The local sandbox did not say where it listens."));
        return;
    }
    m_url = url;
    emit started(m_url);
}

void LocalSandbox::stop()
{
    m_url = QUrl();
    m_output.clear();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    process->terminate();
    // SIGTERM lets it close its sockets; a server that ignores it is killed.
    QTimer::singleShot(3000, process, &QProcess::kill);
}

void LocalSandbox::fail(const QString &message)
{
    stop();
    emit failed(message);
}
