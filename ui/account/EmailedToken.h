#pragma once

#include <QRegularExpression>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

/// The token of a VoIPbin email (email verification, password reset), from whatever the person pastes:
/// the bare 64 hex characters, or the whole link from the email (…/auth/password-reset?token=…), since
/// copying the link is what most people do. Never logged; the caller wipes what it got.
class EmailedToken
{
public:
    /// The token, or an empty string when `pasted` holds none.
    static QString fromPasted(const QString &pasted)
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
        const QString text = pasted.trimmed();
        if (hex.match(text).hasMatch())
            return text.toLower();
        const QString inLink = QUrlQuery(QUrl(text).query()).queryItemValue(QStringLiteral("token"));
        return hex.match(inLink).hasMatch() ? inLink.toLower() : QString();
    }
};
