#include "SignInAgainDialog.h"

#include "session/Session.h"
#include "signin/SignInWidget.h"

#include <QVBoxLayout>

#include <utility>

SignInAgainDialog::SignInAgainDialog(const Session &session, bool remember, QWidget *parent)
    : QDialog(parent)
    , m_signIn(new SignInWidget(this))
{
    setWindowTitle(tr("Sign in again"));
    setAccessibleName(tr("Sign in again"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_signIn);
    const bool accessKey = session.credential().kind() == Credential::Kind::AccessKey;
    m_signIn->lockTo(session.serverRoot(), accessKey ? SignInMethod::AccessKey : SignInMethod::Password,
        session.username());
    m_signIn->setRemember(remember);
    resize(460, sizeHint().height());
}

std::function<void()> SignInAgainDialog::takeRetry()
{
    m_signIn->clearSecrets();
    accept();
    return std::exchange(m_retry, {});
}

void SignInAgainDialog::reject()
{
    if (m_signIn->isBusy()) {
        emit m_signIn->cancelRequested();
        return;
    }
    m_retry = {};
    QDialog::reject();
}
