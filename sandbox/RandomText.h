#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// Random strings from the cryptographic generator, in the alphabets the real server uses.
class RandomText
{
public:
    static QString base64Url(int length); // [A-Za-z0-9_-]
    static QString base32(int length); // RFC 4648 [A-Z2-7]
    static QByteArray bytes(int count);
    static QString uuid();
    static QString sha256Hex(const QString &text);
};

} // namespace sandbox
