#include "CommandLine.h"

#include <QCommandLineParser>

namespace sandbox {

namespace {
QCommandLineOption valueOption(const char *name, const char *help, const char *valueName)
{
    return QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(valueName));
}

bool toNumber(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out >= min && *out <= max;
}
} // namespace

std::optional<SandboxUser> CommandLine::parseUser(const QString &spec)
{
    // NAME:PASSWORD[:admin|manager]; the password may not contain ':' (it is a local demo).
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    SandboxUser user { parts[0], parts[1], true, {} };
    if (parts.size() == 3) {
        if (parts[2] != QLatin1String("admin") && parts[2] != QLatin1String("manager"))
            return std::nullopt;
        user.admin = parts[2] == QLatin1String("admin");
        user.customer
            = QStringLiteral("shared"); // admins and managers given on one command line share a customer
    }
    return user;
}

std::optional<SandboxOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local VoIPbin-compatible API server (login and "
                                                    "accesskeys) for developing and testing VoIPbin Keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto port = valueOption("port", "Port to listen on; 0 picks a free one (default 0).", "N");
    const auto host = valueOption("host", "Address to bind (default 127.0.0.1).", "H");
    const auto user = valueOption("user",
        "Add a user NAME:PASSWORD[:admin|manager]; repeatable. "
        "Default demo:demo.",
        "SPEC");
    const auto keys = valueOption("keys", "Seed N accesskeys for the first user's customer.", "N");
    const QCommandLineOption tls(
        QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a fresh self-signed certificate."));
    const auto tlsDir
        = valueOption("tls-dir", "Directory for cert.pem and key.pem (default: a temp dir).", "DIR");
    const auto jwt
        = valueOption("jwt-lifetime", "Lifetime of login tokens in seconds (default 604800).", "SECONDS");
    const auto latency = valueOption("latency", "Delay every response by MS milliseconds.", "MS");
    const QCommandLineOption noRate(
        QStringLiteral("no-rate-limit"), QStringLiteral("Disable the 16.7/s per-customer limit."));
    parser.addOptions({ port, host, user, keys, tls, tlsDir, jwt, latency, noRate });
    parser.process(arguments);

    SandboxOptions o;
    qint64 n = 0;
    if (parser.isSet(port) && !toNumber(parser.value(port), 0, 65535, &n))
        return *error = QStringLiteral("--port must be 0..65535"), std::nullopt;
    o.port = quint16(n);
    if (parser.isSet(host))
        o.host = parser.value(host);
    for (const QString &spec : parser.values(user)) {
        const std::optional<SandboxUser> u = parseUser(spec);
        if (!u)
            return *error = QStringLiteral("--user wants NAME:PASSWORD[:admin|manager], got %1").arg(spec),
                   std::nullopt;
        o.users.append(*u);
    }
    if (parser.isSet(keys) && !toNumber(parser.value(keys), 0, 100000, &n))
        return *error = QStringLiteral("--keys must be 0..100000"), std::nullopt;
    o.seedKeys = parser.isSet(keys) ? int(n) : 0;
    o.tls = parser.isSet(tls) || parser.isSet(tlsDir);
    o.tlsDirectory = parser.value(tlsDir);
    if (parser.isSet(jwt)
        && !toNumber(parser.value(jwt), -86400LL * 365, 86400LL * 365 * 100, &o.jwtLifetimeSeconds))
        return *error = QStringLiteral("--jwt-lifetime must be a number of seconds"), std::nullopt;
    if (parser.isSet(latency) && !toNumber(parser.value(latency), 0, 600000, &n))
        return *error = QStringLiteral("--latency must be 0..600000 ms"), std::nullopt;
    o.latencyMs = parser.isSet(latency) ? int(n) : 0;
    if (parser.isSet(noRate))
        o.rateLimitPerSecond = 0;
    return o;
}

} // namespace sandbox
