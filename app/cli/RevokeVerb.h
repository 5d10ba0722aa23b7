#pragma once

#include "Verb.h"

#include <QCoreApplication>

/// `vbkeys revoke KEY`: deletes a key on the server (after a question on the terminal, or with --yes) and
/// its stored secret here.
class RevokeVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(RevokeVerb)

public:
    QString name() const override { return QStringLiteral("revoke"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("KEY"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
};
