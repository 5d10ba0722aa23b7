#include "VnImportDialog.h"

#include "core/SecretWipe.h"
#include "ui_VnImportDialog.h"
#include "vn/VnImport.h"
#include "widgets/Accessibility.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidgetItem>

VnImportDialog::VnImportDialog(
    ProfileStore *profiles, SecretStore *store, Settings *settings, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VnImportDialog>())
    , m_file(path)
    , m_import(new VnImport(profiles, store, settings, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import from vn"));
    setAccessibleName(windowTitle());
    m_ui->entryTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->progressBar->hide();
    m_ui->scrubButton->hide();
    m_ui->scrubLabel->hide();
    m_ui->scrubLabel->setText(
        tr("Your keys are in the keychain now. vn does not need them in its file: run it as "
           "vbkeys exec --profile NAME -- vn …, which hands vn the profile's key in VN_ACCESS_KEY. Removing "
           "them blanks only the keys in %1; everything else in it stays as it is.")
            .arg(QDir::toNativeSeparators(m_file.path())));
    connect(m_ui->importButton, &QPushButton::clicked, this, &VnImportDialog::startImport);
    connect(m_ui->scrubButton, &QPushButton::clicked, this, &VnImportDialog::scrub);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &VnImportDialog::reject);
    connect(m_import, &VnImport::entryStarted, this,
        [this](const QString &name) { setResult(name, tr("checking the key…")); });
    connect(m_import, &VnImport::entryImported, this,
        [this](const QString &name, const Profile &profile, const Session &) {
            m_importedIds.append(profile.id);
            m_storedEntries.append(name);
            setResult(name, tr("imported as profile “%1”").arg(profile.name));
            m_ui->progressBar->setValue(++m_done);
        });
    connect(m_import, &VnImport::entryFailed, this, [this](const QString &name, const QString &reason) {
        setResult(name, tr("not imported: %1").arg(reason));
        m_ui->progressBar->setValue(++m_done);
    });
    connect(m_import, &VnImport::finished, this, &VnImportDialog::onFinished);
    loadFile();
    resize(640, sizeHint().height());
}

VnImportDialog::~VnImportDialog() = default;

void VnImportDialog::loadFile()
{
    const QString shown = QDir::toNativeSeparators(m_file.path());
    m_ui->warningLabel->hide();
    if (!m_file.load()) {
        // Malformed, unreadable, a symbolic link, too large: said, and the file is left alone.
        m_ui->fileLabel->setText(tr("vn's file: %1").arg(shown));
        m_ui->entryTree->hide();
        m_ui->importButton->setEnabled(false);
        setMessage(tr("Nothing was imported and the file was not changed: %1").arg(m_file.errorString()));
        return;
    }
    m_ui->fileLabel->setText(tr("vn keeps these profiles, with their keys in plaintext, in %1.").arg(shown));
    if (!m_file.warnings().isEmpty()) {
        m_ui->warningLabel->setText(m_file.warnings().join(QLatin1Char('\n')));
        m_ui->warningLabel->show();
    }
    fillEntries();
}

void VnImportDialog::fillEntries()
{
    int importable = 0;
    for (const VnProfile &entry : m_file.profiles()) {
        QString problem;
        const QUrl root = entry.serverRoot(&problem);
        auto *item = new QTreeWidgetItem(m_ui->entryTree);
        item->setText(NameColumn, entry.name);
        item->setData(NameColumn, Qt::UserRole, entry.name);
        item->setText(ServerColumn, root.isValid() ? root.toDisplayString() : entry.apiUrl);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (entry.accessKey.isEmpty()) {
            m_storedEntries.append(entry.name); // nothing left to move
            item->setText(ResultColumn, tr("no key in vn's file"));
        } else if (!root.isValid()) {
            item->setText(ResultColumn, tr("its api_url cannot be used: %1").arg(problem));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, Qt::Checked);
            ++importable;
        }
    }
    m_ui->importButton->setEnabled(importable > 0);
    if (m_file.profiles().isEmpty())
        setMessage(tr("vn's file holds no profile to import."));
    else if (importable == 0)
        setMessage(tr("No profile in vn's file has a key to import."));
}

QTreeWidgetItem *VnImportDialog::entryItem(const QString &name) const
{
    for (int row = 0; row < m_ui->entryTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->entryTree->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toString() == name)
            return item;
    }
    return nullptr;
}

void VnImportDialog::startImport()
{
    if (m_import->isRunning())
        return;
    QList<VnProfile> chosen;
    for (const VnProfile &entry : m_file.profiles()) {
        QTreeWidgetItem *item = entryItem(entry.name);
        if (item && (item->flags() & Qt::ItemIsUserCheckable) && item->checkState(NameColumn) == Qt::Checked
            && !m_storedEntries.contains(entry.name))
            chosen.append(entry);
    }
    if (chosen.isEmpty()) {
        setMessage(tr("Tick the vn profiles to import first."));
        return;
    }
    m_importedIds.clear();
    m_done = 0;
    m_ui->progressBar->setRange(0, int(chosen.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->importButton->setEnabled(false);
    m_ui->entryTree->setEnabled(false);
    setMessage(tr("Checking each key with its server…"));
    m_import->start(chosen);
    for (VnProfile &entry : chosen)
        SecretWipe::wipe(entry.accessKey); // VnImport has its own copies
}

void VnImportDialog::setResult(const QString &entryName, const QString &text)
{
    if (QTreeWidgetItem *item = entryItem(entryName))
        item->setText(ResultColumn, text);
}

void VnImportDialog::onFinished()
{
    m_ui->progressBar->hide();
    m_ui->entryTree->setEnabled(true);
    const int stored = m_import->importedCount();
    const int failed = m_import->failedCount();
    QString text = failed == 0
        ? tr("%n key(s) imported; each profile is signed in.", nullptr, stored)
        : tr("%n key(s) imported, %1 not: see each profile's result.", nullptr, stored).arg(failed);
    if (everyKeyStored()) {
        m_ui->scrubLabel->show();
        m_ui->scrubButton->show();
        m_ui->scrubButton->setEnabled(true);
        m_ui->scrubButton->setFocus();
    } else {
        // Blanking a key that is stored nowhere else would lose it.
        m_ui->importButton->setEnabled(true);
        text += QLatin1Char(' ') + tr("vn's file is left as it is while some of its keys are not kept here.");
    }
    setMessage(text);
    emit profilesImported(m_importedIds);
}

bool VnImportDialog::everyKeyStored() const
{
    for (const VnProfile &entry : m_file.profiles()) {
        if (!m_storedEntries.contains(entry.name))
            return false;
    }
    return true;
}

void VnImportDialog::scrub()
{
    QString error;
    if (!m_file.scrub(&error)) {
        setMessage(tr("The keys were not removed from vn's file: %1").arg(error));
        return;
    }
    m_ui->scrubButton->setEnabled(false);
    setMessage(tr("The keys in %1 are blank now. Run vn as vbkeys exec --profile NAME -- vn …")
                   .arg(QDir::toNativeSeparators(m_file.path())));
}

void VnImportDialog::setMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    Accessibility::announce(m_ui->messageLabel);
}
