#include "AppIcon.h"

#include "DeferredIconEngine.h"

#include <QFile>

namespace {
const QString kIconBase = QStringLiteral(":/icons/") + QStringLiteral(VOIPBIN_APP_ID);

QIcon buildAppIcon()
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
} // namespace

QString voipbinAppIconSvgPath()
{
    return kIconBase + QStringLiteral(".svg");
}

QIcon voipbinAppIcon()
{
    // Built when first drawn: QIcon decodes every PNG as it is added, and start-up has better to do.
    return QIcon(new DeferredIconEngine(&buildAppIcon));
}
