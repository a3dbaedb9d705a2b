#include "callout/oauth/ProviderDiscovery.h"

#include "FakeHttpServer.h"
#include "JsonEdit.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::ErrorCode)

using namespace callout;
using callout::test::failureOf;
using callout::test::FakeHttpServer;
using callout::test::without;

// Completing an auth provider from its issuer's metadata (OpenID discovery, RFC 8414): the
// document's issuer must match exactly (docs/security-checklist.md, B10), and only usable
// endpoints are taken.
class TestProviderDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void applyRequiresTheExactIssuer_data();
    void applyRequiresTheExactIssuer();
    void applyFillsOnlyMissingEndpoints();
    void applyIssRequired_data();
    void applyIssRequired();
    void applyTakesOnlySecureEndpoints_data();
    void applyTakesOnlySecureEndpoints();
    void applyIgnoresAnInsecureOptionalEndpoint();
    void applyGivesAProviderThatValidates();
    void applyNeedsEndpoints_data();
    void applyNeedsEndpoints();
    void metadataUrls_data();
    void metadataUrls();

    void discoverFallsBackToRfc8414();
    void discoverPrefersOpenIdConfiguration();
    void discoverFailsWithoutMetadata();
    void discoverDoesNotFollowRedirects();
    void discoverRefusesAForeignIssuer();
    void discoverNeedsASecureIssuer_data();
    void discoverNeedsASecureIssuer();
    void discoverReportsAnUnreachableIssuer();

private:
    static AuthProvider provider(const QString &issuer);
    static QJsonObject metadata(const QString &issuer, const QString &base);
    static QByteArray toBytes(const QJsonObject &object);
    // Runs discover() and waits for its callback.
    static std::optional<Result<AuthProvider>> discover(const AuthProvider &provider);
};

void TestProviderDiscovery::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

AuthProvider TestProviderDiscovery::provider(const QString &issuer)
{
    AuthProvider p;
    p.id = u"p-1"_s;
    p.name = u"Example"_s;
    p.issuer = issuer;
    p.clientId = u"client-1"_s;
    return p;
}

QJsonObject TestProviderDiscovery::metadata(const QString &issuer, const QString &base)
{
    return QJsonObject{
        {u"issuer"_s, issuer},
        {u"authorization_endpoint"_s, base + u"/authorize"_s},
        {u"token_endpoint"_s, base + u"/token"_s},
        {u"revocation_endpoint"_s, base + u"/revoke"_s},
        {u"userinfo_endpoint"_s, base + u"/userinfo"_s},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
    };
}

QByteArray TestProviderDiscovery::toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Result<AuthProvider>> TestProviderDiscovery::discover(const AuthProvider &provider)
{
    ProviderDiscovery discovery;
    std::optional<Result<AuthProvider>> result;
    discovery.discover(provider, [&result](Result<AuthProvider> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
        return std::nullopt;
    return result;
}

void TestProviderDiscovery::applyRequiresTheExactIssuer_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QJsonValue>("documented");
    QTest::addColumn<bool>("accepted");

    const QString issuer = u"https://as.example/realms/one"_s;
    QTest::newRow("identical") << issuer << QJsonValue(issuer) << true;
    QTest::newRow("document adds a trailing slash") << issuer << QJsonValue(issuer + u'/') << false;
    QTest::newRow("configuration has a trailing slash") << issuer + u'/' << QJsonValue(issuer) << false;
    QTest::newRow("another path") << issuer << QJsonValue(u"https://as.example/realms/two"_s) << false;
    QTest::newRow("host in upper case") << issuer << QJsonValue(u"https://AS.example/realms/one"_s) << false;
    QTest::newRow("http instead of https") << issuer << QJsonValue(u"http://as.example/realms/one"_s) << false;
    QTest::newRow("explicit default port") << issuer << QJsonValue(u"https://as.example:443/realms/one"_s) << false;
    QTest::newRow("another host") << issuer << QJsonValue(u"https://evil.example/realms/one"_s) << false;
    QTest::newRow("missing") << issuer << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("null") << issuer << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("not a string") << issuer << QJsonValue(42) << false;
}

void TestProviderDiscovery::applyRequiresTheExactIssuer()
{
    QFETCH(QString, configured);
    QFETCH(QJsonValue, documented);
    QFETCH(bool, accepted);

    QJsonObject document = metadata(u"unused"_s, u"https://as.example"_s);
    document.remove(u"issuer"_s);
    if (!documented.isUndefined())
        document.insert(u"issuer"_s, documented);

    const Result<AuthProvider> result = ProviderDiscovery::apply(provider(configured), toBytes(document));
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result->tokenUrl, QUrl(u"https://as.example/token"_s));
        return;
    }
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::ProtocolError));
    QCOMPARE(result.error().field, u"issuer"_s);
}

void TestProviderDiscovery::applyFillsOnlyMissingEndpoints()
{
    const QString issuer = u"https://as.example"_s;
    AuthProvider configured = provider(issuer);
    configured.tokenUrl = QUrl(u"https://gateway.example/oauth/token"_s);
    configured.userInfoUrl = QUrl(u"https://gateway.example/me"_s);

    const Result<AuthProvider> result = ProviderDiscovery::apply(configured, toBytes(metadata(issuer, issuer)));
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    // Configured endpoints win.
    QCOMPARE(result->tokenUrl, QUrl(u"https://gateway.example/oauth/token"_s));
    QCOMPARE(result->userInfoUrl, QUrl(u"https://gateway.example/me"_s));
    // Missing ones come from the document.
    QCOMPARE(result->authorizeUrl, QUrl(u"https://as.example/authorize"_s));
    QCOMPARE(result->revocationUrl, QUrl(u"https://as.example/revoke"_s));
    // Nothing else changes.
    QCOMPARE(result->id, configured.id);
    QCOMPARE(result->name, configured.name);
    QCOMPARE(result->issuer, issuer);
    QCOMPARE(result->clientId, configured.clientId);
}

void TestProviderDiscovery::applyIssRequired_data()
{
    QTest::addColumn<bool>("configured");
    QTest::addColumn<QJsonValue>("supported"); // authorization_response_iss_parameter_supported
    QTest::addColumn<bool>("required");

    QTest::newRow("supported") << false << QJsonValue(true) << true;
    QTest::newRow("not supported") << false << QJsonValue(false) << false;
    QTest::newRow("not stated") << false << QJsonValue(QJsonValue::Undefined) << false;
    // Metadata can add the requirement, never relax one already set.
    QTest::newRow("already required, not stated") << true << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("already required, not supported") << true << QJsonValue(false) << true;
}

void TestProviderDiscovery::applyIssRequired()
{
    QFETCH(bool, configured);
    QFETCH(QJsonValue, supported);
    QFETCH(bool, required);

    const QString issuer = u"https://as.example"_s;
    AuthProvider p = provider(issuer);
    p.authorizationResponseIssRequired = configured;
    QJsonObject document = metadata(issuer, issuer);
    if (!supported.isUndefined())
        document.insert(u"authorization_response_iss_parameter_supported"_s, supported);

    const Result<AuthProvider> result = ProviderDiscovery::apply(p, toBytes(document));
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->authorizationResponseIssRequired, required);
}

void TestProviderDiscovery::applyTakesOnlySecureEndpoints_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QJsonValue>("endpoint"); // the document's authorization_endpoint
    QTest::addColumn<bool>("taken");

    const QString issuer = u"https://as.example"_s;
    QTest::newRow("https") << issuer << QJsonValue(u"https://login.example/authorize"_s) << true;
    QTest::newRow("http") << issuer << QJsonValue(u"http://as.example/authorize"_s) << false;
    QTest::newRow("http on a private address") << issuer << QJsonValue(u"http://10.0.0.1/authorize"_s) << false;
    QTest::newRow("http on 127.0.0.1") << u"http://127.0.0.1:8080"_s << QJsonValue(u"http://127.0.0.1:8080/authorize"_s)
                                       << true;
    QTest::newRow("ftp") << issuer << QJsonValue(u"ftp://as.example/authorize"_s) << false;
    QTest::newRow("javascript") << issuer << QJsonValue(u"javascript:alert(1)"_s) << false;
    QTest::newRow("relative") << issuer << QJsonValue(u"/authorize"_s) << false;
    QTest::newRow("scheme-relative") << issuer << QJsonValue(u"//as.example/authorize"_s) << false;
    QTest::newRow("no host") << issuer << QJsonValue(u"https:///authorize"_s) << false;
    // What callout.json refuses is not taken either: the completed provider is saved.
    QTest::newRow("fragment") << issuer << QJsonValue(u"https://login.example#com/authorize"_s) << false;
    QTest::newRow("user info") << issuer << QJsonValue(u"https://user:pw@login.example/authorize"_s) << false;
    QTest::newRow("not a string") << issuer << QJsonValue(QJsonObject{{u"url"_s, u"https://a.example"_s}}) << false;
}

void TestProviderDiscovery::applyTakesOnlySecureEndpoints()
{
    QFETCH(QString, issuer);
    QFETCH(QJsonValue, endpoint);
    QFETCH(bool, taken);

    QJsonObject document = metadata(issuer, u"https://as.example"_s);
    document.insert(u"authorization_endpoint"_s, endpoint);

    const Result<AuthProvider> result = ProviderDiscovery::apply(provider(issuer), toBytes(document));
    if (taken) {
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->authorizeUrl, QUrl(endpoint.toString()));
        return;
    }
    // Without the authorization endpoint the provider is not usable: an error, not a half provider.
    QVERIFY(!result.ok());
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::ProtocolError));
}

void TestProviderDiscovery::applyIgnoresAnInsecureOptionalEndpoint()
{
    const QString issuer = u"https://as.example"_s;
    QJsonObject document = metadata(issuer, issuer);
    document.insert(u"revocation_endpoint"_s, u"http://as.example/revoke"_s);
    document.insert(u"userinfo_endpoint"_s, u"http://as.example/userinfo"_s);

    const Result<AuthProvider> result = ProviderDiscovery::apply(provider(issuer), toBytes(document));
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QVERIFY(result->revocationUrl.isEmpty());
    QVERIFY(result->userInfoUrl.isEmpty());
    QCOMPARE(result->authorizeUrl, QUrl(u"https://as.example/authorize"_s));
}

// Found by fuzz_providerdiscovery: an optional endpoint with a fragment was taken, and the saved
// provider then failed validation ("must not contain a fragment").
void TestProviderDiscovery::applyGivesAProviderThatValidates()
{
    const QByteArray document = R"({
 "issuer": "https://login.example.com",
 "authorization_endpoint": "https://login.example.com/authorize",
 "token_endpoint": "https://login.e",
 "revocation_endpoint": "https://login.example.com/revoke",
 "userinfo_endpoint": "https://login.example#com/userinfo",
 "jwks_uri": "https://login.example.com/jwks",
 "response_types_supported": [
  "code"
 ],
 "code_challenge_methods_supported": [
  "S255"
 ],
 "authorization_response_iss_parameter_supported": true
})";
    const Result<AuthProvider> result = ProviderDiscovery::apply(provider(u"https://login.example.com"_s), document);
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QVERIFY(result->userInfoUrl.isEmpty());
    const QList<Error> problems = result->validate(u"authProviders[0]"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
}

void TestProviderDiscovery::applyNeedsEndpoints_data()
{
    QTest::addColumn<QByteArray>("document");

    const QString issuer = u"https://as.example"_s;
    QTest::newRow("no token endpoint") << toBytes(without(metadata(issuer, issuer), u"token_endpoint"_s));
    QTest::newRow("no authorization endpoint")
        << toBytes(without(metadata(issuer, issuer), u"authorization_endpoint"_s));
    QTest::newRow("issuer only") << toBytes(QJsonObject{{u"issuer"_s, issuer}});
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("JSON array") << QByteArray(R"([{"issuer":"https://as.example"}])");
    QTest::newRow("HTML") << QByteArray("<html><body>Welcome</body></html>");
    QTest::newRow("empty") << QByteArray();
}

void TestProviderDiscovery::applyNeedsEndpoints()
{
    QFETCH(QByteArray, document);

    const Result<AuthProvider> result = ProviderDiscovery::apply(provider(u"https://as.example"_s), document);
    QVERIFY(!result.ok());
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::ProtocolError));
    QVERIFY(!result.error().message.isEmpty());
}

void TestProviderDiscovery::metadataUrls_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QUrl>("openId");
    QTest::addColumn<QUrl>("rfc8414");

    QTest::newRow("host only") << u"https://a.example"_s
                               << QUrl(u"https://a.example/.well-known/openid-configuration"_s)
                               << QUrl(u"https://a.example/.well-known/oauth-authorization-server"_s);
    QTest::newRow("host, trailing slash")
        << u"https://a.example/"_s << QUrl(u"https://a.example/.well-known/openid-configuration"_s)
        << QUrl(u"https://a.example/.well-known/oauth-authorization-server"_s);
    // RFC 8414 §3.1 puts the issuer's path after the well-known segment; OpenID appends.
    QTest::newRow("with a path") << u"https://a.example/tenant1"_s
                                 << QUrl(u"https://a.example/tenant1/.well-known/openid-configuration"_s)
                                 << QUrl(u"https://a.example/.well-known/oauth-authorization-server/tenant1"_s);
    QTest::newRow("with a path, trailing slash")
        << u"https://a.example/tenant1/"_s << QUrl(u"https://a.example/tenant1/.well-known/openid-configuration"_s)
        << QUrl(u"https://a.example/.well-known/oauth-authorization-server/tenant1"_s);
    QTest::newRow("deeper path, port")
        << u"https://a.example:8443/realms/main"_s
        << QUrl(u"https://a.example:8443/realms/main/.well-known/openid-configuration"_s)
        << QUrl(u"https://a.example:8443/.well-known/oauth-authorization-server/realms/main"_s);
}

void TestProviderDiscovery::metadataUrls()
{
    QFETCH(QString, issuer);
    QFETCH(QUrl, openId);
    QFETCH(QUrl, rfc8414);

    const QList<QUrl> urls = ProviderDiscovery::metadataUrls(issuer);
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.at(0), openId);
    QCOMPARE(urls.at(1), rfc8414);
}

void TestProviderDiscovery::discoverFallsBackToRfc8414()
{
    FakeHttpServer server([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{404, {}, {}}; });
    const QString issuer = server.url(u"/realm"_s).toString();
    QJsonObject document = metadata(issuer, issuer);
    document.insert(u"authorization_response_iss_parameter_supported"_s, true);
    server.setHandler([&document](const FakeHttpServer::Request &request) {
        if (request.target == "/.well-known/oauth-authorization-server/realm")
            return FakeHttpServer::json(200, toBytes(document));
        return FakeHttpServer::json(404, R"({"error":"not_found"})");
    });

    const std::optional<Result<AuthProvider>> result = discover(provider(issuer));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(failureOf(*result)));
    QCOMPARE(result->value().authorizeUrl, QUrl(issuer + u"/authorize"_s));
    QCOMPARE(result->value().tokenUrl, QUrl(issuer + u"/token"_s));
    QVERIFY(result->value().authorizationResponseIssRequired);

    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).target, QByteArray("/realm/.well-known/openid-configuration"));
    QCOMPARE(server.requests().at(1).target, QByteArray("/.well-known/oauth-authorization-server/realm"));
    QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
}

void TestProviderDiscovery::discoverPrefersOpenIdConfiguration()
{
    FakeHttpServer server([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{404, {}, {}}; });
    const QString issuer = server.url(QString()).toString();
    const QJsonObject document = metadata(issuer, issuer);
    server.setHandler([&document](const FakeHttpServer::Request &request) {
        if (request.target == "/.well-known/openid-configuration")
            return FakeHttpServer::json(200, toBytes(document));
        return FakeHttpServer::json(500, {});
    });

    const std::optional<Result<AuthProvider>> result = discover(provider(issuer));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(failureOf(*result)));
    QCOMPARE(result->value().tokenUrl, QUrl(issuer + u"/token"_s));
    QCOMPARE(server.requests().size(), 1);
}

void TestProviderDiscovery::discoverFailsWithoutMetadata()
{
    FakeHttpServer server([](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{404, {{"Content-Type", "text/html"}}, "<html>Not Found</html>"};
    });
    const QString issuer = server.url(QString()).toString();

    const std::optional<Result<AuthProvider>> result = discover(provider(issuer));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(errorCodeName(result->error().code), errorCodeName(ErrorCode::ProtocolError));
    QVERIFY2(result->error().message.contains(u"404"_s), qPrintable(result->error().message));
    QCOMPARE(server.requests().size(), 2); // both locations were tried
}

void TestProviderDiscovery::discoverDoesNotFollowRedirects()
{
    FakeHttpServer server([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{404, {}, {}}; });
    const QString issuer = server.url(QString()).toString();
    const QJsonObject document = metadata(issuer, issuer);
    const QByteArray elsewhere = server.url(u"/elsewhere"_s).toEncoded();
    server.setHandler([&document, &elsewhere](const FakeHttpServer::Request &request) {
        if (request.target == "/elsewhere")
            return FakeHttpServer::json(200, toBytes(document));
        return FakeHttpServer::Response{302, {{"Location", elsewhere}}, {}};
    });

    const std::optional<Result<AuthProvider>> result = discover(provider(issuer));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->error().message.contains(u"302"_s), qPrintable(result->error().message));
    QCOMPARE(server.requests().size(), 2);
    for (const FakeHttpServer::Request &request : server.requests())
        QVERIFY2(request.target != "/elsewhere", request.target.constData());
}

void TestProviderDiscovery::discoverRefusesAForeignIssuer()
{
    FakeHttpServer server([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{404, {}, {}}; });
    const QString issuer = server.url(QString()).toString();
    const QJsonObject document = metadata(u"https://evil.example"_s, issuer);
    server.setHandler(
        [&document](const FakeHttpServer::Request &) { return FakeHttpServer::json(200, toBytes(document)); });

    const std::optional<Result<AuthProvider>> result = discover(provider(issuer));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(errorCodeName(result->error().code), errorCodeName(ErrorCode::ProtocolError));
    QCOMPARE(result->error().field, u"issuer"_s);
}

void TestProviderDiscovery::discoverNeedsASecureIssuer_data()
{
    QTest::addColumn<QString>("issuer");

    QTest::newRow("empty") << QString();
    QTest::newRow("http") << u"http://as.example"_s;
    QTest::newRow("no scheme") << u"as.example"_s;
    QTest::newRow("ftp") << u"ftp://as.example"_s;
}

void TestProviderDiscovery::discoverNeedsASecureIssuer()
{
    QFETCH(QString, issuer);

    // Refused before any request is made: the callback runs at once.
    ProviderDiscovery discovery;
    std::optional<Result<AuthProvider>> result;
    discovery.discover(provider(issuer), [&result](Result<AuthProvider> r) { result.emplace(std::move(r)); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(errorCodeName(result->error().code), errorCodeName(ErrorCode::InvalidConfiguration));
    QCOMPARE(result->error().field, u"issuer"_s);
}

void TestProviderDiscovery::discoverReportsAnUnreachableIssuer()
{
    // A port that nothing listens on any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    const std::optional<Result<AuthProvider>> result = discover(provider(u"http://127.0.0.1:%1"_s.arg(port)));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(errorCodeName(result->error().code), errorCodeName(ErrorCode::NetworkError));
}

QTEST_GUILESS_MAIN(TestProviderDiscovery)
#include "tst_providerdiscovery.moc"
