#include "demo/DemoService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callout::demo {

DemoService::DemoService(const Clock &clock, const DemoPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_authorization(clock, m_policy)
    , m_api(m_authorization)
    , m_authorizationServer([this](const HttpRequest &request) { return m_authorization.handle(request); })
    , m_apiServer([this](const HttpRequest &request) { return m_api.handle(request); })
{ }

Result<void> DemoService::start()
{
    if (Result<void> listening = m_authorizationServer.listen(); !listening.ok())
        return listening;
    if (Result<void> listening = m_apiServer.listen(); !listening.ok())
        return listening;
    m_authorization.setIssuer(m_authorizationServer.origin());
    qCInfo(lcDemo) << "demo authorization server at" << issuer().toString() << "and API at" << apiUrl().toString();
    return {};
}

QUrl DemoService::issuer() const
{
    return m_authorization.issuer();
}

QUrl DemoService::apiUrl() const
{
    return m_apiServer.origin();
}

QByteArray DemoService::importDocument() const
{
    const QString issuerText = issuer().toString(QUrl::FullyEncoded);
    // Endpoints spelled out (the ports change with every start: no discovery needed to sign in),
    // and the RFC 9207 `iss` its metadata promises, which discovery would otherwise have set.
    const QJsonObject provider{{u"name"_s, QString::fromLatin1(ProviderName)},
                               {u"issuer"_s, issuerText},
                               {u"authorizeUrl"_s, issuerText + u"/authorize"_s},
                               {u"tokenUrl"_s, issuerText + u"/token"_s},
                               {u"revocationUrl"_s, issuerText + u"/revoke"_s},
                               {u"userInfoUrl"_s, issuerText + u"/userinfo"_s},
                               {u"clientId"_s, QString::fromLatin1(DemoAuthorizationServer::ClientId)},
                               {u"clientAuthentication"_s, u"none"_s},
                               {u"defaultScopes"_s, u"demo.read profile offline_access"_s},
                               {u"authorizationResponseIssRequired"_s, true}};
    const QJsonObject credential{{u"name"_s, QString::fromLatin1(CredentialName)},
                                 {u"label"_s, u"Demo API"_s},
                                 {u"url"_s, apiUrl().toString(QUrl::FullyEncoded)},
                                 {u"authProvider"_s, QString::fromLatin1(ProviderName)},
                                 {u"generateAuthorizationHeader"_s, true}};
    return QJsonDocument(QJsonObject{{u"version"_s, 1},
                                     {u"authProviders"_s, QJsonArray{provider}},
                                     {u"namedCredentials"_s, QJsonArray{credential}}})
        .toJson();
}

} // namespace callout::demo
