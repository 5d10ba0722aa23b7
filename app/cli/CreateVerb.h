#pragma once

#include "CliError.h"
#include "Verb.h"

#include <QCoreApplication>
#include <QSet>

class CliCore;
struct NewAccessKey;

/// `vbkeys create NAME`: creates a key and stores its secret in the keychain before anything else (the
/// server shows it this once), then prints its id and prefix; the secret itself only with --reveal. A
/// create whose answer was lost is never sent again: the keys are listed to find out
/// (UnconfirmedCreateCheck).
class CreateVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(CreateVerb)

public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("NAME"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;

private:
    static int reportLostAnswer(CliCore &core, const QString &name, const QString &detail,
        const QDateTime &startedUtc, const QSet<QString> &knownIds);
    static CliError storeSecret(CliCore &core, const NewAccessKey &created);
};
