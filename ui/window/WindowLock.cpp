#include "WindowLock.h"

#include "clipboard/SecureClipboard.h"
#include "core/Settings.h"
#include "keys/NewKeyDialog.h"
#include "lock/LockedPage.h"
#include "lock/TrayIcon.h"
#include "session/AppLock.h"
#include "session/CurrentSession.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"
#include "window/ProfileWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolBar>

WindowLock::WindowLock(MainWindow *window, Settings *settings, SecureClipboard *clipboard)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_clipboard(clipboard)
    , m_appLock(new AppLock(settings, this))
    , m_tray(new TrayIcon(this))
    , m_lockAction(new QAction(tr("&Lock"), window))
    , m_page(new LockedPage)
{
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Lock the app: every session is closed and its secrets dropped"));
    window->addAction(m_lockAction);
    connect(m_lockAction, &QAction::triggered, m_appLock, &AppLock::lock);

    connect(m_appLock, &AppLock::aboutToLock, this, &WindowLock::dropSecrets);
    connect(m_appLock, &AppLock::locked, this, &WindowLock::showLockedPage);
    connect(m_appLock, &AppLock::unlocked, this, &WindowLock::signInAgain);
    connect(m_page, &LockedPage::unlockRequested, m_appLock, &AppLock::unlock);
    connect(m_page, &LockedPage::quitRequested, window, &QWidget::close);

    connect(m_tray, &TrayIcon::showRequested, window, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::lockRequested, m_appLock, &AppLock::lock);
    connect(m_tray, &TrayIcon::quitRequested, window, &QWidget::close);
    applySettings();
}

WindowLock::~WindowLock()
{
    if (m_page && !m_page->parent())
        delete m_page.data();
}

LockedPage *WindowLock::lockedPage() const
{
    return m_page.data();
}

bool WindowLock::isLocked() const
{
    return m_appLock->isLocked();
}

void WindowLock::addWorkspace(ProfileWorkspace *workspace)
{
    m_workspaces.append(workspace);
    m_appLock->addSession(workspace->currentSession());
}

void WindowLock::start()
{
    m_appLock->watchScreenLock();
}

void WindowLock::applySettings()
{
    m_appLock->applySettings();
    m_tray->setVisible(m_settings->showTrayIcon() && TrayIcon::isAvailable());
}

void WindowLock::dropSecrets()
{
    m_clipboard->clearNow(); // only if it still holds our secret: what the user copied since is theirs
    // Every top-level window of the app, not only the main window's children: a dialog may have none.
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *newKey = qobject_cast<NewKeyDialog *>(widget))
            newKey->forgetToken();
        else if (auto *form = qobject_cast<SignInWidget *>(widget))
            form->clearSecrets();
    }
    // Any other password field (change or reset password), and every dialog still open over the window.
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && edit->echoMode() != QLineEdit::Normal)
            edit->clear();
    }
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
}

void WindowLock::showLockedPage()
{
    m_profilesWidget = m_window->takeCentralWidget();
    if (m_profilesWidget)
        m_profilesWidget->hide();
    m_window->setCentralWidget(m_page); // the window owns the page while it shows
    m_page->show();
    // Shortcuts are the window's actions: all off but Quit, or Ctrl+N would open a dialog over the lock.
    m_disabledActions.clear();
    for (QAction *action : m_window->actions()) {
        if (action->isEnabled() && action->objectName() != QLatin1String("quitAction")) {
            action->setEnabled(false);
            m_disabledActions.append(action);
        }
    }
    m_window->menuBar()->setEnabled(false);
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
        toolBar->setEnabled(false);
    m_tray->setLocked(true);
}

void WindowLock::hideLockedPage()
{
    m_window->takeCentralWidget(); // the page: ours again, hidden until the next lock
    m_page->hide();
    m_page->setParent(nullptr);
    if (m_profilesWidget) {
        m_window->setCentralWidget(m_profilesWidget);
        m_profilesWidget->show();
    }
    for (const QPointer<QAction> &action : std::as_const(m_disabledActions)) {
        if (action)
            action->setEnabled(true);
    }
    m_disabledActions.clear();
    m_window->menuBar()->setEnabled(true);
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
        toolBar->setEnabled(true);
    m_tray->setLocked(false);
}

void WindowLock::signInAgain()
{
    hideLockedPage();
    const QList<CurrentSession *> toRestore = m_appLock->sessionsToRestore();
    for (const QPointer<ProfileWorkspace> &workspace : std::as_const(m_workspaces)) {
        // Remembered: back from the keychain. Not remembered: the password form is already showing.
        if (workspace && toRestore.contains(workspace->currentSession()))
            workspace->start();
    }
}
