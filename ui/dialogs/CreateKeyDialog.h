#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class CreateKeyDialog;
}
class QTimer;

/// Asks for the name, detail and lifetime of a new accesskey. It neither calls the API nor closes
/// itself: Create emits createRequested(); the owner sends the request, then calls accept() on
/// success or showError() on failure (the typed input survives a failure or a re-sign-in).
class CreateKeyDialog : public QDialog
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

    /// While busy every input and both buttons are disabled and Escape does nothing.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Ends the busy state and shows `message` under the form; the input stays as typed.
    void showError(const QString &message);

public slots:
    void reject() override;

signals:
    void createRequested(const QString &name, const QString &detail, qint64 lifetimeSeconds);

private:
    void onCreateClicked();
    void updateState();
    /// A sentence for what is wrong with the input, or an empty string.
    QString validationMessage() const;

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    QTimer *m_refreshTimer;
    bool m_busy = false;
};
