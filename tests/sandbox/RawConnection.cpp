#include "RawConnection.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr qint64 kKeptBytes = 1024 * 1024;
}

RawConnection::RawConnection(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

RawConnection::~RawConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawConnection::send(const QByteArray &bytes)
{
    return m_fd >= 0 && ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
}

RawConnection::End RawConnection::readUntilEnd(int timeoutMs, qint64 maxBytes)
{
    QElapsedTimer timer;
    timer.start();
    char buffer[64 * 1024];
    while (m_fd >= 0 && m_receivedCount < maxBytes && timer.elapsed() < timeoutMs) {
        pollfd p { m_fd, POLLIN, 0 };
        if (::poll(&p, 1, int(qMax<qint64>(1, timeoutMs - timer.elapsed()))) <= 0)
            continue;
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n == 0)
            return End::Closed;
        if (n < 0)
            return errno == ECONNRESET ? End::Reset : End::Error;
        m_receivedCount += n;
        if (m_received.size() < kKeptBytes)
            m_received.append(buffer, int(qMin<qint64>(n, kKeptBytes - m_received.size())));
    }
    return End::Open;
}

QByteArray RawConnection::request(
    const QByteArray &method, const QByteArray &target, const QByteArray &jwt, const QByteArray &body)
{
    QByteArray r
        = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + jwt + "\r\n";
    if (!body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}
