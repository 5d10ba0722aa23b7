#include "DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("yyyy-mm-dd"));
    setMaxLength(10);
    const QIcon icon = QIcon::fromTheme(QStringLiteral("view-calendar"),
        QIcon::fromTheme(QStringLiteral("x-office-calendar"), style()->standardIcon(QStyle::SP_ArrowDown)));
    QAction *pick = addAction(icon, QLineEdit::TrailingPosition);
    pick->setText(tr("Choose from a calendar"));
    pick->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] { emit dateChanged(date()); });
}

QDate DateField::date() const
{
    return QDate::fromString(text().trimmed(), format());
}

void DateField::setDate(QDate date)
{
    setText(date.toString(format()));
}

void DateField::setDateRange(QDate minimum, QDate maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    if (m_calendar)
        m_calendar->setDateRange(minimum, maximum);
}

QString DateField::problem() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return tr("Type the expiry date as year-month-day, for example %1.")
            .arg(QDate::currentDate().addDays(30).toString(format()));
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (!shape.match(typed).hasMatch())
        return tr("“%1” is not a date as year-month-day, for example %2.")
            .arg(typed, QDate::currentDate().addDays(30).toString(format()));
    if (!date().isValid())
        return tr("There is no day “%1” in the calendar.").arg(typed);
    return {};
}

QCalendarWidget *DateField::calendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setAccessibleName(tr("Calendar"));
        m_calendar->setDateRange(m_minimum, m_maximum);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
            setDate(picked);
            m_calendar->hide();
            setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate picked) {
            setDate(picked);
            m_calendar->hide();
            setFocus();
        });
    }
    return m_calendar;
}

void DateField::showCalendar()
{
    QCalendarWidget *popup = calendar();
    const QDate current = date();
    if (current.isValid())
        popup->setSelectedDate(current);
    popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(qBound(area.left(), at.x(), area.right() - popup->width()));
        if (at.y() + popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - popup->height());
    }
    popup->move(at);
    popup->show();
    popup->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    // Alt+Down and F4 open a calendar, as they open a combo box's list.
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier)
        || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
