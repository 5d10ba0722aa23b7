// vbkeys, the command-line companion: a thin main. The identity is the window's (app/main.cpp), so both
// read and write the same settings, profiles and keychain entries.
#include "cli/CommandLine.h"
#include "core/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys"));
    QCoreApplication::setApplicationName(QStringLiteral("voipbin-keys"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOIPBIN_KEYS_VERSION));
    Translations::install(); // the window's catalogue: messages in the desktop's language
    CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
