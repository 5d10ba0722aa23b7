#include "AppIcon.h"

#include <QFile>

namespace {
const QString kIconBase = QStringLiteral(":/icons/") + QStringLiteral(VOIPBIN_APP_ID);
}

QString voipbinAppIconSvgPath()
{
    return kIconBase + QStringLiteral(".svg");
}

QIcon voipbinAppIcon()
{
    QIcon icon;
    // QIcon picks the closest pixmap for each requested size; the SVG covers the rest.
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        const QString png = QStringLiteral(":/icons/%1x%1/").arg(size) + QStringLiteral(VOIPBIN_APP_ID)
            + QStringLiteral(".png");
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    icon.addFile(voipbinAppIconSvgPath());
    return icon;
}
