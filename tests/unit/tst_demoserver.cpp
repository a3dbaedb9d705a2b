// The demo's in-process authorization server and API (app/demo), over real HTTP on 127.0.0.1: it
// enforces what the demo claims (PKCE S256, state, one-time codes, rotation with reuse detection,
// the forced end of session, revocation) and answers with the headers a browser needs.
#include "ManualClock.h"
#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/OAuthRandom.h"
#include "demo/DemoService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace callout;
using namespace callout::demo;

namespace {

constexpr auto Redirect = "http://127.0.0.1:51004/callback";

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QUrl location() const { return QUrl::fromEncoded(header("Location"), QUrl::StrictMode); }
    // A parameter of the redirect's query, decoded as Callout decodes it.
    QString locationParameter(const QString &name) const
    {
        return formUrlDecode(QUrlQuery(location()).queryItemValue(name, QUrl::FullyEncoded).toUtf8());
    }
};

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += (body.isEmpty() ? "" : "&") + formUrlEncode(name) + '=' + formUrlEncode(value);
    return body;
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void discovery_data();
    void discovery();
    void signInPage();
    void codeFlow();
    void wrongVerifier();
    void reusedCode();
    void rotation();
    void reusedRefreshToken();
    void accessTokenExpires();
    void sessionEnds();
    void revocation();
    void deny();
    void decisionTicketIsOneTime();
    void errorPageWithoutRedirect_data();
    void errorPageWithoutRedirect();
    void invalidRequestRedirects_data();
    void invalidRequestRedirects();
    void hostileValuesEscaped();
    void tokenEndpointRefusals_data();
    void tokenEndpointRefusals();
    void userInfo();
    void apiRefusals();
    void pipelinedAndMalformedRequests();
    void connectionCap();

private:
    Reply send(QNetworkReply *reply);
    Reply get(const QUrl &url, const QByteArray &bearer = {});
    Reply post(const QUrl &url, const QByteArray &body, const QByteArray &contentType = {});
    QUrl issuerUrl(const QString &path) const { return QUrl(m_service->issuer().toString() + path); }
    QUrl apiUrl(const QString &path) const { return QUrl(m_service->apiUrl().toString() + path); }
    QUrl authorizeUrl(const QList<std::pair<QString, QString>> &changes = {}) const;
    // GET /authorize, then POST the page's form with `decision`: the redirect.
    Reply decide(const QString &decision, const QUrl &authorize);
    QString code(); // a sign-in allowed: the code of the redirect
    Reply exchange(const QString &code, const QByteArray &verifier);
    Reply refresh(const QString &refreshToken);
    QJsonObject signIn(); // the tokens of a complete sign-in

    test::ManualClock m_clock;
    DemoPolicy m_policy{std::chrono::seconds(60), std::chrono::seconds(180), std::chrono::seconds(10)};
    std::unique_ptr<DemoService> m_service;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Pkce m_pkce;
    QString m_state;
};

void TestDemoServer::init()
{
    m_service = std::make_unique<DemoService>(m_clock, m_policy);
    const Result<void> started = m_service->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_pkce = Pkce::generate();
    m_state = QString::fromLatin1(randomUrlSafeToken(16));
}

void TestDemoServer::cleanup()
{
    m_network.reset();
    m_service.reset();
}

Reply TestDemoServer::send(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owned(reply);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeaderPairs()};
}

Reply TestDemoServer::get(const QUrl &url, const QByteArray &bearer)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return send(m_network->get(request));
}

Reply TestDemoServer::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      contentType.isEmpty() ? QByteArray("application/x-www-form-urlencoded") : contentType);
    return send(m_network->post(request, body));
}

QUrl TestDemoServer::authorizeUrl(const QList<std::pair<QString, QString>> &changes) const
{
    QList<std::pair<QString, QString>> parameters{{u"response_type"_s, u"code"_s},
                                                  {u"client_id"_s, u"callout-demo"_s},
                                                  {u"redirect_uri"_s, QString::fromLatin1(Redirect)},
                                                  {u"scope"_s, u"demo.read profile offline_access"_s},
                                                  {u"state"_s, m_state},
                                                  {u"code_challenge"_s, QString::fromLatin1(m_pkce.challenge)},
                                                  {u"code_challenge_method"_s, u"S256"_s}};
    for (const auto &change : changes) {
        parameters.removeIf([&change](const auto &p) { return p.first == change.first; });
        if (!change.second.isNull())
            parameters.append(change);
    }
    QUrl url = issuerUrl(u"/authorize"_s);
    url.setQuery(QString::fromLatin1(form(parameters)), QUrl::StrictMode);
    return url;
}

Reply TestDemoServer::decide(const QString &decision, const QUrl &authorize)
{
    Reply page = get(authorize);
    if (page.status != 200)
        return page;
    const QRegularExpressionMatch ticket
        = QRegularExpression(u"name=\"ticket\" value=\"([^\"]+)\""_s).match(QString::fromUtf8(page.body));
    if (!ticket.hasMatch())
        return {};
    return post(issuerUrl(u"/authorize/decision"_s),
                form({{u"ticket"_s, ticket.captured(1)}, {u"decision"_s, decision}}));
}

QString TestDemoServer::code()
{
    const Reply redirect = decide(u"allow"_s, authorizeUrl());
    if (redirect.status != 302)
        return {};
    return redirect.locationParameter(u"code"_s);
}

Reply TestDemoServer::exchange(const QString &code, const QByteArray &verifier)
{
    return post(issuerUrl(u"/token"_s),
                form({{u"grant_type"_s, u"authorization_code"_s},
                      {u"code"_s, code},
                      {u"redirect_uri"_s, QString::fromLatin1(Redirect)},
                      {u"code_verifier"_s, QString::fromLatin1(verifier)},
                      {u"client_id"_s, u"callout-demo"_s}}));
}

Reply TestDemoServer::refresh(const QString &refreshToken)
{
    return post(issuerUrl(u"/token"_s),
                form({{u"grant_type"_s, u"refresh_token"_s},
                      {u"refresh_token"_s, refreshToken},
                      {u"client_id"_s, u"callout-demo"_s}}));
}

QJsonObject TestDemoServer::signIn()
{
    const Reply tokens = exchange(code(), m_pkce.verifier);
    if (tokens.status != 200)
        qWarning() << "the code exchange failed:" << tokens.status << tokens.body;
    return tokens.json();
}

// Callout's discovery reads the OpenID path first, then RFC 8414's: both, the same, and the issuer
// exactly as configured (no trailing slash).
void TestDemoServer::discovery_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("openid") << u"/.well-known/openid-configuration"_s;
    QTest::newRow("rfc8414") << u"/.well-known/oauth-authorization-server"_s;
}

void TestDemoServer::discovery()
{
    QFETCH(QString, path);
    const Reply reply = get(issuerUrl(path));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QCOMPARE(reply.header("Cache-Control"), "no-store");
    const QJsonObject metadata = reply.json();
    const QString issuer = m_service->issuer().toString();
    QVERIFY(!issuer.endsWith(u'/'));
    QCOMPARE(issuer, u"http://127.0.0.1:%1"_s.arg(m_service->issuer().port()));
    QCOMPARE(metadata.value(u"issuer"_s).toString(), issuer);
    QCOMPARE(metadata.value(u"authorization_endpoint"_s).toString(), issuer + u"/authorize"_s);
    QCOMPARE(metadata.value(u"token_endpoint"_s).toString(), issuer + u"/token"_s);
    QCOMPARE(metadata.value(u"revocation_endpoint"_s).toString(), issuer + u"/revoke"_s);
    QCOMPARE(metadata.value(u"userinfo_endpoint"_s).toString(), issuer + u"/userinfo"_s);
    QCOMPARE(metadata.value(u"response_types_supported"_s).toArray(), QJsonArray{u"code"_s});
    QCOMPARE(metadata.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray{u"S256"_s});
    QCOMPARE(metadata.value(u"token_endpoint_auth_methods_supported"_s).toArray(), QJsonArray{u"none"_s});
    QCOMPARE(metadata.value(u"grant_types_supported"_s).toArray(),
             QJsonArray({u"authorization_code"_s, u"refresh_token"_s}));
    QCOMPARE(metadata.value(u"authorization_response_iss_parameter_supported"_s), QJsonValue(true));
    QCOMPARE(metadata.value(u"scopes_supported"_s).toArray(),
             QJsonArray({u"demo.read"_s, u"profile"_s, u"offline_access"_s}));
    QCOMPARE(get(issuerUrl(u"/nothing"_s)).status, 404);

    // The import document names the same endpoints, and the API's origin.
    const QJsonObject document = QJsonDocument::fromJson(m_service->importDocument()).object();
    const QJsonObject provider = document.value(u"authProviders"_s).toArray().first().toObject();
    QCOMPARE(provider.value(u"issuer"_s).toString(), issuer);
    QCOMPARE(provider.value(u"tokenUrl"_s).toString(), metadata.value(u"token_endpoint"_s).toString());
    QCOMPARE(provider.value(u"authorizeUrl"_s).toString(), metadata.value(u"authorization_endpoint"_s).toString());
    QCOMPARE(provider.value(u"clientId"_s).toString(), u"callout-demo"_s);
    QCOMPARE(provider.value(u"clientAuthentication"_s).toString(), u"none"_s);
    const QJsonObject credential = document.value(u"namedCredentials"_s).toArray().first().toObject();
    QCOMPARE(credential.value(u"name"_s).toString(), u"DemoApi"_s);
    QCOMPARE(credential.value(u"url"_s).toString(), m_service->apiUrl().toString());
    QVERIFY(m_service->apiUrl().port() != m_service->issuer().port());
}

void TestDemoServer::signInPage()
{
    const Reply page = get(authorizeUrl());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), "text/html; charset=utf-8");
    QCOMPARE(page.header("Cache-Control"), "no-store");
    QCOMPARE(page.header("X-Frame-Options"), "DENY");
    QCOMPARE(page.header("X-Content-Type-Options"), "nosniff");
    // The form's redirect goes to the program: CSP form-action must let exactly that origin through.
    QCOMPARE(page.header("Content-Security-Policy"),
             "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:51004");
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"Callout demo service — sign in"_s));
    QCOMPARE(html.count(u"<form"_s), 1);
    QVERIFY(html.contains(u"<form method=\"post\" action=\"/authorize/decision\">"_s));
    QVERIFY(html.contains(u"name=\"decision\" value=\"allow\""_s));
    QVERIFY(html.contains(u"name=\"decision\" value=\"deny\""_s));
    QVERIFY(html.contains(u"demo.read"_s));
    QVERIFY(html.contains(u"3 minutes"_s));
    QVERIFY(!html.contains(u"<script"_s));
    // A 256-bit ticket, new for every page.
    const QRegularExpression ticket(u"name=\"ticket\" value=\"([A-Za-z0-9_-]{43})\""_s);
    const QString first = ticket.match(html).captured(1);
    QVERIFY(!first.isEmpty());
    QVERIFY(ticket.match(QString::fromUtf8(get(authorizeUrl()).body)).captured(1) != first);
}

void TestDemoServer::codeFlow()
{
    const Reply redirect = decide(u"allow"_s, authorizeUrl());
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.location().adjusted(QUrl::RemoveQuery), QUrl(QString::fromLatin1(Redirect)));
    QCOMPARE(redirect.locationParameter(u"state"_s), m_state);
    QCOMPARE(redirect.locationParameter(u"iss"_s), m_service->issuer().toString());
    const QString code = redirect.locationParameter(u"code"_s);
    QCOMPARE(code.size(), 43);

    const Reply reply = exchange(code, m_pkce.verifier);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), "no-store");
    const QJsonObject tokens = reply.json();
    QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 60);
    QCOMPARE(tokens.value(u"scope"_s).toString(), u"demo.read profile offline_access"_s);
    QCOMPARE(tokens.value(u"access_token"_s).toString().size(), 43);
    QCOMPARE(tokens.value(u"refresh_token"_s).toString().size(), 43);

    const Reply me = get(apiUrl(u"/me"_s), tokens.value(u"access_token"_s).toString().toLatin1());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"user"_s).toString(), u"Demo User"_s);
    QCOMPARE(me.json().value(u"tokenExpiresInSeconds"_s).toInt(), 60);
    QCOMPARE(me.json().value(u"sessionEndsInSeconds"_s).toInt(), 180);
}

void TestDemoServer::wrongVerifier()
{
    const Reply reply = exchange(code(), Pkce::generate().verifier);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(reply.json().value(u"error_description"_s).toString().contains(u"code_verifier"_s));
}

void TestDemoServer::reusedCode()
{
    const QString once = code();
    const Reply first = exchange(once, m_pkce.verifier);
    QCOMPARE(first.status, 200);
    const QByteArray accessToken = first.json().value(u"access_token"_s).toString().toLatin1();
    QCOMPARE(get(apiUrl(u"/me"_s), accessToken).status, 200);

    const Reply second = exchange(once, m_pkce.verifier);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // What its first use gave is taken back.
    const Reply me = get(apiUrl(u"/me"_s), accessToken);
    QCOMPARE(me.status, 401);
    QVERIFY(me.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    QCOMPARE(refresh(first.json().value(u"refresh_token"_s).toString()).json().value(u"error"_s).toString(),
             u"invalid_grant"_s);
}

void TestDemoServer::rotation()
{
    const QJsonObject tokens = signIn();
    const QString refreshToken = tokens.value(u"refresh_token"_s).toString();
    QVERIFY(!refreshToken.isEmpty());
    const Reply refreshed = refresh(refreshToken);
    QCOMPARE(refreshed.status, 200);
    const QString next = refreshed.json().value(u"refresh_token"_s).toString();
    QCOMPARE(next.size(), 43);
    QVERIFY(next != refreshToken);
    QVERIFY(refreshed.json().value(u"access_token"_s).toString() != tokens.value(u"access_token"_s).toString());
    QCOMPARE(get(apiUrl(u"/me"_s), refreshed.json().value(u"access_token"_s).toString().toLatin1()).status, 200);
    // And again with the new one.
    QCOMPARE(refresh(next).status, 200);
}

void TestDemoServer::reusedRefreshToken()
{
    const QJsonObject tokens = signIn();
    const QString old = tokens.value(u"refresh_token"_s).toString();
    const Reply refreshed = refresh(old);
    QCOMPARE(refreshed.status, 200);

    const Reply reused = refresh(old);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // The whole session ends: the newest refresh token and every access token too.
    QCOMPARE(refresh(refreshed.json().value(u"refresh_token"_s).toString()).json().value(u"error"_s).toString(),
             u"invalid_grant"_s);
    QCOMPARE(get(apiUrl(u"/me"_s), refreshed.json().value(u"access_token"_s).toString().toLatin1()).status, 401);
    QCOMPARE(get(apiUrl(u"/me"_s), tokens.value(u"access_token"_s).toString().toLatin1()).status, 401);
}

void TestDemoServer::accessTokenExpires()
{
    const QByteArray accessToken = signIn().value(u"access_token"_s).toString().toLatin1();
    m_clock.advance(59);
    QCOMPARE(get(apiUrl(u"/me"_s), accessToken).status, 200);
    m_clock.advance(1);
    const Reply me = get(apiUrl(u"/me"_s), accessToken);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.header("WWW-Authenticate"),
             R"(Bearer realm="demo", error="invalid_token", error_description="The access token has expired.")");
    QCOMPARE(me.json().value(u"error"_s).toString(), u"invalid_token"_s);
}

// However often it was refreshed, the session ends `sessionLength` after the code exchange.
void TestDemoServer::sessionEnds()
{
    const QJsonObject tokens = signIn();
    QString refreshToken = tokens.value(u"refresh_token"_s).toString();
    QByteArray accessToken;
    for (int i = 0; i < 3; ++i) { // at 50, 100, 150 s
        m_clock.advance(50);
        const Reply refreshed = refresh(refreshToken);
        QCOMPARE(refreshed.status, 200);
        refreshToken = refreshed.json().value(u"refresh_token"_s).toString();
        accessToken = refreshed.json().value(u"access_token"_s).toString().toLatin1();
    }
    m_clock.advance(29); // 179 s
    const Reply me = get(apiUrl(u"/me"_s), accessToken);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"sessionEndsInSeconds"_s).toInt(), 1);

    m_clock.advance(1); // 180 s: over, though the access token has 30 s to go
    const Reply refused = refresh(refreshToken);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(refused.json().value(u"error_description"_s).toString(),
             u"The demo service ended the session after 3 minutes, however often it was refreshed: sign in again."_s);
    const Reply after = get(apiUrl(u"/me"_s), accessToken);
    QCOMPARE(after.status, 401);
    QVERIFY2(after.header("WWW-Authenticate").contains("ended the session after 3 minutes"),
             after.header("WWW-Authenticate").constData());

    // A new sign-in starts a new session.
    m_pkce = Pkce::generate();
    QCOMPARE(get(apiUrl(u"/me"_s), signIn().value(u"access_token"_s).toString().toLatin1()).status, 200);
}

void TestDemoServer::revocation()
{
    const QJsonObject tokens = signIn();
    const QByteArray accessToken = tokens.value(u"access_token"_s).toString().toLatin1();
    const QUrl revoke = issuerUrl(u"/revoke"_s);
    // Unknown tokens: 200 (RFC 7009 §2.2). A client that is not the demo's: 401.
    QCOMPARE(post(revoke, form({{u"token"_s, u"unknown"_s}, {u"client_id"_s, u"callout-demo"_s}})).status, 200);
    QCOMPARE(post(revoke, form({{u"token"_s, u"unknown"_s}, {u"client_id"_s, u"other"_s}})).status, 401);
    QCOMPARE(post(revoke, form({{u"client_id"_s, u"callout-demo"_s}})).status, 400);

    // An access token: only itself.
    const Reply refreshed = refresh(tokens.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(post(revoke,
                  form({{u"token"_s, QString::fromLatin1(accessToken)},
                        {u"token_type_hint"_s, u"access_token"_s},
                        {u"client_id"_s, u"callout-demo"_s}}))
                 .status,
             200);
    QCOMPARE(get(apiUrl(u"/me"_s), accessToken).status, 401);
    const QByteArray newAccessToken = refreshed.json().value(u"access_token"_s).toString().toLatin1();
    QCOMPARE(get(apiUrl(u"/me"_s), newAccessToken).status, 200);

    // A refresh token: its session.
    const QString refreshToken = refreshed.json().value(u"refresh_token"_s).toString();
    QCOMPARE(post(revoke, form({{u"token"_s, refreshToken}, {u"client_id"_s, u"callout-demo"_s}})).status, 200);
    QCOMPARE(get(apiUrl(u"/me"_s), newAccessToken).status, 401);
    QCOMPARE(refresh(refreshToken).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestDemoServer::deny()
{
    const Reply redirect = decide(u"deny"_s, authorizeUrl());
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.locationParameter(u"error"_s), u"access_denied"_s);
    QCOMPARE(redirect.locationParameter(u"state"_s), m_state);
    QCOMPARE(redirect.locationParameter(u"iss"_s), m_service->issuer().toString());
    QVERIFY(!QUrlQuery(redirect.location()).hasQueryItem(u"code"_s));
}

void TestDemoServer::decisionTicketIsOneTime()
{
    const QString html = QString::fromUtf8(get(authorizeUrl()).body);
    const QString ticket = QRegularExpression(u"name=\"ticket\" value=\"([^\"]+)\""_s).match(html).captured(1);
    const QByteArray body = form({{u"ticket"_s, ticket}, {u"decision"_s, u"allow"_s}});
    QCOMPARE(post(issuerUrl(u"/authorize/decision"_s), body).status, 302);
    const Reply again = post(issuerUrl(u"/authorize/decision"_s), body);
    QCOMPARE(again.status, 400);
    QVERIFY(again.header("Location").isEmpty());
    // Forged and expired tickets alike.
    QCOMPARE(post(issuerUrl(u"/authorize/decision"_s), form({{u"ticket"_s, u"forged"_s}, {u"decision"_s, u"allow"_s}}))
                 .status,
             400);
    const QString stale = QRegularExpression(u"name=\"ticket\" value=\"([^\"]+)\""_s)
                              .match(QString::fromUtf8(get(authorizeUrl()).body))
                              .captured(1);
    m_clock.advance(qint64(10) * 60);
    QCOMPARE(
        post(issuerUrl(u"/authorize/decision"_s), form({{u"ticket"_s, stale}, {u"decision"_s, u"allow"_s}})).status,
        400);
}

// The client or its redirect URI is wrong: a page here, never a redirect to an unchecked address.
void TestDemoServer::errorPageWithoutRedirect_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("unknown client") << u"client_id"_s << u"someone-else"_s;
    QTest::newRow("no client") << u"client_id"_s << QString();
    QTest::newRow("no redirect") << u"redirect_uri"_s << QString();
    QTest::newRow("https elsewhere") << u"redirect_uri"_s << u"https://evil.example/callback"_s;
    QTest::newRow("localhost") << u"redirect_uri"_s << u"http://localhost:51004/callback"_s;
    QTest::newRow("no port") << u"redirect_uri"_s << u"http://127.0.0.1/callback"_s;
    QTest::newRow("user info") << u"redirect_uri"_s << u"http://a@127.0.0.1:51004/callback"_s;
    QTest::newRow("fragment") << u"redirect_uri"_s << u"http://127.0.0.1:51004/callback#x"_s;
    QTest::newRow("other loopback") << u"redirect_uri"_s << u"http://127.0.0.2:51004/callback"_s;
}

void TestDemoServer::errorPageWithoutRedirect()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const Reply reply = get(authorizeUrl({{name, value}}));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QCOMPARE(reply.header("Content-Type"), "text/html; charset=utf-8");
    QVERIFY(reply.body.contains("cannot be used"));
    QVERIFY(!reply.body.contains("<form"));
}

void TestDemoServer::invalidRequestRedirects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain PKCE") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
    QTest::newRow("no PKCE method") << u"code_challenge_method"_s << QString() << u"invalid_request"_s;
    QTest::newRow("no challenge") << u"code_challenge"_s << QString() << u"invalid_request"_s;
    QTest::newRow("short challenge") << u"code_challenge"_s << u"abc"_s << u"invalid_request"_s;
    QTest::newRow("no state") << u"state"_s << QString() << u"invalid_request"_s;
    QTest::newRow("token response") << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
    QTest::newRow("unknown scope") << u"scope"_s << u"demo.read admin"_s << u"invalid_scope"_s;
    QTest::newRow("IPv6 loopback, plain") << u"redirect_uri"_s << u"http://[::1]:51004/cb"_s << QString();
}

void TestDemoServer::invalidRequestRedirects()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QList<std::pair<QString, QString>> changes{{name, value}};
    if (error.isEmpty()) // a good redirect URI, with plain PKCE: the error goes there
        changes.append({u"code_challenge_method"_s, u"plain"_s});
    const Reply reply = get(authorizeUrl(changes));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.locationParameter(u"error"_s), error.isEmpty() ? u"invalid_request"_s : error);
    QVERIFY(!reply.locationParameter(u"error_description"_s).isEmpty());
    QCOMPARE(reply.locationParameter(u"iss"_s), m_service->issuer().toString());
    QCOMPARE(reply.locationParameter(u"state"_s), name == u"state"_s ? QString() : m_state);
    if (error.isEmpty())
        QCOMPARE(reply.location().host(), u"::1"_s);
    else
        QCOMPARE(reply.location().adjusted(QUrl::RemoveQuery), QUrl(QString::fromLatin1(Redirect)));
}

void TestDemoServer::hostileValuesEscaped()
{
    // A state is opaque: it comes back byte for byte, encoded, and never on a page.
    m_state = u"<script>alert(1)</script>&x=1 +%'\"é"_s;
    const Reply redirect = decide(u"allow"_s, authorizeUrl());
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.locationParameter(u"state"_s), m_state);
    QVERIFY(!redirect.header("Location").contains('<'));
    QVERIFY(!redirect.header("Location").contains(' '));

    // What the pages show of a request is escaped.
    const Reply page = get(authorizeUrl({{u"redirect_uri"_s, u"http://evil.example/<script>x</script>\"'"_s}}));
    QCOMPARE(page.status, 400);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY2(page.body.contains("&lt;script&gt;"), page.body.constData());
    // An unknown scope never reaches a page: it is refused to the (checked) redirect URI, encoded.
    const Reply scope = get(authorizeUrl({{u"scope"_s, u"demo.read <script>alert(1)</script>"_s}}));
    QCOMPARE(scope.status, 302);
    QCOMPARE(scope.locationParameter(u"error"_s), u"invalid_scope"_s);
    QVERIFY(!scope.header("Location").contains('<'));
    QVERIFY(scope.locationParameter(u"error_description"_s).contains(u"<script>"_s));
    const Reply client = get(authorizeUrl({{u"client_id"_s, u"<b>x</b>"_s}}));
    QVERIFY(!client.body.contains("<b>"));
    QVERIFY(client.body.contains("&lt;b&gt;"));
}

void TestDemoServer::tokenEndpointRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("unknown client") << QByteArray("grant_type=refresh_token&refresh_token=x&client_id=other")
                                    << formType << 401 << u"invalid_client"_s;
    QTest::newRow("no client") << QByteArray("grant_type=refresh_token&refresh_token=x") << formType << 401
                               << u"invalid_client"_s;
    QTest::newRow("client secret") << QByteArray("grant_type=refresh_token&refresh_token=x&client_id=callout-demo"
                                                 "&client_secret=s")
                                   << formType << 401 << u"invalid_client"_s;
    QTest::newRow("password grant") << QByteArray("grant_type=password&client_id=callout-demo") << formType << 400
                                    << u"unsupported_grant_type"_s;
    QTest::newRow("no grant") << QByteArray("client_id=callout-demo") << formType << 400 << u"invalid_request"_s;
    QTest::newRow("repeated") << QByteArray("grant_type=refresh_token&refresh_token=a&refresh_token=b"
                                            "&client_id=callout-demo")
                              << formType << 400 << u"invalid_request"_s;
    QTest::newRow("json body") << QByteArray(R"({"grant_type":"refresh_token"})") << QByteArray("application/json")
                               << 400 << u"invalid_request"_s;
    QTest::newRow("unknown refresh token") << QByteArray("grant_type=refresh_token&refresh_token=x"
                                                         "&client_id=callout-demo")
                                           << formType << 400 << u"invalid_grant"_s;
    QTest::newRow("unknown code") << QByteArray("grant_type=authorization_code&code=x&client_id=callout-demo"
                                                "&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb&code_verifier="
                                                + Pkce::generate().verifier)
                                  << formType << 400 << u"invalid_grant"_s;
    QTest::newRow("no verifier") << QByteArray("grant_type=authorization_code&code=x&client_id=callout-demo"
                                               "&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb")
                                 << formType << 400 << u"invalid_request"_s;
}

void TestDemoServer::tokenEndpointRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Reply reply = post(issuerUrl(u"/token"_s), body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(u"error"_s).toString(), error);
    QVERIFY(!reply.json().value(u"error_description"_s).toString().isEmpty());
    QCOMPARE(reply.header("Cache-Control"), "no-store");
}

void TestDemoServer::userInfo()
{
    const QByteArray accessToken = signIn().value(u"access_token"_s).toString().toLatin1();
    const Reply reply = get(issuerUrl(u"/userinfo"_s), accessToken);
    QCOMPARE(reply.status, 200);
    const QJsonObject claims = reply.json();
    QCOMPARE(claims.value(u"sub"_s).toString(), u"demo-user"_s);
    QCOMPARE(claims.value(u"name"_s).toString(), u"Demo User"_s);
    QCOMPARE(claims.value(u"preferred_username"_s).toString(), u"demo"_s);
    QCOMPARE(get(issuerUrl(u"/userinfo"_s)).status, 401);
    QCOMPARE(get(issuerUrl(u"/userinfo"_s), "nonsense").status, 401);

    // Without the profile scope: 403 insufficient_scope.
    m_pkce = Pkce::generate();
    const Reply redirect = decide(u"allow"_s, authorizeUrl({{u"scope"_s, u"demo.read"_s}}));
    const Reply tokens = exchange(redirect.locationParameter(u"code"_s), m_pkce.verifier);
    QCOMPARE(tokens.json().value(u"scope"_s).toString(), u"demo.read"_s);
    QVERIFY(!tokens.json().contains(u"refresh_token"_s)); // no offline_access
    const Reply narrow = get(issuerUrl(u"/userinfo"_s), tokens.json().value(u"access_token"_s).toString().toLatin1());
    QCOMPARE(narrow.status, 403);
    QVERIFY(narrow.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
}

void TestDemoServer::apiRefusals()
{
    // No token: the challenge without an error (RFC 6750 §3.1).
    const Reply none = get(apiUrl(u"/me"_s));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.header("WWW-Authenticate"), R"(Bearer realm="demo")");
    const Reply unknown = get(apiUrl(u"/me"_s), "not-a-token");
    QCOMPARE(unknown.status, 401);
    QVERIFY(unknown.header("WWW-Authenticate").startsWith(R"(Bearer realm="demo", error="invalid_token")"));
    QCOMPARE(get(apiUrl(u"/other"_s)).status, 404);
    const Reply posted = post(apiUrl(u"/me"_s), "x", "text/plain");
    QCOMPARE(posted.status, 405);
    QCOMPARE(posted.header("Allow"), "GET");
    QCOMPARE(posted.header("Cache-Control"), "no-store");
}

// The project's parser under the server: keep-alive, pipelining, and a malformed request closes.
void TestDemoServer::pipelinedAndMalformedRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_service->apiUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /me HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.count("HTTP/1.1 ") == 2 && received.endsWith("}");
        },
        5000));
    QVERIFY(received.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
    QVERIFY(received.contains("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(received.contains("Connection: keep-alive\r\n"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    socket.write("NOT HTTP\r\n\r\n");
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    QVERIFY2(received.contains("HTTP/1.1 400 Bad Request\r\n"), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
}

// Any local user can connect: beyond 64 open connections a new one gets 503 and is closed, and
// room is made again as connections close.
void TestDemoServer::connectionCap()
{
    std::vector<std::unique_ptr<QTcpSocket>> open;
    auto connectOne = [this] {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(m_service->apiUrl().port()));
        // With the event loop running, so that the server accepts each as it comes (no backlog).
        std::ignore = QTest::qWaitFor([&socket] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000);
        return socket;
    };
    for (int i = 0; i < 64; ++i)
        open.push_back(connectOne());
    QTest::ignoreMessage(QtWarningMsg, "refused a connection: too many open");
    const std::unique_ptr<QTcpSocket> refused = connectOne();
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += refused->readAll();
            return refused->state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    QVERIFY2(received.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), received.constData());
    // Every one of the 64 is served.
    open.back()->write("GET /me HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return open.back()->bytesAvailable() > 0; }, 5000));
    QVERIFY(open.back()->readAll().startsWith("HTTP/1.1 401 "));

    open.front()->disconnectFromHost();
    open.erase(open.begin());
    QTRY_COMPARE(get(apiUrl(u"/other"_s)).status, 404);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
