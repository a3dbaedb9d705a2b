// The Qt 6.4 workarounds of AuthorizationCodeFlow, each against a fake token endpoint that records
// the exact bytes sent. Each test fails without its workaround (see the class comment).
#include "FakeHttpServer.h"
#include "TestEnvironment.h"
#include "callout/oauth/AuthorizationCodeFlow.h"
#include "callout/oauth/FormEncoding.h"
#include "callout/oauth/LoopbackListener.h"
#include "callout/oauth/OAuthNetworkAccessManager.h"
#include "callout/oauth/OAuthRandom.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::FakeHttpServer;

namespace {

const QByteArray GoodTokenResponse = R"({"access_token":"at-1","token_type":"Bearer","expires_in":3600,
                                         "refresh_token":"rt-1","scope":"api"})";

AuthProvider providerFor(const FakeHttpServer &server, ClientAuthentication auth = ClientAuthentication::None,
                         const QString &clientId = u"client+id/1"_s)
{
    AuthProvider p;
    p.id = u"p1"_s;
    p.name = u"Fake"_s;
    p.authorizeUrl = server.url(u"/authorize"_s);
    p.tokenUrl = server.url(u"/token"_s);
    p.clientId = clientId;
    p.clientAuthentication = auth;
    return p;
}

// A query value as the authorization server reads it: form-decoded ('+' is a space).
QString queryValue(const QUrl &url, const QString &key)
{
    return formUrlDecode(QUrlQuery(url).queryItemValue(key, QUrl::FullyEncoded).toUtf8());
}

} // namespace

class TestAuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void networkManagerIsAlwaysSet();
    void pkceS256InAuthorizationAndTokenRequests();
    void stateIsFreshAndStrongForEveryAttempt();
    void browserGetsAOneTimeStartUrl();
    void tokenRequestCarriesExactValues_data();
    void tokenRequestCarriesExactValues();
    void basicClientAuthenticationUsesTheHeaderOnly();
    void refreshRequestCarriesExactValues();
    void scopeIsRequestedAsConfiguredOnEveryGrant();
    void tokenEndpointOutcomesAreReported_data();
    void tokenEndpointOutcomesAreReported();
    void redirectFromTokenEndpointIsNotFollowed();
    void failedRefreshDoesNotBlockTheNextOne();
    void tokenRepliesAreNotLeaked();

private:
    // Starts a sign-in and plays the browser's redirect with `code`; returns the authorization URL.
    QUrl signInWithCode(AuthorizationCodeFlow &flow, const QString &code, const QString &scopes = u"api"_s);
    // A GET as a browser sends it, without following redirects: the reply, finished.
    std::unique_ptr<QNetworkReply> fetch(const QUrl &url);
    QNetworkAccessManager m_browser;
};

void TestAuthorizationCodeFlow::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

QUrl TestAuthorizationCodeFlow::signInWithCode(AuthorizationCodeFlow &flow, const QString &code, const QString &scopes)
{
    QSignalSpy browser(&flow, &QAbstractOAuth::authorizeWithBrowser);
    const Result<void> started = flow.startSignIn(scopes);
    [&] { QVERIFY(started.ok()); }();
    [&] { QTRY_COMPARE(browser.count(), 1); }();
    const QUrl authorizeUrl = browser.value(0).value(0).toUrl();
    QUrl redirect(queryValue(authorizeUrl, u"redirect_uri"_s));
    QUrlQuery query;
    query.addQueryItem(u"code"_s, QString::fromLatin1(formUrlEncode(code)));
    query.addQueryItem(u"state"_s, queryValue(authorizeUrl, u"state"_s));
    redirect.setQuery(query);
    QNetworkReply *reply = m_browser.get(QNetworkRequest(redirect)); // waits for answerBrowser()
    connect(&flow, &QObject::destroyed, reply, &QNetworkReply::abort);
    return authorizeUrl;
}

void TestAuthorizationCodeFlow::networkManagerIsAlwaysSet()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server), {});
    QVERIFY(flow.networkAccessManager() != nullptr);
    QCOMPARE(flow.networkAccessManager(), flow.network());
    QCOMPARE(flow.network()->redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
}

void TestAuthorizationCodeFlow::pkceS256InAuthorizationAndTokenRequests()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server), {});
    const QUrl authorizeUrl = signInWithCode(flow, u"code-1"_s);
    QCOMPARE(queryValue(authorizeUrl, u"code_challenge_method"_s), u"S256"_s);
    QTRY_COMPARE(server.requests().size(), 1);
    const QString verifier = server.requests().first().form().value(u"code_verifier"_s);
    QCOMPARE(verifier.size(), 43);
    QCOMPARE(queryValue(authorizeUrl, u"code_challenge"_s),
             QString::fromLatin1(Pkce::challengeFor(verifier.toLatin1())));
}

void TestAuthorizationCodeFlow::stateIsFreshAndStrongForEveryAttempt()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server), {});
    QSignalSpy browser(&flow, &QAbstractOAuth::authorizeWithBrowser);
    QVERIFY(flow.startSignIn(u"api"_s).ok());
    QVERIFY(flow.startSignIn(u"api"_s).ok()); // same flow object: Qt 6.4 would reuse its state
    QTRY_COMPARE(browser.count(), 2);
    const QString first = queryValue(browser.at(0).at(0).toUrl(), u"state"_s);
    const QString second = queryValue(browser.at(1).at(0).toUrl(), u"state"_s);
    QVERIFY2(first.size() >= 43, qPrintable(first)); // 256 bits, base64url
    QVERIFY(first != second);
}

std::unique_ptr<QNetworkReply> TestAuthorizationCodeFlow::fetch(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_browser.get(request));
    [&] { QTRY_VERIFY(reply->isFinished()); }();
    return reply;
}

// xdg-open's arguments can be read by every local user (/proc/<pid>/cmdline): the browser is
// given a one-time loopback URL that carries nothing of the authorization request.
void TestAuthorizationCodeFlow::browserGetsAOneTimeStartUrl()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server), {});
    QSignalSpy authorization(&flow, &QAbstractOAuth::authorizeWithBrowser);
    QSignalSpy pages(&flow, &AuthorizationCodeFlow::signInPageReady);
    QVERIFY(flow.startSignIn(u"api"_s).ok());
    QTRY_COMPARE(pages.count(), 1);
    const QUrl start = pages.first().first().toUrl();
    const QUrl authorizeUrl = authorization.first().first().toUrl();
    const QUrl redirect(flow.loopback()->redirectUri());

    QCOMPARE(start.scheme(), u"http"_s);
    QCOMPARE(start.host(), u"127.0.0.1"_s);
    QCOMPARE(start.port(), redirect.port());
    QVERIFY2(start.path().startsWith(u"/start/"_s), qPrintable(start.toString()));
    QVERIFY2(start.path().size() - 7 >= 22, qPrintable(start.path())); // at least 128 bits, base64url
    QVERIFY(!start.hasQuery());
    QVERIFY(!start.hasFragment());
    const QString state = queryValue(authorizeUrl, u"state"_s);
    const QString challenge = queryValue(authorizeUrl, u"code_challenge"_s);
    QVERIFY(!state.isEmpty() && !challenge.isEmpty());
    QVERIFY(!start.toString().contains(state));
    QVERIFY(!start.toString().contains(challenge));

    // Followed, it lands on the authorization endpoint with the request's parameters.
    const std::unique_ptr<QNetworkReply> first = fetch(start);
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 303);
    const QUrl location = first->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    QCOMPARE(location, authorizeUrl);
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), server.url(u"/authorize"_s));
    QCOMPARE(queryValue(location, u"state"_s), state);
    QCOMPARE(queryValue(location, u"code_challenge"_s), challenge);
    QCOMPARE(queryValue(location, u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(queryValue(location, u"redirect_uri"_s), redirect.toString());
    QCOMPARE(queryValue(location, u"client_id"_s), u"client+id/1"_s);
    QCOMPARE(first->rawHeader("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(first->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));

    // Once only; a start URL of its own making gets nowhere either.
    QCOMPARE(fetch(start)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QUrl forged = start;
    forged.setPath(u"/start/"_s + QString::fromLatin1(randomUrlSafeToken(32)));
    QCOMPARE(fetch(forged)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);

    // Opening the page again takes a fresh one.
    const QUrl again = flow.newStartUrl();
    QVERIFY(again.path().startsWith(u"/start/"_s));
    QVERIFY(again != start);
    const std::unique_ptr<QNetworkReply> second = fetch(again);
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 303);
    QCOMPARE(second->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(), authorizeUrl);
    QCOMPARE(fetch(start)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

void TestAuthorizationCodeFlow::tokenRequestCarriesExactValues_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::newRow("google-style code") << u"4/0AY0e-g7+xyz/abc"_s << u"client+id/1"_s << u"plain"_s;
    QTest::newRow("percent and plus") << u"a%2Fb+c d"_s << u"id with space"_s << u"a:b+c%/é="_s;
    QTest::newRow("equals and ampersand") << u"x=y&z"_s << u"c&d=e"_s << u"s&t=u+v"_s;
}

void TestAuthorizationCodeFlow::tokenRequestCarriesExactValues()
{
    QFETCH(QString, code);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server, ClientAuthentication::Post, clientId), secret);
    signInWithCode(flow, code);
    QTRY_COMPARE(server.requests().size(), 1);
    const auto form = server.requests().first().form();
    QCOMPARE(form.value(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(form.value(u"code"_s), code);
    QCOMPARE(form.value(u"client_id"_s), clientId);
    QCOMPARE(form.value(u"client_secret"_s), secret);
    QCOMPARE(form.value(u"redirect_uri"_s), flow.loopback()->redirectUri()); // exact, port included
    QVERIFY(!server.requests().first().headers.contains("authorization"));
}

void TestAuthorizationCodeFlow::basicClientAuthenticationUsesTheHeaderOnly()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    const QString secret = u"a:b+c%/é= "_s;
    AuthorizationCodeFlow flow(providerFor(server, ClientAuthentication::Basic, u"my:client"_s), secret);
    signInWithCode(flow, u"code-1"_s);
    QTRY_COMPARE(server.requests().size(), 1);
    const auto &request = server.requests().first();
    const QByteArray header = request.headers.value("authorization");
    QVERIFY(header.startsWith("Basic "));
    // RFC 6749 §2.3.1: form-urlencode id and secret, then base64 "id:secret".
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6));
    const qsizetype colon = decoded.indexOf(':');
    auto formDecode
        = [](QByteArray v) { return QString::fromUtf8(QByteArray::fromPercentEncoding(v.replace('+', ' '))); };
    QCOMPARE(formDecode(decoded.left(colon)), u"my:client"_s);
    QCOMPARE(formDecode(decoded.mid(colon + 1)), secret);
    QVERIFY(!request.form().contains(u"client_secret"_s));
    QVERIFY(!request.form().contains(u"client_id"_s));
}

void TestAuthorizationCodeFlow::refreshRequestCarriesExactValues()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server, ClientAuthentication::None), {});
    QSignalSpy received(&flow, &AuthorizationCodeFlow::tokenResponseReceived);
    const QString refreshToken = u"rt+/=%20 x"_s;
    flow.refresh(refreshToken);
    QTRY_COMPARE(received.count(), 1);
    const auto form = server.requests().first().form();
    QCOMPARE(form.value(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.value(u"refresh_token"_s), refreshToken);
    QCOMPARE(form.value(u"client_id"_s), u"client+id/1"_s);
    QVERIFY(!form.contains(u"client_secret"_s)); // Qt 6.4 sends it even when empty
    QVERIFY(!form.contains(u"redirect_uri"_s));  // and a redirect_uri, which refresh has no use for
}

void TestAuthorizationCodeFlow::scopeIsRequestedAsConfiguredOnEveryGrant()
{
    FakeHttpServer server([](const auto &) {
        return FakeHttpServer::json(200, R"({"access_token":"a","token_type":"Bearer","scope":"narrower"})");
    });
    AuthorizationCodeFlow flow(providerFor(server), {});
    QSignalSpy received(&flow, &AuthorizationCodeFlow::tokenResponseReceived);
    signInWithCode(flow, u"c1"_s, u"api offline_access"_s);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.first().first().value<TokenResponse>().scope, u"narrower"_s);
    const QUrl second = signInWithCode(flow, u"c2"_s, u"api offline_access"_s);
    QCOMPARE(queryValue(second, u"scope"_s), u"api offline_access"_s);
    QVERIFY2(second.query(QUrl::FullyEncoded).contains(u"scope=api+offline_access"_s), qPrintable(second.toString()));
    QTRY_COMPARE(received.count(), 2); // the second code exchange ends here, not in the next test
}

void TestAuthorizationCodeFlow::tokenEndpointOutcomesAreReported_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedError"); // ErrorCode, None = success
    using E = ErrorCode;
    QTest::newRow("400 invalid_grant") << 400 << QByteArray("application/json")
                                       << QByteArray(R"({"error":"invalid_grant"})") << int(E::SignInRequired);
    QTest::newRow("401 invalid_client") << 401 << QByteArray("application/json")
                                        << QByteArray(R"({"error":"invalid_client"})") << int(E::ClientConfiguration);
    QTest::newRow("200 with error body") << 200 << QByteArray("application/json")
                                         << QByteArray(R"({"error":"invalid_grant"})") << int(E::SignInRequired);
    QTest::newRow("500 empty") << 500 << QByteArray("text/html") << QByteArray() << int(E::ServerUnavailable);
    QTest::newRow("503 temporarily_unavailable")
        << 503 << QByteArray("application/json") << QByteArray(R"({"error":"temporarily_unavailable"})")
        << int(E::ServerUnavailable);
    QTest::newRow("200 text/plain JSON") << 200 << QByteArray("text/plain") << GoodTokenResponse << int(E::None);
    QTest::newRow("200 no content type") << 200 << QByteArray() << GoodTokenResponse << int(E::None);
    QTest::newRow("200 garbage") << 200 << QByteArray("text/plain") << QByteArray("<html>oops")
                                 << int(E::ProtocolError);
}

void TestAuthorizationCodeFlow::tokenEndpointOutcomesAreReported()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedError);
    FakeHttpServer server([&](const auto &) {
        FakeHttpServer::Response r{status, {}, body};
        if (!contentType.isEmpty())
            r.headers.append({"Content-Type", contentType});
        return r;
    });
    AuthorizationCodeFlow flow(providerFor(server), {});
    QSignalSpy failed(&flow, &AuthorizationCodeFlow::tokenRequestFailed);
    QSignalSpy received(&flow, &AuthorizationCodeFlow::tokenResponseReceived);
    if (expectedError != int(ErrorCode::None))
        test::expectTokenRequestFailure(ErrorCode(expectedError));
    signInWithCode(flow, u"code"_s);
    QTRY_COMPARE(failed.count() + received.count(), 1); // Qt 6.4 alone: nothing at all for errors
    if (expectedError == int(ErrorCode::None)) {
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().value<TokenResponse>().accessToken, u"at-1"_s);
    } else {
        QCOMPARE(failed.count(), 1); // Qt 6.4 alone: a 200 with `error` passes as tokens
        QCOMPARE(int(failed.first().first().value<callout::Error>().code), expectedError);
    }
}

void TestAuthorizationCodeFlow::redirectFromTokenEndpointIsNotFollowed()
{
    FakeHttpServer elsewhere([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    FakeHttpServer server([&](const auto &) {
        return FakeHttpServer::Response{302, {{"Location", elsewhere.url(u"/token"_s).toEncoded()}}, {}};
    });
    AuthorizationCodeFlow flow(providerFor(server, ClientAuthentication::Basic), u"secret"_s);
    QSignalSpy failed(&flow, &AuthorizationCodeFlow::tokenRequestFailed);
    test::expectTokenRequestFailure(ErrorCode::ProtocolError);
    signInWithCode(flow, u"code"_s);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<callout::Error>().code, ErrorCode::ProtocolError);
    QTest::qWait(200);
    QCOMPARE(elsewhere.requests().size(), 0); // the secret never went to the other origin
}

void TestAuthorizationCodeFlow::failedRefreshDoesNotBlockTheNextOne()
{
    int calls = 0;
    FakeHttpServer server([&calls](const auto &) {
        return ++calls == 1 ? FakeHttpServer::json(500, R"({"error":"server_error"})")
                            : FakeHttpServer::json(200, GoodTokenResponse);
    });
    AuthorizationCodeFlow flow(providerFor(server), {});
    flow.setToken(u"old-access-token"_s);
    QSignalSpy failed(&flow, &AuthorizationCodeFlow::tokenRequestFailed);
    QSignalSpy received(&flow, &AuthorizationCodeFlow::tokenResponseReceived);
    test::expectTokenRequestFailure(ErrorCode::ServerUnavailable);
    flow.refresh(u"rt"_s);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(flow.status() != QAbstractOAuth::Status::RefreshingToken); // Qt < 6.6 stays there for good
    flow.refresh(u"rt"_s);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(server.requests().size(), 2);
}

void TestAuthorizationCodeFlow::tokenRepliesAreNotLeaked()
{
    FakeHttpServer server([](const auto &) { return FakeHttpServer::json(200, GoodTokenResponse); });
    AuthorizationCodeFlow flow(providerFor(server), {});
    QSignalSpy received(&flow, &AuthorizationCodeFlow::tokenResponseReceived);
    signInWithCode(flow, u"code"_s);
    QTRY_COMPARE(received.count(), 1);
    flow.refresh(u"rt-1"_s);
    QTRY_COMPARE(received.count(), 2);
    // Qt 6.4 never deletes the code-exchange reply; it would stay a child of the manager.
    QTRY_COMPARE(flow.network()->findChildren<QNetworkReply *>().size(), 0);
}

QTEST_GUILESS_MAIN(TestAuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
