#include "AccessibilityCheck.h"
#include "Screenshot.h"
#include "core/Settings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    struct Parts
    {
        QSpinBox *clipboard;
        QSpinBox *expiry;
        QComboBox *server;
        QLineEdit *customUrl;
        QLabel *customError;
        QPushButton *ok;
        QPushButton *cancel;
        QPushButton *defaults;
    };
    static Parts parts(SettingsDialog &d)
    {
        auto *box = d.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return { d.findChild<QSpinBox *>(QStringLiteral("clipboardSpin")),
            d.findChild<QSpinBox *>(QStringLiteral("expiryWarningSpin")),
            d.findChild<QComboBox *>(QStringLiteral("serverCombo")),
            d.findChild<QLineEdit *>(QStringLiteral("customUrlEdit")),
            d.findChild<QLabel *>(QStringLiteral("customUrlErrorLabel")), box->button(QDialogButtonBox::Ok),
            box->button(QDialogButtonBox::Cancel), box->button(QDialogButtonBox::RestoreDefaults) };
    }
    static void typeInto(QAbstractSpinBox *spin, const QString &text)
    {
        spin->selectAll();
        QTest::keyClicks(spin, text);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("settings.ini"));
    }

    void showsDefaults()
    {
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        SettingsDialog dialog(settings);
        dialog.show();
        const Parts p = parts(dialog);
        QCOMPARE(p.clipboard->value(), Settings::defaultValue(Settings::Key::ClipboardClearSeconds).toInt());
        QCOMPARE(p.expiry->value(), Settings::defaultValue(Settings::Key::ExpiryWarningDays).toInt());
        QCOMPARE(ServerChoice(p.server->currentData().toInt()), ServerChoice::Voipbin);
        QCOMPARE(p.server->currentText(), QStringLiteral("VoIPbin (api.voipbin.net)"));
        QVERIFY(!p.customUrl->isEnabled());
        QVERIFY(p.ok->isEnabled());
        QCOMPARE(p.clipboard->minimum(), 0);
        QCOMPARE(p.clipboard->maximum(), 600);
        QCOMPARE(p.expiry->minimum(), 1);
        QCOMPARE(p.expiry->maximum(), 90);
        p.clipboard->setValue(0);
        QCOMPARE(p.clipboard->text(), QStringLiteral("Never"));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("selectionCheck"))
                     ->isChecked()); // no secrets on middle click
    }

    void primarySelectionChoiceIsStored()
    {
        {
            QSettings backend(m_path, QSettings::IniFormat);
            Settings settings(&backend);
            SettingsDialog dialog(settings);
            dialog.show();
            dialog.findChild<QCheckBox *>(QStringLiteral("selectionCheck"))->click();
            QTest::mouseClick(parts(dialog).ok, Qt::LeftButton);
            backend.sync();
        }
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        QVERIFY(settings.copyToSelection());
        SettingsDialog dialog(settings);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("selectionCheck"))->isChecked());
    }

    void lockAndTrayChoicesAreStoredAndDefaultsRestore()
    {
        {
            QSettings backend(m_path, QSettings::IniFormat);
            Settings settings(&backend);
            SettingsDialog dialog(settings);
            dialog.show();
            auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("lockIdleSpin"));
            auto *screen = dialog.findChild<QCheckBox *>(QStringLiteral("lockOnScreenCheck"));
            auto *tray = dialog.findChild<QCheckBox *>(QStringLiteral("trayCheck"));
            QVERIFY(idle && screen && tray);
            // Off, on, off by default: idle locking surprises, a screen lock should lock, not every desktop
            // has a tray.
            QCOMPARE(idle->value(), 0);
            QCOMPARE(idle->text(), QStringLiteral("Never"));
            QVERIFY(screen->isChecked());
            QVERIFY(!tray->isChecked());
            typeInto(idle, QStringLiteral("15"));
            screen->click();
            tray->click();
            QTest::mouseClick(parts(dialog).ok, Qt::LeftButton);
            backend.sync();
        }
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        QCOMPARE(settings.lockAfterIdleMinutes(), 15);
        QVERIFY(!settings.lockOnScreenLock());
        QVERIFY(settings.showTrayIcon());
        SettingsDialog dialog(settings);
        dialog.show();
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("lockIdleSpin"))->value(), 15);
        QTest::mouseClick(parts(dialog).defaults, Qt::LeftButton);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("lockIdleSpin"))->value(), 0);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("lockOnScreenCheck"))->isChecked());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("trayCheck"))->isChecked());
    }

    void roundTripsThroughAnIniFile()
    {
        {
            QSettings backend(m_path, QSettings::IniFormat);
            Settings settings(&backend);
            SettingsDialog dialog(settings);
            dialog.show();
            const Parts p = parts(dialog);
            typeInto(p.clipboard, QStringLiteral("45"));
            typeInto(p.expiry, QStringLiteral("14"));
            p.server->setCurrentIndex(p.server->findData(int(ServerChoice::Custom)));
            QVERIFY(p.customUrl->isEnabled());
            QVERIFY(!p.ok->isEnabled()); // custom with no address
            QTest::keyClicks(p.customUrl, QStringLiteral("https://voipbin.example.com/v1.0/"));
            QVERIFY(p.ok->isEnabled());
            QTest::mouseClick(p.ok, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            backend.sync();
        }
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        QCOMPARE(settings.clipboardClearSeconds(), 45);
        QCOMPARE(settings.expiryWarningDays(), 14);
        QCOMPARE(settings.value(Settings::Key::DefaultServer).toString(), QStringLiteral("custom"));
        QCOMPARE(settings.value(Settings::Key::CustomServerUrl).toString(),
            QStringLiteral("https://voipbin.example.com"));

        // And the dialog reads them back.
        SettingsDialog dialog(settings);
        const Parts p = parts(dialog);
        QCOMPARE(p.clipboard->value(), 45);
        QCOMPARE(p.expiry->value(), 14);
        QCOMPARE(ServerChoice(p.server->currentData().toInt()), ServerChoice::Custom);
        QCOMPARE(p.customUrl->text(), QStringLiteral("https://voipbin.example.com"));
    }

    void sandboxAndNeverAreStored()
    {
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        SettingsDialog dialog(settings);
        dialog.show();
        const Parts p = parts(dialog);
        p.clipboard->setValue(0);
        p.server->setCurrentIndex(p.server->findData(int(ServerChoice::Sandbox)));
        QCOMPARE(p.server->currentText(), QStringLiteral("Local sandbox (offline)"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.clipboardClearSeconds(), 0);
        QCOMPARE(settings.value(Settings::Key::DefaultServer).toString(), QStringLiteral("sandbox"));
    }

    void invalidCustomUrlBlocksOk()
    {
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        SettingsDialog dialog(settings);
        dialog.show();
        const Parts p = parts(dialog);
        p.server->setCurrentIndex(p.server->findData(int(ServerChoice::Custom)));
        QTest::keyClicks(p.customUrl, QStringLiteral("http://voipbin.example.com"));
        QVERIFY(!p.ok->isEnabled());
        QVERIFY(p.customError->isVisible());
        QVERIFY(p.customError->text().contains(QStringLiteral("http")));
        dialog.accept(); // refused while invalid
        QVERIFY(dialog.isVisible());
        QCOMPARE(settings.value(Settings::Key::DefaultServer).toString(), QStringLiteral("voipbin"));

        // Loopback http is fine (the sandbox).
        p.customUrl->clear();
        QTest::keyClicks(p.customUrl, QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(p.ok->isEnabled());
        QVERIFY(!p.customError->isVisible());
    }

    void cancelWritesNothingAndDefaultsRestore()
    {
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        settings.setValue(Settings::Key::ClipboardClearSeconds, 90);
        SettingsDialog dialog(settings);
        dialog.show();
        const Parts p = parts(dialog);
        QCOMPARE(p.clipboard->value(), 90);
        QTest::mouseClick(p.defaults, Qt::LeftButton);
        QCOMPARE(p.clipboard->value(), Settings::defaultValue(Settings::Key::ClipboardClearSeconds).toInt());
        QCOMPARE(settings.clipboardClearSeconds(), 90); // not saved yet
        QTest::mouseClick(p.cancel, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(settings.clipboardClearSeconds(), 90);
    }

    void everyControlHasAnAccessibleName()
    {
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        SettingsDialog dialog(settings);
        dialog.show();
        ACCESSIBILITY_CHECK(&dialog);
    }

    void screenshot()
    {
        QSettings backend(m_path, QSettings::IniFormat);
        Settings settings(&backend);
        SettingsDialog dialog(settings);
        Screenshot::save(&dialog, QStringLiteral("settings"));
        const Parts p = parts(dialog);
        p.clipboard->setValue(0);
        p.server->setCurrentIndex(p.server->findData(int(ServerChoice::Custom)));
        QTest::keyClicks(p.customUrl, QStringLiteral("http://voipbin.example.com"));
        Screenshot::save(&dialog, QStringLiteral("settings-custom-invalid"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
