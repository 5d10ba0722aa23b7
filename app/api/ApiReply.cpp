#include "ApiReply.h"

#include <QNetworkReply>

#include <utility>

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
    // A list walk asks for its next page before it has read the current one: a walk that ends there
    // (a malformed key, nothing new) must not leave that request running.
    const QPointer<QNetworkReply> transfer = std::exchange(m_networkReply, nullptr);
    if (transfer && transfer->isRunning())
        transfer->abort();
    emit finished();
}
