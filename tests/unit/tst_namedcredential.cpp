#include "callout/model/NamedCredential.h"

#include "EntryValidation.h"
#include "JsonEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::NamedCredential)

using namespace callout;
using callout::test::with;
using callout::test::without;

namespace {

// The third entry, so the paths look like those of a real file.
const test::EntryValidation<NamedCredential> Entry(u"namedCredentials[2]"_s);
const QString InsecureUrl = test::insecureUrlMessage();

QJsonObject validJson()
{
    return QJsonObject{
        {u"name"_s, u"AcmeApi"_s}, {u"url"_s, u"https://api.acme.test/v1"_s}, {u"authProvider"_s, u"Acme"_s}};
}

NamedCredential fullCredential()
{
    NamedCredential c;
    c.id = u"c0ffee00-0000-4000-8000-000000000001"_s;
    c.name = u"AcmeApi"_s;
    c.label = u"Acme production API"_s;
    c.url = QUrl(u"https://api.acme.test/v1"_s);
    c.authProvider = u"Acme"_s;
    c.scopes = u"api refresh_token"_s;
    c.generateAuthorizationHeader = true;
    c.headers = {{u"X-Api-Version"_s, u"2"_s}, {u"Accept"_s, u"application/json"_s}};
    c.sessionHours = 8;
    return c;
}

} // namespace

class TestNamedCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void validate_data();
    void validate();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void defaults();
    void displayLabel();
    void invalidatesTokens_data();
    void invalidatesTokens();
};

void TestNamedCredential::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestNamedCredential::validate_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("fields"); // JSON paths of the expected problems, in order; empty = valid
    QTest::addColumn<QString>("message");    // exact message of the first problem, when given

    const QJsonObject ok = validJson();
    auto row = [](const char *name, const QJsonObject &json, const QStringList &fields = {},
                  const QString &message = {}) { QTest::newRow(name) << json << fields << message; };

    row("valid", ok);

    const QString nameMessage
        = u"must start with a letter and contain only letters, digits and _ (at most 80 characters)"_s;
    row("name: 80 characters", with(ok, u"name"_s, QString(80, u'a')));
    row("name: 81 characters", with(ok, u"name"_s, QString(81, u'a')), {Entry.at(u"name"_s)}, nameMessage);
    row("name: digits and underscores", with(ok, u"name"_s, u"Api_2_v3"_s));
    row("name: leading digit", with(ok, u"name"_s, u"2Api"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: dash", with(ok, u"name"_s, u"acme-api"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: slash", with(ok, u"name"_s, u"acme/api"_s), {Entry.at(u"name"_s)}, nameMessage);
    row("name: empty", with(ok, u"name"_s, QString()), {Entry.at(u"name"_s)}, u"is required"_s);
    row("name: missing", without(ok, u"name"_s), {Entry.at(u"name"_s)}, u"is required"_s);

    const QString url = Entry.at(u"url"_s);
    auto withUrl = [&ok](const QString &value) { return with(ok, u"url"_s, value); };
    row("url: https", withUrl(u"https://api.acme.test"_s));
    row("url: https with port and path", withUrl(u"https://api.acme.test:8443/services/data/v59.0"_s));
    row("url: http 127.0.0.1", withUrl(u"http://127.0.0.1:3000/api"_s));
    row("url: http ::1", withUrl(u"http://[::1]:3000/api"_s));
    row("url: http localhost", withUrl(u"http://localhost:3000/api"_s));
    row("url: http remote host", withUrl(u"http://api.acme.test/v1"_s), {url}, InsecureUrl);
    row("url: http 10.0.0.1", withUrl(u"http://10.0.0.1/v1"_s), {url}, InsecureUrl);
    row("url: relative", withUrl(u"v1/accounts"_s), {url}, InsecureUrl);
    row("url: missing host", withUrl(u"https:///v1"_s), {url}, InsecureUrl);
    row("url: ftp", withUrl(u"ftp://files.acme.test/"_s), {url}, InsecureUrl);
    row("url: file", withUrl(u"file:///etc/passwd"_s), {url}, InsecureUrl);
    row("url: user info", withUrl(u"https://admin:hunter2@api.acme.test/v1"_s), {url},
        u"must not contain a user name or password"_s);
    row("url: fragment", withUrl(u"https://api.acme.test/v1#top"_s), {url}, u"must not contain a fragment (#…)"_s);
    row("url: query", withUrl(u"https://api.acme.test/v1?key=1"_s), {url},
        u"must not contain a query; add it to each call instead"_s);
    row("url: empty", withUrl(QString()), {url}, u"is required"_s);
    row("url: missing", without(ok, u"url"_s), {url}, u"is required"_s);
    row("url: not a string", with(ok, u"url"_s, 443), {url, url}, u"must be a string"_s);

    row("authProvider: missing", without(ok, u"authProvider"_s), {Entry.at(u"authProvider"_s)}, u"is required"_s);
    row("authProvider: not a string", with(ok, u"authProvider"_s, QJsonArray{u"Acme"_s}),
        {Entry.at(u"authProvider"_s), Entry.at(u"authProvider"_s)}, u"must be a string"_s);

    // Headers
    const QString headers = Entry.at(u"headers"_s);
    auto withHeaders = [&ok](const QJsonObject &map) { return with(ok, u"headers"_s, map); };
    row("headers: valid names",
        withHeaders({{u"X-Api-Version"_s, u"2"_s},
                     {u"Accept"_s, u"application/json"_s},
                     {u"x_custom.header!#$%&'*+^`|~"_s, u"tchar"_s}}));
    row("headers: value with merge field",
        withHeaders({{u"X-Token"_s, QString::fromLatin1(NamedCredential::OAuthTokenMergeField)}}));
    row("headers: space in name", withHeaders({{u"X Api"_s, u"1"_s}}), {headers + u".X Api"_s},
        u"is not a valid HTTP header name"_s);
    row("headers: colon in name", withHeaders({{u"X-Api:"_s, u"1"_s}}), {headers + u".X-Api:"_s},
        u"is not a valid HTTP header name"_s);
    row("headers: non-ASCII name", withHeaders({{u"X-Grüße"_s, u"1"_s}}), {headers + u".X-Grüße"_s},
        u"is not a valid HTTP header name"_s);
    row("headers: empty name", withHeaders({{QString(), u"1"_s}}), {headers + u'.'},
        u"is not a valid HTTP header name"_s);
    row("headers: CR LF in value", withHeaders({{u"X-Api"_s, u"1\r\nX-Injected: yes"_s}}), {headers + u".X-Api"_s},
        u"must not contain line breaks"_s);
    row("headers: LF in value", withHeaders({{u"X-Api"_s, u"1\nX-Injected: yes"_s}}), {headers + u".X-Api"_s},
        u"must not contain line breaks"_s);
    row("headers: CR in value", withHeaders({{u"X-Api"_s, u"1\r"_s}}), {headers + u".X-Api"_s},
        u"must not contain line breaks"_s);
    // Other control characters: NUL ends the value early in C code, the rest have no place in a header.
    const QString controls = u"must not contain control characters (tab is allowed)"_s;
    row("headers: NUL in value", withHeaders({{u"X-Api"_s, u"1"_s + QChar(0) + u"X-Injected: yes"_s}}),
        {headers + u".X-Api"_s}, controls);
    row("headers: NUL alone", withHeaders({{u"X-Api"_s, QString(QChar(0))}}), {headers + u".X-Api"_s}, controls);
    row("headers: escape in value", withHeaders({{u"X-Api"_s, u"a\x1b[2Jb"_s}}), {headers + u".X-Api"_s}, controls);
    row("headers: vertical tab in value", withHeaders({{u"X-Api"_s, u"a\vb"_s}}), {headers + u".X-Api"_s}, controls);
    row("headers: DEL in value", withHeaders({{u"X-Api"_s, u"a\x7f"_s}}), {headers + u".X-Api"_s}, controls);
    row("headers: tab in value", withHeaders({{u"X-Api"_s, u"a\tb"_s}}));
    row("headers: non-ASCII value", withHeaders({{u"X-Api"_s, u"Grüße"_s}}));
    const QString conflict = u"conflicts with generateAuthorizationHeader; set that to false to send your own"_s;
    row("headers: Authorization while generated", withHeaders({{u"Authorization"_s, u"Bearer x"_s}}),
        {headers + u".Authorization"_s}, conflict);
    row("headers: authorization (any case) while generated", withHeaders({{u"authorization"_s, u"Bearer x"_s}}),
        {headers + u".authorization"_s}, conflict);
    row("headers: own Authorization when not generated",
        with(withHeaders(
                 {{u"Authorization"_s, u"Bearer "_s + QString::fromLatin1(NamedCredential::OAuthTokenMergeField)}}),
             u"generateAuthorizationHeader"_s, false));
    row("headers: value not a string", withHeaders({{u"X-Api"_s, 2}}), {headers + u".X-Api"_s}, u"must be a string"_s);
    row("headers: not an object", with(ok, u"headers"_s, u"X-Api: 2"_s), {headers}, u"must be an object of strings"_s);

    row("generateAuthorizationHeader: false", with(ok, u"generateAuthorizationHeader"_s, false));
    row("generateAuthorizationHeader: not a bool", with(ok, u"generateAuthorizationHeader"_s, u"yes"_s),
        {Entry.at(u"generateAuthorizationHeader"_s)}, u"must be true or false"_s);
    row("label: not a string", with(ok, u"label"_s, 1), {Entry.at(u"label"_s)}, u"must be a string"_s);
    row("scopes: not a string", with(ok, u"scopes"_s, QJsonArray{u"api"_s}), {Entry.at(u"scopes"_s)},
        u"must be a string"_s);
    // "This service ends sessions after N hours" (issue 18).
    const QString hours = Entry.at(u"sessionHours"_s);
    const QString hoursMessage = u"must be a whole number of hours from 1 to 8784"_s;
    row("sessionHours: 8", with(ok, u"sessionHours"_s, 8));
    row("sessionHours: a year", with(ok, u"sessionHours"_s, 8784));
    row("sessionHours: null (not set)", with(ok, u"sessionHours"_s, QJsonValue::Null));
    row("sessionHours: over a year", with(ok, u"sessionHours"_s, 8785), {hours}, hoursMessage);
    row("sessionHours: negative", with(ok, u"sessionHours"_s, -1), {hours}, hoursMessage);
    row("sessionHours: fraction", with(ok, u"sessionHours"_s, 1.5), {hours}, hoursMessage);
    row("sessionHours: a string", with(ok, u"sessionHours"_s, u"8"_s), {hours}, hoursMessage);
    row("unknown field", with(ok, u"baseUrl"_s, u"https://api.acme.test"_s), {Entry.at(u"baseUrl"_s)},
        u"is not a known field"_s);
    row("clientSecret is not a credential field", with(ok, u"clientSecret"_s, u"x"_s), {Entry.at(u"clientSecret"_s)},
        u"is not a known field"_s);
}

void TestNamedCredential::validate()
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
    minimal.name = u"Local"_s;
    minimal.url = QUrl(u"http://127.0.0.1:3000"_s);
    minimal.authProvider = u"Dev"_s;
    QTest::newRow("required fields only") << minimal;
    NamedCredential own = fullCredential();
    own.generateAuthorizationHeader = false;
    own.headers.insert(u"Authorization"_s, u"Bearer "_s + QString::fromLatin1(NamedCredential::OAuthTokenMergeField));
    QTest::newRow("own Authorization header") << own;
}

void TestNamedCredential::jsonRoundTrip()
{
    QFETCH(NamedCredential, credential);

    QVERIFY(credential.validate(Entry.path()).isEmpty());
    const QJsonObject json = credential.toJson();
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QList<Error> problems;
    const NamedCredential back = NamedCredential::fromJson(reread, Entry.path(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back.toJson(), json);
    QVERIFY(back == credential);
}

void TestNamedCredential::defaults()
{
    QList<Error> problems;
    const NamedCredential c = NamedCredential::fromJson(with(validJson(), u"scopes"_s, u" api   offline_access "_s),
                                                        Entry.path(), &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(c.generateAuthorizationHeader);
    QVERIFY(c.headers.isEmpty());
    QVERIFY(c.label.isEmpty());
    QCOMPARE(c.scopes, u"api offline_access"_s);
}

void TestNamedCredential::displayLabel()
{
    NamedCredential c = fullCredential();
    QCOMPARE(c.displayLabel(), u"Acme production API"_s);
    c.label.clear();
    QCOMPARE(c.displayLabel(), u"AcmeApi"_s);
}

void TestNamedCredential::invalidatesTokens_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("authProvider");
    QTest::addColumn<bool>("invalidates");

    const QString provider = u"Acme"_s;
    // Before: https://api.acme.test/v1 through Acme.
    QTest::newRow("unchanged") << u"https://api.acme.test/v1"_s << provider << false;
    QTest::newRow("another path") << u"https://api.acme.test/v2/accounts"_s << provider << false;
    QTest::newRow("host case") << u"https://API.Acme.test/v1"_s << provider << false;
    QTest::newRow("explicit default port") << u"https://api.acme.test:443/v1"_s << provider << false;
    QTest::newRow("another host") << u"https://api.evil.test/v1"_s << provider << true;
    QTest::newRow("subdomain") << u"https://eu.api.acme.test/v1"_s << provider << true;
    QTest::newRow("another port") << u"https://api.acme.test:8443/v1"_s << provider << true;
    QTest::newRow("another scheme") << u"http://api.acme.test/v1"_s << provider << true;
    // Same origin, another provider: not this rule's business (TokenDiscard compares provider ids).
    QTest::newRow("another provider") << u"https://api.acme.test/v1"_s << u"Other"_s << false;
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
    after.label = u"Renamed"_s;
    after.scopes = u"api"_s;
    after.headers.clear();
    QCOMPARE(after.changesOriginFrom(before), invalidates);
}

QTEST_GUILESS_MAIN(TestNamedCredential)
#include "tst_namedcredential.moc"
