#include "callout/model/Configuration.h"

#include "ConfigurationSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::Configuration)

using namespace callout;
using callout::test::credential;
using callout::test::provider;

namespace {

Configuration sample()
{
    Configuration config;
    AuthProvider acme = provider(u"Acme"_s, u"p-acme"_s);
    acme.issuer = u"https://login.acme.test"_s;
    acme.revocationUrl = QUrl(u"https://login.acme.test/revoke"_s);
    acme.userInfoUrl = QUrl(u"https://login.acme.test/userinfo"_s);
    acme.clientAuthentication = ClientAuthentication::Basic;
    acme.defaultScopes = u"openid api"_s;
    acme.redirectUri = QUrl(u"http://localhost:1717/OauthRedirect"_s);
    acme.extraAuthorizeParameters.insert(u"prompt"_s, u"consent"_s);
    config.authProviders = {acme, provider(u"Globex"_s, u"p-globex"_s)};
    NamedCredential api = credential(u"AcmeApi"_s, u"Acme"_s, u"c-acme"_s);
    api.label = u"Acme API"_s;
    api.scopes = u"api"_s;
    api.headers.insert(u"X-Api-Version"_s, u"2"_s);
    NamedCredential local = credential(u"Local"_s, u"Globex"_s, u"c-local"_s);
    local.url = QUrl(u"http://[::1]:8080/"_s);
    local.generateAuthorizationHeader = false;
    config.namedCredentials = {api, local, credential(u"GlobexApi"_s, u"Globex"_s, u"c-globex"_s)};
    return config;
}

QStringList fieldsOf(const QList<Error> &problems)
{
    QStringList fields;
    for (const Error &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

class TestConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void toJsonShape();
    void shapeProblems_data();
    void shapeProblems();
    void crossReferences_data();
    void crossReferences();
    void lookups();
    void assignMissingIds();
    void newIdIsUnique();
};

void TestConfiguration::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestConfiguration::jsonRoundTrip_data()
{
    QTest::addColumn<Configuration>("configuration");

    QTest::newRow("empty") << Configuration();
    QTest::newRow("several providers and credentials") << sample();
    Configuration noIds = sample();
    for (AuthProvider &p : noIds.authProviders)
        p.id.clear();
    for (NamedCredential &c : noIds.namedCredentials)
        c.id.clear();
    QTest::newRow("without ids") << noIds;
    Configuration providersOnly;
    providersOnly.authProviders = {provider(u"Acme"_s, u"1"_s)};
    QTest::newRow("providers only") << providersOnly;
}

void TestConfiguration::jsonRoundTrip()
{
    QFETCH(Configuration, configuration);

    QVERIFY(configuration.validate().isEmpty());
    const QByteArray bytes = QJsonDocument(configuration.toJson()).toJson();
    QList<Error> problems;
    const Configuration back = Configuration::fromJson(QJsonDocument::fromJson(bytes).object(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    QVERIFY(back == configuration);
    QCOMPARE(QJsonDocument(back.toJson()).toJson(), bytes);
}

void TestConfiguration::toJsonShape()
{
    const QJsonObject json = sample().toJson();
    QCOMPARE(json.value(u"version"_s).toInt(), Configuration::CurrentVersion);
    QCOMPARE(json.value(u"authProviders"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"namedCredentials"_s).toArray().size(), 3);
    // Order is kept: it is the order the user sees.
    QCOMPARE(json.value(u"namedCredentials"_s).toArray().at(1).toObject().value(u"name"_s).toString(), u"Local"_s);
}

void TestConfiguration::shapeProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("minimal valid") << QByteArray(R"({"version": 1})") << QStringList();
    QTest::newRow("empty object") << QByteArray("{}") << QStringList();
    QTest::newRow("unknown top-level field")
        << QByteArray(R"({"version": 1, "providers": []})") << QStringList{u"providers"_s};
    QTest::newRow("authProviders not an array")
        << QByteArray(R"({"authProviders": {"name": "Acme"}})") << QStringList{u"authProviders"_s};
    QTest::newRow("namedCredentials not an array")
        << QByteArray(R"({"namedCredentials": "AcmeApi"})") << QStringList{u"namedCredentials"_s};
    QTest::newRow("entry not an object") << QByteArray(
        "{\"authProviders\": [{\"name\": \"Acme\", \"authorizeUrl\": \"https://a.test/a\", "
        "\"tokenUrl\": \"https://a.test/t\", \"clientId\": \"c\"}, 42]}")
                                         << QStringList{u"authProviders[1]"_s};
    QTest::newRow("nested wrong type keeps its path")
        << QByteArray(R"({"namedCredentials": [{}, {"name": "B", "url": 5}]})")
        << QStringList{u"namedCredentials[1].url"_s};
    QTest::newRow("nested unknown field keeps its path")
        << QByteArray(R"({"authProviders": [{"name": "A", "clientSecret": "x"}]})")
        << QStringList{u"authProviders[0].clientSecret"_s};
}

void TestConfiguration::shapeProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);

    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    QList<Error> problems;
    (void)Configuration::fromJson(document.object(), &problems);
    QCOMPARE(fieldsOf(problems), fields);
    for (const Error &problem : std::as_const(problems)) {
        QCOMPARE(problem.code, ErrorCode::InvalidConfiguration);
        QVERIFY(!problem.message.isEmpty());
    }
}

void TestConfiguration::crossReferences_data()
{
    QTest::addColumn<Configuration>("configuration");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("messageContains");

    const Configuration ok = sample();
    QTest::newRow("valid") << ok << QStringList() << QString();

    Configuration unknown = ok;
    unknown.namedCredentials[1].authProvider = u"Initech"_s;
    QTest::newRow("unknown provider") << unknown << QStringList{u"namedCredentials[1].authProvider"_s} << u"Initech"_s;

    Configuration caseMismatch = ok;
    caseMismatch.namedCredentials[0].authProvider = u"acme"_s;
    QTest::newRow("provider names are case-sensitive")
        << caseMismatch << QStringList{u"namedCredentials[0].authProvider"_s} << u"acme"_s;

    Configuration duplicateProviderName = ok;
    duplicateProviderName.authProviders[1].name = u"Acme"_s;
    duplicateProviderName.namedCredentials[1].authProvider = u"Acme"_s;
    duplicateProviderName.namedCredentials[2].authProvider = u"Acme"_s;
    QTest::newRow("duplicate provider name")
        << duplicateProviderName << QStringList{u"authProviders[1].name"_s} << u"Acme"_s;

    Configuration duplicateProviderId = ok;
    duplicateProviderId.authProviders[1].id = u"p-acme"_s;
    QTest::newRow("duplicate provider id")
        << duplicateProviderId << QStringList{u"authProviders[1].id"_s} << u"p-acme"_s;

    Configuration duplicateCredentialName = ok;
    duplicateCredentialName.namedCredentials[2].name = u"AcmeApi"_s;
    QTest::newRow("duplicate credential name")
        << duplicateCredentialName << QStringList{u"namedCredentials[2].name"_s} << u"AcmeApi"_s;

    Configuration duplicateCredentialId = ok;
    duplicateCredentialId.namedCredentials[2].id = u"c-acme"_s;
    QTest::newRow("duplicate credential id")
        << duplicateCredentialId << QStringList{u"namedCredentials[2].id"_s} << u"c-acme"_s;

    Configuration sameIdAcrossKinds = ok;
    sameIdAcrossKinds.namedCredentials[0].id = u"p-acme"_s;
    QTest::newRow("a provider id reused by a credential is no clash")
        << sameIdAcrossKinds << QStringList() << QString();

    Configuration emptyIds = ok;
    emptyIds.namedCredentials[0].id.clear();
    emptyIds.namedCredentials[1].id.clear();
    QTest::newRow("missing ids are not duplicates") << emptyIds << QStringList() << QString();

    Configuration entryProblem = ok;
    entryProblem.namedCredentials[2].url = QUrl(u"http://globex.example.test/api"_s);
    QTest::newRow("entry problem at its index")
        << entryProblem << QStringList{u"namedCredentials[2].url"_s}
        << u"must be an absolute https URL (http is allowed only for 127.0.0.1, ::1 and localhost)"_s;

    Configuration several = ok;
    several.authProviders[0].clientId.clear();
    several.namedCredentials[0].authProvider = u"Nobody"_s;
    several.namedCredentials[2].name = u"Local"_s;
    QTest::newRow("every problem is reported")
        << several
        << QStringList{u"authProviders[0].clientId"_s, u"namedCredentials[0].authProvider"_s,
                       u"namedCredentials[2].name"_s}
        << QString();
}

void TestConfiguration::crossReferences()
{
    QFETCH(Configuration, configuration);
    QFETCH(QStringList, fields);
    QFETCH(QString, messageContains);

    const QList<Error> problems = configuration.validate();
    QCOMPARE(fieldsOf(problems), fields);
    for (const Error &problem : problems)
        QVERIFY(!problem.message.isEmpty());
    if (!messageContains.isEmpty())
        QVERIFY2(problems.constFirst().message.contains(messageContains), qPrintable(problems.constFirst().message));
}

void TestConfiguration::lookups()
{
    const Configuration config = sample();
    QCOMPARE(config.providerByName(u"Globex"_s)->id, u"p-globex"_s);
    QCOMPARE(config.providerById(u"p-acme"_s)->name, u"Acme"_s);
    QCOMPARE(config.credentialByName(u"Local"_s)->id, u"c-local"_s);
    QCOMPARE(config.credentialById(u"c-globex"_s)->name, u"GlobexApi"_s);
    QCOMPARE(config.providerByName(u"Initech"_s), nullptr);
    QCOMPARE(config.providerByName(u"acme"_s), nullptr);
    QCOMPARE(config.providerById(u"c-acme"_s), nullptr);
    QCOMPARE(config.credentialByName(u"Acme"_s), nullptr);
    QCOMPARE(config.credentialById(u"p-acme"_s), nullptr);
}

void TestConfiguration::assignMissingIds()
{
    Configuration config = sample();
    config.authProviders[1].id.clear();
    config.namedCredentials[0].id.clear();
    config.namedCredentials[2].id.clear();

    QVERIFY(config.assignMissingIds());
    QCOMPARE(config.authProviders[0].id, u"p-acme"_s);
    QCOMPARE(config.namedCredentials[1].id, u"c-local"_s);
    QSet<QString> ids;
    for (const AuthProvider &p : std::as_const(config.authProviders))
        ids.insert(p.id);
    for (const NamedCredential &c : std::as_const(config.namedCredentials))
        ids.insert(c.id);
    QCOMPARE(ids.size(), 5);
    QVERIFY(!ids.contains(QString()));
    QVERIFY(config.validate().isEmpty());

    const Configuration assigned = config;
    QVERIFY(!config.assignMissingIds());
    QVERIFY(config == assigned);

    Configuration empty;
    QVERIFY(!empty.assignMissingIds());
}

void TestConfiguration::newIdIsUnique()
{
    QSet<QString> ids;
    for (int i = 0; i < 100; ++i) {
        const QString id = newId();
        QVERIFY(!id.isEmpty());
        QVERIFY(!id.contains(u'{'));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 100);
}

QTEST_GUILESS_MAIN(TestConfiguration)
#include "tst_configuration.moc"
