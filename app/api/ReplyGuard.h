#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QNetworkReply;

/// Holds one QNetworkReply to the two limits Qt cannot: an overall deadline (setTransferTimeout is an
/// inactivity timer that every trickled byte restarts) and the response-size cap, enforced as bytes arrive.
/// It keeps Qt's read buffer small and drains it into its own, so a chunked stream without Content-Length
/// cannot grow the app beyond about the cap before it aborts (a cap checked after Qt buffered the stream
/// fired past 1 GB). A child of the reply; read abortReason() when the reply has finished.
class ReplyGuard : public QObject
{
    Q_OBJECT

public:
    enum class AbortReason { None, Deadline, TooLarge };
    static constexpr qint64 ReadBufferBytes = 64 * 1024;

    ReplyGuard(QNetworkReply *reply, int deadlineMs, qint64 maxBytes);

    AbortReason abortReason() const { return m_abortReason; }
    /// The body once the reply has finished: what was drained so far plus the rest.
    QByteArray takeBody();

private:
    void drain();
    void checkDeclaredLength();
    void abortFor(AbortReason reason);

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    QTimer m_deadline;
    AbortReason m_abortReason = AbortReason::None;
};
