#include "RandomText.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <QUuid>

namespace sandbox {

namespace {
// Both alphabets have a power-of-two size, so the low bits of a random byte pick a character without bias.
QString fromAlphabet(QLatin1String alphabet, int length)
{
    Q_ASSERT(alphabet.size() > 0 && alphabet.size() <= 256 && (alphabet.size() & (alphabet.size() - 1)) == 0);
    const QByteArray random = RandomText::bytes(length);
    QString out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = QLatin1Char(alphabet[quint8(random[i]) & (alphabet.size() - 1)]);
    return out;
}
} // namespace

QString RandomText::base64Url(int length)
{
    return fromAlphabet(
        QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), length);
}

QString RandomText::base32(int length)
{
    return fromAlphabet(QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), length);
}

QByteArray RandomText::bytes(int count)
{
    // In whole 64-bit words: one call to the generator (RDRAND or the kernel) per 8 bytes, not per byte,
    // which made seeding 100,000 keys take 3 s.
    QList<quint64> words((count + 7) / 8);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
}

QString RandomText::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RandomText::sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace sandbox
