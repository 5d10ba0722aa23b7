#include "SecureClipboard.h"

#include "core/Settings.h"

#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#define VOIPBIN_CONCEALED_TYPE_CONVERTER 1
#endif

namespace {
#if defined(VOIPBIN_CONCEALED_TYPE_CONVERTER)
// Qt writes an unknown MIME type to the pasteboard under a private "com.trolltech.anymime" UTI, which no
// clipboard history tool knows: this converter publishes our concealed hint as the UTI they do honour
// (nspasteboard.org). Qt 6.5 made the class public; older Qt on macOS publishes only the private UTI.
class ConcealedTypeConverter : public QUtiMimeConverter
{
public:
    static QString concealedMime() { return QStringLiteral("application/x-nspasteboard-concealed-type"); }
    static QString concealedUti() { return QStringLiteral("org.nspasteboard.ConcealedType"); }

    QString mimeForUti(const QString &uti) const override
    {
        return uti == concealedUti() ? concealedMime() : QString();
    }
    QString utiForMime(const QString &mime) const override
    {
        return mime == concealedMime() ? concealedUti() : QString();
    }
    QVariant convertToMime(
        const QString &mime, const QList<QByteArray> &data, const QString &uti) const override
    {
        if (mime != concealedMime() || uti != concealedUti() || data.isEmpty())
            return {};
        return data.first();
    }
    QList<QByteArray> convertFromMime(
        const QString &mime, const QVariant &data, const QString &uti) const override
    {
        if (mime != concealedMime() || uti != concealedUti())
            return {};
        return { data.toByteArray() };
    }
};

void registerConcealedTypeConverter()
{
    // Qt owns a heap-allocated converter and deletes it when the QGuiApplication goes away; one per process.
    static bool registered = false;
    if (registered || !QGuiApplication::instance())
        return;
    new ConcealedTypeConverter;
    registered = true;
}
#endif

QClipboard *systemClipboard()
{
    return QGuiApplication::instance() ? QGuiApplication::clipboard() : nullptr;
}

QList<QClipboard::Mode> modes(const QClipboard *clipboard, bool withSelection = true)
{
    QList<QClipboard::Mode> result { QClipboard::Clipboard };
    if (withSelection && clipboard->supportsSelection())
        result.append(QClipboard::Selection);
    return result;
}

QMimeData *secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
#if defined(Q_OS_MACOS)
    // NSPasteboard's concealed type: clipboard history tools skip it.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#elif defined(Q_OS_WIN)
    // Registered clipboard formats honoured by Windows clipboard history, cloud clipboard and monitors.
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero);
#else
    // Klipper and other Linux/BSD clipboard managers do not record entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}
} // namespace

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_clearAfterSeconds(Settings::defaultValue(Settings::Key::ClipboardClearSeconds).toInt())
{
#if defined(VOIPBIN_CONCEALED_TYPE_CONVERTER)
    registerConcealedTypeConverter();
#endif
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SecureClipboard::tick);
    if (QClipboard *clipboard = systemClipboard())
        connect(clipboard, &QClipboard::changed, this, &SecureClipboard::onClipboardChanged);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearNow);
}

SecureClipboard::~SecureClipboard()
{
    // No signals from here: whoever listens may be half destroyed already.
    clearIfOurs();
}

void SecureClipboard::copySecret(const QString &secret)
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard)
        return;
    m_lastCopied = secret;
    m_copying = true;
    for (QClipboard::Mode mode : modes(clipboard, m_copyToSelection))
        clipboard->setMimeData(secretMimeData(secret), mode); // one QMimeData per mode: Qt owns each
    m_copying = false;

    if (m_clearAfterSeconds > 0) {
        m_secondsLeft = m_clearAfterSeconds;
        m_timer->start();
        emit countdownChanged(m_secondsLeft);
    } else {
        stopCountdown();
    }
}

void SecureClipboard::copyPlain(const QString &text)
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard)
        return;
    m_copying = true;
    for (QClipboard::Mode mode : modes(clipboard))
        clipboard->setText(text, mode);
    m_copying = false;
    m_lastCopied.clear();
    stopCountdown();
}

void SecureClipboard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = qMax(0, seconds);
    if (m_clearAfterSeconds == 0)
        stopCountdown();
}

void SecureClipboard::clearNow()
{
    const bool wasCleared = clearIfOurs();
    stopCountdown();
    if (wasCleared)
        emit cleared();
}

void SecureClipboard::tick()
{
    if (m_secondsLeft > 0)
        --m_secondsLeft;
    if (m_secondsLeft > 0) {
        emit countdownChanged(m_secondsLeft);
        return;
    }
    clearNow();
}

void SecureClipboard::stopCountdown()
{
    const bool wasRunning = m_timer->isActive() || m_secondsLeft > 0;
    m_timer->stop();
    m_secondsLeft = 0;
    if (wasRunning)
        emit countdownChanged(0);
}

void SecureClipboard::onClipboardChanged(QClipboard::Mode mode)
{
    if (m_copying || m_lastCopied.isEmpty() || mode != QClipboard::Clipboard)
        return;
    QClipboard *clipboard = systemClipboard();
    if (clipboard && clipboard->text(QClipboard::Clipboard) != m_lastCopied) {
        // Someone else replaced our secret: nothing left to clear in the main clipboard. Keep
        // m_lastCopied so a selection that still holds it is cleared on quit.
        stopCountdown();
    }
}

bool SecureClipboard::clearIfOurs()
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard || m_lastCopied.isEmpty())
        return false;
    bool didClear = false;
    m_copying = true;
    for (QClipboard::Mode mode : modes(clipboard)) {
        if (clipboard->text(mode) == m_lastCopied) {
            clipboard->clear(mode);
            didClear = true;
        }
    }
    m_copying = false;
    m_lastCopied.clear();
    return didClear;
}
