#pragma once

#include "Verb.h"

#include <QCoreApplication>

/// `vbkeys profiles`: the profiles the window and vbkeys share, with their servers, how they sign in,
/// whether a session is saved and how many key secrets are stored. No secret is shown.
class ProfilesVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesVerb)

public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
};
