#pragma once

#include "Verb.h"

#include <QCoreApplication>

/// `vbkeys token [KEY]`: a stored key's secret, or the profile's own accesskey, on stdout for a pipe or a
/// command substitution. To a terminal only with --reveal: a secret on screen ends up in scrollback and
/// screen shares.
class TokenVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(TokenVerb)

public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("[KEY]"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
};
