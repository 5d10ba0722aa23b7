#pragma once

#include "WidgetLookup.h"
#include "core/ServerChoice.h"
#include "core/SignInMethod.h"
#include "signin/SignInWidget.h"

#include <QLineEdit>
#include <QTest>
#include <QUrl>

/// Signs in through the form as a person does: a custom server, username and password typed key by key,
/// Return pressed. The caller waits for what it expects (signed in, an error).
inline void submitPasswordSignIn(SignInWidget *form, const QUrl &server, const QString &username,
    const QString &password, bool remember = false)
{
    form->setServerChoice(ServerChoice::Custom);
    form->setCustomUrl(server.toString());
    form->setMethod(SignInMethod::Password);
    form->setRemember(remember);
    auto *user = child<QLineEdit>(form, "usernameEdit");
    auto *pass = child<QLineEdit>(form, "passwordEdit");
    user->clear();
    pass->clear();
    QTest::keyClicks(user, username);
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}
