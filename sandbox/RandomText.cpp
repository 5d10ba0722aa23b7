#include "RandomText.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace sandbox {

namespace {
QString fromAlphabet(QLatin1String alphabet, int length)
{
    QString out;
    out.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[int(rng->bounded(quint32(alphabet.size())))]));
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
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
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
