#pragma once

#include "api/AccessKey.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ReplaceKeyDialog;
}
class KeyRotation;
class QLabel;
struct NewAccessKey;
class QPushButton;
class SecureClipboard;

/// Replace key…: the user picks when the old key is revoked (now, or after a grace period), then follows
/// the rotation's steps as they happen (created, stored, verified, the old key revoked or to be revoked at
/// a time) and can copy the new key, shown here once. The work is KeyRotation's; closing the dialog never
/// stops it, since every step is recorded and the keys page keeps it running.
class ReplaceKeyDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr qint64 OneHour = 3600;
    static constexpr qint64 OneDay = 86400;
    static constexpr qint64 SevenDays = 7 * 86400;

    ReplaceKeyDialog(const AccessKey &oldKey, SecureClipboard *clipboard, QWidget *parent = nullptr);
    ~ReplaceKeyDialog() override;

    qint64 graceSeconds() const;
    /// Shows `rotation`'s steps from now on (and where it stands already, for one resumed).
    void follow(KeyRotation *rotation);

signals:
    void replaceRequested(qint64 graceSeconds);

private:
    void requestReplace();
    void showStep();
    void showNewKey(const NewAccessKey &created);
    void showScheduled(const QDateTime &revokeAtUtc);
    void showFinished();
    void showFailure(const QString &message, bool resumable);
    void copyToken();
    void setStepText(QLabel *label, bool done, const QString &text);

    std::unique_ptr<Ui::ReplaceKeyDialog> m_ui;
    AccessKey m_oldKey;
    QPointer<SecureClipboard> m_clipboard;
    QPointer<KeyRotation> m_rotation;
    QPushButton *m_replaceButton;
    QString m_token; // the new key as the rotation handed it out, for Copy; wiped with the dialog
};
