#pragma once

#include <QDir>
#include <QObject>

class MainWindow;
class QTimer;

/// Drives the real main window through sign-in against the local sandbox and saves what it shows
/// (window grabs of the real widgets): docs/screenshots for the README, made by scripts/screenshots.sh.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();

signals:
    void finished(bool ok);

private:
    void captureSignIn();
    void waitForKeys();
    bool save(const QString &fileName);

    MainWindow *m_window;
    QDir m_directory;
    QTimer *m_poll;
    int m_pollsLeft = 150;
};
