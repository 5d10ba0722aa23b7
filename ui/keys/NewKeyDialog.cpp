#include "NewKeyDialog.h"

#include "api/NewAccessKey.h"
#include "clipboard/SecureClipboard.h"
#include "core/RelativeTime.h"
#include "core/SecretWipe.h"
#include "ui_NewKeyDialog.h"
#include "widgets/Accessibility.h"
#include "widgets/WrappedLabel.h"

#include <QFontDatabase>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

NewKeyDialog::NewKeyDialog(const NewAccessKey &created, bool storedInKeychain, const QString &keychainMessage,
    SecureClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewKeyDialog>())
    , m_clipboard(clipboard)
    , m_token(created.token)
    , m_stored(storedInKeychain)
{
    const AccessKey &key = created.key;
    m_ui->setupUi(this);
    // Grow when an error or warning line appears instead of squeezing it.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);

    const QString name = key.name.isEmpty() ? tr("(no name)") : key.name;
    QFont headlineFont = m_ui->headlineLabel->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_ui->headlineLabel->setFont(headlineFont);
    m_ui->headlineLabel->setText(tr("Access key “%1” created").arg(name));

    m_ui->tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->tokenEdit->setText(m_token);
    m_ui->tokenEdit->setCursorPosition(0);
    // Read-only stops typing, not Qt's accessibility interface, which can still replace the text: put the
    // secret back if anything does, so what is shown and copied is always what the server sent.
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != m_token)
            m_ui->tokenEdit->setText(m_token);
    });
    const int tokenWidth = m_ui->tokenEdit->fontMetrics().horizontalAdvance(m_token + QStringLiteral("MM"));
    m_ui->tokenEdit->setMinimumWidth(qMin(tokenWidth, 600));

    m_ui->nameValueLabel->setText(name);
    m_ui->nameValueLabel->setAccessibleName(tr("Name"));
    Accessibility::exposeText(m_ui->nameValueLabel);
    if (key.expiresAt.isValid()) {
        const QDateTime local = key.expiresAt.toLocalTime();
        m_ui->expiryValueLabel->setText(tr("%1 at %2 (%3)")
                                            .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                                QLocale().toString(local.time(), QLocale::ShortFormat),
                                                RelativeTime::describe(key.expiresAt)));
    } else {
        m_ui->expiryValueLabel->setText(tr("Unknown"));
    }
    m_ui->expiryValueLabel->setAccessibleName(tr("Expires"));
    Accessibility::exposeText(m_ui->expiryValueLabel);

    showKeychainState(keychainMessage);
    m_ui->copyStatusLabel->hide();
    m_ui->copyStatusLabel->setAccessibleName(tr("Clipboard status"));

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(m_stored);

    connect(m_ui->copyButton, &QPushButton::clicked, this, &NewKeyDialog::copyToken);
    connect(m_ui->copiedCheckBox, &QCheckBox::toggled, this, &NewKeyDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewKeyDialog::reject);
    if (m_clipboard) {
        connect(m_clipboard, &SecureClipboard::countdownChanged, this, &NewKeyDialog::showCountdown);
        connect(m_clipboard, &SecureClipboard::cleared, this,
            [this] { showCopyStatus(tr("The clipboard has been cleared.")); });
    } else {
        m_ui->copyButton->setEnabled(false);
    }

    m_ui->copyButton->setFocus();
    updateState();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

NewKeyDialog::~NewKeyDialog()
{
    SecretWipe::wipe(m_token); // the line edit's copy goes with it (freed blocks are zeroed)
}

void NewKeyDialog::showKeychainState(const QString &keychainMessage)
{
    if (m_stored) {
        m_ui->warningIconLabel->hide();
        QFont font = m_ui->onceLabel->font();
        font.setBold(false);
        m_ui->onceLabel->setFont(font);
        m_ui->onceLabel->setText(
            tr("The server shows this key only once. It has been saved in your keychain."));
        m_ui->onceLabel->setAccessibleName(tr("Notice"));
        m_ui->copiedCheckBox->hide();
        Accessibility::exposeText(m_ui->onceLabel);
        return;
    }
    QString reason = keychainMessage.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    if (reason.isEmpty())
        reason = tr("unknown error");
    showWarning(tr("The server shows this key only once. It could NOT be saved in your "
                   "keychain: %1. Copy it now and keep it somewhere safe.")
                    .arg(reason));
}

void NewKeyDialog::showWarning(const QString &text)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_ui->warningIconLabel->show();
    QFont warningFont = m_ui->onceLabel->font();
    warningFont.setBold(true);
    m_ui->onceLabel->setFont(warningFont);
    m_ui->onceLabel->setText(text);
    m_ui->onceLabel->setAccessibleName(tr("Warning"));
    m_ui->copiedCheckBox->show();
    Accessibility::exposeText(m_ui->onceLabel);
}

void NewKeyDialog::showKeychainStillAsking()
{
    m_stored = false;
    showWarning(tr("The server shows this key only once. Your keychain has not answered yet: it may be "
                   "asking you to unlock it. The key is kept on screen until it is saved; copy it now if "
                   "you cannot unlock the keychain."));
    Accessibility::announce(m_ui->onceLabel);
    updateState();
}

void NewKeyDialog::keychainAnswered(bool stored, const QString &message)
{
    m_stored = stored;
    showKeychainState(message);
    Accessibility::announce(m_ui->onceLabel);
    updateState();
}

bool NewKeyDialog::canClose() const
{
    return m_stored || m_ui->copiedCheckBox->isChecked();
}

void NewKeyDialog::forgetToken()
{
    SecretWipe::wipe(m_token);
    m_ui->tokenEdit->clear(); // its textChanged guard puts back m_token, now empty
    QDialog::done(QDialog::Rejected);
}

void NewKeyDialog::reject()
{
    if (!canClose()) {
        // Escape, the window's close button, or a programmatic close: the token would be lost.
        m_ui->copiedCheckBox->setFocus();
        showCopyStatus(tr("Copy the key and tick “I have copied this key” first: it cannot be shown again."));
        return;
    }
    QDialog::reject();
}

void NewKeyDialog::copyToken()
{
    if (!m_clipboard)
        return;
    m_clipboard->copySecret(m_token);
    if (m_clipboard->secondsLeft() <= 0)
        showCopyStatus(tr("Copied to the clipboard."));
}

void NewKeyDialog::showCountdown(int secondsLeft)
{
    if (secondsLeft <= 0) {
        m_ui->copyStatusLabel->hide(); // cleared() says so when it was our clear
        return;
    }
    showCopyStatus(secondsLeft == 1
            ? tr("Copied. The clipboard will be cleared in %n second.", "one", secondsLeft)
            : tr("Copied. The clipboard will be cleared in %n seconds.", "other", secondsLeft));
}

void NewKeyDialog::showCopyStatus(const QString &message)
{
    m_ui->copyStatusLabel->setText(message);
    Accessibility::exposeText(m_ui->copyStatusLabel);
    m_ui->copyStatusLabel->show();
    WrappedLabel::fit(m_ui->copyStatusLabel);
}

void NewKeyDialog::updateState()
{
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(canClose());
    if (!m_stored && canClose())
        close->setDefault(true);
}
