#include "callout/NamedCredential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(callout::NamedCredential)

using namespace callout;

namespace {

// The third entry, so the paths look like those of a real file.
const QString Path = u"namedCredentials[2]"_qs;
const QString InsecureUrl = u"must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)"_qs;

QString at(const QString &field)
{
    return Path + u'.' + field;
}

QJsonObject validJson()
{
    return QJsonObject{{u"name"_qs, u"AcmeApi"_qs},
                       {u"url"_qs, u"https://api.acme.test/v1"_qs},
                       {u"authProvider"_qs, u"Acme"_qs}};
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

QJsonObject without(QJsonObject json, const QString &key)
{
    json.remove(key);
    return json;
}

QList<Error> problemsOf(const QJsonObject &json)
{
    QList<Error> problems;
    const NamedCredential credential = NamedCredential::fromJson(json, Path, &problems);
    problems += credential.validate(Path);
    return problems;
}

NamedCredential fullCredential()
{
    NamedCredential c;
    c.id = u"c0ffee00-0000-4000-8000-000000000001"_qs;
    c.name = u"AcmeApi"_qs;
    c.label = u"Acme production API"_qs;
    c.url = QUrl(u"https://api.acme.test/v1"_qs);
    c.authProvider = u"Acme"_qs;
    c.scopes = u"api refresh_token"_qs;
    c.generateAuthorizationHeader = true;
    c.headers = {{u"X-Api-Version"_qs, u"2"_qs}, {u"Accept"_qs, u"application/json"_qs}};
    return c;
}

} // namespace

class TestNamedCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void defaults();
    void displayLabel();
    void invalidatesTokens_data();
    void invalidatesTokens();
};

void TestNamedCredential::validate_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("fields"); // JSON paths of the expected problems, in order; empty = valid
    QTest::addColumn<QString>("message");    // exact message of the first problem, when given

    const QJsonObject ok = validJson();
    auto row = [](const char *name, const QJsonObject &json, const QStringList &fields = {},
                  const QString &message = {}) { QTest::newRow(name) << json << fields << message; };

    row("valid", ok);

    const QString nameMessage =
        u"must start with a letter and contain only letters, digits and _ (at most 80 characters)"_qs;
    row("name: 80 characters", with(ok, u"name"_qs, QString(80, u'a')));
    row("name: 81 characters", with(ok, u"name"_qs, QString(81, u'a')), {at(u"name"_qs)}, nameMessage);
    row("name: digits and underscores", with(ok, u"name"_qs, u"Api_2_v3"_qs));
    row("name: leading digit", with(ok, u"name"_qs, u"2Api"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: dash", with(ok, u"name"_qs, u"acme-api"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: slash", with(ok, u"name"_qs, u"acme/api"_qs), {at(u"name"_qs)}, nameMessage);
    row("name: empty", with(ok, u"name"_qs, QString()), {at(u"name"_qs)}, u"is required"_qs);
    row("name: missing", without(ok, u"name"_qs), {at(u"name"_qs)}, u"is required"_qs);

    const QString url = at(u"url"_qs);
    auto withUrl = [&ok](const QString &value) { return with(ok, u"url"_qs, value); };
    row("url: https", withUrl(u"https://api.acme.test"_qs));
    row("url: https with port and path", withUrl(u"https://api.acme.test:8443/services/data/v59.0"_qs));
    row("url: http 127.0.0.1", withUrl(u"http://127.0.0.1:3000/api"_qs));
    row("url: http ::1", withUrl(u"http://[::1]:3000/api"_qs));
    row("url: http localhost", withUrl(u"http://localhost:3000/api"_qs));
    row("url: http remote host", withUrl(u"http://api.acme.test/v1"_qs), {url}, InsecureUrl);
    row("url: http 10.0.0.1", withUrl(u"http://10.0.0.1/v1"_qs), {url}, InsecureUrl);
    row("url: relative", withUrl(u"v1/accounts"_qs), {url}, InsecureUrl);
    row("url: missing host", withUrl(u"https:///v1"_qs), {url}, InsecureUrl);
    row("url: ftp", withUrl(u"ftp://files.acme.test/"_qs), {url}, InsecureUrl);
    row("url: file", withUrl(u"file:///etc/passwd"_qs), {url}, InsecureUrl);
    row("url: user info", withUrl(u"https://admin:hunter2@api.acme.test/v1"_qs), {url},
        u"must not contain a user name or password"_qs);
    row("url: fragment", withUrl(u"https://api.acme.test/v1#top"_qs), {url}, u"must not contain a fragment (#…)"_qs);
    row("url: query", withUrl(u"https://api.acme.test/v1?key=1"_qs), {url},
        u"must not contain a query; add it to each call instead"_qs);
    row("url: empty", withUrl(QString()), {url}, u"is required"_qs);
    row("url: missing", without(ok, u"url"_qs), {url}, u"is required"_qs);
    row("url: not a string", with(ok, u"url"_qs, 443), {url, url}, u"must be a string"_qs);

    row("authProvider: missing", without(ok, u"authProvider"_qs), {at(u"authProvider"_qs)}, u"is required"_qs);
    row("authProvider: not a string", with(ok, u"authProvider"_qs, QJsonArray{u"Acme"_qs}),
        {at(u"authProvider"_qs), at(u"authProvider"_qs)}, u"must be a string"_qs);

    // Headers
    const QString headers = at(u"headers"_qs);
    auto withHeaders = [&ok](const QJsonObject &map) { return with(ok, u"headers"_qs, map); };
    row("headers: valid names", withHeaders({{u"X-Api-Version"_qs, u"2"_qs},
                                             {u"Accept"_qs, u"application/json"_qs},
                                             {u"x_custom.header!#$%&'*+^`|~"_qs, u"tchar"_qs}}));
    row("headers: value with merge field",
        withHeaders({{u"X-Token"_qs, QString::fromLatin1(NamedCredential::OAuthTokenMergeField)}}));
    row("headers: space in name", withHeaders({{u"X Api"_qs, u"1"_qs}}), {headers + u".X Api"_qs},
        u"is not a valid HTTP header name"_qs);
    row("headers: colon in name", withHeaders({{u"X-Api:"_qs, u"1"_qs}}), {headers + u".X-Api:"_qs},
        u"is not a valid HTTP header name"_qs);
    row("headers: non-ASCII name", withHeaders({{u"X-Grüße"_qs, u"1"_qs}}), {headers + u".X-Grüße"_qs},
        u"is not a valid HTTP header name"_qs);
    row("headers: empty name", withHeaders({{QString(), u"1"_qs}}), {headers + u'.'},
        u"is not a valid HTTP header name"_qs);
    row("headers: CR LF in value", withHeaders({{u"X-Api"_qs, u"1\r\nX-Injected: yes"_qs}}),
        {headers + u".X-Api"_qs}, u"must not contain line breaks"_qs);
    row("headers: LF in value", withHeaders({{u"X-Api"_qs, u"1\nX-Injected: yes"_qs}}), {headers + u".X-Api"_qs},
        u"must not contain line breaks"_qs);
    row("headers: CR in value", withHeaders({{u"X-Api"_qs, u"1\r"_qs}}), {headers + u".X-Api"_qs},
        u"must not contain line breaks"_qs);
    const QString conflict = u"conflicts with generateAuthorizationHeader; set that to false to send your own"_qs;
    row("headers: Authorization while generated", withHeaders({{u"Authorization"_qs, u"Bearer x"_qs}}),
        {headers + u".Authorization"_qs}, conflict);
    row("headers: authorization (any case) while generated", withHeaders({{u"authorization"_qs, u"Bearer x"_qs}}),
        {headers + u".authorization"_qs}, conflict);
    row("headers: own Authorization when not generated",
        with(withHeaders({{u"Authorization"_qs,
                           u"Bearer "_qs + QString::fromLatin1(NamedCredential::OAuthTokenMergeField)}}),
             u"generateAuthorizationHeader"_qs, false));
    row("headers: value not a string", withHeaders({{u"X-Api"_qs, 2}}), {headers + u".X-Api"_qs},
        u"must be a string"_qs);
    row("headers: not an object", with(ok, u"headers"_qs, u"X-Api: 2"_qs), {headers},
        u"must be an object of strings"_qs);

    row("generateAuthorizationHeader: false", with(ok, u"generateAuthorizationHeader"_qs, false));
    row("generateAuthorizationHeader: not a bool", with(ok, u"generateAuthorizationHeader"_qs, u"yes"_qs),
        {at(u"generateAuthorizationHeader"_qs)}, u"must be true or false"_qs);
    row("label: not a string", with(ok, u"label"_qs, 1), {at(u"label"_qs)}, u"must be a string"_qs);
    row("scopes: not a string", with(ok, u"scopes"_qs, QJsonArray{u"api"_qs}), {at(u"scopes"_qs)},
        u"must be a string"_qs);
    row("unknown field", with(ok, u"baseUrl"_qs, u"https://api.acme.test"_qs), {at(u"baseUrl"_qs)},
        u"is not a known field"_qs);
    row("clientSecret is not a credential field", with(ok, u"clientSecret"_qs, u"x"_qs), {at(u"clientSecret"_qs)},
        u"is not a known field"_qs);
}

void TestNamedCredential::validate()
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
    }
    QCOMPARE(actualFields, fields);
    if (!message.isEmpty())
        QCOMPARE(problems.constFirst().message, message);
}

void TestNamedCredential::jsonRoundTrip_data()
{
    QTest::addColumn<NamedCredential>("credential");

    QTest::newRow("every field") << fullCredential();
    NamedCredential minimal;
    minimal.name = u"Local"_qs;
    minimal.url = QUrl(u"http://127.0.0.1:3000"_qs);
    minimal.authProvider = u"Dev"_qs;
    QTest::newRow("required fields only") << minimal;
    NamedCredential own = fullCredential();
    own.generateAuthorizationHeader = false;
    own.headers.insert(u"Authorization"_qs, u"Bearer "_qs + QString::fromLatin1(NamedCredential::OAuthTokenMergeField));
    QTest::newRow("own Authorization header") << own;
}

void TestNamedCredential::jsonRoundTrip()
{
    QFETCH(NamedCredential, credential);

    QVERIFY(credential.validate(Path).isEmpty());
    const QJsonObject json = credential.toJson();
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QList<Error> problems;
    const NamedCredential back = NamedCredential::fromJson(reread, Path, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back.toJson(), json);
    QVERIFY(back == credential);
}

void TestNamedCredential::defaults()
{
    QList<Error> problems;
    const NamedCredential c =
        NamedCredential::fromJson(with(validJson(), u"scopes"_qs, u" api   offline_access "_qs), Path, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(c.generateAuthorizationHeader);
    QVERIFY(c.headers.isEmpty());
    QVERIFY(c.label.isEmpty());
    QCOMPARE(c.scopes, u"api offline_access"_qs);
}

void TestNamedCredential::displayLabel()
{
    NamedCredential c = fullCredential();
    QCOMPARE(c.displayLabel(), u"Acme production API"_qs);
    c.label.clear();
    QCOMPARE(c.displayLabel(), u"AcmeApi"_qs);
}

void TestNamedCredential::invalidatesTokens_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("authProvider");
    QTest::addColumn<bool>("invalidates");

    const QString provider = u"Acme"_qs;
    // Before: https://api.acme.test/v1 through Acme.
    QTest::newRow("unchanged") << u"https://api.acme.test/v1"_qs << provider << false;
    QTest::newRow("another path") << u"https://api.acme.test/v2/accounts"_qs << provider << false;
    QTest::newRow("host case") << u"https://API.Acme.test/v1"_qs << provider << false;
    QTest::newRow("explicit default port") << u"https://api.acme.test:443/v1"_qs << provider << false;
    QTest::newRow("another host") << u"https://api.evil.test/v1"_qs << provider << true;
    QTest::newRow("subdomain") << u"https://eu.api.acme.test/v1"_qs << provider << true;
    QTest::newRow("another port") << u"https://api.acme.test:8443/v1"_qs << provider << true;
    QTest::newRow("another scheme") << u"http://api.acme.test/v1"_qs << provider << true;
    // Same origin, another provider: not this rule's business (TokenDiscard compares provider ids).
    QTest::newRow("another provider") << u"https://api.acme.test/v1"_qs << u"Other"_qs << false;
}

void TestNamedCredential::invalidatesTokens()
{
    QFETCH(QString, url);
    QFETCH(QString, authProvider);
    QFETCH(bool, invalidates);

    const NamedCredential before = fullCredential();
    NamedCredential after = before;
    after.url = QUrl(url);
    after.authProvider = authProvider;
    // Fields that never move tokens elsewhere.
    after.label = u"Renamed"_qs;
    after.scopes = u"api"_qs;
    after.headers.clear();
    QCOMPARE(after.changesOriginFrom(before), invalidates);
}

QTEST_GUILESS_MAIN(TestNamedCredential)
#include "tst_namedcredential.moc"
