#pragma once

#include "Verb.h"

#include <QCoreApplication>

class AccessKey;
class Session;

/// `vbkeys list`: every key of the profile's account (all pages), with its expiry and whether its secret
/// is stored on this computer. --json prints the stable form documented in vbkeys(1).
class ListVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(ListVerb)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
};
