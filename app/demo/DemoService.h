#pragma once

#include "demo/DemoApi.h"
#include "demo/DemoAuthorizationServer.h"
#include "demo/DemoHttpServer.h"
#include "demo/DemoPolicy.h"

#include <QObject>

namespace callout::demo {

// The demo's two servers, in process on 127.0.0.1: the authorization server and the API, each on
// its own ephemeral port (two origins, as with a real service).
class DemoService : public QObject
{
    Q_OBJECT

public:
    static constexpr auto ProviderName = "Demo";
    static constexpr auto CredentialName = "DemoApi";

    DemoService(const Clock &clock, const DemoPolicy &policy, QObject *parent = nullptr);

    Result<void> start();
    QUrl issuer() const; // the authorization server's origin
    QUrl apiUrl() const; // the API's base URL
    const DemoPolicy &policy() const { return m_policy; }

    // The demo's provider ("Demo": discovery through its issuer, public client, PKCE) and named
    // credential ("DemoApi", label "Demo API") as an import document (CredentialCatalog::importDocument).
    QByteArray importDocument() const;

private:
    DemoPolicy m_policy;
    DemoAuthorizationServer m_authorization;
    DemoApi m_api;
    DemoHttpServer m_authorizationServer;
    DemoHttpServer m_apiServer;
};

} // namespace callout::demo
