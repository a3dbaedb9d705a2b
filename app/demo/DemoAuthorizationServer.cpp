#include "demo/DemoAuthorizationServer.h"

#include "callout/core/Clock.h"
#include "callout/oauth/FormEncoding.h"
#include "demo/DemoGrants.h"
#include "demo/DemoPages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace callout::demo {

namespace {

// The translation context of the pages' messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(callout::demo::DemoAuthorizationServer)
};

constexpr auto AuthorizePath = "/authorize";
constexpr auto DecisionPath = "/authorize/decision";
constexpr auto TokenPath = "/token";
constexpr auto RevokePath = "/revoke";
constexpr auto UserInfoPath = "/userinfo";
const QStringList SupportedScopes{u"demo.read"_s, u"profile"_s, u"offline_access"_s};

// A query string or form body, decoded (application/x-www-form-urlencoded), names in order.
class Parameters
{
public:
    explicit Parameters(const QByteArray &encoded)
    {
        for (const QByteArray &pair : encoded.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            m_items.append({formUrlDecode(pair.left(equals < 0 ? pair.size() : equals)),
                            equals < 0 ? QString() : formUrlDecode(pair.mid(equals + 1))});
        }
    }

    QString value(const QString &name) const
    {
        for (const auto &[key, value] : m_items) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool contains(const QString &name) const { return count(name) > 0; }
    qsizetype count(const QString &name) const
    {
        return std::count_if(m_items.begin(), m_items.end(), [&name](const auto &item) { return item.first == name; });
    }
    // The first of `names` given more than once (RFC 6749 §3.1, §3.2), or empty.
    QString repeated(const QStringList &names) const
    {
        for (const QString &name : names) {
            if (count(name) > 1)
                return name;
        }
        return {};
    }

private:
    QList<std::pair<QString, QString>> m_items;
};

bool isForm(const HttpRequest &request)
{
    const QList<QByteArray> types = request.values("Content-Type");
    return types.size() == 1 && types.first().trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

// RFC 8252 §7.3: http on the loopback IP literal, any port; the path is the client's.
bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http"_s && (url.host() == u"127.0.0.1"_s || url.host() == u"::1"_s)
        && url.port() > 0 && url.userInfo().isEmpty() && !url.hasFragment() && url.path().startsWith(u'/');
}

// RFC 7636 §4.2: 43 to 128 characters of the unreserved set.
bool isWellFormedChallenge(const QString &challenge)
{
    static const QRegularExpression pattern(u"\\A[A-Za-z0-9._~-]{43,128}\\z"_s);
    return pattern.match(challenge).hasMatch();
}

QUrl withParameters(const QString &redirectUri, const QList<std::pair<QString, QString>> &parameters)
{
    QUrl url(redirectUri, QUrl::StrictMode);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += formUrlEncode(name) + '=' + formUrlEncode(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

DemoResponse oauthError(int status, const QString &error, const QString &description)
{
    return DemoResponse::json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

DemoResponse errorPage(int status, const QString &heading, const QString &message)
{
    return DemoResponse::html(status, pages::error(heading, message));
}

DemoResponse methodNotAllowed(const QByteArray &allowed)
{
    DemoResponse response = oauthError(405, u"invalid_request"_s, u"Method not allowed."_s);
    response.headers.emplaceBack(QByteArray("Allow"), allowed);
    return response;
}

QJsonArray toJsonArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

struct DemoAuthorizationServer::Private {
    Private(const Clock &clock, const DemoPolicy &policy)
        : clock(clock)
        , policy(policy)
        , grants(clock, this->policy)
    { }

    DemoResponse metadata() const;
    DemoResponse authorize(const Parameters &query);
    DemoResponse decide(const HttpRequest &request);
    DemoResponse token(const HttpRequest &request);
    DemoResponse revoke(const HttpRequest &request);
    DemoResponse userInfo(const HttpRequest &request) const;
    // Why a token or revocation request's client is refused (401 invalid_client), or nothing.
    std::optional<DemoResponse> refuseClient(const HttpRequest &request, const Parameters &form) const;
    DemoResponse redirectError(const AuthorizationRequest &request, const QString &error,
                               const QString &description) const;
    QString endpoint(const char *path) const { return issuer + QString::fromLatin1(path); }

    const Clock &clock;
    DemoPolicy policy;
    DemoGrants grants;
    QString issuer; // http://127.0.0.1:<port>, no trailing slash
};

DemoAuthorizationServer::DemoAuthorizationServer(const Clock &clock, const DemoPolicy &policy)
    : d(std::make_unique<Private>(clock, policy))
{ }

DemoAuthorizationServer::~DemoAuthorizationServer() = default;

void DemoAuthorizationServer::setIssuer(const QUrl &issuer)
{
    m_issuer = issuer.adjusted(QUrl::StripTrailingSlash);
    d->issuer = m_issuer.toString(QUrl::FullyEncoded);
}

DemoResponse DemoAuthorizationServer::handle(const HttpRequest &request)
{
    const QUrl url(QString::fromLatin1(request.target), QUrl::StrictMode);
    if (!url.isValid() || !request.target.startsWith('/'))
        return oauthError(400, u"invalid_request"_s, u"The request target is not valid."_s);
    const QString path = url.path(QUrl::FullyEncoded);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/.well-known/openid-configuration"_s || path == u"/.well-known/oauth-authorization-server"_s)
        return get ? d->metadata() : methodNotAllowed("GET");
    if (path == QLatin1StringView(AuthorizePath))
        return get ? d->authorize(Parameters(url.query(QUrl::FullyEncoded).toLatin1())) : methodNotAllowed("GET");
    if (path == QLatin1StringView(DecisionPath))
        return post ? d->decide(request) : methodNotAllowed("POST");
    if (path == QLatin1StringView(TokenPath))
        return post ? d->token(request) : methodNotAllowed("POST");
    if (path == QLatin1StringView(RevokePath))
        return post ? d->revoke(request) : methodNotAllowed("POST");
    if (path == QLatin1StringView(UserInfoPath))
        return get || post ? d->userInfo(request) : methodNotAllowed("GET, POST");
    return oauthError(404, u"not_found"_s, u"The demo authorization server has nothing at this path."_s);
}

DemoAuthorizationServer::TokenCheck DemoAuthorizationServer::checkAccessToken(const QByteArray &token) const
{
    const AccessCheck check = d->grants.checkAccessToken(token);
    TokenCheck result;
    result.valid = check.valid;
    result.problem = check.problem;
    if (check.valid) {
        const QDateTime now = d->clock.now();
        result.user = u"Demo User"_s;
        result.expiresIn = now.secsTo(check.expires);
        result.sessionEndsIn = now.secsTo(check.sessionEnds);
        result.scopes = check.scopes;
    }
    return result;
}

// RFC 8414 (served at the OpenID path too, where Callout looks first).
DemoResponse DemoAuthorizationServer::Private::metadata() const
{
    return DemoResponse::json(200,
                              {{u"issuer"_s, issuer},
                               {u"authorization_endpoint"_s, endpoint(AuthorizePath)},
                               {u"token_endpoint"_s, endpoint(TokenPath)},
                               {u"revocation_endpoint"_s, endpoint(RevokePath)},
                               {u"userinfo_endpoint"_s, endpoint(UserInfoPath)},
                               {u"response_types_supported"_s, toJsonArray({u"code"_s})},
                               {u"response_modes_supported"_s, toJsonArray({u"query"_s})},
                               {u"grant_types_supported"_s, toJsonArray({u"authorization_code"_s, u"refresh_token"_s})},
                               {u"code_challenge_methods_supported"_s, toJsonArray({u"S256"_s})},
                               {u"token_endpoint_auth_methods_supported"_s, toJsonArray({u"none"_s})},
                               {u"revocation_endpoint_auth_methods_supported"_s, toJsonArray({u"none"_s})},
                               {u"authorization_response_iss_parameter_supported"_s, true},
                               {u"scopes_supported"_s, toJsonArray(SupportedScopes)}});
}

DemoResponse DemoAuthorizationServer::Private::authorize(const Parameters &query)
{
    // Until the client and its redirect URI are known good, the answer is a page here: never a
    // redirect to where an unchecked request says (RFC 6749 §4.1.2.1).
    const QString unusable = Tr::tr("This sign-in request cannot be used");
    if (!query.repeated({u"client_id"_s, u"redirect_uri"_s}).isEmpty())
        return errorPage(400, unusable, Tr::tr("It names its program or its return address more than once."));
    const QString clientId = query.value(u"client_id"_s);
    if (clientId != QLatin1StringView(ClientId))
        return errorPage(400, unusable,
                         clientId.isEmpty() ? Tr::tr("It does not say which program asks (client_id).")
                                            : Tr::tr("The program \"%1\" is not known to the demo service; only "
                                                     "Callout's demo client is.")
                                                  .arg(clientId.left(200)));
    AuthorizationRequest request;
    request.redirectUri = query.value(u"redirect_uri"_s);
    if (!isLoopbackRedirect(QUrl(request.redirectUri, QUrl::StrictMode)))
        return errorPage(400, unusable,
                         Tr::tr("Its return address \"%1\" is not one the demo service answers to: only "
                                "http://127.0.0.1:<port>/… and http://[::1]:<port>/… are.")
                             .arg(request.redirectUri.left(300)));
    request.state = query.value(u"state"_s);

    if (const QString name
        = query.repeated({u"response_type"_s, u"scope"_s, u"state"_s, u"code_challenge"_s, u"code_challenge_method"_s});
        !name.isEmpty())
        return redirectError(request, u"invalid_request"_s, u"The parameter %1 is given more than once."_s.arg(name));
    const QString responseType = query.value(u"response_type"_s);
    if (responseType != u"code"_s)
        return redirectError(request, responseType.isEmpty() ? u"invalid_request"_s : u"unsupported_response_type"_s,
                             u"Only response_type=code is supported."_s);
    if (request.state.isEmpty())
        return redirectError(request, u"invalid_request"_s, u"A state is required."_s);
    const QString method = query.value(u"code_challenge_method"_s);
    if (method != u"S256"_s)
        return redirectError(request, u"invalid_request"_s,
                             method == u"plain"_s ? u"PKCE plain is not accepted: use code_challenge_method=S256."_s
                                                  : u"PKCE with code_challenge_method=S256 is required."_s);
    const QString challenge = query.value(u"code_challenge"_s);
    if (!isWellFormedChallenge(challenge))
        return redirectError(request, u"invalid_request"_s,
                             u"A code_challenge of 43 to 128 unreserved characters is required (PKCE)."_s);
    request.challenge = challenge.toLatin1();
    request.scopes
        = query.contains(u"scope"_s) ? query.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts) : SupportedScopes;
    request.scopes.removeDuplicates();
    for (const QString &scope : std::as_const(request.scopes)) {
        if (!SupportedScopes.contains(scope))
            return redirectError(request, u"invalid_scope"_s,
                                 u"The demo service has no scope \"%1\"."_s.arg(scope.left(100)));
    }
    if (request.scopes.isEmpty())
        return redirectError(request, u"invalid_scope"_s, u"No scope was asked for."_s);

    const QByteArray ticket = grants.newTicket(request);
    if (ticket.isEmpty())
        return errorPage(503, Tr::tr("Too many sign-ins are pending"),
                         Tr::tr("Wait a few minutes, then start the sign-in again from Callout."));
    const QUrl redirect(request.redirectUri);
    DemoResponse page = DemoResponse::html(
        200,
        pages::signIn({issuer, u"Callout"_s, QString::fromLatin1(ClientId), request.redirectUri, request.scopes,
                       QString::fromLatin1(ticket), policy, grants.sessionLengthText()}));
    // The form's answer redirects to the program: CSP form-action also governs that redirect.
    const QByteArray target = redirect.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toEncoded();
    for (auto &[name, value] : page.headers) {
        if (name == "Content-Security-Policy")
            value = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' " + target;
    }
    return page;
}

DemoResponse DemoAuthorizationServer::Private::decide(const HttpRequest &request)
{
    if (!isForm(request))
        return errorPage(415, Tr::tr("This answer cannot be used"), Tr::tr("It is not a form."));
    const Parameters form(request.body);
    const std::optional<AuthorizationRequest> asked = grants.takeTicket(form.value(u"ticket"_s).toLatin1());
    if (!asked)
        return errorPage(400, Tr::tr("This sign-in page has expired"),
                         Tr::tr("It was answered already or is too old. Start the sign-in again from Callout."));
    const QString decision = form.value(u"decision"_s);
    if (decision == u"deny"_s)
        return redirectError(*asked, u"access_denied"_s, u"The user denied the request."_s);
    if (decision != u"allow"_s)
        return redirectError(*asked, u"invalid_request"_s,
                             u"The sign-in page was answered with neither Allow "
                             "nor Deny."_s);
    const QByteArray code = grants.newCode(*asked);
    qCInfo(lcDemo) << "the user allowed the demo client; a code was issued";
    return DemoResponse::redirect(withParameters(
        asked->redirectUri, {{u"code"_s, QString::fromLatin1(code)}, {u"state"_s, asked->state}, {u"iss"_s, issuer}}));
}

DemoResponse DemoAuthorizationServer::Private::redirectError(const AuthorizationRequest &request, const QString &error,
                                                             const QString &description) const
{
    QList<std::pair<QString, QString>> parameters{{u"error"_s, error}, {u"error_description"_s, description}};
    if (!request.state.isEmpty())
        parameters.append({u"state"_s, request.state});
    parameters.append({u"iss"_s, issuer}); // RFC 9207: errors too
    return DemoResponse::redirect(withParameters(request.redirectUri, parameters));
}

std::optional<DemoResponse> DemoAuthorizationServer::Private::refuseClient(const HttpRequest &request,
                                                                           const Parameters &form) const
{
    if (!request.values("Authorization").isEmpty() || form.contains(u"client_secret"_s))
        return oauthError(401, u"invalid_client"_s,
                          u"callout-demo is a public client: it authenticates with no secret."_s);
    if (form.value(u"client_id"_s) != QLatin1StringView(ClientId))
        return oauthError(401, u"invalid_client"_s,
                          form.contains(u"client_id"_s) ? u"The client is not known to the demo service."_s
                                                        : u"A client_id is required."_s);
    return std::nullopt;
}

DemoResponse DemoAuthorizationServer::Private::token(const HttpRequest &request)
{
    if (!isForm(request))
        return oauthError(400, u"invalid_request"_s, u"The token request must be application/x-www-form-urlencoded."_s);
    const Parameters form(request.body);
    if (const QString name = form.repeated({u"grant_type"_s, u"client_id"_s, u"client_secret"_s, u"code"_s,
                                            u"redirect_uri"_s, u"code_verifier"_s, u"refresh_token"_s, u"scope"_s});
        !name.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"The parameter %1 is given more than once."_s.arg(name));
    if (const auto refused = refuseClient(request, form))
        return *refused;

    const QString grantType = form.value(u"grant_type"_s);
    TokenAnswer answer;
    if (grantType == u"authorization_code"_s) {
        for (const QString &name : {u"code"_s, u"redirect_uri"_s, u"code_verifier"_s}) {
            if (form.value(name).isEmpty())
                return oauthError(400, u"invalid_request"_s, u"The parameter %1 is required."_s.arg(name));
        }
        answer = grants.exchangeCode(form.value(u"code"_s).toLatin1(), form.value(u"redirect_uri"_s),
                                     form.value(u"code_verifier"_s).toLatin1());
    } else if (grantType == u"refresh_token"_s) {
        if (form.value(u"refresh_token"_s).isEmpty())
            return oauthError(400, u"invalid_request"_s, u"The parameter refresh_token is required."_s);
        answer = grants.refresh(form.value(u"refresh_token"_s).toLatin1(),
                                form.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts));
    } else {
        return oauthError(400, grantType.isEmpty() ? u"invalid_request"_s : u"unsupported_grant_type"_s,
                          u"The demo service supports the grant types authorization_code and refresh_token."_s);
    }
    if (!answer.ok()) {
        qCInfo(lcDemo) << "token request refused:" << answer.error;
        return oauthError(400, answer.error, answer.description);
    }
    QJsonObject tokens{{u"access_token"_s, QString::fromLatin1(answer.accessToken)},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"expires_in"_s, qint64(policy.tokenLifetime.count())},
                       {u"scope"_s, answer.scopes.join(u' ')}};
    if (!answer.refreshToken.isEmpty())
        tokens.insert(u"refresh_token"_s, QString::fromLatin1(answer.refreshToken));
    qCInfo(lcDemo) << "issued tokens:" << grantType;
    return DemoResponse::json(200, tokens);
}

// RFC 7009: 200 whether the token was known or not.
DemoResponse DemoAuthorizationServer::Private::revoke(const HttpRequest &request)
{
    if (!isForm(request))
        return oauthError(400, u"invalid_request"_s,
                          u"The revocation request must be application/x-www-form-urlencoded."_s);
    const Parameters form(request.body);
    if (const QString name = form.repeated({u"token"_s, u"token_type_hint"_s, u"client_id"_s}); !name.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"The parameter %1 is given more than once."_s.arg(name));
    if (const auto refused = refuseClient(request, form))
        return *refused;
    if (form.value(u"token"_s).isEmpty())
        return oauthError(400, u"invalid_request"_s, u"The parameter token is required."_s);
    grants.revoke(form.value(u"token"_s).toLatin1());
    return {200, {}, {}};
}

DemoResponse DemoAuthorizationServer::Private::userInfo(const HttpRequest &request) const
{
    const QByteArray token = bearerToken(request);
    if (token.isEmpty())
        return DemoResponse::bearerRefusal({});
    const AccessCheck check = grants.checkAccessToken(token);
    if (!check.valid)
        return DemoResponse::bearerRefusal(check.problem);
    if (!check.scopes.contains(u"profile"_s))
        return DemoResponse::insufficientScope("profile");
    return DemoResponse::json(200,
                              {{u"sub"_s, u"demo-user"_s},
                               {u"name"_s, u"Demo User"_s},
                               {u"preferred_username"_s, u"demo"_s},
                               {u"email"_s, u"demo@callout.invalid"_s}});
}

} // namespace callout::demo
