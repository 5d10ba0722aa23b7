#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const QString AppCatalogue = QStringLiteral("voipbin-keys");
const QString QtCatalogue = QStringLiteral("qtbase");
// The translators install() made are children of the application, found again by this name.
const QString TranslatorName = QStringLiteral("voipbin-keys-translator");
bool qtLoaded = false;

bool installCatalogue(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(TranslatorName);
    // load(QLocale, ...) tries each of the locale's UI languages (de_AT, de, ...) as a file name suffix.
    if (!translator->load(locale, name, QStringLiteral("_"), directory)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}
} // namespace

bool Translations::install(const QLocale &locale)
{
    remove();
    qtLoaded = installCatalogue(locale, QtCatalogue, qtCatalogueDirectory());
    return installCatalogue(locale, AppCatalogue, appCatalogueDirectory());
}

void Translations::remove()
{
    qtLoaded = false;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const auto translators = app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool Translations::qtCatalogueLoaded()
{
    return qtLoaded;
}

QString Translations::appCatalogueDirectory()
{
    return QStringLiteral(":/i18n");
}

QString Translations::qtCatalogueDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}
