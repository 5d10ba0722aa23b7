#include "Outbox.h"

#include <QMutexLocker>

namespace sandbox {

QString SandboxMail::describe() const
{
    switch (kind) {
    case Kind::SignupCode:
        return QStringLiteral("code %1").arg(secret);
    case Kind::EmailVerify:
        return QStringLiteral("verify token %1").arg(secret);
    case Kind::PasswordReset:
        break;
    }
    return QStringLiteral("reset token %1").arg(secret);
}

void Outbox::send(const SandboxMail &mail)
{
    Listener listener;
    {
        QMutexLocker lock(&m_mutex);
        m_mails.append(mail);
        listener = m_listener;
    }
    if (listener) // outside the lock: a listener may read the outbox
        listener(mail);
}

QList<SandboxMail> Outbox::mails() const
{
    QMutexLocker lock(&m_mutex);
    return m_mails;
}

SandboxMail Outbox::latest(const QString &to, SandboxMail::Kind kind) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_mails.crbegin(); it != m_mails.crend(); ++it) {
        if (it->to == to && it->kind == kind)
            return *it;
    }
    return SandboxMail { QString(), kind, QString() };
}

void Outbox::clear()
{
    QMutexLocker lock(&m_mutex);
    m_mails.clear();
}

void Outbox::setListener(Listener listener)
{
    QMutexLocker lock(&m_mutex);
    m_listener = std::move(listener);
}

} // namespace sandbox
