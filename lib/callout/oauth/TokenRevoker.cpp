#include "callout/oauth/TokenRevoker.h"

#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/OAuthErrors.h"
#include "callout/oauth/OAuthNetworkAccessManager.h"

#include <QNetworkReply>

namespace callout {

TokenRevoker::TokenRevoker(QObject *parent)
    : QObject(parent)
    , m_network(new OAuthNetworkAccessManager(this))
{ }

void TokenRevoker::revoke(const AuthProvider &provider, const QString &clientSecret, const QString &refreshToken,
                          std::function<void(Result<void>)> callback)
{
    QByteArray body = "token=" + formUrlEncode(refreshToken) + "&token_type_hint=refresh_token";
    QNetworkRequest request(provider.revocationUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    switch (provider.clientAuthentication) {
    case ClientAuthentication::Basic:
        request.setRawHeader("Authorization",
                             OAuthNetworkAccessManager::basicAuthorization(provider.clientId, clientSecret));
        break;
    case ClientAuthentication::Post:
        body += "&client_id=" + formUrlEncode(provider.clientId) + "&client_secret=" + formUrlEncode(clientSecret);
        break;
    case ClientAuthentication::None: body += "&client_id=" + formUrlEncode(provider.clientId); break;
    }
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, callback = std::move(callback)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) { // RFC 7009 §2.2: 200 also for tokens that were already invalid
            callback({});
            return;
        }
        const Result<QVariantMap> read
            = readTokenEndpointResponse(status, reply->readAll(), reply->error(), reply->errorString());
        callback(read.ok() ? Error(ErrorCode::ProtocolError, QObject::tr("Revocation answered HTTP %1.").arg(status))
                           : read.error());
    });
}

} // namespace callout
