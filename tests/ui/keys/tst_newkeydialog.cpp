#include "AccessibilityCheck.h"
#include "Screenshot.h"
#include "api/NewAccessKey.h"
#include "clipboard/SecureClipboard.h"
#include "core/FixedClock.h"
#include "keys/NewKeyDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

namespace {
const QString Token = QStringLiteral("vb_Zq3-x_9aBcDeFgHiJkLmNoPqRsTuVwXy");
const QDateTime Now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
} // namespace

class TestNewKeyDialog : public QObject
{
    Q_OBJECT

private:
    static NewAccessKey createdKey()
    {
        AccessKey key;
        key.id = QStringLiteral("5e4a0680-804e-11ec-8477-2fea5968d85b");
        key.name = QStringLiteral("ci-deploy");
        key.tokenPrefix = Token.left(11);
        key.createdAt = Now;
        key.expiresAt = Now.addDays(90);
        return { key, Token };
    }
    static QPushButton *closeButton(NewKeyDialog &d)
    {
        return d.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close);
    }
    static QString allLabelText(QWidget &w)
    {
        QString text;
        for (QLabel *label : w.findChildren<QLabel *>())
            text += label->text() + QLatin1Char('\n');
        return text;
    }

private slots:
    void init()
    {
        Clock::setInstance(new FixedClock(Now));
        QApplication::clipboard()->clear();
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void showsTheTokenOnce()
    {
        SecureClipboard clipboard;
        NewKeyDialog dialog(createdKey(), true, QString(), &clipboard);
        dialog.show();
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QCOMPARE(token->text(), Token);
        QVERIFY(token->isReadOnly());
        QVERIFY(QFontInfo(token->font()).fixedPitch());
        QVERIFY(!dialog.windowTitle().contains(Token));
        QVERIFY(!dialog.windowTitle().contains(Token.left(11)));

        const QString text = allLabelText(dialog);
        QVERIFY(text.contains(
            QStringLiteral("The server shows this key only once. It has been saved in your keychain.")));
        QVERIFY(text.contains(QStringLiteral("ci-deploy")));
        QVERIFY(text.contains(QStringLiteral("in 90 days")));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("copiedCheckBox"))->isVisible());
        QVERIFY(closeButton(dialog)->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void copyPutsTheTokenOnTheClipboardAsASecret()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(30);
        NewKeyDialog dialog(createdKey(), true, QString(), &clipboard);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);

        const QMimeData *mime = QApplication::clipboard()->mimeData(QClipboard::Clipboard);
        QVERIFY(mime);
        QCOMPARE(mime->text(), Token);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QCOMPARE(clipboard.secondsLeft(), 30);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("copyStatusLabel"));
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("30 seconds")));
    }

    void notStoredRefusesToCloseUntilConfirmed()
    {
        SecureClipboard clipboard;
        NewKeyDialog dialog(createdKey(), false, QStringLiteral("The keyring is locked."), &clipboard);
        dialog.show();
        QVERIFY(!dialog.storedInKeychain());

        const QString text = allLabelText(dialog);
        QVERIFY2(
            text.contains(QStringLiteral("It could NOT be saved in your keychain: The keyring is locked. "
                                         "Copy it now and keep it somewhere safe.")),
            qPrintable(text));

        auto *copied = dialog.findChild<QCheckBox *>(QStringLiteral("copiedCheckBox"));
        QVERIFY(copied->isVisible());
        QVERIFY(!copied->isChecked());
        QVERIFY(!closeButton(dialog)->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.close()); // the window manager's close button
        QVERIFY(dialog.isVisible());
        dialog.reject();
        QVERIFY(dialog.isVisible());

        QTest::mouseClick(copied, Qt::LeftButton, {}, QPoint(8, copied->height() / 2));
        QVERIFY(copied->isChecked());
        QVERIFY(closeButton(dialog)->isEnabled());
        QTest::mouseClick(closeButton(dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    // A screen reader or script can write into a read-only field through the accessibility interface; the
    // token on screen and the one copied must still be the server's.
    void tokenCannotBeReplacedThroughAccessibility()
    {
        SecureClipboard clipboard;
        NewKeyDialog dialog(createdKey(), true, QString(), &clipboard);
        dialog.show();
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(token);
        QVERIFY(field);
        if (QAccessibleEditableTextInterface *editable = field->editableTextInterface())
            editable->replaceText(0, int(Token.size()), QStringLiteral("vb_not-the-real-token"));
        field->setText(QAccessible::Value, QStringLiteral("vb_not-the-real-token"));
        QCOMPARE(token->text(), Token);

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), Token);
    }

    // Labels named for a screen reader expose their text as the description (AT-SPI shows only the name).
    void messageLabelsExposeTheirText()
    {
        SecureClipboard clipboard;
        NewKeyDialog dialog(createdKey(), false, QStringLiteral("The keyring is locked."), &clipboard);
        dialog.show();
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("onceLabel"));
        QAccessibleInterface *label = QAccessible::queryAccessibleInterface(notice);
        QCOMPARE(label->text(QAccessible::Name), QStringLiteral("Warning"));
        QVERIFY(label->text(QAccessible::Description).contains(QStringLiteral("could NOT be saved")));
    }

    void everyControlHasAnAccessibleName()
    {
        SecureClipboard clipboard;
        NewKeyDialog dialog(createdKey(), false, QStringLiteral("No keyring"), &clipboard);
        dialog.show();
        ACCESSIBILITY_CHECK(&dialog);
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QVERIFY(!token->accessibleDescription().isEmpty());
        // The token is the field's value, never its name or description.
        QVERIFY(!token->accessibleName().contains(Token));
        QVERIFY(!token->accessibleDescription().contains(Token));
    }

    void screenshot()
    {
        SecureClipboard clipboard;
        {
            NewKeyDialog dialog(createdKey(), true, QString(), &clipboard);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
            Screenshot::save(&dialog, QStringLiteral("newkey-stored"));
        }
        NewKeyDialog dialog(createdKey(), false,
            QStringLiteral("No keyring service is running (org.freedesktop.secrets)."), &clipboard);
        Screenshot::save(&dialog, QStringLiteral("newkey-not-stored"));
    }
};

QTEST_MAIN(TestNewKeyDialog)
#include "tst_newkeydialog.moc"
