#pragma once

#include "api/AccessKey.h"

#include <QWidget>

#include <memory>

namespace Ui {
class KeysPage;
}
class AccessKeyFilterProxyModel;
class AccessKeyListLoader;
class AccessKeyTableModel;
class QPoint;
class QTimer;

/// The signed-in page: the filter, a problem banner, the accesskey table (or a sentence when there is
/// nothing to show) and the load progress underneath. It shows; the window decides what to do.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit KeysPage(QWidget *parent = nullptr);
    ~KeysPage() override;

    /// Shows `proxy` over `model` and `loader`'s progress; all borrowed. Call once.
    void setUp(AccessKeyTableModel *model, AccessKeyFilterProxyModel *proxy, AccessKeyListLoader *loader);

    /// The selected key; invalid when none is.
    AccessKey currentKey() const;
    void focusTable();
    void focusFilter();
    /// A problem the user should read above the table; an empty message hides it.
    void showProblem(const QString &message);
    void hideProblem();
    void updateEmptyState();

    QByteArray saveHeaderState() const;
    /// Also sorts the rows as the restored indicator says.
    void restoreHeaderState(const QByteArray &state);

signals:
    /// The selection or the rows changed: what the key actions apply to may have, too.
    void currentKeyChanged();
    void editRequested();
    void contextMenuRequested(const QPoint &globalPosition);

private:
    void setUpTable();
    void setUpFilter();
    void showLoadStarted();
    void showLoaded();
    void hideLoadProgress();

    std::unique_ptr<Ui::KeysPage> m_ui;
    AccessKeyTableModel *m_model = nullptr;
    AccessKeyFilterProxyModel *m_proxy = nullptr;
    AccessKeyListLoader *m_loader = nullptr;
    QTimer *m_filterTimer;
};
