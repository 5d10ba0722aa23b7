#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

/// One call in flight, like QNetworkReply: emits finished() exactly once, then holds either a result
/// (in the typed subclasses) or an error(). Owned by the caller, who deleteLater()s it after finished();
/// it is parented to the client so nothing leaks if the caller forgets.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }

    /// Stops the call; finished() follows with ApiError::Kind::Canceled. No effect once finished.
    void abort();

signals:
    void finished();

protected:
    friend class VoipbinClient;
    /// The network request currently serving this call (a list walks several).
    void setNetworkReply(QNetworkReply *reply);
    void finishWithError(const ApiError &error);
    void finishWithSuccess();

private:
    void finish();

    QPointer<QNetworkReply> m_networkReply;
    ApiError m_error;
    bool m_finished = false;
};
