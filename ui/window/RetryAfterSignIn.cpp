#include "RetryAfterSignIn.h"

#include "SignInController.h"
#include "SignInDialog.h"
#include "SignInWidget.h"
#include "core/Settings.h"
#include "session/Session.h"

#include <QApplication>

#include <utility>

RetryAfterSignIn::RetryAfterSignIn(SignInController *controller, Settings *settings, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_settings(settings)
    , m_window(window)
{
}

void RetryAfterSignIn::ask(const Session &session, std::function<void()> retry)
{
    m_retry = std::move(retry);
    if (m_dialog)
        return;
    // Over the top-most modal dialog (a half-filled create dialog), so that dialog stays usable after.
    QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    m_dialog = new SignInDialog(parent);
    SignInWidget *form = m_dialog->signInWidget();
    const bool accessKey = session.credential().kind() == Credential::Kind::AccessKey;
    form->lockTo(session.serverRoot(),
        accessKey ? SignInController::Method::AccessKey : SignInController::Method::Password,
        session.username());
    form->setRemember(m_settings->value(Settings::Key::RememberMe).toBool());
    connect(form, &SignInWidget::signInRequested, this, [this] { emit submitted(m_dialog->signInWidget()); });
    connect(form, &SignInWidget::cancelRequested, m_controller, &SignInController::cancel);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        m_retry = {};
        close();
        emit abandoned();
    });
    m_dialog->open();
    m_dialog->activateWindow();
    form->focusFirstEmptyField();
}

SignInWidget *RetryAfterSignIn::form() const
{
    return m_dialog ? m_dialog->signInWidget() : nullptr;
}

std::function<void()> RetryAfterSignIn::takeRetry()
{
    if (!m_dialog)
        return {};
    m_dialog->signInWidget()->clearSecrets();
    m_dialog->accept();
    close();
    return std::exchange(m_retry, {});
}

void RetryAfterSignIn::close()
{
    m_dialog->deleteLater();
    m_dialog.clear();
}
