#pragma once

#include "core/ServerChoice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class QCheckBox;
class QSpinBox;
class Settings;

/// Edits the user preferences in Settings: clipboard clearing, the expiry warning, locking (after an idle
/// time, with the screen), the tray icon and the default server. Nothing is written until OK (accept()).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// False while "Custom URL" is chosen and the address cannot be used.
    bool isInputValid() const;

public slots:
    /// Writes the values into Settings, then closes. Does nothing while the input is invalid.
    void accept() override;

private:
    void load();
    void addLockAndDesktopRows();
    void restoreDefaults();
    void updateState();
    void selectServer(ServerChoice choice);
    ServerChoice chosenServer() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    QSpinBox *m_lockIdleSpin = nullptr;
    QCheckBox *m_lockOnScreenCheck = nullptr;
    QCheckBox *m_trayCheck = nullptr;
};
