// Runs the built voipbin-sandbox executable as a user or a script would.
#include "SandboxClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>

#include <csignal>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void version();
    void badOption();
    void servesAndStopsOnSigterm();
    void servesTls();
    void knobFlags();
    void badKnobFlags();
    void signupFlagAndMailOnStderr();
    void frozenAndExpiredFlags();

private:
    static QString firstLine(QProcess &process);
};

QString TestSandboxCli::firstLine(QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < 10000)
        process.waitForReadyRead(200);
    return QString::fromUtf8(process.readLine()).trimmed();
}

void TestSandboxCli::help()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE), { QStringLiteral("--help") });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *option : { "--port", "--host", "--user", "--keys", "--tls", "--tls-dir",
             "--jwt-lifetime", "--latency", "--no-rate-limit", "--fail", "--trickle-ms", "--endless-pages",
             "--header-injecting-login-token", "--signup", "--frozen", "--expired", "--version" })
        QVERIFY2(out.contains(QLatin1String(option)), option);
}

void TestSandboxCli::version()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE), { QStringLiteral("--version") });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QRegularExpression(QStringLiteral("^voipbin-sandbox \\d+\\.\\d+\\.\\d+"))
                .match(QString::fromUtf8(p.readAllStandardOutput()))
                .hasMatch());
}

void TestSandboxCli::badOption()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE), { QStringLiteral("--user"), QStringLiteral("nopassword") });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--user"));
}

void TestSandboxCli::servesAndStopsOnSigterm()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--keys"), QStringLiteral("12"),
            QStringLiteral("--user"), QStringLiteral("alice:wonder") });
    QVERIFY(p.waitForStarted(10000));
    const QString url = firstLine(p);
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$")).match(url).hasMatch(),
        qPrintable(url));
    {
        // Scoped: an idle keep-alive connection can make the server's stop wait for its timeout.
        SandboxClient client { QUrl(url) };
        QCOMPARE(client.get(QStringLiteral("/ping")).status, 200);
        const QString jwt = client.login(QStringLiteral("alice"), QStringLiteral("wonder"));
        const HttpResult keys = client.get(QStringLiteral("/v1.0/accesskeys"), SandboxClient::bearer(jwt));
        QCOMPARE(keys.json().value(QStringLiteral("result")).toArray().size(), 12);
    }
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString rest = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(rest.contains(QLatin1String("alice / wonder")));
}

void TestSandboxCli::servesTls()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE),
        { QStringLiteral("--tls"), QStringLiteral("--port"), QStringLiteral("0") });
    const QString url = firstLine(p);
    QVERIFY2(url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(url));
    const QString certLine = firstLine(p);
    QVERIFY2(certLine.startsWith(QLatin1String("Certificate: ")), qPrintable(certLine));
    const auto certs = QSslCertificate::fromPath(certLine.mid(13));
    QCOMPARE(certs.size(), 1);
    SandboxClient client { QUrl(url) };
    client.trust(certs);
    QCOMPARE(client.get(QStringLiteral("/ping")).status, 200);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxCli::knobFlags()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE),
        { QStringLiteral("--fail"), QStringLiteral("internal-error:2"), QStringLiteral("--endless-pages"),
            QStringLiteral("same-ids"), QStringLiteral("--header-injecting-login-token") });
    const QString url = firstLine(p);
    QVERIFY2(url.startsWith(QLatin1String("http://")), qPrintable(url));
    {
        SandboxClient client { QUrl(url) };
        const QString token = client.login(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(token.contains(QLatin1String("\r\n")));
        const SandboxClient::Headers auth = SandboxClient::bearer(token.section(QLatin1Char('\r'), 0, 0));
        QCOMPARE(client.get(QStringLiteral("/v1.0/customer"), auth).status, 500);
        QCOMPARE(client.get(QStringLiteral("/v1.0/customer"), auth).status, 500);
        const HttpResult page = client.get(QStringLiteral("/v1.0/accesskeys"), auth);
        QCOMPARE(page.json().value(QStringLiteral("result")).toArray().size(), 100);
    }
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxCli::badKnobFlags()
{
    for (const QStringList &arguments :
        { QStringList { QStringLiteral("--fail"), QStringLiteral("nonsense") },
            QStringList { QStringLiteral("--fail"), QStringLiteral("drop-connection:0") },
            QStringList { QStringLiteral("--endless-pages"), QStringLiteral("round") },
            QStringList { QStringLiteral("--signup"), QStringLiteral("legacy") } }) {
        QProcess p;
        p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE), arguments);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains(arguments.first().toLatin1()));
    }
}

void TestSandboxCli::signupFlagAndMailOnStderr()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE),
        { QStringLiteral("--signup"), QStringLiteral("complete-signup") });
    const QString url = firstLine(p);
    QVERIFY2(url.startsWith(QLatin1String("http://")), qPrintable(url));
    {
        SandboxClient client { QUrl(url) };
        const HttpResult r = client.post(
            QStringLiteral("/auth/signup"), R"({"email":"cli@example.com","accepted_tos":true})");
        QCOMPARE(r.status, 200);
        const QString tempToken = r.json().value(QStringLiteral("temp_token")).toString();
        QVERIFY(!tempToken.isEmpty());
        // The code a person would find in the mail is on stderr.
        const QRegularExpression line(QStringLiteral("sandbox mail to cli@example\\.com: code (\\d{6})"));
        QRegularExpressionMatch match;
        QElapsedTimer timer;
        timer.start();
        QString err;
        while (!(match = line.match(err)).hasMatch() && timer.elapsed() < 10000) {
            p.waitForReadyRead(100);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(match.hasMatch(), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("sandbox mail to cli@example.com: verify token ")));
        const HttpResult done = client.post(QStringLiteral("/auth/complete-signup"),
            QStringLiteral(R"({"temp_token":"%1","code":"%2"})").arg(tempToken, match.captured(1)).toUtf8());
        QCOMPARE(done.status, 200);
        QVERIFY(done.json().value(QStringLiteral("accesskey")).toObject().contains(QStringLiteral("token")));
    }
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxCli::frozenAndExpiredFlags()
{
    QProcess p;
    p.start(QStringLiteral(VOIPBIN_SANDBOX_EXE),
        { QStringLiteral("--user"), QStringLiteral("ice:pw"), QStringLiteral("--user"),
            QStringLiteral("old:pw"), QStringLiteral("--user"), QStringLiteral("fine:pw"),
            QStringLiteral("--frozen"), QStringLiteral("ice"), QStringLiteral("--expired"),
            QStringLiteral("old") });
    const QString url = firstLine(p);
    QVERIFY2(url.startsWith(QLatin1String("http://")), qPrintable(url));
    {
        SandboxClient client { QUrl(url) };
        const auto customerOf = [&](const char *user) {
            return client.get(QStringLiteral("/v1.0/customer"),
                SandboxClient::bearer(client.login(QLatin1String(user), QStringLiteral("pw"))));
        };
        QCOMPARE(customerOf("ice").reason(), QStringLiteral("ACCOUNT_FROZEN"));
        QCOMPARE(customerOf("old").reason(), QStringLiteral("ACCOUNT_EXPIRED"));
        QCOMPARE(customerOf("fine").status, 200);
    }
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
