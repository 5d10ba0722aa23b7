#pragma once

#include "SandboxMail.h"

#include <QList>
#include <QMutex>

#include <functional>

namespace sandbox {

// The emails the sandbox "sent", in order, for tests to read (SandboxServer::outbox()). A listener hears
// each one as it is sent: the executable prints them on stderr. Thread-safe: handlers send from cpp-httplib's
// worker threads.
class Outbox
{
public:
    using Listener = std::function<void(const SandboxMail &)>;

    void send(const SandboxMail &mail);
    QList<SandboxMail> mails() const;
    // The newest mail of `kind` to `to`, or an empty mail when there is none.
    SandboxMail latest(const QString &to, SandboxMail::Kind kind) const;
    void clear();
    void setListener(Listener listener);

private:
    mutable QMutex m_mutex;
    QList<SandboxMail> m_mails;
    Listener m_listener;
};

} // namespace sandbox
