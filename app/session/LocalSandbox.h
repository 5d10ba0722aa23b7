#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QProcess;

/// The "Local sandbox (offline)" server choice: the installed `voipbin-sandbox` executable run as a child
/// process on 127.0.0.1 with a free port, over HTTPS with a certificate made for that run (trusted by this
/// app only), the admin account "demo" with a password made up for the run (given on stdin, never on the
/// command line) and a few dozen seeded keys.
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
    /// The server root, e.g. https://127.0.0.1:43123; invalid unless running.
    QUrl url() const { return m_url; }
    /// The demo account's password for this run of the app; it is shown on the sign-in form.
    QString password() const { return m_password; }
    /// The running server's own certificate: the client trusts it for this server only.
    QList<QSslCertificate> certificates() const { return m_certificates; }

signals:
    void started(const QUrl &url);
    /// A sentence for the user.
    void failed(const QString &message);

private:
    void readBanner();
    bool takeBannerLine(const QByteArray &line);
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QString m_password;
    QUrl m_url;
    QUrl m_pendingUrl; // read from the first line; running once the certificate line is read too
    QList<QSslCertificate> m_certificates;
    QByteArray m_output;
};
