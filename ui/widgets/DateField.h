#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

/// A date typed as year-month-day, with a calendar behind its button (or Alt+Down). QDateEdit fought
/// typing: with a range set it rejected a year section by section ("2027" in a 2026 range could not be
/// typed), and it turned an impossible day (2027-02-30) into another date without a word. Here the text is
/// the user's until it is a real date: date() is invalid meanwhile and problem() says why, so the dialog
/// can refuse it in a sentence. The range only limits the calendar; the dialog checks typed dates itself.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The typed date, or an invalid QDate while the text is not one.
    QDate date() const;
    void setDate(QDate date);
    void setDateRange(QDate minimum, QDate maximum);
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    /// Empty when the text is a date; otherwise a sentence for the user.
    QString problem() const;
    void showCalendar();

    static QString format() { return QStringLiteral("yyyy-MM-dd"); }

signals:
    /// On every edit; `date` is invalid while the text is not a date.
    void dateChanged(QDate date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QCalendarWidget *calendar();

    QDate m_minimum;
    QDate m_maximum;
    QCalendarWidget *m_calendar = nullptr;
};
