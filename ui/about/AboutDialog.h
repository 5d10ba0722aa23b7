#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class AboutDialog;
}

/// Name, version, Qt version, description, license and icon of the application.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The application version (VOIPBIN_KEYS_VERSION, set by CMake from the project version).
    static QString version();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
