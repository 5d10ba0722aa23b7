#pragma once

#include "Verb.h"

#include <QCoreApplication>

/// `vbkeys import-vn [--scrub]`: the vn bridge for the terminal. Each accesskey in vn's plaintext
/// ~/.vn/config.yaml is checked against its server (GET /v1.0/customer) and becomes a profile with the
/// key in the keychain (VnImport, shared with the window); with --scrub, once all are stored, vn's keys
/// are blanked (VnConfigFile::scrub) and vn keeps working through `vbkeys exec -- vn ...` (VN_ACCESS_KEY).
class ImportVnVerb : public Verb
{
    Q_DECLARE_TR_FUNCTIONS(ImportVnVerb)

public:
    QString name() const override { return QStringLiteral("import-vn"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliCore &core) override;
};
