#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QIcon>
#include <QLayout>
#include <QPushButton>
#include <QStyle>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    // Grow when an error or warning line appears instead of squeezing it.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);

    const QIcon icon(QStringLiteral(":/icons/io.github.voipbin_keys.VoipbinKeys.svg"));
    const int iconSize = 4 * style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) / 2;
    m_ui->iconLabel->setPixmap(icon.pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    m_ui->iconLabel->setAccessibleName(tr("VoIPbin Keys icon"));

    QFont titleFont = m_ui->nameLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_ui->nameLabel->setFont(titleFont);
    m_ui->versionLabel->setText(tr("Version %1").arg(version()));
    m_ui->qtVersionLabel->setText(tr("Built with Qt %1, running on Qt %2")
                                      .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())));

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    resize(sizeHint().expandedTo(QSize(420, 0)));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version()
{
    return QStringLiteral(VOIPBIN_KEYS_VERSION);
}
