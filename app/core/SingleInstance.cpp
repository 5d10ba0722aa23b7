#include "SingleInstance.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace {
constexpr qint64 MaxRequestBytes = 4096; // a URL and a profile name; anything longer is not ours
constexpr int ReadTimeoutMs = 2000;
const QByteArray Confirmed = QByteArrayLiteral("ok\n");

QByteArray encode(const SingleInstance::Request &request)
{
    QJsonObject object;
    object.insert(QStringLiteral("server"), request.server);
    object.insert(QStringLiteral("sandbox"), request.sandbox);
    object.insert(QStringLiteral("profile"), request.profile);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool decode(const QByteArray &line, SingleInstance::Request *request)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    request->server = object.value(QStringLiteral("server")).toString();
    request->sandbox = object.value(QStringLiteral("sandbox")).toBool();
    request->profile = object.value(QStringLiteral("profile")).toString();
    return true;
}
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("voipbin-keys-") + qEnvironmentVariable("USERNAME");
#else
    // The user's own runtime directory (mode 0700): the socket is private to the user by where it is.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime).filePath(QStringLiteral("voipbin-keys.instance"));
#endif
}

bool SingleInstance::handOver(const Request &request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine() && socket.waitForReadyRead(timeoutMs)) { }
    return socket.readLine(MaxRequestBytes) == Confirmed;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Nobody answered handOver(), so the socket is a crashed instance's: take it over.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

QString SingleInstance::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            Request request;
            const bool ok = decode(socket->readLine(MaxRequestBytes), &request);
            if (ok)
                socket->write(Confirmed);
            socket->disconnectFromServer();
            if (ok)
                emit requested(request);
        });
        // A client that never finishes its line does not keep the socket forever.
        QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
    }
}
