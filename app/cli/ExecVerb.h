#pragma once

#include "Verb.h"

#include <QCoreApplication>

/// `vbkeys exec -- COMMAND`: runs a command with the key in its environment (VOIPBIN_ACCESSKEY,
/// VN_ACCESS_KEY for vn, VOIPBIN_API_KEY for voipbin/mcp, or the names given), so a deploy script never
/// sees the keychain and the key is never in argv, a file or vbkeys' own memory once the command runs.
class ExecVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(ExecVerb)

public:
    /// Set in the command's environment: an exec inside it refuses to run (its key would shadow this one).
    static constexpr const char *MarkerVariable = "VBKEYS_EXEC";

    QString name() const override { return QStringLiteral("exec"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("-- COMMAND [ARGUMENTS]"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
    bool stopsAtFirstArgument() const override { return true; }

    static QStringList defaultVariables();
    static bool isVariableName(const QString &name);
};
