#include "SignInDialog.h"

#include "SignInWidget.h"

#include <QVBoxLayout>

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_signIn(new SignInWidget(this))
{
    setWindowTitle(tr("Sign in again"));
    setAccessibleName(tr("Sign in again"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_signIn);
    resize(460, sizeHint().height());
}

void SignInDialog::reject()
{
    if (m_signIn->isBusy()) {
        emit m_signIn->cancelRequested();
        return;
    }
    QDialog::reject();
}
