#include "ServerImport.h"

#include "StoreFixture.h"
#include "TestServer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callout::test {

namespace {

// clients.json names the RFC 7591 method; callout.json the short one.
QString clientAuthentication(const QString &tokenEndpointAuthMethod)
{
    if (tokenEndpointAuthMethod == u"client_secret_post"_s)
        return u"post"_s;
    if (tokenEndpointAuthMethod == u"client_secret_basic"_s)
        return u"basic"_s;
    return u"none"_s;
}

} // namespace

ServerImport::ServerImport(const TestServer &server)
    : m_issuer(server.issuer())
{ }

ServerImport &ServerImport::provider(const QString &name, const QString &clientId, const QJsonObject &extra)
{
    const QJsonObject client = TestServer::client(clientId);
    QJsonObject provider{
        {u"name"_s, name},
        {u"issuer"_s, m_issuer},
        {u"authorizeUrl"_s, m_issuer + u"/auth"_s},
        {u"tokenUrl"_s, m_issuer + u"/token"_s},
        {u"revocationUrl"_s, m_issuer + u"/token/revocation"_s},
        {u"clientId"_s, clientId},
        {u"clientAuthentication"_s, clientAuthentication(client.value(u"token_endpoint_auth_method"_s).toString())},
        {u"defaultScopes"_s, u"openid api"_s}};
    const QString secret = client.value(u"client_secret"_s).toString();
    if (!secret.isEmpty()) {
        provider.insert(u"clientSecret"_s, secret);
        m_secrets.append(secret);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        provider.insert(it.key(), it.value());
    m_providers.append(provider);
    return *this;
}

ServerImport &ServerImport::credential(const QString &name, const QString &provider, const QString &label)
{
    QJsonObject credential{{u"name"_s, name}, {u"url"_s, m_issuer + u"/api"_s}, {u"authProvider"_s, provider}};
    if (!label.isEmpty())
        credential.insert(u"label"_s, label);
    m_credentials.append(credential);
    return *this;
}

QJsonObject ServerImport::json() const
{
    return QJsonObject{{u"version"_s, 1}, {u"authProviders"_s, m_providers}, {u"namedCredentials"_s, m_credentials}};
}

QByteArray ServerImport::toJson() const
{
    return QJsonDocument(json()).toJson();
}

bool ServerImport::importInto(CredentialCatalog &catalog) const
{
    return test::importInto(catalog, toJson());
}

} // namespace callout::test
