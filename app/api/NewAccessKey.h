#pragma once

#include "AccessKey.h"

#include <QString>

/// A key just created: its listing and its secret, which only the create's answer carries and the server
/// never shows again. A type of its own, so a list, the table and every other AccessKey never hold a
/// secret; whoever has one stores the token in the keychain at once and lets it go.
struct NewAccessKey
{
    AccessKey key;
    QString token;

    bool isValid() const { return key.isValid() && !token.isEmpty(); }
};
