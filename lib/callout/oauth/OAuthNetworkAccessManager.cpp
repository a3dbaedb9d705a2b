#include "callout/oauth/OAuthNetworkAccessManager.h"

#include "callout/oauth/FormEncoding.h"

#include <QNetworkProxyFactory>
#include <QNetworkRequest>

namespace callout {

OAuthNetworkAccessManager::OAuthNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setTransferTimeout(DefaultTimeoutMs); // a stalled server is a transient failure, not a hang
}

void OAuthNetworkAccessManager::setBasicClientAuthentication(const QUrl &endpoint, const QString &clientId,
                                                             const QString &clientSecret)
{
    m_basicEndpoint = endpoint;
    m_basicAuthorization = clientId.isEmpty() ? QByteArray() : basicAuthorization(clientId, clientSecret);
}

QByteArray OAuthNetworkAccessManager::basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    return "Basic " + (formUrlEncode(clientId) + ':' + formUrlEncode(clientSecret)).toBase64();
}

QNetworkReply *OAuthNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                        QIODevice *outgoingData)
{
    QNetworkRequest secured(request);
    secured.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (op == PostOperation && !m_basicAuthorization.isEmpty()
        && request.url().adjusted(QUrl::RemoveQuery) == m_basicEndpoint.adjusted(QUrl::RemoveQuery))
        secured.setRawHeader("Authorization", m_basicAuthorization);
    return QNetworkAccessManager::createRequest(op, secured, outgoingData);
}

} // namespace callout
