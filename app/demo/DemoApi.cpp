#include "demo/DemoApi.h"

#include "demo/DemoAuthorizationServer.h"

using namespace Qt::StringLiterals;

namespace callout::demo {

namespace {
constexpr auto RequiredScope = "demo.read";
}

DemoApi::DemoApi(const DemoAuthorizationServer &authorization)
    : m_authorization(authorization)
{ }

DemoResponse DemoApi::handle(const HttpRequest &request)
{
    const QUrl url(QString::fromLatin1(request.target), QUrl::StrictMode);
    if (!url.isValid() || url.path(QUrl::FullyEncoded) != u"/me"_s)
        return DemoResponse::json(
            404, {{u"error"_s, u"not_found"_s}, {u"error_description"_s, u"The demo API has only GET /me."_s}});
    if (request.method != "GET") {
        DemoResponse response = DemoResponse::json(
            405, {{u"error"_s, u"method_not_allowed"_s}, {u"error_description"_s, u"GET /me only."_s}});
        response.headers.emplaceBack(QByteArray("Allow"), "GET");
        return response;
    }
    const QByteArray token = bearerToken(request);
    if (token.isEmpty())
        return DemoResponse::bearerRefusal({}); // RFC 6750 §3.1: no error without a token
    const DemoAuthorizationServer::TokenCheck check = m_authorization.checkAccessToken(token);
    if (!check.valid)
        return DemoResponse::bearerRefusal(check.problem);
    if (!check.scopes.contains(QLatin1StringView(RequiredScope)))
        return DemoResponse::insufficientScope(RequiredScope);
    return DemoResponse::json(200,
                              {{u"user"_s, check.user},
                               {u"message"_s, u"Hello from the demo API"_s},
                               {u"tokenExpiresInSeconds"_s, check.expiresIn},
                               {u"sessionEndsInSeconds"_s, check.sessionEndsIn}});
}

} // namespace callout::demo
