#pragma once

#include "callout/oauth/BrowserOpener.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace callout::test {

// The user at the browser, for tests without the real OAuth server: comes back to Callout's
// loopback listener with a code ("the-code"), denies, never comes back (until comeBack()), there
// is no browser at all, or the launch looks started and fails a moment later (xdg-open's error).
class ScriptedBrowser final : public BrowserOpener
{
public:
    enum class User { SignsIn, Denies, StaysAway, HasNoBrowser, LaunchFailsLater };

    bool open(const QUrl &url, QObject *context, FailedLater failedLater) override;
    // The user who stayed away finishes the sign-in of `authorizeUrl` now (with a code).
    void comeBack(const QUrl &authorizeUrl);

    User user = User::SignsIn;
    QList<QUrl> opened;

private:
    void redirect(const QUrl &url, bool withCode);
    void callBack(const QUrl &authorizeUrl, bool withCode);

    QNetworkAccessManager m_network;
};

} // namespace callout::test
