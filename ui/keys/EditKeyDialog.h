#pragma once

#include "keys/RequestDialog.h"

#include <QString>

#include <memory>

namespace Ui {
class EditKeyDialog;
}
class AccessKey;

/// Edits the name and detail of an accesskey. The server replaces both fields on every update, so
/// saveRequested() always carries both. Like CreateKeyDialog it does not call the API or close itself:
/// the owner sends the update, then calls accept() or showError().
class EditKeyDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit EditKeyDialog(const AccessKey &key, QWidget *parent = nullptr);
    ~EditKeyDialog() override;

    QString keyId() const { return m_keyId; }
    QString name() const; // trimmed
    QString detail() const; // trimmed
    /// Save is enabled only when the name is not empty and something changed.
    bool isInputValid() const;

signals:
    void saveRequested(const QString &name, const QString &detail);

private:
    void onSaveClicked();
    void updateState() override;

    std::unique_ptr<Ui::EditKeyDialog> m_ui;
    QString m_keyId;
    QString m_originalName;
    QString m_originalDetail;
};
