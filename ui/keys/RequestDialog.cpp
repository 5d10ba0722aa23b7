#include "RequestDialog.h"

#include "widgets/Accessibility.h"
#include "widgets/WrappedLabel.h"

#include <QLabel>

void RequestDialog::setRequestWidgets(QLabel *errorLabel, QWidget *firstInput)
{
    m_errorLabel = errorLabel;
    m_firstInput = firstInput;
    QFont errorFont = m_errorLabel->font();
    errorFont.setBold(true);
    m_errorLabel->setFont(errorFont);
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->hide();
}

void RequestDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_errorLabel->hide();
    updateState();
    if (!busy)
        m_firstInput->setFocus();
}

void RequestDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(tr("Error"), message);
}

void RequestDialog::showProgress(const QString &message)
{
    if (!m_busy)
        setBusy(true);
    showMessage(tr("Status"), message);
}

void RequestDialog::showMessage(const QString &accessibleName, const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setAccessibleName(accessibleName);
    // The sentence itself reaches a screen reader, not just "Error".
    m_errorLabel->setAccessibleDescription(message);
    m_errorLabel->setVisible(!message.isEmpty());
    WrappedLabel::fit(m_errorLabel);
    if (!message.isEmpty())
        Accessibility::announce(m_errorLabel);
}

void RequestDialog::reject()
{
    if (m_busy)
        return; // the request is in flight: its answer decides
    QDialog::reject();
}
