#pragma once

#include <QClipboard>
#include <QObject>
#include <QString>

class QTimer;

/// Copies text to the system clipboard the way password managers do (after KeePassXC's Clipboard):
/// secrets carry the "do not record" hints that clipboard managers honour, and are cleared after a
/// countdown, on clearNow() and when this object is destroyed (application quit), but only while the
/// clipboard still holds what we put there (compared by text, never by pointer).
class SecureClipboard : public QObject
{
    Q_OBJECT

public:
    explicit SecureClipboard(QObject *parent = nullptr);
    ~SecureClipboard() override;

    /// Puts `secret` on the clipboard (and on the X11/Wayland primary selection when copyToSelection() and
    /// the platform has one) with the password-manager hints, and (re)starts the countdown when
    /// clearAfterSeconds() > 0.
    void copySecret(const QString &secret);
    /// Copies text that is not a secret: no hints, no countdown. Ends a running countdown, since
    /// the secret it guarded is no longer on the clipboard.
    void copyPlain(const QString &text);

    /// 0 = never clear. Applies to the next copySecret(); 0 also stops a running countdown.
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const { return m_clearAfterSeconds; }
    /// Off by default: a secret in the primary selection is pasted by any stray middle click.
    void setCopyToSelection(bool copy) { m_copyToSelection = copy; }
    bool copyToSelection() const { return m_copyToSelection; }
    /// Seconds until the clipboard is cleared; 0 when no countdown runs.
    int secondsLeft() const { return m_secondsLeft; }

    /// Clears the clipboard now if it still holds the last secret we copied; stops the countdown.
    void clearNow();

signals:
    /// Once when a countdown starts, then every second; 0 when it ends for any reason.
    void countdownChanged(int secondsLeft);
    /// The clipboard was cleared because it still held our secret.
    void cleared();

private:
    void tick();
    void stopCountdown();
    void onClipboardChanged(QClipboard::Mode mode);
    /// Clears the modes that still hold m_lastCopied; true when something was cleared. Emits nothing.
    bool clearIfOurs();

    QTimer *m_timer;
    QString m_lastCopied;
    int m_clearAfterSeconds;
    int m_secondsLeft = 0;
    bool m_copyToSelection = false;
    bool m_copying = false;
};
