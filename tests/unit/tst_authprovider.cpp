#include "callout/AuthProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(callout::AuthProvider)

using namespace callout;

namespace {

const QString Path = u"authProviders[0]"_qs;
const QString InsecureUrl = u"must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)"_qs;

QString at(const QString &field)
{
    return Path + u'.' + field;
}

// A provider that passes every rule; each row of the validation table changes one thing.
QJsonObject validJson()
{
    return QJsonObject{{u"name"_qs, u"Acme"_qs},
                       {u"authorizeUrl"_qs, u"https://login.acme.test/oauth2/authorize"_qs},
                       {u"tokenUrl"_qs, u"https://login.acme.test/oauth2/token"_qs},
                       {u"clientId"_qs, u"callout-desktop"_qs},
                       {u"clientAuthentication"_qs, u"post"_qs},
                       {u"defaultScopes"_qs, u"openid api"_qs}};
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

QJsonObject without(QJsonObject json, const QStringList &keys)
{
    for (const QString &key : keys)
        json.remove(key);
    return json;
}

// Problems of parsing plus problems of validation, as the configuration loader sees them.
QList<Error> problemsOf(const QJsonObject &json)
{
    QList<Error> problems;
    const AuthProvider provider = AuthProvider::fromJson(json, Path, &problems);
    problems += provider.validate(Path);
    return problems;
}

AuthProvider fullProvider()
{
    AuthProvider p;
    p.id = u"0f6d1c1e-5d1e-4a57-9f3c-5c1a1b2c3d4e"_qs;
    p.name = u"Acme"_qs;
    p.issuer = u"https://login.acme.test"_qs;
    p.authorizeUrl = QUrl(u"https://login.acme.test/oauth2/authorize"_qs);
    p.tokenUrl = QUrl(u"https://login.acme.test/oauth2/token"_qs);
    p.revocationUrl = QUrl(u"https://login.acme.test/oauth2/revoke"_qs);
    p.userInfoUrl = QUrl(u"https://login.acme.test/oauth2/userinfo"_qs);
    p.clientId = u"callout-desktop"_qs;
    p.clientAuthentication = ClientAuthentication::Basic;
    p.defaultScopes = u"openid profile api"_qs;
    p.redirectUri = QUrl(u"http://localhost:1717/OauthRedirect"_qs);
    p.extraAuthorizeParameters = {{u"prompt"_qs, u"consent"_qs}, {u"audience"_qs, u"https://api.acme.test"_qs}};
    return p;
}

} // namespace

class TestAuthProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

void TestAuthProvider::validate_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("fields");  // JSON paths of the expected problems, in order; empty = valid
    QTest::addColumn<QString>("message");     // exact message of the first problem, when given

    const QJsonObject ok = validJson();
    auto row = [](const char *name, const QJsonObject &json, const QStringList &fields = {},
                  const QString &message = {}) { QTest::newRow(name) << json << fields << message; };

    row("valid", ok);
    row("valid: every optional field",
        with(with(with(with(with(ok, u"issuer"_qs, u"https://login.acme.test"_qs), u"revocationUrl"_qs,
                                u"https://login.acme.test/revoke"_qs),
                           u"userInfoUrl"_qs, u"https://login.acme.test/userinfo"_qs),
                      u"redirectUri"_qs, u"http://localhost:1717/OauthRedirect"_qs),
             u"extraAuthorizeParameters"_qs, QJsonObject{{u"prompt"_qs, u"consent"_qs}}));

    // Names: [A-Za-z][A-Za-z0-9_]{0,79}
    const QString nameMessage =
        u"must start with a letter and contain only letters, digits and _ (at most 80 characters)"_qs;
    row("name: one letter", with(ok, u"name"_qs, u"A"_qs));
    row("name: letters digits underscore", with(ok, u"name"_qs, u"my_Api_2"_qs));
    row("name: 80 characters", with(ok, u"name"_qs, u"N"_qs + QString(79, u'x')));
    row("name: 81 characters", with(ok, u"name"_qs, u"N"_qs + QString(80, u'x')), {at(u"name"_qs)}, nameMessage);
    row("name: leading digit", with(ok, u"name"_qs, u"1Acme"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: leading underscore", with(ok, u"name"_qs, u"_Acme"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: dash", with(ok, u"name"_qs, u"Acme-Login"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: space", with(ok, u"name"_qs, u"Acme Login"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: dot", with(ok, u"name"_qs, u"acme.login"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: non-ASCII letter", with(ok, u"name"_qs, u"Ácme"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: trailing newline", with(ok, u"name"_qs, u"Acme\n"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: empty", with(ok, u"name"_qs, u""_qs), {at(u"name"_qs)}, u"is required"_qs);
    row("name: missing", without(ok, {u"name"_qs}), {at(u"name"_qs)}, u"is required"_qs);

    // Required fields.
    row("clientId: missing", without(ok, {u"clientId"_qs}), {at(u"clientId"_qs)}, u"is required"_qs);
    row("clientId: empty", with(ok, u"clientId"_qs, u""_qs), {at(u"clientId"_qs)}, u"is required"_qs);
    row("authorizeUrl: missing without issuer", without(ok, {u"authorizeUrl"_qs}), {at(u"authorizeUrl"_qs)},
        u"is required"_qs);
    row("tokenUrl: missing without issuer", without(ok, {u"tokenUrl"_qs}), {at(u"tokenUrl"_qs)}, u"is required"_qs);
    row("both endpoints missing without issuer", without(ok, {u"authorizeUrl"_qs, u"tokenUrl"_qs}),
        {at(u"authorizeUrl"_qs), at(u"tokenUrl"_qs)}, u"is required"_qs);

    // Issuer: endpoints may be discovered.
    const QJsonObject issuerOnly =
        with(without(ok, {u"authorizeUrl"_qs, u"tokenUrl"_qs}), u"issuer"_qs, u"https://login.acme.test"_qs);
    row("issuer only: endpoints discoverable", issuerOnly);
    row("issuer with only tokenUrl", with(without(ok, {u"authorizeUrl"_qs}), u"issuer"_qs, u"https://idp.test"_qs));
    row("issuer: http on a remote host", with(issuerOnly, u"issuer"_qs, u"http://login.acme.test"_qs),
        {at(u"issuer"_qs)}, InsecureUrl);
    row("issuer: http on localhost", with(issuerOnly, u"issuer"_qs, u"http://localhost:8080/realms/test"_qs));
    row("issuer: not a URL", with(issuerOnly, u"issuer"_qs, u"acme"_qs), {at(u"issuer"_qs)}, InsecureUrl);
    row("issuer: not a string", with(issuerOnly, u"issuer"_qs, 42),
        {at(u"issuer"_qs), at(u"authorizeUrl"_qs), at(u"tokenUrl"_qs)}, u"must be a string"_qs);

    // URL rules, on the token URL.
    const QString token = at(u"tokenUrl"_qs);
    auto tokenUrl = [&ok](const QString &url) { return with(ok, u"tokenUrl"_qs, url); };
    row("url: https", tokenUrl(u"https://login.acme.test/token"_qs));
    row("url: https with port and query", tokenUrl(u"https://login.acme.test:8443/token?tenant=a"_qs));
    row("url: http 127.0.0.1", tokenUrl(u"http://127.0.0.1:8080/token"_qs));
    row("url: http ::1", tokenUrl(u"http://[::1]:8080/token"_qs));
    row("url: http localhost", tokenUrl(u"http://localhost:8080/token"_qs));
    row("url: http LOCALHOST", tokenUrl(u"http://LOCALHOST/token"_qs));
    row("url: http remote host", tokenUrl(u"http://login.acme.test/token"_qs), {token}, InsecureUrl);
    row("url: http 127.0.0.2", tokenUrl(u"http://127.0.0.2/token"_qs), {token}, InsecureUrl);
    row("url: http localhost.acme.test", tokenUrl(u"http://localhost.acme.test/token"_qs), {token}, InsecureUrl);
    row("url: relative path", tokenUrl(u"/oauth2/token"_qs), {token}, InsecureUrl);
    row("url: scheme-relative", tokenUrl(u"//login.acme.test/token"_qs), {token}, InsecureUrl);
    row("url: missing host", tokenUrl(u"https:///token"_qs), {token}, InsecureUrl);
    row("url: scheme only", tokenUrl(u"https:"_qs), {token}, InsecureUrl);
    row("url: ftp", tokenUrl(u"ftp://login.acme.test/token"_qs), {token}, InsecureUrl);
    row("url: unparsable host", tokenUrl(u"https://login acme.test/token"_qs), {token}, InsecureUrl);
    row("url: port out of range", tokenUrl(u"https://login.acme.test:99999/token"_qs), {token}, InsecureUrl);
    row("url: user info", tokenUrl(u"https://user:secret@login.acme.test/token"_qs), {token},
        u"must not contain a user name or password"_qs);
    row("url: user name only", tokenUrl(u"https://user@login.acme.test/token"_qs), {token},
        u"must not contain a user name or password"_qs);
    row("url: fragment", tokenUrl(u"https://login.acme.test/token#frag"_qs), {token},
        u"must not contain a fragment (#…)"_qs);
    row("url: not a string", with(ok, u"tokenUrl"_qs, QJsonArray{u"https://login.acme.test"_qs}),
        {token, token}, u"must be a string"_qs);

    // The same rules apply to every URL field.
    row("authorizeUrl: http remote", with(ok, u"authorizeUrl"_qs, u"http://login.acme.test/authorize"_qs),
        {at(u"authorizeUrl"_qs)}, InsecureUrl);
    row("revocationUrl: optional", without(ok, {u"revocationUrl"_qs}));
    row("revocationUrl: http remote", with(ok, u"revocationUrl"_qs, u"http://login.acme.test/revoke"_qs),
        {at(u"revocationUrl"_qs)}, InsecureUrl);
    row("revocationUrl: fragment", with(ok, u"revocationUrl"_qs, u"https://login.acme.test/revoke#x"_qs),
        {at(u"revocationUrl"_qs)}, u"must not contain a fragment (#…)"_qs);
    row("userInfoUrl: relative", with(ok, u"userInfoUrl"_qs, u"userinfo"_qs), {at(u"userInfoUrl"_qs)}, InsecureUrl);
    row("userInfoUrl: user info", with(ok, u"userInfoUrl"_qs, u"https://a:b@login.acme.test/userinfo"_qs),
        {at(u"userInfoUrl"_qs)}, u"must not contain a user name or password"_qs);

    // clientAuthentication
    const QString methodMessage = u"must be none, post or basic"_qs;
    row("clientAuthentication: none", with(ok, u"clientAuthentication"_qs, u"none"_qs));
    row("clientAuthentication: post", with(ok, u"clientAuthentication"_qs, u"post"_qs));
    row("clientAuthentication: basic", with(ok, u"clientAuthentication"_qs, u"basic"_qs));
    row("clientAuthentication: missing means none", without(ok, {u"clientAuthentication"_qs}));
    row("clientAuthentication: Basic (case)", with(ok, u"clientAuthentication"_qs, u"Basic"_qs),
        {at(u"clientAuthentication"_qs)}, methodMessage);
    row("clientAuthentication: client_secret_post", with(ok, u"clientAuthentication"_qs, u"client_secret_post"_qs),
        {at(u"clientAuthentication"_qs)}, methodMessage);
    row("clientAuthentication: not a string", with(ok, u"clientAuthentication"_qs, true),
        {at(u"clientAuthentication"_qs)}, u"must be a string"_qs);

    // redirectUri: optional fixed loopback http redirect with a port.
    const QString redirect = at(u"redirectUri"_qs);
    const QString loopbackMessage = u"must be a loopback http URL such as http://localhost:1717/OauthRedirect "
                                    u"(host 127.0.0.1, ::1 or localhost)"_qs;
    auto redirectUri = [&ok](const QString &url) { return with(ok, u"redirectUri"_qs, url); };
    row("redirectUri: localhost", redirectUri(u"http://localhost:1717/OauthRedirect"_qs));
    row("redirectUri: 127.0.0.1", redirectUri(u"http://127.0.0.1:8080/callback"_qs));
    row("redirectUri: ::1", redirectUri(u"http://[::1]:8080/callback"_qs));
    row("redirectUri: https", redirectUri(u"https://localhost:1717/OauthRedirect"_qs), {redirect}, loopbackMessage);
    row("redirectUri: remote host", redirectUri(u"http://acme.test:1717/OauthRedirect"_qs), {redirect},
        loopbackMessage);
    row("redirectUri: custom scheme", redirectUri(u"com.acme.app:/callback"_qs), {redirect}, loopbackMessage);
    row("redirectUri: relative", redirectUri(u"/callback"_qs), {redirect}, loopbackMessage);
    row("redirectUri: no port", redirectUri(u"http://localhost/OauthRedirect"_qs), {redirect},
        u"must name a port; leave it empty to use an ephemeral 127.0.0.1 port"_qs);
    row("redirectUri: port 0", redirectUri(u"http://localhost:0/OauthRedirect"_qs), {redirect},
        u"must name a port; leave it empty to use an ephemeral 127.0.0.1 port"_qs);
    row("redirectUri: query", redirectUri(u"http://localhost:1717/OauthRedirect?x=1"_qs), {redirect},
        u"must not contain a query or fragment"_qs);
    row("redirectUri: fragment", redirectUri(u"http://localhost:1717/OauthRedirect#x"_qs), {redirect},
        u"must not contain a query or fragment"_qs);

    // extraAuthorizeParameters: Callout's own parameters cannot be overridden.
    const QString params = at(u"extraAuthorizeParameters"_qs);
    auto extra = [&ok](const QJsonObject &map) { return with(ok, u"extraAuthorizeParameters"_qs, map); };
    row("extra: prompt and audience", extra({{u"prompt"_qs, u"consent"_qs}, {u"audience"_qs, u"api"_qs}}));
    row("extra: empty object", extra({}));
    for (const char *reserved :
         {"state", "code_challenge", "code_challenge_method", "redirect_uri", "client_id", "response_type", "scope"}) {
        const QString key = QString::fromLatin1(reserved);
        QTest::addRow("extra: reserved %s", reserved)
            << extra({{key, u"x"_qs}}) << QStringList{params + u'.' + key}
            << u"is set by Callout itself and cannot be overridden"_qs;
    }
    row("extra: empty name", extra({{u""_qs, u"x"_qs}}), {params + u'.'},
        u"parameter names must not be empty"_qs);
    row("extra: value not a string", extra({{u"max_age"_qs, 300}}), {params + u".max_age"_qs}, u"must be a string"_qs);
    row("extra: not an object", with(ok, u"extraAuthorizeParameters"_qs, u"prompt=consent"_qs), {params},
        u"must be an object of strings"_qs);

    // Shape of the JSON.
    row("unknown field", with(ok, u"tokenURL"_qs, u"https://login.acme.test/token"_qs), {at(u"tokenURL"_qs)},
        u"is not a known field"_qs);
    row("name: not a string", with(ok, u"name"_qs, 7), {at(u"name"_qs), at(u"name"_qs)}, u"must be a string"_qs);
    row("clientId: not a string", with(ok, u"clientId"_qs, QJsonObject{}), {at(u"clientId"_qs), at(u"clientId"_qs)},
        u"must be a string"_qs);
    row("defaultScopes: not a string", with(ok, u"defaultScopes"_qs, QJsonArray{u"openid"_qs}),
        {at(u"defaultScopes"_qs)}, u"must be a string"_qs);
    row("null means absent", with(ok, u"revocationUrl"_qs, QJsonValue::Null));
}

void TestAuthProvider::validate()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);

    const QList<Error> problems = problemsOf(json);
    QStringList actualFields;
    for (const Error &problem : problems) {
        actualFields.append(problem.field);
        QCOMPARE(problem.code, ErrorCode::InvalidConfiguration);
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.field));
        QVERIFY(problem.toString().startsWith(problem.field + u": "_qs));
    }
    QCOMPARE(actualFields, fields);
    if (!message.isEmpty())
        QCOMPARE(problems.constFirst().message, message);
}

void TestAuthProvider::clientSecretInConfigurationIsRefused()
{
    const QList<Error> problems = problemsOf(with(validJson(), u"clientSecret"_qs, u"s3cr3t"_qs));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, at(u"clientSecret"_qs));
    QVERIFY(problems.constFirst().message.contains(u"keychain"_qs));
    QVERIFY(!problems.constFirst().message.contains(u"s3cr3t"_qs));
}

void TestAuthProvider::jsonRoundTrip_data()
{
    QTest::addColumn<AuthProvider>("provider");

    QTest::newRow("every field") << fullProvider();
    AuthProvider minimal;
    minimal.id = u"id-1"_qs;
    minimal.name = u"Min"_qs;
    minimal.authorizeUrl = QUrl(u"https://idp.test/authorize"_qs);
    minimal.tokenUrl = QUrl(u"https://idp.test/token"_qs);
    minimal.clientId = u"client"_qs;
    QTest::newRow("required fields only") << minimal;
    AuthProvider discovered;
    discovered.name = u"Keycloak"_qs;
    discovered.issuer = u"http://127.0.0.1:8080/realms/test"_qs;
    discovered.clientId = u"callout"_qs;
    discovered.clientAuthentication = ClientAuthentication::Post;
    discovered.redirectUri = QUrl(u"http://[::1]:4711/cb"_qs);
    QTest::newRow("issuer only, no id") << discovered;
}

void TestAuthProvider::jsonRoundTrip()
{
    QFETCH(AuthProvider, provider);

    QVERIFY(provider.validate(Path).isEmpty());
    const QJsonObject json = provider.toJson();
    QVERIFY(!json.contains(u"clientSecret"_qs));
    // Through bytes, as it is stored.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QList<Error> problems;
    const AuthProvider back = AuthProvider::fromJson(reread, Path, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back.toJson(), json);
    QVERIFY(back == provider);
}

void TestAuthProvider::scopesAreNormalised()
{
    QList<Error> problems;
    const AuthProvider p =
        AuthProvider::fromJson(with(validJson(), u"defaultScopes"_qs, u"  openid \n  api  "_qs), Path, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(p.defaultScopes, u"openid api"_qs);
}

void TestAuthProvider::clientAuthenticationNames_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << int(ClientAuthentication::None) << u"none"_qs;
    QTest::newRow("post") << int(ClientAuthentication::Post) << u"post"_qs;
    QTest::newRow("basic") << int(ClientAuthentication::Basic) << u"basic"_qs;
}

void TestAuthProvider::clientAuthenticationNames()
{
    QFETCH(int, method);
    QFETCH(QString, name);
    const auto value = static_cast<ClientAuthentication>(method);
    QCOMPARE(clientAuthenticationName(value), name);

    QList<Error> problems;
    const AuthProvider p = AuthProvider::fromJson(with(validJson(), u"clientAuthentication"_qs, name), Path, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(p.clientAuthentication, value);
    QCOMPARE(p.toJson().value(u"clientAuthentication"_qs).toString(), name);
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
    QTest::newRow("tokenUrl") << changed([](AuthProvider &p) { p.tokenUrl = QUrl(u"https://evil.test/token"_qs); })
                              << true;
    QTest::newRow("tokenUrl path") << changed([](AuthProvider &p) {
        p.tokenUrl = QUrl(u"https://login.acme.test/oauth2/v2/token"_qs);
    }) << true;
    QTest::newRow("clientId") << changed([](AuthProvider &p) { p.clientId = u"other-client"_qs; }) << true;
    QTest::newRow("clientAuthentication")
        << changed([](AuthProvider &p) { p.clientAuthentication = ClientAuthentication::Post; }) << true;
    QTest::newRow("issuer") << changed([](AuthProvider &p) { p.issuer = u"https://other-idp.test"_qs; }) << true;
    QTest::newRow("name") << changed([](AuthProvider &p) { p.name = u"AcmeRenamed"_qs; }) << false;
    QTest::newRow("revocationUrl moved") << changed([](AuthProvider &p) {
        p.revocationUrl = QUrl(u"https://evil.test/revoke"_qs);
    }) << true;
    QTest::newRow("userInfoUrl moved") << changed([](AuthProvider &p) {
        p.userInfoUrl = QUrl(u"https://evil.test/userinfo"_qs);
    }) << true;
    QTest::newRow("revocationUrl removed") << changed([](AuthProvider &p) { p.revocationUrl = QUrl(); }) << false;
    QTest::newRow("defaultScopes") << changed([](AuthProvider &p) { p.defaultScopes = u"openid"_qs; }) << false;
    QTest::newRow("authorizeUrl") << changed([](AuthProvider &p) {
        p.authorizeUrl = QUrl(u"https://login.acme.test/authorize2"_qs);
    }) << false;
    QTest::newRow("redirectUri") << changed([](AuthProvider &p) { p.redirectUri = QUrl(); }) << false;
    QTest::newRow("extra parameters") << changed([](AuthProvider &p) { p.extraAuthorizeParameters.clear(); })
                                      << false;
}

void TestAuthProvider::invalidatesTokens()
{
    QFETCH(AuthProvider, after);
    QFETCH(bool, invalidates);
    QCOMPARE(after.invalidatesTokensOf(fullProvider()), invalidates);
}

QTEST_GUILESS_MAIN(TestAuthProvider)
#include "tst_authprovider.moc"
