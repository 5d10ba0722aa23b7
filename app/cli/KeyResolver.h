#pragma once

#include "CliError.h"
#include "api/AccessKey.h"

#include <QCoreApplication>

class VoipbinClient;

/// The account's keys and the one a verb names: by id, by token prefix ("vb_S9pecO7V") or by name, in
/// that order. A name two keys share is refused with their ids, never guessed.
class KeyResolver
{
    Q_DECLARE_TR_FUNCTIONS(KeyResolver)

public:
    /// Every key, all pages; an error with its exit code when the list fails.
    static AccessKeyList fetchAll(VoipbinClient &client, CliError *error);
    static AccessKey find(const AccessKeyList &keys, const QString &text, CliError *error);
};
