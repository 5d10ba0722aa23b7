#pragma once

#include <QLocale>
#include <QString>

/// The app's and Qt's translations for the desktop's language, installed on the running application:
/// voipbin-keys_<language>.qm compiled in under :/i18n (translations/), and Qt's own qtbase_<language>.qm
/// from the system's Qt translations directory, so that Qt's buttons and dialogs ("Cancel", the file
/// dialog) speak the same language as ours. No widgets: the window and the command-line companion load
/// the same catalogue. English needs nothing: the source texts are English.
class Translations
{
public:
    /// Replaces whatever install() put in place before with the catalogues for `locale` (by its UI
    /// languages, in order). Returns whether the app's own catalogue for it was found; false for English.
    static bool install(const QLocale &locale = QLocale::system());
    /// Takes out what install() put in place: the app is English again (tests compare both).
    static void remove();
    /// Whether Qt's own catalogue for `locale` was found by the last install().
    static bool qtCatalogueLoaded();
    /// Where the app's .qm files are: ":/i18n".
    static QString appCatalogueDirectory();
    /// Where Qt's .qm files are: QLibraryInfo::path(QLibraryInfo::TranslationsPath).
    static QString qtCatalogueDirectory();
};
