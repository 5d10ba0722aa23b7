#pragma once

#include <QApplication>
#include <QLatin1String>
#include <QWidget>

// Finding the real widgets a GUI test drives: by object name under a parent, or the one visible top-level
// window of a type (a dialog the main window opened).
template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

template<typename T>
T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}
