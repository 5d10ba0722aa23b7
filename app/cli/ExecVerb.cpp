#include "ExecVerb.h"

#include "ChildProcess.h"
#include "CliCore.h"
#include "ExitCode.h"
#include "ProfileResolver.h"
#include "Terminal.h"
#include "TokenSource.h"
#include "core/SecretWipe.h"

#include <QRegularExpression>

QString ExecVerb::summary() const
{
    return tr("Run a command with a key in its environment.");
}

QStringList ExecVerb::defaultVariables()
{
    return { QStringLiteral("VOIPBIN_ACCESSKEY"), QStringLiteral("VN_ACCESS_KEY"),
        QStringLiteral("VOIPBIN_API_KEY") };
}

bool ExecVerb::isVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch() && name != QLatin1String(MarkerVariable);
}

void ExecVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        ProfileResolver::option(),
        { QStringLiteral("key"), tr("The key's id, name or prefix (default: the profile's accesskey)."),
            QStringLiteral("KEY") },
        { QStringLiteral("env"),
            tr("Put the key in this variable instead of VOIPBIN_ACCESSKEY, VN_ACCESS_KEY and "
               "VOIPBIN_API_KEY (repeatable)."),
            QStringLiteral("NAME") },
    });
    parser.addPositionalArgument(QStringLiteral("COMMAND"), tr("The command and its arguments."),
        QStringLiteral("-- COMMAND [ARGUMENTS]"));
}

int ExecVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty()) {
        Terminal::errLine(tr("exec: name the command to run: vbkeys exec -- COMMAND [ARGUMENTS]."));
        return ExitCode::Usage;
    }
    if (qEnvironmentVariableIsSet(MarkerVariable)) {
        Terminal::errLine(tr("exec: this already runs inside vbkeys exec; a second one would replace "
                             "the key the first one gave. Run the command directly."));
        return ExitCode::Usage;
    }
    const QStringList names
        = parser.isSet(QStringLiteral("env")) ? parser.values(QStringLiteral("env")) : defaultVariables();
    for (const QString &name : names) {
        if (!isVariableName(name)) {
            Terminal::errLine(tr("exec: “%1” cannot name an environment variable.").arg(name));
            return ExitCode::Usage;
        }
    }
    CliError error;
    const Profile profile = ProfileResolver::resolve(parser, core.profiles(), &error);
    QString secret = error.isError()
        ? QString()
        : TokenSource::read(core, profile, parser.value(QStringLiteral("key")), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    ChildProcess child(command);
    // A key the caller's environment already holds would compete with this one: all of them go.
    for (const QString &name : defaultVariables() + names)
        child.unsetVariable(name.toLatin1());
    for (const QString &name : names) {
        QByteArray value = secret.toUtf8();
        child.setVariable(name.toLatin1(), value);
    }
    QByteArray marker("1");
    child.setVariable(MarkerVariable, marker);
    SecretWipe::wipe(secret);
    QString problem;
    const int status = child.run(&problem);
    if (!problem.isEmpty())
        Terminal::errLine(problem);
    return status;
}
