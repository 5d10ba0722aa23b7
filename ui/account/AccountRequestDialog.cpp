#include "AccountRequestDialog.h"

#include "api/VoipbinClient.h"
#include "widgets/Accessibility.h"
#include "widgets/WrappedLabel.h"

#include <QLabel>
#include <QLayout>
#include <QProgressBar>

void AccountRequestDialog::setStatusWidgets(QLabel *messageLabel, QProgressBar *busyBar)
{
    m_message = messageLabel;
    m_busyBar = busyBar;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
}

void AccountRequestDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    if (busy)
        m_message->hide();
    updateState();
}

void AccountRequestDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(tr("Error"), message, true);
}

void AccountRequestDialog::showInfo(const QString &message)
{
    showMessage(tr("Status"), message, false);
}

QString AccountRequestDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void AccountRequestDialog::showMessage(const QString &accessibleName, const QString &message, bool problem)
{
    QFont font = m_message->font();
    font.setBold(problem);
    m_message->setFont(font);
    m_message->setText(message);
    m_message->setAccessibleName(accessibleName);
    // The sentence itself reaches a screen reader, not just "Error".
    m_message->setAccessibleDescription(message);
    m_message->setVisible(!message.isEmpty());
    WrappedLabel::fit(m_message);
    // Grow to fit the sentence rather than squeezing the fields above it.
    if (layout())
        layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
    if (!message.isEmpty())
        Accessibility::announce(m_message);
}

void AccountRequestDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

QString AccountRequestDialog::newPasswordProblem(const QString &newPassword, const QString &repeated)
{
    if (newPassword.size() < VoipbinClient::MinPasswordLength)
        return tr(
            "The new password must be at least %n characters long.", "", VoipbinClient::MinPasswordLength);
    if (newPassword != repeated)
        return tr("The two new passwords are not the same. Type the new password again in both fields.");
    return {};
}
