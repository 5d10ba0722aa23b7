#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;
class Verb;

/// vbkeys' command line: `vbkeys VERB [options] [arguments]`, `vbkeys --help`, `vbkeys --version`,
/// `vbkeys help VERB`. Finds the verb, parses its options with a QCommandLineParser of its own (usage
/// errors exit 2 with the verb's usage), then runs it.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    /// `arguments` as QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList &arguments);

private:
    int runVerb(Verb &verb, const QStringList &arguments);
    Verb *find(const QString &name) const;
    QString overview() const;
    QString verbHelp(Verb &verb, const QCommandLineParser &parser) const;

    std::vector<std::unique_ptr<Verb>> m_verbs;
};
