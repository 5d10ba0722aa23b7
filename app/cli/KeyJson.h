#pragma once

#include <QJsonObject>

class AccessKey;

/// One key as `vbkeys list --json` and `vbkeys create --json` print it: the stable, documented field names
/// of vbkeys(1). Times are RFC 3339 in UTC, or null when the server gave none.
class KeyJson
{
public:
    static QJsonObject of(const AccessKey &key, bool stored, bool signedInWith);
};
