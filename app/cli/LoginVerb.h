#pragma once

#include "CliError.h"
#include "Verb.h"
#include "profiles/Profile.h"

#include <QCoreApplication>

/// `vbkeys login`: signs a profile in with a username and password or with an accesskey, and keeps the
/// session in the keychain as the window's "remember me" does. The password or key comes from the
/// terminal without echo or from stdin (--password-stdin, --accesskey-stdin), never from argv.
class LoginVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(LoginVerb)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;

private:
    /// The profile to sign in: the named one, else one of the same account on the same server, else a
    /// new one (not stored yet: its id is empty).
    static Profile chooseProfile(const QCommandLineParser &parser, CliCore &core, CliError *error);
    static QString readSecret(const QCommandLineParser &parser, bool accessKey, CliError *error);
    static int signIn(CliCore &core, Profile profile, QString &secret);
};
