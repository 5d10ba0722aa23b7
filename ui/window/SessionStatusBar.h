#pragma once

#include "session/Session.h"

#include <QStatusBar>

class QFrame;
class QLabel;
class QTimer;
class SecureClipboard;

/// The main window's status bar: "clipboard countdown | account on server | session time", with a
/// line between parts only while both sides show something. The session time is updated every minute
/// and at the moment the session ends; transient messages ("Key copied.") still go through showMessage().
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    /// Counts down `clipboard`'s auto-clear and says when it cleared. `clipboard` is borrowed.
    void watchClipboard(SecureClipboard *clipboard);
    /// Shows who is signed in where and until when; call again when the session's end becomes known.
    void showSession(const Session &session);
    /// Signed out: nothing of the account stays on screen.
    void clearSession();

private:
    void updateSessionText();
    QString sessionTimeText() const;
    void scheduleExpiryUpdate();
    void showClipboardCountdown(int secondsLeft);
    void updateSeparators();

    Session m_session;
    QTimer *m_sessionTimer;
    QTimer *m_expiryTimer;
    QLabel *m_accountLabel;
    QLabel *m_sessionLabel;
    QLabel *m_clipboardLabel;
    QFrame *m_clipboardSeparator;
    QFrame *m_sessionSeparator;
};
