#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>

/// A cookie jar that neither keeps nor hands out cookies. The login response sets a `token` cookie, and the
/// server lets any JWT source (cookie first) override an accesskey: a remembered cookie would silently turn
/// an accesskey session into a stale JWT session.
class NoCookieJar : public QNetworkCookieJar
{
    Q_OBJECT

public:
    using QNetworkCookieJar::QNetworkCookieJar;

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookies, const QUrl &url) override;
    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
};
