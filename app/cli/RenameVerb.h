#pragma once

#include "Verb.h"

#include <QCoreApplication>

/// `vbkeys rename KEY NAME [--detail D]`: a key's new name (and description); the server replaces both,
/// so the description it had is sent again unless --detail gives another.
class RenameVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(RenameVerb)

public:
    QString name() const override { return QStringLiteral("rename"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("KEY NAME"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
};
