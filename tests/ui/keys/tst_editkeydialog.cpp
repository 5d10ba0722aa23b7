#include "AccessibilityCheck.h"
#include "Screenshot.h"
#include "api/AccessKey.h"
#include "keys/EditKeyDialog.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestEditKeyDialog : public QObject
{
    Q_OBJECT

private:
    static AccessKey sampleKey()
    {
        AccessKey key;
        key.id = QStringLiteral("5e4a0680-804e-11ec-8477-2fea5968d85b");
        key.name = QStringLiteral("ci-deploy");
        key.detail = QStringLiteral("for the CI runner");
        key.tokenPrefix = QStringLiteral("vb_a3Bf9xKm");
        return key;
    }
    static QLineEdit *nameEdit(EditKeyDialog &d)
    {
        return d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    }
    static QLineEdit *detailEdit(EditKeyDialog &d)
    {
        return d.findChild<QLineEdit *>(QStringLiteral("detailEdit"));
    }
    static QPushButton *button(EditKeyDialog &d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(which);
    }

private slots:
    void prefilledFromTheKey()
    {
        EditKeyDialog dialog(sampleKey());
        dialog.show();
        QCOMPARE(nameEdit(dialog)->text(), QStringLiteral("ci-deploy"));
        QCOMPARE(detailEdit(dialog)->text(), QStringLiteral("for the CI runner"));
        QCOMPARE(dialog.keyId(), sampleKey().id);
        // The prefix identifies the key; nothing is saved until something changes.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyValueLabel"))
                    ->text()
                    .startsWith(QStringLiteral("vb_a3Bf9xKm")));
        QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
        // The form says both fields are replaced.
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("noteLabel"))->text().contains(QStringLiteral("both")));
    }

    void saveEmitsBothFields()
    {
        EditKeyDialog dialog(sampleKey());
        dialog.show();
        QSignalSpy spy(&dialog, &EditKeyDialog::saveRequested);
        nameEdit(dialog)->selectAll();
        QTest::keyClicks(nameEdit(dialog), QStringLiteral("ci-prod"));
        QVERIFY(button(dialog, QDialogButtonBox::Save)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ci-prod"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("for the CI runner")); // unchanged, still sent
        QVERIFY(dialog.isVisible());

        // Clearing the detail sends an empty detail, with the name.
        detailEdit(dialog)->clear();
        QTest::keyClick(detailEdit(dialog), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("ci-prod"));
        QCOMPARE(spy.at(1).at(1).toString(), QString());
    }

    void emptyNameCannotBeSaved()
    {
        EditKeyDialog dialog(sampleKey());
        dialog.show();
        nameEdit(dialog)->clear();
        QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->isVisible());
    }

    void busyAndError()
    {
        EditKeyDialog dialog(sampleKey());
        dialog.show();
        QTest::keyClicks(detailEdit(dialog), QStringLiteral(" v2"));
        dialog.setBusy(true);
        QVERIFY(!nameEdit(dialog)->isEnabled());
        QVERIFY(!detailEdit(dialog)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Cancel)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());

        dialog.showError(QStringLiteral("This key was deleted meanwhile."));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("This key was deleted meanwhile."));
        QCOMPARE(detailEdit(dialog)->text(), QStringLiteral("for the CI runner v2"));
        QVERIFY(button(dialog, QDialogButtonBox::Save)->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void keyPrefixReachesAScreenReader()
    {
        EditKeyDialog dialog(sampleKey());
        dialog.show();
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("keyValueLabel"));
        // Through the accessibility interface, as AT-SPI sees it: more than just "Key".
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        QVERIFY(accessible);
        QVERIFY2(accessible->text(QAccessible::Name).contains(QStringLiteral("vb_a3Bf9xKm")),
            qPrintable(accessible->text(QAccessible::Name)));
        QVERIFY(accessible->text(QAccessible::Description).contains(QStringLiteral("vb_a3Bf9xKm")));

        AccessKey withoutPrefix = sampleKey();
        withoutPrefix.tokenPrefix.clear();
        EditKeyDialog byId(withoutPrefix);
        QVERIFY(byId.findChild<QLabel *>(QStringLiteral("keyValueLabel"))
                    ->accessibleName()
                    .contains(withoutPrefix.id));
    }

    void everyControlHasAnAccessibleName()
    {
        EditKeyDialog dialog(sampleKey());
        dialog.show();
        ACCESSIBILITY_CHECK(&dialog);
    }

    void screenshot()
    {
        EditKeyDialog dialog(sampleKey());
        Screenshot::save(&dialog, QStringLiteral("editkey"));
    }
};

QTEST_MAIN(TestEditKeyDialog)
#include "tst_editkeydialog.moc"
