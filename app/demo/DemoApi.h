#pragma once

#include "demo/DemoHttpServer.h"

namespace callout::demo {

class DemoAuthorizationServer;

// The protected demo API: `GET /me` with a valid bearer token → JSON about the signed-in user;
// otherwise 401 with `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750 §3).
class DemoApi
{
public:
    explicit DemoApi(const DemoAuthorizationServer &authorization);

    DemoResponse handle(const HttpRequest &request);

private:
    const DemoAuthorizationServer &m_authorization;
};

} // namespace callout::demo
