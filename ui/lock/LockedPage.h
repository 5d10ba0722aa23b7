#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// What a locked window shows instead of the profiles: that the app is locked, why nothing is on screen,
/// and Unlock (which signs in again). It holds nothing of any account, so it may stay up for hours.
class LockedPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockedPage(QWidget *parent = nullptr);

    QPushButton *unlockButton() const { return m_unlock; }

signals:
    void unlockRequested();
    void quitRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_unlock;
    QPushButton *m_quit;
};
