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

const QList<QPair<QLatin1String, Failure>> &failureNames()
{
    static const QList<QPair<QLatin1String, Failure>> names {
        { QLatin1String("internal-error"), Failure::InternalError },
        { QLatin1String("malformed-json"), Failure::MalformedJson },
        { QLatin1String("truncated-body"), Failure::TruncatedBody },
        { QLatin1String("drop-connection"), Failure::DropConnection },
        { QLatin1String("huge-body"), Failure::HugeBody },
        { QLatin1String("drop-after-handling"), Failure::DropAfterHandling },
        { QLatin1String("reset-connection"), Failure::ResetConnection },
        { QLatin1String("trickle-body"), Failure::TrickleBody },
        { QLatin1String("endless-chunked-body"), Failure::EndlessChunkedBody },
        { QLatin1String("deeply-nested-json"), Failure::DeeplyNestedJson },
    };
    return names;
}
} // namespace

bool CommandLine::parseFailures(const QString &spec, QList<Failure> *out)
{
    // KIND[:N], N times in a row (default once).
    const QStringList parts = spec.split(QLatin1Char(':'));
    qint64 count = 1;
    if (parts.size() > 2 || (parts.size() == 2 && !toNumber(parts[1], 1, 1000, &count)))
        return false;
    for (const auto &name : failureNames()) {
        if (parts[0] == name.first) {
            out->append(QList<Failure>(count, name.second));
            return true;
        }
    }
    return false;
}

std::optional<EndlessPaging> CommandLine::parseEndlessPaging(const QString &name)
{
    if (name == QLatin1String("same-ids"))
        return EndlessPaging::SameIdsNewToken;
    if (name == QLatin1String("cycling-tokens"))
        return EndlessPaging::CyclingTokens;
    if (name == QLatin1String("new-keys"))
        return EndlessPaging::NewKeysForever;
    return std::nullopt;
}

std::optional<SignupFlow> CommandLine::parseSignupFlow(const QString &name)
{
    if (name == QLatin1String("current"))
        return SignupFlow::Current;
    if (name == QLatin1String("complete-signup"))
        return SignupFlow::CompleteSignup;
    return std::nullopt;
}

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
    parser.setApplicationDescription(QStringLiteral("Local VoIPbin-compatible API server (login, signup and "
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
    const auto fail = valueOption("fail",
        "Make the next N /v1.0 requests fail as KIND: internal-error, malformed-json, truncated-body, "
        "drop-connection, huge-body, drop-after-handling, reset-connection, trickle-body, "
        "endless-chunked-body, deeply-nested-json; repeatable, in order.",
        "KIND[:N]");
    const auto trickle
        = valueOption("trickle-ms", "Pause before each byte of trickle-body (default 200).", "MS");
    const auto endless = valueOption(
        "endless-pages", "The accesskey list never ends: same-ids, cycling-tokens or new-keys.", "SHAPE");
    const QCommandLineOption injectingToken(QStringLiteral("header-injecting-login-token"),
        QStringLiteral("Login answers with a token that carries CR LF and a header line."));
    const auto signup = valueOption("signup",
        "Which server generation POST /auth/signup plays: current (the answer carries the accesskey) or "
        "complete-signup (a temp_token, then POST /auth/complete-signup with the emailed code). Default "
        "current.",
        "GENERATION");
    const auto frozen = valueOption("frozen",
        "Start USER's customer frozen: 403 ACCOUNT_FROZEN on every /v1.0 call; repeatable.", "USER");
    const auto expired = valueOption("expired",
        "Start USER's customer expired: 403 ACCOUNT_EXPIRED on every /v1.0 call; repeatable.", "USER");
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
        QStringLiteral("Read the first user's password (default user: demo) from the first line of stdin."));
    parser.addOptions({ port, host, user, keys, tls, tlsDir, jwt, latency, noRate, fail, trickle, endless,
        injectingToken, passwordStdin, signup, frozen, expired });
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
    o.passwordFromStdin = parser.isSet(passwordStdin);
    o.tlsDirectory = parser.value(tlsDir);
    if (parser.isSet(jwt)
        && !toNumber(parser.value(jwt), -86400LL * 365, 86400LL * 365 * 100, &o.jwtLifetimeSeconds))
        return *error = QStringLiteral("--jwt-lifetime must be a number of seconds"), std::nullopt;
    if (parser.isSet(latency) && !toNumber(parser.value(latency), 0, 600000, &n))
        return *error = QStringLiteral("--latency must be 0..600000 ms"), std::nullopt;
    o.latencyMs = parser.isSet(latency) ? int(n) : 0;
    if (parser.isSet(noRate))
        o.rateLimitPerSecond = 0;
    for (const QString &spec : parser.values(fail)) {
        if (!parseFailures(spec, &o.failures))
            return *error = QStringLiteral("--fail wants KIND[:N] with a known KIND, got %1").arg(spec),
                   std::nullopt;
    }
    if (parser.isSet(trickle) && !toNumber(parser.value(trickle), 1, 600000, &n))
        return *error = QStringLiteral("--trickle-ms must be 1..600000 ms"), std::nullopt;
    o.trickleIntervalMs = parser.isSet(trickle) ? int(n) : o.trickleIntervalMs;
    if (parser.isSet(endless)) {
        const std::optional<EndlessPaging> shape = parseEndlessPaging(parser.value(endless));
        if (!shape)
            return *error = QStringLiteral("--endless-pages wants same-ids, cycling-tokens or new-keys"),
                   std::nullopt;
        o.endlessPaging = *shape;
    }
    o.headerInjectingLoginToken = parser.isSet(injectingToken);
    if (parser.isSet(signup)) {
        const std::optional<SignupFlow> flow = parseSignupFlow(parser.value(signup));
        if (!flow)
            return *error = QStringLiteral("--signup wants current or complete-signup"), std::nullopt;
        o.signupFlow = *flow;
    }
    o.frozenUsers = parser.values(frozen);
    o.expiredUsers = parser.values(expired);
    return o;
}

} // namespace sandbox
