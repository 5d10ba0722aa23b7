#pragma once

#include <QCommandLineParser>
#include <QString>

class CliCore;

/// One vbkeys verb (login, list, exec...): its options, its help and what it does. CommandLine picks the
/// verb from the first argument and gives it a QCommandLineParser of its own, so each verb has its own
/// --help and refuses options that are not its.
class Verb
{
public:
    virtual ~Verb() = default;

    virtual QString name() const = 0;
    /// One line, for `vbkeys --help`.
    virtual QString summary() const = 0;
    /// What follows the options in the usage line ("KEY NAME"); empty when nothing does.
    virtual QString arguments() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) = 0;
    /// Called with the parsed command line (the verb's own arguments are positionalArguments()); returns
    /// the exit code, having said on stderr what went wrong.
    virtual int run(const QCommandLineParser &parser, CliCore &core) = 0;
    /// exec: everything after the command's name belongs to the command, options included.
    virtual bool stopsAtFirstArgument() const { return false; }
};
