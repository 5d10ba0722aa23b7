#include "LockedPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LockedPage::LockedPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("VoIPbin Keys is locked"), this))
    , m_text(new QLabel(tr("Nothing of your accounts is kept while the app is locked. Unlock to sign in "
                           "again: remembered sessions come back from the keychain, others ask for the "
                           "password."),
          this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_quit(new QPushButton(tr("&Quit"), this))
{
    setObjectName(QStringLiteral("lockedPage"));
    setAccessibleName(tr("Locked"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setAccessibleName(tr("VoIPbin Keys is locked"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setAccessibleName(tr("Why the window is empty"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setAccessibleDescription(tr("Signs in again to the profiles that were open"));
    m_unlock->setDefault(true);
    m_quit->setAccessibleName(tr("Quit"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_quit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    layout->setContentsMargins(48, 24, 48, 24);

    connect(m_unlock, &QPushButton::clicked, this, &LockedPage::unlockRequested);
    connect(m_quit, &QPushButton::clicked, this, &LockedPage::quitRequested);
}

void LockedPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Enter unlocks: the keyboard needs somewhere to be on a page with nothing else on it.
    m_unlock->setFocus(Qt::OtherFocusReason);
}
