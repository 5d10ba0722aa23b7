#pragma once

#include "vn/VnConfigFile.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class VnImportDialog;
}
class ProfileStore;
class QTreeWidgetItem;
class SecretStore;
class Settings;
class VnImport;

/// File > Import from vn…: vn's plaintext ~/.vn/config.yaml, its profiles with their servers (vn's URL
/// without /v1.0) and a tick each. Import checks each ticked key with its server and keeps it in a profile
/// (VnImport), saying per entry what became of it; once every key of the file is here it offers to blank
/// them in vn's file (VnConfigFile::scrub), vn then running as `vbkeys exec -- vn …`. A file that cannot be
/// used is said so, and nothing is changed.
class VnImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, ServerColumn, ResultColumn };

    /// All borrowed. `path` is vn's file (tests point it elsewhere).
    VnImportDialog(ProfileStore *profiles, SecretStore *store, Settings *settings,
        const QString &path = VnConfigFile::defaultPath(), QWidget *parent = nullptr);
    ~VnImportDialog() override;

    /// The ids of the profiles the last import stored keys in.
    QStringList importedProfileIds() const { return m_importedIds; }
    /// The entry's row, by vn's profile name; null when there is none.
    QTreeWidgetItem *entryItem(const QString &name) const;

public slots:
    void startImport();
    void scrub();

signals:
    /// An import ended; `profileIds` now have their keys in the keychain (the window signs them in).
    void profilesImported(const QStringList &profileIds);

private:
    void loadFile();
    void fillEntries();
    void setResult(const QString &entryName, const QString &text);
    void onFinished();
    bool everyKeyStored() const;
    void setMessage(const QString &text);

    std::unique_ptr<Ui::VnImportDialog> m_ui;
    VnConfigFile m_file;
    VnImport *m_import;
    QStringList m_importedIds;
    /// vn's names whose keys are in the keychain now (an entry without a key counts as done).
    QStringList m_storedEntries;
    int m_done = 0;
};
