#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body Qt can read once and never rewind. Qt 6.4 silently re-sends a request, POST included,
/// when its connection closes before any answer byte (QHttpNetworkConnectionChannel's reconnectAttempts).
/// Before re-sending it rewinds the body; when the body cannot rewind, it gives up with
/// QNetworkReply::ContentReSendError instead. A create sent with this body (sequential, not buffered by
/// Qt: DoNotBufferUploadDataAttribute and a Content-Length) therefore reaches the server at most once, and
/// a lost answer surfaces at once as an error the app can reconcile.
class OneShotUploadBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the whole point
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
