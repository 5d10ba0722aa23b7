#include "RequestId.h"

#include "RandomText.h"

#include <QRegularExpression>

namespace sandbox {

QString RequestId::acceptOrGenerate(const QString &clientValue)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return valid.match(clientValue).hasMatch() ? clientValue : generate();
}

QString RequestId::generate()
{
    return QStringLiteral("req_") + RandomText::base32(26);
}

} // namespace sandbox
