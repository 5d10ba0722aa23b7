#pragma once

#include <QObject>
#include <QTimer>

/// Tells when a window has painted its first frame, so that start-up work the first frame does not need
/// (the window icon, the remembered sign-in's keychain read) runs after it and the window shows sooner;
/// the hidden --quit-after-first-paint ends the app there, for bench/bench_startup.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` (a top-level widget: it is painted before its children) and is owned by it.
    explicit FirstFrameWatcher(QObject *window);

signals:
    /// Once, in the event loop's pass after the first paint (the children painted, the frame flushed), or
    /// after FallbackMs without one: a window never exposed (started minimised, on another desktop) still
    /// gets on with its start.
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int FallbackMs = 1000;
    void finish();

    QTimer m_fallback;
};
