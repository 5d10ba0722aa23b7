#include "AccessibilityCheck.h"
#include "Screenshot.h"
#include "about/AboutDialog.h"

#include <QLabel>
#include <QTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsNameVersionsLicenseAndIcon()
    {
        AboutDialog dialog;
        dialog.show();
        QString text;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            text += label->text() + QLatin1Char('\n');
        QVERIFY(text.contains(QStringLiteral("VoIPbin Keys")));
        QVERIFY(text.contains(QStringLiteral(VOIPBIN_KEYS_VERSION)));
        QVERIFY(text.contains(QLatin1String(qVersion())));
        QVERIFY(text.contains(QStringLiteral("MIT")));
        QCOMPARE(AboutDialog::version(), QStringLiteral(VOIPBIN_KEYS_VERSION));
        auto *icon = dialog.findChild<QLabel *>(QStringLiteral("iconLabel"));
        QVERIFY(!icon->pixmap().isNull());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        AboutDialog dialog;
        dialog.show();
        ACCESSIBILITY_CHECK(&dialog);
    }

    void screenshot()
    {
        AboutDialog dialog;
        Screenshot::save(&dialog, QStringLiteral("about"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
