#include "TokenVerb.h"

#include "CliCore.h"
#include "ExitCode.h"
#include "ProfileResolver.h"
#include "Terminal.h"
#include "TokenSource.h"
#include "core/SecretWipe.h"

QString TokenVerb::summary() const
{
    return tr("Print a stored key's secret (default: the profile's accesskey) for a pipe.");
}

void TokenVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        ProfileResolver::option(),
        { QStringLiteral("reveal"), tr("Print it to a terminal too.") },
    });
    parser.addPositionalArgument(
        QStringLiteral("KEY"), tr("The key's id, name or token prefix."), QStringLiteral("[KEY]"));
}

int TokenVerb::run(const QCommandLineParser &parser, CliCore &core)
{
    if (parser.positionalArguments().size() > 1) {
        Terminal::errLine(tr("token: name at most one key."));
        return ExitCode::Usage;
    }
    if (Terminal::stdoutIsTerminal() && !parser.isSet(QStringLiteral("reveal"))) {
        Terminal::errLine(tr("token: stdout is a terminal. Pipe it (vbkeys token | …), use it in "
                             "$(vbkeys token), or add --reveal to show it here."));
        return ExitCode::Usage;
    }
    CliError error;
    const Profile profile = ProfileResolver::resolve(parser, core.profiles(), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    QString secret = TokenSource::read(core, profile, parser.positionalArguments().value(0), &error);
    if (error.isError()) {
        Terminal::errLine(error.message());
        return error.code();
    }
    Terminal::outLine(secret);
    SecretWipe::wipe(secret);
    return ExitCode::Ok;
}
