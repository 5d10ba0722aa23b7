#include "LocalSandbox.h"

#include "SandboxServer.h"

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
}

LocalSandbox::~LocalSandbox() = default;

bool LocalSandbox::start()
{
    if (m_running)
        return true;
    sandbox::SandboxOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = 0;
    options.seedKeys = SeedKeys;
    options.users = { sandbox::SandboxUser { username(), password(), true, {} } };
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    m_running = m_server->start();
    if (!m_running) {
        m_error = tr("The local sandbox could not start: %1").arg(m_server->errorString());
        m_server.reset();
    }
    return m_running;
}

QUrl LocalSandbox::url() const
{
    return m_running ? m_server->url() : QUrl();
}
