#include "SessionStatusBar.h"

#include "clipboard/SecureClipboard.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"

#include <QFrame>
#include <QLabel>
#include <QTimer>

#include <limits>

namespace {
constexpr int SessionStatusIntervalMs = 60 * 1000;
constexpr int ClearedMessageMs = 5000;

QLabel *statusLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    return label;
}

QFrame *statusSeparator(const QString &name, QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setObjectName(name);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    line->hide();
    return line;
}
} // namespace

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_sessionTimer(new QTimer(this))
    , m_expiryTimer(new QTimer(this))
    , m_accountLabel(statusLabel(QStringLiteral("accountLabel"), this))
    , m_sessionLabel(statusLabel(QStringLiteral("sessionLabel"), this))
    , m_clipboardLabel(statusLabel(QStringLiteral("clipboardLabel"), this))
    // Visible lines between the parts, as in most desktop apps.
    , m_clipboardSeparator(statusSeparator(QStringLiteral("clipboardSeparator"), this))
    , m_sessionSeparator(statusSeparator(QStringLiteral("sessionSeparator"), this))
{
    addPermanentWidget(m_clipboardLabel);
    addPermanentWidget(m_clipboardSeparator);
    addPermanentWidget(m_accountLabel);
    addPermanentWidget(m_sessionSeparator);
    addPermanentWidget(m_sessionLabel);
    m_sessionTimer->setInterval(SessionStatusIntervalMs);
    connect(m_sessionTimer, &QTimer::timeout, this, &SessionStatusBar::updateSessionText);
    m_expiryTimer->setSingleShot(true);
    // A coarse timer may fire up to 5% early, still before the end.
    m_expiryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        updateSessionText();
        scheduleExpiryUpdate(); // in case it still came a moment early
    });
}

void SessionStatusBar::watchClipboard(SecureClipboard *clipboard)
{
    connect(clipboard, &SecureClipboard::countdownChanged, this, &SessionStatusBar::showClipboardCountdown);
    connect(clipboard, &SecureClipboard::cleared, this,
        [this] { showMessage(tr("Clipboard cleared."), ClearedMessageMs); });
}

void SessionStatusBar::showSession(const Session &session)
{
    m_session = session;
    updateSessionText();
    if (!m_sessionTimer->isActive())
        m_sessionTimer->start();
    scheduleExpiryUpdate();
}

void SessionStatusBar::scheduleExpiryUpdate()
{
    // The minute timer can be up to a minute late for the end: be there at the moment it passes.
    m_expiryTimer->stop();
    if (!m_session.expiresAt().isValid())
        return;
    const qint64 msLeft = Clock::currentDateTimeUtc().msecsTo(m_session.expiresAt());
    if (msLeft > 0 && msLeft < std::numeric_limits<int>::max() - 1)
        m_expiryTimer->start(int(msLeft) + 1);
}

void SessionStatusBar::clearSession()
{
    m_session = Session();
    m_sessionTimer->stop();
    m_expiryTimer->stop();
    m_accountLabel->clear();
    m_sessionLabel->clear();
    updateSeparators();
}

void SessionStatusBar::updateSessionText()
{
    if (!m_session.isValid())
        return;
    const QString who = m_session.customer().displayName();
    const QString user = m_session.username().isEmpty() ? tr("accesskey") : m_session.username();
    m_accountLabel->setText(tr("%1 (%2) on %3").arg(who, user, m_session.serverRoot().host()));
    m_accountLabel->setToolTip(m_session.serverRoot().toString());
    m_sessionLabel->setText(sessionTimeText());
    updateSeparators();
}

QString SessionStatusBar::sessionTimeText() const
{
    if (!m_session.expiresAt().isValid())
        return {};
    // Against the moment, not whole seconds: "less than a minute" must not outlive the end.
    const bool ended = Clock::currentDateTimeUtc() >= m_session.expiresAt();
    // A whole phrase ("in 7 days"), not a span: languages inflect the noun after "in".
    const QString left = RelativeTime::describe(m_session.expiresAt());
    // An accesskey session lasts as long as the key: say which of the two ends.
    if (m_session.credential().kind() == Credential::Kind::AccessKey) {
        return ended ? tr("accesskey expired")
                     : /*: %1 is a moment from now: "in 7 days", "in less than a minute" */
            tr("accesskey expires %1").arg(left);
    }
    return ended ? tr("session expired")
                 : /*: %1 is a moment from now: "in 7 days", "in less than a minute" */
        tr("session expires %1").arg(left);
}

void SessionStatusBar::showClipboardCountdown(int secondsLeft)
{
    m_clipboardLabel->setText(secondsLeft > 0 ? tr("Clipboard clears in %1 s").arg(secondsLeft) : QString());
    updateSeparators();
}

void SessionStatusBar::updateSeparators()
{
    m_clipboardSeparator->setVisible(
        !m_clipboardLabel->text().isEmpty() && !m_accountLabel->text().isEmpty());
    m_sessionSeparator->setVisible(!m_accountLabel->text().isEmpty() && !m_sessionLabel->text().isEmpty());
}
