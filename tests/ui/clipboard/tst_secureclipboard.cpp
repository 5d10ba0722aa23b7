#include "clipboard/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {
QClipboard *board()
{
    return QGuiApplication::clipboard();
}
} // namespace

class TestSecureClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { board()->clear(); }

    void copySecretCarriesThePasswordManagerHint()
    {
        SecureClipboard clipboard;
        clipboard.copySecret(QStringLiteral("vb_secret1"));
        const QMimeData *mime = board()->mimeData(QClipboard::Clipboard);
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("vb_secret1"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    }

    // Any stray middle click pastes the primary selection: a secret goes there only when asked for.
    void secretStaysOutOfThePrimarySelectionByDefault()
    {
        if (!board()->supportsSelection())
            QSKIP("this platform has no primary selection (the xcb run of this test covers it)");
        board()->setText(QStringLiteral("selected text"), QClipboard::Selection);
        SecureClipboard clipboard;
        QVERIFY(!clipboard.copyToSelection());
        clipboard.copySecret(QStringLiteral("vb_secret1"));
        QCOMPARE(board()->text(QClipboard::Clipboard), QStringLiteral("vb_secret1"));
        QCOMPARE(board()->text(QClipboard::Selection), QStringLiteral("selected text"));
    }

    void secretInThePrimarySelectionWhenTurnedOnAndClearedWithIt()
    {
        if (!board()->supportsSelection())
            QSKIP("this platform has no primary selection (the xcb run of this test covers it)");
        SecureClipboard clipboard;
        clipboard.setCopyToSelection(true);
        clipboard.setClearAfterSeconds(1);
        clipboard.copySecret(QStringLiteral("vb_secret1"));
        const QMimeData *mime = board()->mimeData(QClipboard::Clipboard);
        const QMimeData *selection = board()->mimeData(QClipboard::Selection);
        QVERIFY(selection);
        QVERIFY(selection != mime); // one QMimeData per mode
        QCOMPARE(selection->text(), QStringLiteral("vb_secret1"));
        QCOMPARE(selection->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(board()->text(QClipboard::Selection).isEmpty(), 5000);
        QVERIFY(board()->text(QClipboard::Clipboard).isEmpty());
    }

    void copyPlainHasNoHintAndNoCountdown()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(5);
        QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
        clipboard.copyPlain(QStringLiteral("5e4a0680-804e-11ec-8477-2fea5968d85b"));
        QCOMPARE(board()->text(), QStringLiteral("5e4a0680-804e-11ec-8477-2fea5968d85b"));
        QVERIFY(!board()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(clipboard.secondsLeft(), 0);
        QCOMPARE(countdown.count(), 0);
    }

    void countsDownEverySecondThenClears()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(2);
        QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        clipboard.copySecret(QStringLiteral("vb_secret2"));
        QCOMPARE(clipboard.secondsLeft(), 2);
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.at(0).at(0).toInt(), 2);

        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 4000);
        QList<int> values;
        for (const QList<QVariant> &args : countdown)
            values.append(args.at(0).toInt());
        QCOMPARE(values, QList<int>({ 2, 1, 0 }));
        QCOMPARE(clipboard.secondsLeft(), 0);
        QVERIFY(board()->text().isEmpty());
    }

    void clearedAfterOneSecond()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(1);
        clipboard.copySecret(QStringLiteral("vb_secret3"));
        QCOMPARE(board()->text(), QStringLiteral("vb_secret3"));
        QTRY_VERIFY_WITH_TIMEOUT(board()->text().isEmpty(), 3000);
    }

    void notClearedWhenSomeoneElseReplacedIt()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(1);
        QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        clipboard.copySecret(QStringLiteral("vb_secret4"));
        board()->setText(QStringLiteral("what the user copied next"));

        // The countdown ends (nothing of ours to guard) and nothing is cleared, then or later.
        QTRY_COMPARE_WITH_TIMEOUT(clipboard.secondsLeft(), 0, 3000);
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        clipboard.clearNow();
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(board()->text(), QStringLiteral("what the user copied next"));
    }

    void sameTextFromElsewhereCountsAsOurs()
    {
        // Compared by text, not by QMimeData pointer: a re-copy of the same secret is still cleared.
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(1);
        clipboard.copySecret(QStringLiteral("vb_secret5"));
        board()->setText(QStringLiteral("vb_secret5"));
        QTRY_VERIFY_WITH_TIMEOUT(board()->text().isEmpty(), 3000);
    }

    void newCopyRestartsTheCountdown()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(3);
        clipboard.copySecret(QStringLiteral("vb_first"));
        QTRY_COMPARE_WITH_TIMEOUT(clipboard.secondsLeft(), 2, 3000);
        clipboard.copySecret(QStringLiteral("vb_second"));
        QCOMPARE(clipboard.secondsLeft(), 3);
        QCOMPARE(board()->text(), QStringLiteral("vb_second"));
    }

    void zeroMeansNever()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(0);
        QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
        clipboard.copySecret(QStringLiteral("vb_keep"));
        QCOMPARE(clipboard.secondsLeft(), 0);
        QCOMPARE(countdown.count(), 0);
        QCOMPARE(board()->text(), QStringLiteral("vb_keep"));
        // An explicit clear still works.
        clipboard.clearNow();
        QVERIFY(board()->text().isEmpty());
    }

    void clearNowStopsTheCountdown()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterSeconds(60);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
        clipboard.copySecret(QStringLiteral("vb_now"));
        clipboard.clearNow();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(clipboard.secondsLeft(), 0);
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        QVERIFY(board()->text().isEmpty());
    }

    void clearedOnDestruction()
    {
        {
            SecureClipboard clipboard;
            clipboard.setClearAfterSeconds(60);
            clipboard.copySecret(QStringLiteral("vb_quit"));
            QCOMPARE(board()->text(), QStringLiteral("vb_quit"));
        }
        QVERIFY(board()->text().isEmpty());

        // ... but only what it put there.
        {
            SecureClipboard clipboard;
            clipboard.copySecret(QStringLiteral("vb_quit2"));
            board()->setText(QStringLiteral("someone else's"));
        }
        QCOMPARE(board()->text(), QStringLiteral("someone else's"));
    }
};

QTEST_MAIN(TestSecureClipboard)
#include "tst_secureclipboard.moc"
