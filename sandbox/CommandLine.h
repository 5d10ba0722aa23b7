#pragma once

#include "SandboxOptions.h"

#include <QStringList>

#include <optional>

namespace sandbox {

// The voipbin-sandbox command line. --help and --version print and exit inside parse().
class CommandLine
{
public:
    // Nothing + a message in `error` when an option is malformed.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);

private:
    static std::optional<SandboxUser> parseUser(const QString &spec);
    static bool parseFailures(const QString &spec, QList<Failure> *out);
    static std::optional<EndlessPaging> parseEndlessPaging(const QString &name);
    static std::optional<SignupFlow> parseSignupFlow(const QString &name);
};

} // namespace sandbox
