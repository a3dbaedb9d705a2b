#include "callout/model/AuthProvider.h"

#include "EntryValidation.h"
#include "JsonEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::AuthProvider)

using namespace callout;
using callout::test::with;
using callout::test::without;

namespace {

const test::EntryValidation<AuthProvider> Entry(u"authProviders[0]"_s);
const QString InsecureUrl = test::insecureUrlMessage();

// A provider that passes every rule; each row of the validation table changes one thing.
QJsonObject validJson()
{
    return QJsonObject{{u"name"_s, u"Acme"_s},
                       {u"authorizeUrl"_s, u"https://login.acme.test/oauth2/authorize"_s},
                       {u"tokenUrl"_s, u"https://login.acme.test/oauth2/token"_s},
                       {u"clientId"_s, u"callout-desktop"_s},
                       {u"clientAuthentication"_s, u"post"_s},
                       {u"defaultScopes"_s, u"openid api"_s}};
}

AuthProvider fullProvider()
{
    AuthProvider p;
    p.id = u"0f6d1c1e-5d1e-4a57-9f3c-5c1a1b2c3d4e"_s;
    p.name = u"Acme"_s;
    p.issuer = u"https://login.acme.test"_s;
    p.authorizeUrl = QUrl(u"https://login.acme.test/oauth2/authorize"_s);
    p.tokenUrl = QUrl(u"https://login.acme.test/oauth2/token"_s);
    p.revocationUrl = QUrl(u"https://login.acme.test/oauth2/revoke"_s);
    p.userInfoUrl = QUrl(u"https://login.acme.test/oauth2/userinfo"_s);
    p.clientId = u"callout-desktop"_s;
    p.clientAuthentication = ClientAuthentication::Basic;
    p.defaultScopes = u"openid profile api"_s;
    p.redirectUri = QUrl(u"http://localhost:1717/OauthRedirect"_s);
    p.extraAuthorizeParameters = {{u"prompt"_s, u"consent"_s}, {u"audience"_s, u"https://api.acme.test"_s}};
    return p;
}

} // namespace

class TestAuthProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void validate_data();
    void validate();
    void clientSecretInConfigurationIsRefused();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void scopesAreNormalised();
    void clientAuthenticationNames_data();
    void clientAuthenticationNames();
    void invalidatesTokens_data();
    void invalidatesTokens();
    void invalidatesClientSecret_data();
    void invalidatesClientSecret();
};

void TestAuthProvider::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestAuthProvider::validate_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("fields"); // JSON paths of the expected problems, in order; empty = valid
    QTest::addColumn<QString>("message");    // exact message of the first problem, when given

    const QJsonObject ok = validJson();
    auto row = [](const char *name, const QJsonObject &json, const QStringList &fields = {},
                  const QString &message = {}) { QTest::newRow(name) << json << fields << message; };

    row("valid", ok);
    row("valid: every optional field",
        with(with(with(with(with(ok, u"issuer"_s, u"https://login.acme.test"_s), u"revocationUrl"_s,
                            u"https://login.acme.test/revoke"_s),
                       u"userInfoUrl"_s, u"https://login.acme.test/userinfo"_s),
                  u"redirectUri"_s, u"http://localhost:1717/OauthRedirect"_s),
             u"extraAuthorizeParameters"_s, QJsonObject{{u"prompt"_s, u"consent"_s}}));

    // Names: [A-Za-z][A-Za-z0-9_]{0,79}
    const QString nameMessage
        = u"must start with a letter and contain only letters, digits and _ (at most 80 characters)"_s;
    row("name: one letter", with(ok, u"name"_s, u"A"_s));
    row("name: letters digits underscore", with(ok, u"name"_s, u"my_Api_2"_s));
    row("name: 80 characters", with(ok, u"name"_s, u"N"_s + QString(79, u'x')));
    row("name: 81 characters", with(ok, u"name"_s, u"N"_s + QString(80, u'x')), {Entry.at(u"name"_s)}, nameMessage);
    row("name: leading digit", with(ok, u"name"_s, u"1Acme"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: leading underscore", with(ok, u"name"_s, u"_Acme"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: dash", with(ok, u"name"_s, u"Acme-Login"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: space", with(ok, u"name"_s, u"Acme Login"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: dot", with(ok, u"name"_s, u"acme.login"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: non-ASCII letter", with(ok, u"name"_s, u"Ácme"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: trailing newline", with(ok, u"name"_s, u"Acme\n"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: empty", with(ok, u"name"_s, u""_s), {Entry.at(u"name"_s)}, u"is required"_s);
    row("name: missing", without(ok, {u"name"_s}), {Entry.at(u"name"_s)}, u"is required"_s);

    // Required fields.
    row("clientId: missing", without(ok, {u"clientId"_s}), {Entry.at(u"clientId"_s)}, u"is required"_s);
    row("clientId: empty", with(ok, u"clientId"_s, u""_s), {Entry.at(u"clientId"_s)}, u"is required"_s);
    row("authorizeUrl: missing without issuer", without(ok, {u"authorizeUrl"_s}), {Entry.at(u"authorizeUrl"_s)},
        u"is required"_s);
    row("tokenUrl: missing without issuer", without(ok, {u"tokenUrl"_s}), {Entry.at(u"tokenUrl"_s)}, u"is required"_s);
    row("both endpoints missing without issuer", without(ok, {u"authorizeUrl"_s, u"tokenUrl"_s}),
        {Entry.at(u"authorizeUrl"_s), Entry.at(u"tokenUrl"_s)}, u"is required"_s);

    // Issuer: endpoints may be discovered.
    const QJsonObject issuerOnly
        = with(without(ok, {u"authorizeUrl"_s, u"tokenUrl"_s}), u"issuer"_s, u"https://login.acme.test"_s);
    row("issuer only: endpoints discoverable", issuerOnly);
    row("issuer with only tokenUrl", with(without(ok, {u"authorizeUrl"_s}), u"issuer"_s, u"https://idp.test"_s));
    row("issuer: http on a remote host", with(issuerOnly, u"issuer"_s, u"http://login.acme.test"_s),
        {Entry.at(u"issuer"_s)}, InsecureUrl);
    row("issuer: http on localhost", with(issuerOnly, u"issuer"_s, u"http://localhost:8080/realms/test"_s));
    row("issuer: not a URL", with(issuerOnly, u"issuer"_s, u"acme"_s), {Entry.at(u"issuer"_s)}, InsecureUrl);
    row("issuer: not a string", with(issuerOnly, u"issuer"_s, 42),
        {Entry.at(u"issuer"_s), Entry.at(u"authorizeUrl"_s), Entry.at(u"tokenUrl"_s)}, u"must be a string"_s);

    // URL rules, on the token URL.
    const QString token = Entry.at(u"tokenUrl"_s);
    auto tokenUrl = [&ok](const QString &url) { return with(ok, u"tokenUrl"_s, url); };
    row("url: https", tokenUrl(u"https://login.acme.test/token"_s));
    row("url: https with port and query", tokenUrl(u"https://login.acme.test:8443/token?tenant=a"_s));
    row("url: http 127.0.0.1", tokenUrl(u"http://127.0.0.1:8080/token"_s));
    row("url: http ::1", tokenUrl(u"http://[::1]:8080/token"_s));
    row("url: http localhost", tokenUrl(u"http://localhost:8080/token"_s));
    row("url: http LOCALHOST", tokenUrl(u"http://LOCALHOST/token"_s));
    row("url: http remote host", tokenUrl(u"http://login.acme.test/token"_s), {token}, InsecureUrl);
    row("url: http 127.0.0.2", tokenUrl(u"http://127.0.0.2/token"_s), {token}, InsecureUrl);
    row("url: http localhost.acme.test", tokenUrl(u"http://localhost.acme.test/token"_s), {token}, InsecureUrl);
    row("url: relative path", tokenUrl(u"/oauth2/token"_s), {token}, InsecureUrl);
    row("url: scheme-relative", tokenUrl(u"//login.acme.test/token"_s), {token}, InsecureUrl);
    row("url: missing host", tokenUrl(u"https:///token"_s), {token}, InsecureUrl);
    row("url: scheme only", tokenUrl(u"https:"_s), {token}, InsecureUrl);
    row("url: ftp", tokenUrl(u"ftp://login.acme.test/token"_s), {token}, InsecureUrl);
    row("url: unparsable host", tokenUrl(u"https://login acme.test/token"_s), {token}, InsecureUrl);
    row("url: port out of range", tokenUrl(u"https://login.acme.test:99999/token"_s), {token}, InsecureUrl);
    row("url: user info", tokenUrl(u"https://user:secret@login.acme.test/token"_s), {token},
        u"must not contain a user name or password"_s);
    row("url: user name only", tokenUrl(u"https://user@login.acme.test/token"_s), {token},
        u"must not contain a user name or password"_s);
    row("url: fragment", tokenUrl(u"https://login.acme.test/token#frag"_s), {token},
        u"must not contain a fragment (#…)"_s);
    row("url: not a string", with(ok, u"tokenUrl"_s, QJsonArray{u"https://login.acme.test"_s}), {token, token},
        u"must be a string"_s);

    // The same rules apply to every URL field.
    row("authorizeUrl: http remote", with(ok, u"authorizeUrl"_s, u"http://login.acme.test/authorize"_s),
        {Entry.at(u"authorizeUrl"_s)}, InsecureUrl);
    row("revocationUrl: optional", without(ok, {u"revocationUrl"_s}));
    row("revocationUrl: http remote", with(ok, u"revocationUrl"_s, u"http://login.acme.test/revoke"_s),
        {Entry.at(u"revocationUrl"_s)}, InsecureUrl);
    row("revocationUrl: fragment", with(ok, u"revocationUrl"_s, u"https://login.acme.test/revoke#x"_s),
        {Entry.at(u"revocationUrl"_s)}, u"must not contain a fragment (#…)"_s);
    row("userInfoUrl: relative", with(ok, u"userInfoUrl"_s, u"userinfo"_s), {Entry.at(u"userInfoUrl"_s)}, InsecureUrl);
    row("userInfoUrl: user info", with(ok, u"userInfoUrl"_s, u"https://a:b@login.acme.test/userinfo"_s),
        {Entry.at(u"userInfoUrl"_s)}, u"must not contain a user name or password"_s);

    // clientAuthentication
    const QString methodMessage = u"must be none, post or basic"_s;
    row("clientAuthentication: none", with(ok, u"clientAuthentication"_s, u"none"_s));
    row("clientAuthentication: post", with(ok, u"clientAuthentication"_s, u"post"_s));
    row("clientAuthentication: basic", with(ok, u"clientAuthentication"_s, u"basic"_s));
    row("clientAuthentication: missing means none", without(ok, {u"clientAuthentication"_s}));
    row("clientAuthentication: Basic (case)", with(ok, u"clientAuthentication"_s, u"Basic"_s),
        {Entry.at(u"clientAuthentication"_s)}, methodMessage);
    row("clientAuthentication: client_secret_post", with(ok, u"clientAuthentication"_s, u"client_secret_post"_s),
        {Entry.at(u"clientAuthentication"_s)}, methodMessage);
    row("clientAuthentication: not a string", with(ok, u"clientAuthentication"_s, true),
        {Entry.at(u"clientAuthentication"_s)}, u"must be a string"_s);

    // redirectUri: optional fixed loopback http redirect with a port.
    const QString redirect = Entry.at(u"redirectUri"_s);
    const QString loopbackMessage = u"must be a loopback http URL such as http://localhost:1717/OauthRedirect "
                                    u"(host 127.0.0.1, ::1 or localhost)"_s;
    auto redirectUri = [&ok](const QString &url) { return with(ok, u"redirectUri"_s, url); };
    row("redirectUri: localhost", redirectUri(u"http://localhost:1717/OauthRedirect"_s));
    row("redirectUri: 127.0.0.1", redirectUri(u"http://127.0.0.1:8080/callback"_s));
    row("redirectUri: ::1", redirectUri(u"http://[::1]:8080/callback"_s));
    row("redirectUri: https", redirectUri(u"https://localhost:1717/OauthRedirect"_s), {redirect}, loopbackMessage);
    row("redirectUri: remote host", redirectUri(u"http://acme.test:1717/OauthRedirect"_s), {redirect}, loopbackMessage);
    row("redirectUri: custom scheme", redirectUri(u"com.acme.app:/callback"_s), {redirect}, loopbackMessage);
    row("redirectUri: relative", redirectUri(u"/callback"_s), {redirect}, loopbackMessage);
    row("redirectUri: no port", redirectUri(u"http://localhost/OauthRedirect"_s), {redirect},
        u"must name a port; leave it empty to use an ephemeral 127.0.0.1 port"_s);
    row("redirectUri: port 0", redirectUri(u"http://localhost:0/OauthRedirect"_s), {redirect},
        u"must name a port; leave it empty to use an ephemeral 127.0.0.1 port"_s);
    row("redirectUri: query", redirectUri(u"http://localhost:1717/OauthRedirect?x=1"_s), {redirect},
        u"must not contain a query or fragment"_s);
    row("redirectUri: fragment", redirectUri(u"http://localhost:1717/OauthRedirect#x"_s), {redirect},
        u"must not contain a query or fragment"_s);

    // extraAuthorizeParameters: Callout's own parameters cannot be overridden.
    const QString params = Entry.at(u"extraAuthorizeParameters"_s);
    auto extra = [&ok](const QJsonObject &map) { return with(ok, u"extraAuthorizeParameters"_s, map); };
    row("extra: prompt and audience", extra({{u"prompt"_s, u"consent"_s}, {u"audience"_s, u"api"_s}}));
    row("extra: empty object", extra({}));
    // The flow owns these (and servers compare names without regard to case): an override could
    // move the code elsewhere (response_mode, redirect_uri) or replace the request (request, request_uri).
    for (const char *reserved : {"state",        "code_challenge", "code_challenge_method",
                                 "redirect_uri", "client_id",      "response_type",
                                 "scope",        "response_mode",  "request",
                                 "request_uri",  "nonce",          "client_secret",
                                 "code",         "code_verifier",  "iss",
                                 "Redirect_URI", "RESPONSE_MODE",  "Request_Uri",
                                 "STATE",        "Scope"}) {
        const QString key = QString::fromLatin1(reserved);
        QTest::addRow("extra: reserved %s", reserved) << extra({{key, u"x"_s}}) << QStringList{params + u'.' + key}
                                                      << u"is set by Callout itself and cannot be overridden"_s;
    }
    row("extra: login_hint is not reserved", extra({{u"login_hint"_s, u"alice@acme.test"_s}}));
    row("extra: a name that only starts like a reserved one", extra({{u"scope_hint"_s, u"x"_s}}));
    row("extra: empty name", extra({{u""_s, u"x"_s}}), {params + u'.'}, u"parameter names must not be empty"_s);
    row("extra: value not a string", extra({{u"max_age"_s, 300}}), {params + u".max_age"_s}, u"must be a string"_s);
    row("extra: not an object", with(ok, u"extraAuthorizeParameters"_s, u"prompt=consent"_s), {params},
        u"must be an object of strings"_s);

    // Shape of the JSON.
    row("unknown field", with(ok, u"tokenURL"_s, u"https://login.acme.test/token"_s), {Entry.at(u"tokenURL"_s)},
        u"is not a known field"_s);
    row("name: not a string", with(ok, u"name"_s, 7), {Entry.at(u"name"_s), Entry.at(u"name"_s)},
        u"must be a string"_s);
    row("clientId: not a string", with(ok, u"clientId"_s, QJsonObject{}),
        {Entry.at(u"clientId"_s), Entry.at(u"clientId"_s)}, u"must be a string"_s);
    row("defaultScopes: not a string", with(ok, u"defaultScopes"_s, QJsonArray{u"openid"_s}),
        {Entry.at(u"defaultScopes"_s)}, u"must be a string"_s);
    row("null means absent", with(ok, u"revocationUrl"_s, QJsonValue::Null));
}

void TestAuthProvider::validate()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);

    const QList<Error> problems = Entry.problemsOf(json);
    QStringList actualFields;
    for (const Error &problem : problems) {
        actualFields.append(problem.field);
        QCOMPARE(problem.code, ErrorCode::InvalidConfiguration);
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.field));
        QVERIFY(problem.toString().startsWith(problem.field + u": "_s));
    }
    QCOMPARE(actualFields, fields);
    if (!message.isEmpty())
        QCOMPARE(problems.constFirst().message, message);
}

void TestAuthProvider::clientSecretInConfigurationIsRefused()
{
    const QList<Error> problems = Entry.problemsOf(with(validJson(), u"clientSecret"_s, u"s3cr3t"_s));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, Entry.at(u"clientSecret"_s));
    QVERIFY(problems.constFirst().message.contains(u"keychain"_s));
    QVERIFY(!problems.constFirst().message.contains(u"s3cr3t"_s));
}

void TestAuthProvider::jsonRoundTrip_data()
{
    QTest::addColumn<AuthProvider>("provider");

    QTest::newRow("every field") << fullProvider();
    AuthProvider minimal;
    minimal.id = u"id-1"_s;
    minimal.name = u"Min"_s;
    minimal.authorizeUrl = QUrl(u"https://idp.test/authorize"_s);
    minimal.tokenUrl = QUrl(u"https://idp.test/token"_s);
    minimal.clientId = u"client"_s;
    QTest::newRow("required fields only") << minimal;
    AuthProvider discovered;
    discovered.name = u"Keycloak"_s;
    discovered.issuer = u"http://127.0.0.1:8080/realms/test"_s;
    discovered.clientId = u"callout"_s;
    discovered.clientAuthentication = ClientAuthentication::Post;
    discovered.redirectUri = QUrl(u"http://[::1]:4711/cb"_s);
    QTest::newRow("issuer only, no id") << discovered;
}

void TestAuthProvider::jsonRoundTrip()
{
    QFETCH(AuthProvider, provider);

    QVERIFY(provider.validate(Entry.path()).isEmpty());
    const QJsonObject json = provider.toJson();
    QVERIFY(!json.contains(u"clientSecret"_s));
    // Through bytes, as it is stored.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QList<Error> problems;
    const AuthProvider back = AuthProvider::fromJson(reread, Entry.path(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back.toJson(), json);
    QVERIFY(back == provider);
}

void TestAuthProvider::scopesAreNormalised()
{
    QList<Error> problems;
    const AuthProvider p = AuthProvider::fromJson(with(validJson(), u"defaultScopes"_s, u"  openid \n  api  "_s),
                                                  Entry.path(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(p.defaultScopes, u"openid api"_s);
}

void TestAuthProvider::clientAuthenticationNames_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << int(ClientAuthentication::None) << u"none"_s;
    QTest::newRow("post") << int(ClientAuthentication::Post) << u"post"_s;
    QTest::newRow("basic") << int(ClientAuthentication::Basic) << u"basic"_s;
}

void TestAuthProvider::clientAuthenticationNames()
{
    QFETCH(int, method);
    QFETCH(QString, name);
    const auto value = static_cast<ClientAuthentication>(method);
    QCOMPARE(clientAuthenticationName(value), name);

    QList<Error> problems;
    const AuthProvider p
        = AuthProvider::fromJson(with(validJson(), u"clientAuthentication"_s, name), Entry.path(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(p.clientAuthentication, value);
    QCOMPARE(p.toJson().value(u"clientAuthentication"_s).toString(), name);
}

void TestAuthProvider::invalidatesTokens_data()
{
    QTest::addColumn<AuthProvider>("after");
    QTest::addColumn<bool>("invalidates");

    const AuthProvider before = fullProvider();
    auto changed = [&before](auto change) {
        AuthProvider p = before;
        change(p);
        return p;
    };
    QTest::newRow("unchanged") << before << false;
    QTest::newRow("tokenUrl") << changed([](AuthProvider &p) { p.tokenUrl = QUrl(u"https://evil.test/token"_s); })
                              << true;
    QTest::newRow("tokenUrl path") << changed([](AuthProvider &p) {
        p.tokenUrl = QUrl(u"https://login.acme.test/oauth2/v2/token"_s);
    }) << true;
    QTest::newRow("clientId") << changed([](AuthProvider &p) { p.clientId = u"other-client"_s; }) << true;
    QTest::newRow("clientAuthentication")
        << changed([](AuthProvider &p) { p.clientAuthentication = ClientAuthentication::Post; }) << true;
    QTest::newRow("issuer") << changed([](AuthProvider &p) { p.issuer = u"https://other-idp.test"_s; }) << true;
    QTest::newRow("name") << changed([](AuthProvider &p) { p.name = u"AcmeRenamed"_s; }) << false;
    QTest::newRow("revocationUrl moved") << changed([](AuthProvider &p) {
        p.revocationUrl = QUrl(u"https://evil.test/revoke"_s);
    }) << true;
    QTest::newRow("userInfoUrl moved") << changed([](AuthProvider &p) {
        p.userInfoUrl = QUrl(u"https://evil.test/userinfo"_s);
    }) << true;
    QTest::newRow("revocationUrl removed") << changed([](AuthProvider &p) { p.revocationUrl = QUrl(); }) << false;
    QTest::newRow("defaultScopes") << changed([](AuthProvider &p) { p.defaultScopes = u"openid"_s; }) << false;
    QTest::newRow("authorizeUrl") << changed([](AuthProvider &p) {
        p.authorizeUrl = QUrl(u"https://login.acme.test/authorize2"_s);
    }) << false;
    QTest::newRow("redirectUri") << changed([](AuthProvider &p) { p.redirectUri = QUrl(); }) << false;
    QTest::newRow("extra parameters") << changed([](AuthProvider &p) { p.extraAuthorizeParameters.clear(); }) << false;
}

void TestAuthProvider::invalidatesTokens()
{
    QFETCH(AuthProvider, after);
    QFETCH(bool, invalidates);
    QCOMPARE(after.invalidatesTokensOf(fullProvider()), invalidates);
}

void TestAuthProvider::invalidatesClientSecret_data()
{
    QTest::addColumn<AuthProvider>("before");
    QTest::addColumn<AuthProvider>("after");
    QTest::addColumn<bool>("byEdit");      // the rule for a document or an edit …
    QTest::addColumn<bool>("byDiscovery"); // … and for endpoints discovery filled in

    const AuthProvider full = fullProvider();
    auto changed = [](AuthProvider p, auto change) {
        change(p);
        return p;
    };
    const QUrl evil(u"https://evil.test/token"_s);
    QTest::newRow("unchanged") << full << full << false << false;
    QTest::newRow("tokenUrl moved") << full << changed(full, [&](AuthProvider &p) { p.tokenUrl = evil; }) << true
                                    << true;
    QTest::newRow("revocationUrl moved") << full << changed(full, [&](AuthProvider &p) { p.revocationUrl = evil; })
                                         << true << true;
    QTest::newRow("issuer") << full << changed(full, [](AuthProvider &p) { p.issuer = u"https://evil.test"_s; }) << true
                            << true;
    QTest::newRow("clientId") << full << changed(full, [](AuthProvider &p) { p.clientId = u"other"_s; }) << true
                              << true;
    QTest::newRow("userInfoUrl moved (gets no secret)")
        << full << changed(full, [&](AuthProvider &p) { p.userInfoUrl = evil; }) << false << false;
    QTest::newRow("clientAuthentication")
        << full << changed(full, [](AuthProvider &p) { p.clientAuthentication = ClientAuthentication::Post; }) << false
        << false;
    QTest::newRow("name") << full << changed(full, [](AuthProvider &p) { p.name = u"Other"_s; }) << false << false;

    // Discovery fills in empty endpoints from the issuer's own metadata: the secret stays. A document
    // that does the same could name any server.
    const AuthProvider issuerOnly = changed(full, [](AuthProvider &p) {
        p.tokenUrl = QUrl();
        p.revocationUrl = QUrl();
    });
    QTest::newRow("endpoints filled in") << issuerOnly << full << true << false;
    QTest::newRow("endpoints cleared for discovery") << full << issuerOnly << false << false;
    QTest::newRow("discovered endpoint, another issuer")
        << issuerOnly << changed(full, [](AuthProvider &p) { p.issuer = u"https://evil.test"_s; }) << true << true;
}

void TestAuthProvider::invalidatesClientSecret()
{
    QFETCH(AuthProvider, before);
    QFETCH(AuthProvider, after);
    QFETCH(bool, byEdit);
    QFETCH(bool, byDiscovery);
    QCOMPARE(after.invalidatesClientSecretOf(before), byEdit);
    QCOMPARE(after.invalidatesClientSecretOf(before, AuthProvider::ChangeSource::Discovery), byDiscovery);
}

QTEST_GUILESS_MAIN(TestAuthProvider)
#include "tst_authprovider.moc"
