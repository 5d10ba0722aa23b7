#include "ProfileSidebar.h"

#include "profiles/ProfileListModel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

ProfileSidebar::ProfileSidebar(ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProfileListModel(profiles, this))
    , m_list(new QListView(this))
    , m_newButton(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("&Profiles"), this);
    title->setObjectName(QStringLiteral("profilesLabel"));
    title->setBuddy(m_list);
    layout->addWidget(title);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_list);
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_newButton);

    connect(m_list, &QWidget::customContextMenuRequested, this, &ProfileSidebar::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                emit currentProfileChanged(m_model->idAt(current.row()));
        });
    // A reset (a profile added or removed) drops the selection; the window selects again.
    setMinimumWidth(180);
}

QString ProfileSidebar::currentProfileId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void ProfileSidebar::setCurrentProfileId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || row == m_list->currentIndex().row())
        return;
    m_list->setCurrentIndex(m_model->index(row));
}

void ProfileSidebar::setActions(QAction *newProfile, const QList<QAction *> &contextActions)
{
    m_newButton->setDefaultAction(newProfile);
    m_newButton->setAccessibleName(QString(newProfile->text()).remove(QLatin1Char('&')));
    m_contextActions = contextActions;
}

void ProfileSidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index); // the actions act on the current profile
    QMenu menu(this);
    menu.addActions(m_contextActions);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}
