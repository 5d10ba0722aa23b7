#include "CommandLine.h"

#include "CliCore.h"
#include "CreateVerb.h"
#include "ExecVerb.h"
#include "ExitCode.h"
#include "ImportVnVerb.h"
#include "ListVerb.h"
#include "LoginVerb.h"
#include "ProfilesVerb.h"
#include "RenameVerb.h"
#include "RevokeVerb.h"
#include "SignupVerb.h"
#include "Terminal.h"
#include "TokenVerb.h"

CommandLine::CommandLine()
{
    m_verbs.push_back(std::make_unique<ProfilesVerb>());
    m_verbs.push_back(std::make_unique<LoginVerb>());
    m_verbs.push_back(std::make_unique<SignupVerb>());
    m_verbs.push_back(std::make_unique<ListVerb>());
    m_verbs.push_back(std::make_unique<CreateVerb>());
    m_verbs.push_back(std::make_unique<TokenVerb>());
    m_verbs.push_back(std::make_unique<RevokeVerb>());
    m_verbs.push_back(std::make_unique<RenameVerb>());
    m_verbs.push_back(std::make_unique<ExecVerb>());
    m_verbs.push_back(std::make_unique<ImportVnVerb>());
}

CommandLine::~CommandLine() = default;

int CommandLine::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        Terminal::errLine(tr("Name a verb."));
        Terminal::out(overview());
        return ExitCode::Usage;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (Verb *verb = find(arguments.value(2)))
            return runVerb(*verb, { arguments.first(), verb->name(), QStringLiteral("--help") });
        Terminal::out(overview());
        return ExitCode::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Terminal::outLine(QStringLiteral("vbkeys ") + QCoreApplication::applicationVersion());
        return ExitCode::Ok;
    }
    Verb *verb = find(first);
    if (!verb) {
        Terminal::errLine(tr("“%1” is not a verb of vbkeys.").arg(first));
        Terminal::out(overview());
        return ExitCode::Usage;
    }
    return runVerb(*verb, arguments);
}

int CommandLine::runVerb(Verb &verb, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(verb.summary());
    const QCommandLineOption help = parser.addHelpOption();
    verb.addOptions(parser);
    if (verb.stopsAtFirstArgument())
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // The parser skips the first element as the program's name: the verb takes that place.
    if (!parser.parse(QStringList { QStringLiteral("vbkeys") } + arguments.mid(2))) {
        Terminal::errLine(verb.name() + QStringLiteral(": ") + parser.errorText());
        Terminal::out(verbHelp(verb, parser));
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        Terminal::out(verbHelp(verb, parser));
        return ExitCode::Ok;
    }
    CliCore core;
    return verb.run(parser, core);
}

Verb *CommandLine::find(const QString &name) const
{
    for (const auto &verb : m_verbs) {
        if (verb->name() == name)
            return verb.get();
    }
    return nullptr;
}

QString CommandLine::overview() const
{
    QString text = tr("Usage: vbkeys VERB [options] [arguments]\n"
                      "VoIPbin accesskeys for scripts, CI jobs and agents, kept in the keychain the "
                      "VoIPbin Keys window uses.\n\nVerbs:\n");
    for (const auto &verb : m_verbs)
        text += QStringLiteral("  %1 %2\n").arg(verb->name(), -11).arg(verb->summary());
    text += tr("\nvbkeys VERB --help describes a verb. Secrets are read from the terminal without echo, "
               "or from stdin with a -stdin option; never from the command line.\n"
               "Exit codes: 0 done, 1 failed, 2 usage, 3 not signed in, 4 keychain unavailable or locked, "
               "5 refused by the server, 6 network, 7 no such profile, key or stored secret "
               "(see vbkeys(1)).\n");
    return text;
}

QString CommandLine::verbHelp(Verb &verb, const QCommandLineParser &parser) const
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(QLatin1Char('\n'));
    QString usage = tr("Usage: vbkeys %1 [options]").arg(verb.name());
    if (!verb.arguments().isEmpty())
        usage += QLatin1Char(' ') + verb.arguments();
    return usage + help.mid(end);
}
