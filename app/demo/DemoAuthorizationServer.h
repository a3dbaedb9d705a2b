#pragma once

#include "demo/DemoHttpServer.h"
#include "demo/DemoPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace callout {
class Clock;
}

namespace callout::demo {

// The demo's OAuth 2.0 authorization server, real in what it enforces: the authorization code
// grant for one public client with PKCE S256 and `state` (RFC 6749, RFC 7636), a sign-in page with
// Allow / Deny, loopback redirects on any port (RFC 8252 §7.3), `iss` in the redirect (RFC 9207),
// refresh with rotation (a reused refresh token ends the session), revocation (RFC 7009), userinfo
// and discovery (RFC 8414 / OpenID). A wrong verifier, a reused or expired code, a reused refresh
// token → invalid_grant. No fault switches: fault injection lives in tests/server.
class DemoAuthorizationServer
{
public:
    static constexpr auto ClientId = "callout-demo";

    DemoAuthorizationServer(const Clock &clock, const DemoPolicy &policy);
    ~DemoAuthorizationServer();

    // The server's origin, known once it listens; the issuer and every endpoint are under it.
    void setIssuer(const QUrl &issuer);
    QUrl issuer() const { return m_issuer; }

    DemoResponse handle(const HttpRequest &request);

    // What the demo API asks about a bearer token: valid (with its user), or why not.
    struct TokenCheck {
        bool valid = false;
        QString user;
        QString problem;          // error_description for WWW-Authenticate: Bearer error="invalid_token"
        qint64 expiresIn = 0;     // when valid: seconds until the token stops working
        qint64 sessionEndsIn = 0; // when valid: seconds until the service ends its session (sign in again)
        QStringList scopes;       // when valid: what it was granted
    };
    TokenCheck checkAccessToken(const QByteArray &token) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    QUrl m_issuer;
};

} // namespace callout::demo
