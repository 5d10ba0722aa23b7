#include "ReplyGuard.h"

#include <QNetworkReply>

ReplyGuard::ReplyGuard(QNetworkReply *reply, int deadlineMs, qint64 maxBytes)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    // With a bounded read buffer Qt's network thread stops reading the socket until we drain it, so memory
    // stays bounded even while this thread is busy. Qt 6.4 hands the size to that thread only once the
    // request has started there (it drops the setting before): set it again after the queued start.
    reply->setReadBufferSize(ReadBufferBytes);
    QMetaObject::invokeMethod(
        this, [reply] { reply->setReadBufferSize(ReadBufferBytes); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyGuard::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyGuard::drain);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_maxBytes || total > m_maxBytes)
            abortFor(AbortReason::TooLarge);
    });
    connect(reply, &QNetworkReply::finished, &m_deadline, &QTimer::stop);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortFor(AbortReason::Deadline); });
    m_deadline.start(deadlineMs);
}

QByteArray ReplyGuard::takeBody()
{
    if (m_abortReason == AbortReason::None)
        drain();
    return std::exchange(m_body, QByteArray());
}

void ReplyGuard::drain()
{
    if (m_abortReason != AbortReason::None)
        return;
    if (m_body.size() + m_reply->bytesAvailable() > m_maxBytes) {
        abortFor(AbortReason::TooLarge);
        return;
    }
    m_body += m_reply->readAll();
}

void ReplyGuard::checkDeclaredLength()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes)
        abortFor(AbortReason::TooLarge);
}

void ReplyGuard::abortFor(AbortReason reason)
{
    if (m_abortReason != AbortReason::None || m_reply->isFinished())
        return;
    m_abortReason = reason;
    m_body.clear();
    m_reply->abort();
}
