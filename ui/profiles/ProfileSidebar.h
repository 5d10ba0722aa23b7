#pragma once

#include <QWidget>

class ProfileListModel;
class ProfileStore;
class QAction;
class QListView;
class QToolButton;

/// The window's list of profiles, on its left: each profile's name with its server under it and whether
/// it is signed in, the current one selected, a button for a new profile and the profile actions on a
/// right click. Selecting a row asks the window to show that profile; the list owns no workspace.
class ProfileSidebar : public QWidget
{
    Q_OBJECT

public:
    /// `profiles` is borrowed.
    explicit ProfileSidebar(ProfileStore *profiles, QWidget *parent = nullptr);

    ProfileListModel *model() const { return m_model; }
    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);
    /// The new-profile button's action, and the actions a right click on a profile offers.
    void setActions(QAction *newProfile, const QList<QAction *> &contextActions);

signals:
    void currentProfileChanged(const QString &id);

private:
    void showContextMenu(const QPoint &position);

    ProfileListModel *m_model;
    QListView *m_list;
    QToolButton *m_newButton;
    QList<QAction *> m_contextActions;
};
