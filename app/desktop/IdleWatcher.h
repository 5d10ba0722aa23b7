#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// Tells when nobody has used the app for a while: no key press, click, mouse move, wheel or touch
/// reaching any of its windows (an event filter on the application), for the idle lock. Input to other
/// programs does not count: the question is whether someone is using this one. Signals once per idle
/// stretch; the next input starts a new one.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    /// How long without input counts as idle; 0 turns the watch off.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_timeoutMs; }
    /// Counts from now, as if the user had just done something (after unlocking).
    void restart();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTimer();
    static bool isInput(const QEvent *event);

    int m_timeoutMs = 0;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    bool m_signalled = false;
};
