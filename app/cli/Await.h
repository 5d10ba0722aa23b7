#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

class ApiReply;
class SecretJob;

/// Waits for the core's asynchronous calls (an ApiReply, a SecretJob, any signal) by running the event
/// loop: a command-line verb does one thing after another, and the core it shares with the window is
/// asynchronous for the window's sake.
class Await
{
public:
    static void reply(ApiReply *reply);
    /// A job that times out (an unanswered unlock prompt) comes back TimedOut: a script must not hang.
    static void job(SecretJob *job);

    /// Until `done()` is true (set by a slot the caller connected).
    template<typename Condition>
    static void until(Condition done)
    {
        while (!done())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    /// The same, giving up after `timeoutMs`; returns done().
    template<typename Condition>
    static bool until(Condition done, int timeoutMs)
    {
        bool late = false;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, [&late] { late = true; });
        timer.start(timeoutMs);
        while (!done() && !late)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return done();
    }

    /// Until `sender` emits `signal` or `timeoutMs` passes; true when it emitted.
    template<typename Sender, typename Signal>
    static bool signal(const Sender *sender, Signal signal, int timeoutMs)
    {
        QEventLoop loop;
        bool emitted = false;
        QObject::connect(sender, signal, &loop, [&loop, &emitted] {
            emitted = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return emitted;
    }
};
