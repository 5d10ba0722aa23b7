#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace sandbox {
class SandboxServer;
}

/// The "Local sandbox (offline)" server choice: the embedded VoIPbin-compatible server on 127.0.0.1 with a
/// random port, a demo/demo admin account and a few dozen seeded keys. It lives as long as this object, so
/// nothing is left listening after the app quits.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    static constexpr int SeedKeys = 40;
    static QString username() { return QStringLiteral("demo"); }
    static QString password() { return QStringLiteral("demo"); }

    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    /// Starts once; later calls return the running server's state. False with errorString() on failure.
    bool start();
    bool isRunning() const { return m_running; }
    QUrl url() const;
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    bool m_running = false;
    QString m_error;
};
