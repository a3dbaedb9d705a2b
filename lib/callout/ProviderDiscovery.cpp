#include "callout/ProviderDiscovery.h"

#include "callout/Logging.h"
#include "callout/OAuthNetworkAccessManager.h"
#include "callout/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace callout {

namespace {
constexpr qint64 MaxDocumentBytes = 1024 * 1024;
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
    rfc8414.setPath(u"/.well-known/oauth-authorization-server"_qs + issuerUrl.path());
    return {QUrl(base + u"/.well-known/openid-configuration"_qs), rfc8414};
}

void ProviderDiscovery::discover(const AuthProvider &provider, Callback callback)
{
    if (provider.issuer.isEmpty() || !validation::isSecureUrl(QUrl(provider.issuer))) {
        callback(Error(ErrorCode::InvalidConfiguration, tr("Discovery needs an https issuer URL."), u"issuer"_qs));
        return;
    }
    tryNext(provider, metadataUrls(provider.issuer), std::move(callback), {});
}

void ProviderDiscovery::tryNext(AuthProvider provider, QList<QUrl> urls, Callback callback, Error lastError)
{
    if (urls.isEmpty()) {
        callback(lastError);
        return;
    }
    QNetworkRequest request(urls.takeFirst());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, urls, callback] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            const Error error(status == 0 ? ErrorCode::NetworkError : ErrorCode::ProtocolError,
                              tr("No metadata at %1 (%2).")
                                  .arg(reply->url().toDisplayString(),
                                       status ? u"HTTP "_qs + QString::number(status) : reply->errorString()));
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
    const QString issuer = metadata.value(u"issuer"_qs).toString();
    if (issuer != provider.issuer)
        return Error(
            ErrorCode::ProtocolError,
            tr("The metadata names the issuer \"%1\", not \"%2\"; it was refused.").arg(issuer, provider.issuer),
            u"issuer"_qs);
    AuthProvider completed = provider;
    auto fill = [&metadata](QUrl &field, const QString &key) {
        const QUrl value(metadata.value(key).toString(), QUrl::StrictMode);
        if (field.isEmpty() && validation::isSecureUrl(value))
            field = value;
    };
    fill(completed.authorizeUrl, u"authorization_endpoint"_qs);
    fill(completed.tokenUrl, u"token_endpoint"_qs);
    fill(completed.revocationUrl, u"revocation_endpoint"_qs);
    fill(completed.userInfoUrl, u"userinfo_endpoint"_qs);
    if (metadata.value(u"authorization_response_iss_parameter_supported"_qs).toBool())
        completed.authorizationResponseIssRequired = true;
    if (!completed.hasEndpoints())
        return Error(ErrorCode::ProtocolError,
                     tr("The issuer's metadata has no usable authorization and token endpoints."));
    return completed;
}

} // namespace callout
