#include "AccessibilityCheck.h"
#include "Screenshot.h"
#include "core/FixedClock.h"
#include "keys/CreateKeyDialog.h"
#include "widgets/DateField.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
const QDateTime Start(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
}

class TestCreateKeyDialog : public QObject
{
    Q_OBJECT

private:
    FixedClock *m_clock = nullptr;

    struct Parts
    {
        QLineEdit *name;
        QLineEdit *detail;
        QComboBox *lifetime;
        DateField *date;
        QLabel *validation;
        QLabel *error;
        QPushButton *create;
        QPushButton *cancel;
    };

    static Parts parts(CreateKeyDialog &dialog)
    {
        auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return { dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
            dialog.findChild<QLineEdit *>(QStringLiteral("detailEdit")),
            dialog.findChild<QComboBox *>(QStringLiteral("lifetimeCombo")),
            dialog.findChild<DateField *>(QStringLiteral("expiryDateEdit")),
            dialog.findChild<QLabel *>(QStringLiteral("validationLabel")),
            dialog.findChild<QLabel *>(QStringLiteral("errorLabel")), box->button(QDialogButtonBox::Ok),
            box->button(QDialogButtonBox::Cancel) };
    }

    static QDate today() { return Clock::currentDateTimeUtc().toLocalTime().date(); }

private slots:
    void init()
    {
        m_clock = new FixedClock(Start);
        Clock::setInstance(m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void defaultsTo90DaysAndNeedsAName()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QCOMPARE(p.lifetime->currentText(), QStringLiteral("90 days"));
        QCOMPARE(dialog.lifetimeSeconds(), qint64(7776000));
        QVERIFY(!p.date->isEnabled());
        QCOMPARE(p.create->text(), QStringLiteral("&Create"));
        QVERIFY(!p.create->isEnabled());
        QVERIFY(p.validation->isVisible());

        QTest::keyClicks(p.name, QStringLiteral("ci-deploy"));
        QVERIFY(p.create->isEnabled());
        QVERIFY(!p.validation->isVisible());

        // Only spaces is no name.
        p.name->clear();
        QTest::keyClicks(p.name, QStringLiteral("   "));
        QVERIFY(!p.create->isEnabled());
    }

    void presetLifetimes()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QTest::keyClick(p.lifetime, Qt::Key_Up);
        QCOMPARE(p.lifetime->currentText(), QStringLiteral("30 days"));
        QCOMPARE(dialog.lifetimeSeconds(), qint64(30 * 86400));
        QTest::keyClick(p.lifetime, Qt::Key_Down);
        QTest::keyClick(p.lifetime, Qt::Key_Down);
        QCOMPARE(p.lifetime->currentText(), QStringLiteral("1 year"));
        QCOMPARE(dialog.lifetimeSeconds(), qint64(365 * 86400));
        QVERIFY(!p.date->isEnabled());
    }

    void customDateEnablesTheDateField()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QTest::keyClicks(p.name, QStringLiteral("k"));
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        QVERIFY(p.date->isEnabled());
        QCOMPARE(p.date->minimumDate(), today().addDays(1));

        // Today is refused in a sentence; tomorrow is exactly one day.
        p.date->setDate(today());
        QVERIFY(!p.create->isEnabled());
        QVERIFY(p.validation->text().contains(QStringLiteral("at least one day")));
        p.date->setDate(today().addDays(1));
        QCOMPARE(dialog.lifetimeSeconds(), qint64(86400));
        QVERIFY(p.create->isEnabled());

        p.date->setDate(today().addDays(10));
        QCOMPARE(dialog.lifetimeSeconds(), qint64(10 * 86400));

        // The far end still fits the server's int32.
        p.date->setDate(p.date->maximumDate());
        QVERIFY(dialog.lifetimeSeconds() > 0);
        QVERIFY(dialog.lifetimeSeconds() <= 2147483647);
        QVERIFY(p.create->isEnabled());
    }

    void customDateThatBecameTodayDisablesCreate()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QSignalSpy spy(&dialog, &CreateKeyDialog::createRequested);
        QTest::keyClicks(p.name, QStringLiteral("overnight"));
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        p.date->setDate(today().addDays(1));
        QVERIFY(p.create->isEnabled());

        // The dialog stayed open past midnight: the chosen date is now today.
        m_clock->advanceSeconds(86400);
        QCOMPARE(p.date->date(), today());
        QTest::mouseClick(p.create, Qt::LeftButton);
        QCOMPARE(spy.count(), 0);
        QVERIFY(!p.create->isEnabled());
        QCOMPARE(dialog.lifetimeSeconds(), qint64(0));
        QVERIFY(p.validation->isVisible());
        QVERIFY(p.validation->text().contains(QStringLiteral("at least one day")));

        p.date->setDate(today().addDays(2));
        QVERIFY(p.create->isEnabled());
    }

    void typedExpiryDateIsTakenAsTyped()
    {
        CreateKeyDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);
        QTest::keyClicks(p.name, QStringLiteral("typed"));
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        p.date->setFocus();
        p.date->selectAll();
        // Key by key, as a person types it (the locale's "d MMM yyyy" turned "2 Dec" into "1 Dec 202").
        const QDate wanted = today().addDays(40);
        QTest::keyClicks(p.date, wanted.toString(QStringLiteral("yyyy-MM-dd")));
        QCOMPARE(p.date->text(), wanted.toString(QStringLiteral("yyyy-MM-dd")));
        QCOMPARE(p.date->date(), wanted);
        QCOMPARE(dialog.lifetimeSeconds(), qint64(40 * 86400));
        QVERIFY(p.create->isEnabled());

        // A date in another year, typed key by key (QDateEdit's range dropped the year's first digits).
        const QDate nextYear(today().year() + 1, 6, 15);
        p.date->selectAll();
        QTest::keyClicks(p.date, nextYear.toString(QStringLiteral("yyyy-MM-dd")));
        QCOMPARE(p.date->text(), QStringLiteral("%1-06-15").arg(today().year() + 1));
        QCOMPARE(p.date->date(), nextYear);
        QCOMPARE(dialog.lifetimeSeconds(), today().daysTo(nextYear) * 86400);
        QVERIFY(p.create->isEnabled());

        // A whole date pasted in, a year ahead.
        const QDate later = today().addDays(400);
        p.date->selectAll();
        p.date->insert(later.toString(QStringLiteral("yyyy-MM-dd")));
        QCOMPARE(p.date->date(), later);
        QCOMPARE(dialog.lifetimeSeconds(), qint64(400 * 86400));
    }

    void impossibleOrHalfTypedDatesAreRefusedInASentence()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QTest::keyClicks(p.name, QStringLiteral("typed"));
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        QSignalSpy spy(&dialog, &CreateKeyDialog::createRequested);

        const QString impossible = QStringLiteral("%1-02-30").arg(today().year() + 1);
        p.date->selectAll();
        QTest::keyClicks(p.date, impossible);
        QCOMPARE(p.date->text(), impossible); // kept as typed, never turned into another day
        QVERIFY(!p.date->date().isValid());
        QVERIFY(!p.create->isEnabled());
        QVERIFY(p.validation->isVisible());
        QVERIFY2(p.validation->text().contains(impossible), qPrintable(p.validation->text()));
        QTest::mouseClick(p.create, Qt::LeftButton);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(dialog.lifetimeSeconds(), qint64(0));

        p.date->selectAll();
        QTest::keyClicks(p.date, QStringLiteral("2027-3"));
        QVERIFY(!p.create->isEnabled());
        QVERIFY(p.validation->text().contains(QStringLiteral("year-month-day")));

        p.date->clear();
        QVERIFY(!p.create->isEnabled());
        QVERIFY(p.validation->text().contains(QStringLiteral("year-month-day")));
    }

    void theCalendarPicksADay()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        p.date->setFocus();
        QTest::keyClick(p.date, Qt::Key_Down, Qt::AltModifier);
        auto *calendar = p.date->findChild<QCalendarWidget *>();
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->minimumDate(), today().addDays(1)); // the range limits the calendar
        const QDate picked = today().addDays(12);
        calendar->setSelectedDate(picked);
        emit calendar->activated(picked);
        QVERIFY(!calendar->isVisible());
        QCOMPARE(p.date->date(), picked);
        QCOMPARE(dialog.lifetimeSeconds(), qint64(12 * 86400));
    }

    void createEmitsTheTypedValuesAndStaysOpen()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QSignalSpy spy(&dialog, &CreateKeyDialog::createRequested);
        QTest::keyClicks(p.name, QStringLiteral("ci-deploy"));
        QTest::keyClicks(p.detail, QStringLiteral("for the CI runner"));
        QCOMPARE(dialog.name(), QStringLiteral("ci-deploy"));
        QCOMPARE(dialog.detail(), QStringLiteral("for the CI runner"));

        QTest::mouseClick(p.create, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ci-deploy"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("for the CI runner"));
        QCOMPARE(spy.at(0).at(2).toLongLong(), qint64(7776000));
        QVERIFY(dialog.isVisible()); // the owner decides when it closes
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void enterCreatesEscapeCancels()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QSignalSpy created(&dialog, &CreateKeyDialog::createRequested);
        QSignalSpy rejected(&dialog, &QDialog::rejected);

        QTest::keyClick(p.name, Qt::Key_Return); // no name yet: nothing
        QCOMPARE(created.count(), 0);
        QTest::keyClicks(p.name, QStringLiteral("k1"));
        QTest::keyClick(p.name, Qt::Key_Return);
        QCOMPARE(created.count(), 1);
        QVERIFY(dialog.isVisible());

        QTest::keyClick(p.name, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void busyDisablesInputAndEscape()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QSignalSpy created(&dialog, &CreateKeyDialog::createRequested);
        QTest::keyClicks(p.name, QStringLiteral("k1"));
        dialog.setBusy(true);
        QVERIFY(dialog.isBusy());
        for (QWidget *w : { static_cast<QWidget *>(p.name), static_cast<QWidget *>(p.detail),
                 static_cast<QWidget *>(p.lifetime), static_cast<QWidget *>(p.date),
                 static_cast<QWidget *>(p.create), static_cast<QWidget *>(p.cancel) })
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(created.count(), 0);

        dialog.setBusy(false);
        QVERIFY(p.name->isEnabled());
        QVERIFY(p.create->isEnabled());
    }

    void showErrorKeepsTheInput()
    {
        CreateKeyDialog dialog;
        dialog.show();
        const Parts p = parts(dialog);
        QTest::keyClicks(p.name, QStringLiteral("ci-deploy"));
        QTest::keyClicks(p.detail, QStringLiteral("note"));
        p.lifetime->setCurrentIndex(CreateKeyDialog::OneYear);
        dialog.setBusy(true);
        dialog.showError(QStringLiteral("The server refused the request (400)."));

        QVERIFY(!dialog.isBusy());
        QVERIFY(p.error->isVisible());
        QCOMPARE(p.error->text(), QStringLiteral("The server refused the request (400)."));
        QCOMPARE(p.name->text(), QStringLiteral("ci-deploy"));
        QCOMPARE(p.detail->text(), QStringLiteral("note"));
        QCOMPARE(dialog.lifetimeSeconds(), qint64(365 * 86400));
        QVERIFY(p.name->isEnabled());
        QVERIFY(p.create->isEnabled());
        QVERIFY(dialog.isVisible());

        // A new attempt hides the old error.
        dialog.setBusy(true);
        QVERIFY(!p.error->isVisible());
    }

    void tabOrderFollowsTheForm()
    {
        CreateKeyDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const Parts p = parts(dialog);
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        p.name->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), p.detail);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), p.lifetime);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(
            QApplication::focusWidget() == p.date || QApplication::focusWidget()->parentWidget() == p.date);
    }

    void everyControlHasAnAccessibleName()
    {
        CreateKeyDialog dialog;
        dialog.show();
        ACCESSIBILITY_CHECK(&dialog);
        const Parts p = parts(dialog);
        QVERIFY(!p.lifetime->accessibleDescription().isEmpty());
        QVERIFY(!dialog.windowTitle().isEmpty());
    }

    void screenshot()
    {
        CreateKeyDialog dialog;
        Screenshot::save(&dialog, QStringLiteral("createkey-empty"));
        const Parts p = parts(dialog);
        QTest::keyClicks(p.name, QStringLiteral("ci-deploy"));
        QTest::keyClicks(p.detail, QStringLiteral("for the CI runner"));
        p.lifetime->setCurrentIndex(CreateKeyDialog::CustomDate);
        dialog.showError(QStringLiteral("The server refused the request: expire is below one day (400)."));
        Screenshot::save(&dialog, QStringLiteral("createkey-custom-error"));
        dialog.setBusy(true);
        Screenshot::save(&dialog, QStringLiteral("createkey-busy"));
    }
};

QTEST_MAIN(TestCreateKeyDialog)
#include "tst_createkeydialog.moc"
