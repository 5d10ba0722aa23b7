#include "ScreenshotTour.h"

#include "keys/AccessKeyTableModel.h"
#include "signin/SignInWidget.h"
#include "window/MainWindow.h"

#include <QProgressBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &ScreenshotTour::waitForKeys);
}

void ScreenshotTour::start()
{
    m_directory.mkpath(QStringLiteral("."));
    // Give the window a moment to be mapped and painted before the first grab.
    QTimer::singleShot(800, this, &ScreenshotTour::captureSignIn);
}

void ScreenshotTour::captureSignIn()
{
    if (!save(QStringLiteral("sign-in.png"))) {
        emit finished(false);
        return;
    }
    m_window->signInWidget()->submit(); // as if the person pressed Sign in
    m_poll->start();
}

void ScreenshotTour::waitForKeys()
{
    const auto *loadBar = m_window->findChild<QProgressBar *>(QStringLiteral("loadBar"));
    const bool loaded
        = m_window->isSignedIn() && m_window->keyModel()->rowCount() > 0 && loadBar && !loadBar->isVisible();
    if (!loaded) {
        if (--m_pollsLeft <= 0) {
            m_poll->stop();
            QTextStream(stderr) << "screenshot tour: the keys never loaded" << Qt::endl;
            emit finished(false);
        }
        return;
    }
    m_poll->stop();
    if (auto *table = m_window->findChild<QTableView *>(QStringLiteral("keyTable")))
        table->selectRow(1);
    QTimer::singleShot(500, this, [this] { emit finished(save(QStringLiteral("main-window.png"))); });
}

bool ScreenshotTour::save(const QString &fileName)
{
    const QString path = m_directory.filePath(fileName);
    const bool ok = m_window->grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "saved " : "could not save ") << path << Qt::endl;
    return ok;
}
