// The app speaks German on a German desktop: the real window, its menus and the dialogs a person reaches
// (sign-in form and its error, Preferences, About, New profile, the keys page signed in to the in-process
// sandbox, New key, the new key's secret, Edit, the revoke question) are walked once in English and once
// under the German translation. Every text, tooltip, accessible name and description, placeholder, window
// title, menu and action text shown in German must differ from every English one, unless it is a name that
// reads the same in both (VoIPbin, URL, Server...) or the user's own data. Runs offscreen against a real
// keyring (scripts/keyring-session.sh unlocked), since a new key is saved there.
#include "SandboxServer.h"
#include "WidgetLookup.h"
#include "about/AboutDialog.h"
#include "api/ApiError.h"
#include "core/Clock.h"
#include "core/FixedClock.h"
#include "core/RelativeTime.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "keys/AccessKeyFilterProxyModel.h"
#include "keys/AccessKeyTableModel.h"
#include "keys/CreateKeyDialog.h"
#include "keys/EditKeyDialog.h"
#include "keys/NewKeyDialog.h"
#include "profiles/ProfileDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/SettingsDialog.h"
#include "signin/SignInWidget.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString Demo = QStringLiteral("demo");
constexpr int UiTimeoutMs = 15000;

/// Words that read the same in German and English: proper names, and the few words German uses as they are.
/// "Keys" is not one of them (German: "Schlüssel"); the product name is taken out as a whole first.
const QSet<QString> &sameInBothLanguages()
{
    static const QSet<QString> words { QStringLiteral("VoIPbin"), QStringLiteral("Qt"), QStringLiteral("URL"),
        QStringLiteral("API"), QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("JWT"),
        QStringLiteral("curl"), QStringLiteral("Accesskey"), QStringLiteral("Accesskeys"),
        QStringLiteral("Server"), QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Token"),
        QStringLiteral("Filter"), QStringLiteral("Version"), QStringLiteral("Problem"),
        QStringLiteral("Optional"), QStringLiteral("OK"), QStringLiteral("Sandbox"),
        QStringLiteral("offline"), QStringLiteral("s"), QStringLiteral("min") };
    return words;
}

/// Whether `text`, seen in both languages, may stay as it is: no letters, a proper name, a URL, user data.
bool mayReadTheSame(QString text, const QSet<QString> &data)
{
    text.remove(QLatin1Char('&'));
    if (data.contains(text.trimmed()))
        return true;
    static const QRegularExpression addresses(QStringLiteral("\\S+://\\S*|\\b[\\w-]+(\\.[\\w-]+)+\\b"));
    text.remove(addresses);
    text.remove(QStringLiteral("VoIPbin Keys"));
    for (const QString &datum : data)
        text.remove(datum);
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = text.split(nonLetters, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!sameInBothLanguages().contains(word))
            return false;
    }
    return true;
}

/// The user-visible strings of one pass, with where each was seen (for the failure message).
struct Seen
{
    QHash<QString, QString> where;

    void add(const QString &text, const QString &place)
    {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty() && !where.contains(trimmed))
            where.insert(trimmed, place);
    }
};

QString placeOf(const QObject *object, const char *what)
{
    QString path = object->objectName();
    for (const QObject *parent = object->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            path = parent->objectName() + QLatin1Char('/') + path;
            break;
        }
    }
    return QStringLiteral("%1 (%2) %3")
        .arg(path, QLatin1String(object->metaObject()->className()), QLatin1String(what));
}

void collectAction(const QAction *action, Seen &seen)
{
    if (action->isSeparator())
        return;
    seen.add(action->text(), placeOf(action, "text"));
    if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
        seen.add(action->toolTip(), placeOf(action, "toolTip"));
    seen.add(action->statusTip(), placeOf(action, "statusTip"));
    seen.add(action->whatsThis(), placeOf(action, "whatsThis"));
    if (QMenu *menu = action->menu()) {
        seen.add(menu->title(), placeOf(menu, "title"));
        for (const QAction *inner : menu->actions())
            collectAction(inner, seen);
    }
}

void collectModel(const QAbstractItemView *view, Seen &seen)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole) })
            seen.add(model->headerData(column, Qt::Horizontal, role).toString(), placeOf(view, "header"));
    }
    for (int row = 0; row < qMin(model->rowCount(), 5); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            seen.add(index.data(Qt::ToolTipRole).toString(), placeOf(view, "cell toolTip"));
            seen.add(index.data(Qt::AccessibleTextRole).toString(), placeOf(view, "cell accessibleText"));
            seen.add(index.data(Qt::AccessibleDescriptionRole).toString(),
                placeOf(view, "cell accessibleDescription"));
        }
        // Names, details and prefixes are the user's own; the expiry column mixes a date with a phrase.
        seen.add(
            model->index(row, AccessKeyTableModel::ExpiresColumn).data().toString(), placeOf(view, "cell"));
    }
}

void collectWidget(const QWidget *widget, Seen &seen)
{
    if (widget->isWindow())
        seen.add(widget->windowTitle(), placeOf(widget, "windowTitle"));
    seen.add(widget->toolTip(), placeOf(widget, "toolTip"));
    seen.add(widget->statusTip(), placeOf(widget, "statusTip"));
    seen.add(widget->whatsThis(), placeOf(widget, "whatsThis"));
    seen.add(widget->accessibleName(), placeOf(widget, "accessibleName"));
    seen.add(widget->accessibleDescription(), placeOf(widget, "accessibleDescription"));
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        seen.add(label->text(), placeOf(widget, "text"));
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        seen.add(button->text(), placeOf(widget, "text"));
    else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        seen.add(group->title(), placeOf(widget, "title"));
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        seen.add(edit->placeholderText(), placeOf(widget, "placeholderText"));
    if (const auto *spin = qobject_cast<const QSpinBox *>(widget)) {
        seen.add(spin->suffix(), placeOf(widget, "suffix"));
        seen.add(spin->specialValueText(), placeOf(widget, "specialValueText"));
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(widget); combo && !combo->isEditable()) {
        for (int i = 0; i < combo->count(); ++i)
            seen.add(combo->itemText(i), placeOf(widget, "item"));
    }
    if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            seen.add(tabs->tabText(i), placeOf(widget, "tab"));
    }
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
        collectModel(view, seen);
    for (const QAction *action : widget->actions())
        collectAction(action, seen);
}

/// Every widget of `window`, the hidden ones included (a page or an error label shown later).
void collectWindow(const QWidget *window, Seen &seen)
{
    collectWidget(window, seen);
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isWindow() && widget != window && !qobject_cast<const QMenu *>(widget))
            continue; // a dialog of its own: walked when it is open
        collectWidget(widget, seen);
    }
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        for (const QAction *action : main->menuBar()->actions())
            collectAction(action, seen);
    }
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void germanCatalogueIsCompiledInAndQtsOwnIsFound();
    void coreMessagesSpeakGerman();
    void pluralsFollowTheNumber();
    void englishNeedsNoCatalogue();
    void everyVisibleStringIsGermanOnAGermanDesktop();

private:
    /// One walk through the window and its dialogs; fills `seen`, and `data` with the user's own values.
    void walk(Seen &seen, QSet<QString> &data);
    void signIn(MainWindow &window, const QString &password);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<KeychainSecretStore> m_store;
};

void TestTranslations::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("voipbin-keys-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    sandbox::SandboxOptions options;
    options.port = 0;
    options.rateLimitPerSecond = 0;
    options.users = { sandbox::SandboxUser { Demo, Demo, true, {} } };
    options.seedKeys = 3;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("VoIPbin Keys test"));
}

void TestTranslations::cleanup()
{
    Translations::remove();
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::germanCatalogueIsCompiledInAndQtsOwnIsFound()
{
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    // Qt's own: the standard buttons of every QDialogButtonBox and QMessageBox.
    QVERIFY2(Translations::qtCatalogueLoaded(),
        qPrintable(QStringLiteral("no qtbase_de.qm in %1 (Debian: qt6-translations-l10n)")
                       .arg(Translations::qtCatalogueDirectory())));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(
        box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    // An Austrian desktop (de_AT) falls back to the German catalogue.
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Austria)));
    QCOMPARE(MainWindow::tr("&Help"), QStringLiteral("&Hilfe"));
}

void TestTranslations::coreMessagesSpeakGerman()
{
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(ApiError(ApiError::Kind::BadCredentials).userMessage(),
        QStringLiteral("Benutzername oder Passwort ist falsch."));
    ApiError timeout(ApiError::Kind::Timeout);
    timeout.setTimeoutMs(30000);
    QCOMPARE(
        timeout.userMessage(), QStringLiteral("Der Server hat nicht innerhalb von 30 Sekunden geantwortet."));
}

void TestTranslations::pluralsFollowTheNumber()
{
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    Clock::setInstance(new FixedClock(now));
    QCOMPARE(RelativeTime::describe(now.addDays(1)), QStringLiteral("in 1 Tag"));
    QCOMPARE(RelativeTime::describe(now.addDays(3)), QStringLiteral("in 3 Tagen")); // dative, not "Tage"
    QCOMPARE(RelativeTime::describe(now.addDays(-3)), QStringLiteral("vor 3 Tagen"));
    QCOMPARE(RelativeTime::span(3 * 86400), QStringLiteral("3 Tage"));
    QCOMPARE(RelativeTime::describe(now.addSecs(3600)), QStringLiteral("in 1 Stunde"));
    QCOMPARE(RelativeTime::describe(now.addSecs(5 * 60)), QStringLiteral("in 5 Minuten"));
    Clock::setInstance(nullptr);
}

void TestTranslations::englishNeedsNoCatalogue()
{
    QVERIFY(!Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(MainWindow::tr("&Help"), QStringLiteral("&Help"));
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    Translations::remove(); // back to English: nothing of the German is left installed
    QCOMPARE(MainWindow::tr("&Help"), QStringLiteral("&Help"));
}

void TestTranslations::signIn(MainWindow &window, const QString &password)
{
    SignInWidget *form = window.signInWidget();
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(m_server->url().toString());
    form->setMethod(SignInMethod::Password);
    auto *user = child<QLineEdit>(form, "usernameEdit");
    auto *pass = child<QLineEdit>(form, "passwordEdit");
    user->clear();
    pass->clear();
    QTest::keyClicks(user, Demo);
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}

void TestTranslations::walk(Seen &seen, QSet<QString> &data)
{
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&qsettings);
    MainWindow window(m_store.get(), &settings);
    window.resize(1000, 640);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    data << Demo << m_server->url().toString() << m_server->url().host();

    // The sign-in form, with the sentence a wrong password gets.
    signIn(window, QStringLiteral("not-the-password"));
    auto *error = child<QLabel>(window.signInWidget(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), UiTimeoutMs);
    collectWindow(&window, seen);

    window.action(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog *preferences = nullptr;
    QTRY_VERIFY((preferences = visibleTopLevel<SettingsDialog>()));
    collectWindow(preferences, seen);
    preferences->reject();

    window.action(QStringLiteral("aboutAction"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = visibleTopLevel<AboutDialog>()));
    collectWindow(about, seen);
    about->reject();

    window.action(QStringLiteral("newProfileAction"))->trigger();
    ProfileDialog *profile = nullptr;
    QTRY_VERIFY((profile = visibleTopLevel<ProfileDialog>()));
    collectWindow(profile, seen);
    profile->reject();
    QTRY_VERIFY(!visibleTopLevel<ProfileDialog>());

    // The keys page, the status bar and every menu, signed in.
    signIn(window, Demo);
    QTRY_VERIFY_WITH_TIMEOUT(window.isSignedIn(), UiTimeoutMs);
    auto *loadBar = child<QProgressBar>(&window, "loadBar");
    QTRY_VERIFY_WITH_TIMEOUT(!loadBar->isVisible() && window.keyModel()->rowCount() > 0, UiTimeoutMs);
    for (int row = 0; row < window.keyModel()->rowCount(); ++row) {
        for (int column : { AccessKeyTableModel::NameColumn, AccessKeyTableModel::DetailColumn,
                 AccessKeyTableModel::KeyColumn, AccessKeyTableModel::CreatedColumn })
            data << window.keyModel()->index(row, column).data().toString();
    }
    auto *table = child<QTableView>(&window, "keyTable");
    table->setFocus();
    table->selectRow(0);
    collectWindow(&window, seen);

    // New key: the form, then the once-only secret.
    window.action(QStringLiteral("newKeyAction"))->trigger();
    CreateKeyDialog *create = nullptr;
    QTRY_VERIFY((create = visibleTopLevel<CreateKeyDialog>()));
    collectWindow(create, seen);
    const QString name = QStringLiteral("translation-check");
    data << name;
    QTest::keyClicks(child<QLineEdit>(create, "nameEdit"), name);
    child<QDialogButtonBox>(create, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    NewKeyDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<NewKeyDialog>()), UiTimeoutMs);
    data << child<QLineEdit>(shown, "tokenEdit")->text();
    collectWindow(shown, seen);
    shown->accept();
    QTRY_VERIFY(!visibleTopLevel<NewKeyDialog>());

    window.activateWindow();
    table->setFocus();
    table->selectRow(0);
    window.action(QStringLiteral("editKeyAction"))->trigger();
    EditKeyDialog *edit = nullptr;
    QTRY_VERIFY((edit = visibleTopLevel<EditKeyDialog>()));
    collectWindow(edit, seen);
    edit->reject();
    QTRY_VERIFY(!visibleTopLevel<EditKeyDialog>());

    // The revoke question, declined through the MessageBox seam.
    MessageBox::setNextAnswer(QMessageBox::No);
    window.action(QStringLiteral("revokeKeyAction"))->trigger();
    seen.add(MessageBox::lastText(), QStringLiteral("revoke question"));
}

void TestTranslations::everyVisibleStringIsGermanOnAGermanDesktop()
{
    Seen english;
    QSet<QString> data;
    walk(english, data);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(english.where.size() > 150, qPrintable(QString::number(english.where.size())));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    QVERIFY(Translations::qtCatalogueLoaded());
    Seen german;
    walk(german, data);
    if (QTest::currentTestFailed())
        return;

    qInfo(
        "%lld strings in English, %lld in German", qint64(english.where.size()), qint64(german.where.size()));
    QStringList untranslated;
    for (auto it = german.where.cbegin(); it != german.where.cend(); ++it) {
        if (english.where.contains(it.key()) && !mayReadTheSame(it.key(), data))
            untranslated << QStringLiteral("  \"%1\" at %2").arg(it.key(), it.value());
    }
    untranslated.sort();
    QVERIFY2(untranslated.isEmpty(),
        qPrintable(QStringLiteral("%1 string(s) still English under the German translation:\n%2")
                       .arg(untranslated.size())
                       .arg(untranslated.join(QLatin1Char('\n')))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
