#include "ScriptedBrowser.h"

#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace callout::test {

bool ScriptedBrowser::open(const QUrl &url, QObject *context, FailedLater failedLater)
{
    opened.append(url);
    if (user == User::LaunchFailsLater) {
        QMetaObject::invokeMethod(context, std::move(failedLater), Qt::QueuedConnection);
        return true;
    }
    if (user == User::StaysAway || user == User::HasNoBrowser)
        return user == User::StaysAway;
    redirect(url, user == User::SignsIn);
    return true;
}

void ScriptedBrowser::comeBack(const QUrl &authorizeUrl)
{
    redirect(authorizeUrl, true);
}

// Callout opens a one-time start page on its loopback listener, which redirects to the
// authorization URL (an authorization URL given directly is used as it is).
void ScriptedBrowser::redirect(const QUrl &url, bool withCode)
{
    if (!url.path().startsWith(u"/start/"_s)) {
        callBack(url, withCode);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, withCode] {
        reply->deleteLater();
        const QUrl authorizeUrl = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (!authorizeUrl.isEmpty())
            callBack(authorizeUrl, withCode);
    });
}

// What the authorization server's redirect makes the browser do: a GET of the loopback callback.
void ScriptedBrowser::callBack(const QUrl &authorizeUrl, bool withCode)
{
    const QUrlQuery authorization(authorizeUrl);
    QUrl callback(authorization.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    const QString state = authorization.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    callback.setQuery(withCode ? u"code=the-code&state="_s + state : u"error=access_denied&state="_s + state);
    QNetworkReply *reply = m_network.get(QNetworkRequest(callback));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace callout::test
