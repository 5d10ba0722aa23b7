#include "Await.h"

#include "api/ApiReply.h"
#include "secrets/SecretJob.h"

void Await::reply(ApiReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void Await::job(SecretJob *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}
