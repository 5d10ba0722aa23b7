#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

/// One window per user: the first launch listens on a per-user local socket (in $XDG_RUNTIME_DIR, so no
/// other user can reach it), and a second launch hands its --server / --profile to it and exits, so two
/// copies never race on the same settings and keychain entries. The message carries no secret: the
/// command line has none. (Debian 12's Qt 6 packages no single-application library; this is all it takes.)
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// What a second launch asks the running window for.
    struct Request
    {
        QString server; // --server URL
        bool sandbox = false; // --sandbox
        QString profile; // --profile NAME
    };

    /// `name` is the socket's; tests pass their own.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The per-user socket path (or pipe name on Windows).
    static QString defaultName();

    /// Hands `request` to a running instance; true once it has confirmed, false when none is running.
    bool handOver(const Request &request, int timeoutMs = 3000) const;
    /// Becomes the running instance (taking over a socket a crashed one left); false when it cannot.
    bool listen();
    QString errorString() const;

signals:
    /// A second launch asked for something: show its profile, preselect its server, come to the front.
    void requested(const SingleInstance::Request &request);

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
