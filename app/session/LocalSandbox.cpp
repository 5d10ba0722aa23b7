#include "LocalSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
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

namespace {
/// Twelve letters and digits: plenty for a server on 127.0.0.1 that lives as long as this run.
QString madeUpPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 12; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return password;
}
} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
    , m_password(madeUpPassword())
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
    // Its one user is "demo"; the password goes on stdin: a command line is there for anyone on the
    // machine to read (ps).
    m_process->start(program,
        { QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--tls"), QStringLiteral("--keys"), QString::number(SeedKeys),
            QStringLiteral("--password-stdin") });
    m_process->write(m_password.toUtf8() + '\n');
    m_process->closeWriteChannel();
    QTimer::singleShot(StartTimeoutMs, m_process, [this, process = m_process] {
        if (m_process == process && !isRunning())
            fail(tr("The local sandbox did not start within %1 seconds.").arg(StartTimeoutMs / 1000));
    });
}

void LocalSandbox::readBanner()
{
    m_output += m_process->readAllStandardOutput();
    for (qsizetype end = m_output.indexOf('\n'); end >= 0 && !isRunning(); end = m_output.indexOf('\n')) {
        const QByteArray line = m_output.left(end).trimmed();
        m_output.remove(0, end + 1);
        if (!takeBannerLine(line))
            return;
    }
    if (isRunning())
        m_output.clear(); // the rest of the banner says nothing the app needs
}

/// The banner's first line is the URL, the second the certificate's path (see voipbin-sandbox --help).
bool LocalSandbox::takeBannerLine(const QByteArray &line)
{
    if (!m_pendingUrl.isValid()) {
        m_pendingUrl = QUrl(QString::fromUtf8(line));
        if (m_pendingUrl.scheme() != QLatin1String("https")) {
            fail(tr("The local sandbox did not say where it listens."));
            return false;
        }
        return true;
    }
    const QByteArray prefix = "Certificate: ";
    m_certificates = line.startsWith(prefix)
        ? QSslCertificate::fromPath(QString::fromUtf8(line.mid(prefix.size())), QSsl::Pem)
        : QList<QSslCertificate>();
    if (m_certificates.isEmpty()) {
        fail(tr("The local sandbox's certificate could not be read."));
        return false;
    }
    m_url = m_pendingUrl;
    emit started(m_url);
    return true;
}

void LocalSandbox::stop()
{
    m_url = QUrl();
    m_pendingUrl = QUrl();
    m_certificates.clear();
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
