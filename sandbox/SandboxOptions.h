#pragma once

#include "EndlessPaging.h"
#include "Failure.h"
#include "SandboxUser.h"
#include "SignupFlow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// Everything a SandboxServer needs to know at construction. Defaults match the real
// server's defaults where there is one (7-day JWT, 16.7 req/s per customer).
struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 = ephemeral
    bool tls = false; // HTTPS with a self-signed cert generated at start
    QString tlsDirectory; // where cert.pem/key.pem are written; empty = a fresh temp dir
    QList<SandboxUser> users; // empty = {demo:demo admin}
    int seedKeys = 0; // accesskeys seeded for the first user's customer
    qint64 jwtLifetimeSeconds = 7 * 86400;
    double rateLimitPerSecond = 16.7; // per customer for /v1.0 (0 = off, the /auth limit too); burst = 2x
    double authRateLimitPerSecond = 10; // per IP for the public /auth routes (0 = off); burst = 2x
    SignupFlow signupFlow = SignupFlow::Current;
    qint64 unverifiedMaxAgeSeconds = 3600; // an unverified customer reads as expired after this
    QStringList frozenUsers; // these users' customers start frozen
    QStringList expiredUsers; // these users' customers start expired
    int latencyMs = 0;
    QList<Failure> failures; // injected at start, in order (SandboxServer::injectFailures)
    int trickleIntervalMs = 200; // for Failure::TrickleBody
    EndlessPaging endlessPaging = EndlessPaging::Off;
    bool headerInjectingLoginToken = false;
    // Command line only: the first user's password comes from stdin's first line, never from argv (where
    // `ps` shows it); the app uses this to give its embedded sandbox a fresh password per run.
    bool passwordFromStdin = false;
};

} // namespace sandbox
