#include "ApiReply.h"

#include <QNetworkReply>

void ApiReply::abort()
{
    if (m_finished)
        return;
    // Finish first, so the network reply's own error (OperationCanceled) finds us already done.
    const QPointer<QNetworkReply> reply = m_networkReply;
    finishWithError(ApiError(ApiError::Kind::Canceled));
    if (reply)
        reply->abort();
}

void ApiReply::setNetworkReply(QNetworkReply *reply)
{
    m_networkReply = reply;
}

void ApiReply::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void ApiReply::finishWithSuccess()
{
    if (m_finished)
        return;
    m_error = ApiError();
    finish();
}

void ApiReply::finish()
{
    m_finished = true;
    m_networkReply = nullptr;
    emit finished();
}
