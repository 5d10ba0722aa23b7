#include "RequestDialog.h"

#include "WrappedLabel.h"

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
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    WrappedLabel::fit(m_errorLabel);
}

void RequestDialog::reject()
{
    if (m_busy)
        return; // the request is in flight: its answer decides
    QDialog::reject();
}
