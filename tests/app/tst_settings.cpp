#include "core/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndRoundTrip()
    {
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        QCOMPARE(settings.clipboardClearSeconds(), 30);
        QCOMPARE(settings.expiryWarningDays(), 7);
        QCOMPARE(settings.value(Settings::Key::DefaultServer).toString(), QStringLiteral("voipbin"));
        QCOMPARE(settings.value(Settings::Key::RememberMe).toBool(), false);
        settings.setValue(Settings::Key::ClipboardClearSeconds, 10);
        QCOMPARE(settings.clipboardClearSeconds(), 10);
        QCOMPARE(backend.value(QStringLiteral("Security/ClipboardClearSeconds")).toInt(), 10);
        settings.reset(Settings::Key::ClipboardClearSeconds);
        QCOMPARE(settings.clipboardClearSeconds(), 30);
        QCOMPARE(
            Settings::defaultValue(Settings::Key::LastSignInMethod).toString(), QStringLiteral("password"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
