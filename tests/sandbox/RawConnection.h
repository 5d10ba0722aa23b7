#pragma once

#include <QByteArray>
#include <QtGlobal>

// One plain TCP connection over POSIX sockets, for the knobs a QNetworkAccessManager hides: it resends a
// request silently after a drop, and it reports a reset (RST) and an orderly close alike.
class RawConnection
{
public:
    enum class End { Open, Closed, Reset, Error };

    explicit RawConnection(quint16 port); // 127.0.0.1
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    bool send(const QByteArray &bytes);
    // Reads until the peer ends the connection, `maxBytes` arrived or `timeoutMs` passed (End::Open then).
    End readUntilEnd(int timeoutMs, qint64 maxBytes = 64 * 1024 * 1024);
    QByteArray received() const { return m_received; }
    qint64 receivedCount() const { return m_receivedCount; }

    static QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &jwt,
        const QByteArray &body = {});

private:
    int m_fd = -1;
    QByteArray m_received; // the first 1 MiB only: the rest is counted, not kept
    qint64 m_receivedCount = 0;
};
