#pragma once

#include "CliError.h"
#include "Verb.h"

#include <QCoreApplication>

class CliCore;
class SignupReply;
struct NewAccessKey;

/// `vbkeys signup --email E --accept-tos`: the headless signup of the seed (voipbin-api.md §3). Today's
/// servers answer with the provisioned accesskey; those of the complete-signup period with a temp_token, and
/// the 6-digit code emailed to the address (asked on the terminal, or --code-stdin) completes it. Either way
/// the key goes straight into the keychain and a profile signs in with it; its secret is printed only with
/// --reveal. The server's `{}` (an address already registered, or not valid) is explained.
class SignupVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(SignupVerb)

public:
    QString name() const override { return QStringLiteral("signup"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;

private:
    /// The key of a finished signup (asking for the code when the server wants one); invalid and `error`.
    static NewAccessKey keyFrom(const QCommandLineParser &parser, CliCore &core, SignupReply *reply,
        QString *customerId, CliError *error);
    static int keep(
        const QCommandLineParser &parser, CliCore &core, NewAccessKey &created, const QString &customerId);
};
