#pragma once

#include "keys/RequestDialog.h"

#include <QString>

#include <memory>

namespace Ui {
class CreateKeyDialog;
}
class QTimer;

/// Asks for the name, detail and lifetime of a new accesskey. It neither calls the API nor closes
/// itself: Create emits createRequested(); the owner sends the request, then calls accept() on
/// success or showError() on failure (the typed input survives a failure or a re-sign-in).
class CreateKeyDialog : public RequestDialog
{
    Q_OBJECT

public:
    /// Indexes of the lifetime combo.
    enum Lifetime { Days30, Days90, OneYear, CustomDate };

    explicit CreateKeyDialog(QWidget *parent = nullptr);
    ~CreateKeyDialog() override;

    QString name() const; // trimmed
    QString detail() const; // trimmed
    /// The `expire` value to send, in seconds from now; 0 while the choice is invalid.
    qint64 lifetimeSeconds() const;
    bool isInputValid() const;

signals:
    void createRequested(const QString &name, const QString &detail, qint64 lifetimeSeconds);

private:
    void onCreateClicked();
    void updateState() override;
    /// A sentence for what is wrong with the input, or an empty string.
    QString validationMessage() const;

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    QTimer *m_refreshTimer;
};
