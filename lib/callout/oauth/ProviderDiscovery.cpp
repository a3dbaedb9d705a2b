#include "callout/oauth/ProviderDiscovery.h"

#include "callout/core/Logging.h"
#include "callout/core/ServerText.h"
#include "callout/model/Validation.h"
#include "callout/oauth/OAuthNetworkAccessManager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace callout {

namespace {
constexpr qint64 MaxDocumentBytes = qint64(1024) * 1024;
}

ProviderDiscovery::ProviderDiscovery(QObject *parent)
    : QObject(parent)
    , m_network(new OAuthNetworkAccessManager(this))
{ }

QList<QUrl> ProviderDiscovery::metadataUrls(const QString &issuer)
{
    QString base = issuer;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl issuerUrl(base);
    QUrl rfc8414 = issuerUrl;
    rfc8414.setPath(u"/.well-known/oauth-authorization-server"_s + issuerUrl.path());
    return {QUrl(base + u"/.well-known/openid-configuration"_s), rfc8414};
}

void ProviderDiscovery::discover(const AuthProvider &provider, Callback callback)
{
    if (provider.issuer.isEmpty() || !validation::isSecureUrl(QUrl(provider.issuer))) {
        callback(Error(ErrorCode::InvalidConfiguration, tr("Discovery needs an https issuer URL."), u"issuer"_s));
        return;
    }
    tryNext(provider, metadataUrls(provider.issuer), std::move(callback), {});
}

void ProviderDiscovery::tryNext(AuthProvider provider, QList<QUrl> urls, Callback callback, Error lastError)
{
    if (urls.isEmpty()) {
        callback(std::move(lastError));
        return;
    }
    QNetworkRequest request(urls.takeFirst());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, provider = std::move(provider), urls = std::move(urls), callback = std::move(callback)] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 200) {
                    const Error error(status == 0 ? ErrorCode::NetworkError : ErrorCode::ProtocolError,
                                      tr("No metadata at %1 (%2).")
                                          .arg(reply->url().toDisplayString(),
                                               status ? u"HTTP "_s + QString::number(status)
                                                      : sanitizedServerText(reply->errorString())));
                    tryNext(provider, urls, callback, error);
                    return;
                }
                callback(apply(provider, reply->read(MaxDocumentBytes)));
            });
}

Result<AuthProvider> ProviderDiscovery::apply(const AuthProvider &provider, const QByteArray &document)
{
    const QJsonObject metadata = QJsonDocument::fromJson(document).object();
    if (metadata.isEmpty())
        return Error(ErrorCode::ProtocolError, tr("The issuer's metadata is not a JSON object."));
    const QString issuer = metadata.value(u"issuer"_s).toString();
    if (issuer != provider.issuer)
        return Error(ErrorCode::ProtocolError,
                     tr("The metadata names the issuer \"%1\", not \"%2\"; it was refused.")
                         .arg(sanitizedServerText(issuer), provider.issuer),
                     u"issuer"_s);
    AuthProvider completed = provider;
    // Only what callout.json itself accepts (secure, no user info, no fragment): the result is saved.
    auto fill = [&metadata](QUrl &field, const QString &key) {
        const QUrl value(metadata.value(key).toString(), QUrl::StrictMode);
        QList<Error> problems;
        validation::checkUrl(&problems, key, value, true);
        if (field.isEmpty() && problems.isEmpty())
            field = value;
    };
    fill(completed.authorizeUrl, u"authorization_endpoint"_s);
    fill(completed.tokenUrl, u"token_endpoint"_s);
    fill(completed.revocationUrl, u"revocation_endpoint"_s);
    fill(completed.userInfoUrl, u"userinfo_endpoint"_s);
    if (metadata.value(u"authorization_response_iss_parameter_supported"_s).toBool())
        completed.authorizationResponseIssRequired = true;
    if (!completed.hasEndpoints())
        return Error(ErrorCode::ProtocolError,
                     tr("The issuer's metadata has no usable authorization and token endpoints."));
    return completed;
}

} // namespace callout
