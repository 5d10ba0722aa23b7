#pragma once

// Shared by the client integration tests: wait for a reply and check it finished exactly once.
#include "api/ApiReply.h"

#include <QSignalSpy>
#include <QTest>

template<typename Reply>
Reply *waitFor(Reply *reply, int timeoutMs = 15000)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    QCoreApplication::processEvents(); // a second finished() would show up here
    if (!reply->isFinished() || spy.count() != 1)
        qWarning("reply finished %d times", int(spy.count()));
    return reply;
}

inline QString describe(const ApiReply *reply)
{
    return reply->error().userMessage() + QStringLiteral(" [") + reply->error().detail() + QLatin1Char(']');
}
