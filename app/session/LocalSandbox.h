#pragma once

#include <QObject>
#include <QUrl>

class QProcess;

/// The "Local sandbox (offline)" server choice: the installed `voipbin-sandbox` executable run as a child
/// process on 127.0.0.1 with a free port, the demo/demo admin account and a few dozen seeded keys.
/// A child process rather than a library, so the app links no HTTP server (and its .deb depends on none),
/// and a crash of the server cannot take the window with it. It starts only when someone signs in to it
/// and stops when the last session that uses it ends, so nothing is left listening that nobody uses.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    static constexpr int SeedKeys = 40;
    static constexpr int StartTimeoutMs = 10000;
    static QString username() { return QStringLiteral("demo"); }
    static QString password() { return QStringLiteral("demo"); }
    /// Where the executable is looked for: $VOIPBIN_SANDBOX_PROGRAM, next to the app, the build tree's
    /// sandbox/ folder, then PATH. Empty when there is none.
    static QString findProgram();

    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    /// Starts the server once; started() or failed() follows. Calling it while running emits started() again.
    void start();
    /// Ends the server (SIGTERM); nothing is signalled.
    void stop();
    bool isRunning() const { return m_url.isValid(); }
    bool isStarting() const;
    /// The server root, e.g. http://127.0.0.1:43123; invalid unless running.
    QUrl url() const { return m_url; }

signals:
    void started(const QUrl &url);
    /// A sentence for the user.
    void failed(const QString &message);

private:
    void readBanner();
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QUrl m_url;
    QByteArray m_output;
};
