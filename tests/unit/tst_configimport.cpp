#include "callout/model/ConfigImport.h"

#include "ConfigurationSamples.h"
#include "JsonEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::ErrorCode)

using namespace callout;
using callout::test::with;

namespace {

const QString Secret = u"s3cr3t-Zq8vX2"_s;

// callout.json as it is before the import: two providers, a credential on each.
Configuration current()
{
    Configuration config;
    AuthProvider acme = test::provider(u"Acme"_s, u"p-acme"_s);
    acme.issuer = u"https://login.acme.test"_s;
    acme.clientAuthentication = ClientAuthentication::Post;
    acme.defaultScopes = u"openid api"_s;
    AuthProvider globex = test::provider(u"Globex"_s, u"p-globex"_s);
    globex.clientId = u"callout-globex"_s;
    config.authProviders = {acme, globex};

    NamedCredential acmeApi = test::credential(u"AcmeApi"_s, u"Acme"_s, u"c-acme"_s, u"https://api.acme.test/v1"_s);
    acmeApi.label = u"Acme API"_s;
    const NamedCredential globexApi
        = test::credential(u"GlobexApi"_s, u"Globex"_s, u"c-globex"_s, u"https://api.globex.test"_s);
    config.namedCredentials = {acmeApi, globexApi};
    return config;
}

// An entry of current() as an import document carries it: no id.
template<typename T> QJsonObject entry(const T &value)
{
    QJsonObject json = value.toJson();
    json.remove(u"id"_s);
    return json;
}

QJsonObject acmeJson()
{
    return entry(*current().providerByName(u"Acme"_s));
}

QJsonObject acmeApiJson()
{
    return entry(*current().credentialByName(u"AcmeApi"_s));
}

QJsonObject newProviderJson(const QString &name)
{
    return QJsonObject{{u"name"_s, name},
                       {u"authorizeUrl"_s, u"https://login.%1.test/authorize"_s.arg(name.toLower())},
                       {u"tokenUrl"_s, u"https://login.%1.test/token"_s.arg(name.toLower())},
                       {u"clientId"_s, u"callout"_s},
                       {u"clientAuthentication"_s, u"basic"_s}};
}

QJsonObject newCredentialJson(const QString &name, const QString &provider)
{
    return QJsonObject{{u"name"_s, name},
                       {u"url"_s, u"https://%1.example.test/"_s.arg(name.toLower())},
                       {u"authProvider"_s, provider}};
}

QByteArray document(const QJsonArray &providers, const QJsonArray &credentials = {})
{
    QJsonObject json{{u"version"_s, 1}};
    if (!providers.isEmpty())
        json.insert(u"authProviders"_s, providers);
    if (!credentials.isEmpty())
        json.insert(u"namedCredentials"_s, credentials);
    return QJsonDocument(json).toJson();
}

QStringList ids(const Configuration &config)
{
    QStringList result;
    for (const AuthProvider &p : config.authProviders)
        result.append(p.id);
    for (const NamedCredential &c : config.namedCredentials)
        result.append(c.id);
    return result;
}

Configuration withoutIds(Configuration config)
{
    for (AuthProvider &p : config.authProviders)
        p.id.clear();
    for (NamedCredential &c : config.namedCredentials)
        c.id.clear();
    return config;
}

} // namespace

class TestConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addsNewEntries();
    void addsCredentialForExistingProvider();
    void identicalEntriesAreUnchanged();
    void changedEntryWithoutReplaceIsRefused_data();
    void changedEntryWithoutReplaceIsRefused();
    void allOrNothing_data();
    void allOrNothing();
    void replaceChangesAndKeepsId();
    void idsInDocumentAreIgnored();
    void clientSecretGoesToThePlanOnly();
    void clientSecretOfExistingProvider();
    void invalidClientSecret_data();
    void invalidClientSecret();
    void unreadableDocument_data();
    void unreadableDocument();
    void everyProblemIsListed();
    void exportHasNoIdsNorSecrets();
    void exportReimportsToEqualConfiguration();
    void tokenDiscards_data();
    void tokenDiscards();
    void clientSecretDiscards_data();
    void clientSecretDiscards();
    void tokenUrlOnAnotherServerIsAWarning_data();
    void tokenUrlOnAnotherServerIsAWarning();
};

void TestConfigImport::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestConfigImport::addsNewEntries()
{
    const Result<ImportPlan> plan = planImport(
        Configuration(), document({newProviderJson(u"NewCo"_s)}, {newCredentialJson(u"NewApi"_s, u"NewCo"_s)}), false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    QCOMPARE(plan->added, (QStringList{u"authProvider NewCo"_s, u"namedCredential NewApi"_s}));
    QVERIFY(plan->replaced.isEmpty());
    QVERIFY(plan->unchanged.isEmpty());
    QVERIFY(plan->discards.isEmpty());
    QVERIFY(plan->clientSecrets.isEmpty());
    QCOMPARE(plan->configuration.authProviders.size(), 1);
    QCOMPARE(plan->configuration.namedCredentials.size(), 1);
    QVERIFY(!plan->configuration.authProviders.constFirst().id.isEmpty());
    QVERIFY(!plan->configuration.namedCredentials.constFirst().id.isEmpty());
    QCOMPARE(plan->configuration.authProviders.constFirst().clientAuthentication, ClientAuthentication::Basic);
    QVERIFY(plan->configuration.validate().isEmpty());
}

void TestConfigImport::addsCredentialForExistingProvider()
{
    const Configuration before = current();
    const Result<ImportPlan> plan
        = planImport(before, document({}, {newCredentialJson(u"Billing"_s, u"Acme"_s)}), false);
    QVERIFY(plan.ok());
    QCOMPARE(plan->added, QStringList{u"namedCredential Billing"_s});
    QCOMPARE(plan->configuration.authProviders, before.authProviders);
    QCOMPARE(plan->configuration.namedCredentials.size(), 3);
    QCOMPARE(plan->configuration.namedCredentials.mid(0, 2), before.namedCredentials);
    QVERIFY(plan->discards.isEmpty());
}

void TestConfigImport::identicalEntriesAreUnchanged()
{
    const Configuration before = current();
    QJsonArray providers;
    for (const AuthProvider &p : before.authProviders)
        providers.append(entry(p));
    QJsonArray credentials;
    for (const NamedCredential &c : before.namedCredentials)
        credentials.append(entry(c));

    const Result<ImportPlan> plan = planImport(before, document(providers, credentials), false);
    QVERIFY(plan.ok());
    QCOMPARE(plan->unchanged,
             (QStringList{u"authProvider Acme"_s, u"authProvider Globex"_s, u"namedCredential AcmeApi"_s,
                          u"namedCredential GlobexApi"_s}));
    QVERIFY(plan->added.isEmpty());
    QVERIFY(plan->replaced.isEmpty());
    QVERIFY(plan->discards.isEmpty());
    QVERIFY(plan->configuration == before);
}

void TestConfigImport::changedEntryWithoutReplaceIsRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");

    QTest::newRow("credential label") << document({}, {with(acmeApiJson(), u"label"_s, u"Renamed"_s)})
                                      << u"namedCredentials[0].name"_s;
    QTest::newRow("credential url") << document({}, {with(acmeApiJson(), u"url"_s, u"https://api.acme.test/v2"_s)})
                                    << u"namedCredentials[0].name"_s;
    QTest::newRow("provider clientId") << document(
        {newProviderJson(u"Other"_s), with(acmeJson(), u"clientId"_s, u"another"_s)})
                                       << u"authProviders[1].name"_s;
}

void TestConfigImport::changedEntryWithoutReplaceIsRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, field);

    const Result<ImportPlan> plan = planImport(current(), document, false);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidConfiguration);
    QVERIFY(!plan.error().message.isEmpty());
    QCOMPARE(plan.error().details.size(), 1);
    QVERIFY2(plan.error().details.constFirst().startsWith(field + u": "_s),
             qPrintable(plan.error().details.constFirst()));
    QVERIFY(plan.error().details.constFirst().contains(u"--replace"_s));
}

void TestConfigImport::allOrNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("field");

    QTest::newRow("new entry and a changed one without --replace")
        << document({newProviderJson(u"NewCo"_s)},
                    {newCredentialJson(u"NewApi"_s, u"NewCo"_s), with(acmeApiJson(), u"label"_s, u"Changed"_s)})
        << false << u"namedCredentials[1].name"_s;
    QTest::newRow("good entry and an invalid one") << document(
        {newProviderJson(u"NewCo"_s), with(newProviderJson(u"Bad"_s), u"tokenUrl"_s, u"http://login.bad.test/token"_s)})
                                                   << true << u"authProviders[1].tokenUrl"_s;
    QTest::newRow("good replacement and an unknown provider")
        << document({}, {with(acmeApiJson(), u"label"_s, u"Changed"_s), newCredentialJson(u"X"_s, u"Nobody"_s)}) << true
        << u"namedCredentials[1].authProvider"_s;
    // Half a surrogate pair (a JSON escape can spell one) cannot be saved as UTF-8 and read back
    // the same: refused where it is read (found by fuzz_configimport).
    QTest::newRow("half a surrogate pair in a URL")
        << document({newProviderJson(u"NewCo"_s),
                     with(newProviderJson(u"Bad"_s), u"revocationUrl"_s, u"https://login.bad.test/re@@voke"_s)})
               .replace("@@", "\\ud800")
        << true << u"authProviders[1].revocationUrl"_s;
    QTest::newRow("half a surrogate pair in a header")
        << document({}, {with(acmeApiJson(), u"headers"_s, QJsonObject{{u"X-Note"_s, u"a@@b"_s}})})
               .replace("@@", "\\udc00")
        << true << u"namedCredentials[0].headers.X-Note"_s;
}

void TestConfigImport::allOrNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, replace);
    QFETCH(QString, field);

    const Result<ImportPlan> plan = planImport(current(), document, replace);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidConfiguration);
    QVERIFY(plan.error().message.contains(u"nothing was changed"_s));
    QCOMPARE(plan.error().details.size(), 1);
    QVERIFY2(plan.error().details.constFirst().startsWith(field + u": "_s),
             qPrintable(plan.error().details.constFirst()));
}

void TestConfigImport::replaceChangesAndKeepsId()
{
    const Configuration before = current();
    const QJsonObject changedApi
        = with(with(acmeApiJson(), u"label"_s, u"Acme (EU)"_s), u"url"_s, u"https://eu.api.acme.test/v1"_s);
    const QJsonObject changedAcme = with(acmeJson(), u"defaultScopes"_s, u"openid"_s);

    const Result<ImportPlan> plan = planImport(before, document({changedAcme}, {changedApi}), true);
    QVERIFY(plan.ok());
    QCOMPARE(plan->replaced, (QStringList{u"authProvider Acme"_s, u"namedCredential AcmeApi"_s}));
    QVERIFY(plan->added.isEmpty());
    const NamedCredential *api = plan->configuration.credentialByName(u"AcmeApi"_s);
    QVERIFY(api);
    QCOMPARE(api->id, u"c-acme"_s);
    QCOMPARE(api->label, u"Acme (EU)"_s);
    QCOMPARE(api->url, QUrl(u"https://eu.api.acme.test/v1"_s));
    QCOMPARE(plan->configuration.providerByName(u"Acme"_s)->id, u"p-acme"_s);
    QCOMPARE(plan->configuration.providerByName(u"Acme"_s)->defaultScopes, u"openid"_s);
    // Entries the document does not mention are kept as they are, in their place.
    QCOMPARE(plan->configuration.authProviders.at(1), before.authProviders.at(1));
    QCOMPARE(plan->configuration.namedCredentials.at(1), before.namedCredentials.at(1));
    QCOMPARE(ids(plan->configuration), ids(before));
}

void TestConfigImport::idsInDocumentAreIgnored()
{
    const Configuration before = current();
    // A new entry claims the id of an existing one; an existing entry carries a foreign id.
    const QByteArray doc = document({with(newProviderJson(u"NewCo"_s), u"id"_s, u"p-acme"_s)},
                                    {with(newCredentialJson(u"NewApi"_s, u"NewCo"_s), u"id"_s, u"c-acme"_s),
                                     with(acmeApiJson(), u"id"_s, u"forged-id"_s)});
    const Result<ImportPlan> plan = planImport(before, doc, false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    QCOMPARE(plan->added, (QStringList{u"authProvider NewCo"_s, u"namedCredential NewApi"_s}));
    QCOMPARE(plan->unchanged, QStringList{u"namedCredential AcmeApi"_s});

    const QString newProviderId = plan->configuration.providerByName(u"NewCo"_s)->id;
    const QString newCredentialId = plan->configuration.credentialByName(u"NewApi"_s)->id;
    QVERIFY(!newProviderId.isEmpty());
    QVERIFY(!ids(before).contains(newProviderId));
    QVERIFY(!ids(before).contains(newCredentialId));
    QCOMPARE(plan->configuration.credentialByName(u"AcmeApi"_s)->id, u"c-acme"_s);
    QVERIFY(!ids(plan->configuration).contains(u"forged-id"_s));
    QVERIFY(plan->configuration.validate().isEmpty());
}

void TestConfigImport::clientSecretGoesToThePlanOnly()
{
    const QByteArray doc = document({with(newProviderJson(u"NewCo"_s), u"clientSecret"_s, Secret)},
                                    {newCredentialJson(u"NewApi"_s, u"NewCo"_s)});
    const Result<ImportPlan> plan = planImport(current(), doc, false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    const QString providerId = plan->configuration.providerByName(u"NewCo"_s)->id;
    QCOMPARE(plan->clientSecrets, (QMap<QString, QString>{{providerId, Secret}}));

    const QByteArray saved = QJsonDocument(plan->configuration.toJson()).toJson();
    QVERIFY(!saved.contains(Secret.toUtf8()));
    QVERIFY(!saved.contains("clientSecret"));
    QVERIFY(!exportDocument(plan->configuration).contains(Secret.toUtf8()));
}

void TestConfigImport::clientSecretOfExistingProvider()
{
    const QByteArray doc = document({with(acmeJson(), u"clientSecret"_s, Secret)});

    // A new secret for an existing provider is a change: --replace is required...
    const Result<ImportPlan> refused = planImport(current(), doc, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().details.size(), 1);
    QVERIFY(refused.error().details.constFirst().startsWith(u"authProviders[0].name: "_s));
    QVERIFY(!refused.error().details.join(u'\n').contains(Secret));
    QVERIFY(!refused.error().message.contains(Secret));

    // ...and with it, the secret is keyed by the existing provider's id.
    const Result<ImportPlan> plan = planImport(current(), doc, true);
    QVERIFY(plan.ok());
    QCOMPARE(plan->replaced, QStringList{u"authProvider Acme"_s});
    QCOMPARE(plan->clientSecrets, (QMap<QString, QString>{{u"p-acme"_s, Secret}}));
    QVERIFY(plan->configuration == current());
    QVERIFY(plan->discards.isEmpty());
}

void TestConfigImport::invalidClientSecret_data()
{
    QTest::addColumn<QJsonValue>("secret");
    QTest::newRow("number") << QJsonValue(42);
    QTest::newRow("empty string") << QJsonValue(u""_s);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"value"_s, Secret}});
}

void TestConfigImport::invalidClientSecret()
{
    QFETCH(QJsonValue, secret);
    const Result<ImportPlan> plan
        = planImport(current(), document({with(newProviderJson(u"NewCo"_s), u"clientSecret"_s, secret)}), false);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidConfiguration);
    QCOMPARE(plan.error().details.size(), 1);
    QVERIFY2(plan.error().details.constFirst().startsWith(u"authProviders[0].clientSecret: "_s),
             qPrintable(plan.error().details.constFirst()));
}

void TestConfigImport::unreadableDocument_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("not JSON") << QByteArray("authProviders: [Acme]") << ErrorCode::ConfigurationUnreadable;
    QTest::newRow("truncated") << document({newProviderJson(u"NewCo"_s)}).chopped(5)
                               << ErrorCode::ConfigurationUnreadable;
    QTest::newRow("empty") << QByteArray() << ErrorCode::ConfigurationUnreadable;
    QTest::newRow("array") << QByteArray("[{\"name\": \"Acme\"}]") << ErrorCode::ConfigurationUnreadable;
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "authProviders": []})")
                                   << ErrorCode::ConfigurationTooNew;
    QTest::newRow("much newer version") << QByteArray(R"({"version": 17})") << ErrorCode::ConfigurationTooNew;
}

void TestConfigImport::unreadableDocument()
{
    QFETCH(QByteArray, document);
    QFETCH(ErrorCode, code);

    const Result<ImportPlan> plan = planImport(current(), document, true);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, code);
    QVERIFY(!plan.error().message.isEmpty());
}

void TestConfigImport::everyProblemIsListed()
{
    const QByteArray doc = document({with(with(newProviderJson(u"NewCo"_s), u"name"_s, u"1NewCo"_s), u"tokenUrl"_s,
                                          u"http://login.newco.test/token"_s)},
                                    {newCredentialJson(u"NewApi"_s, u"Nobody"_s),
                                     with(newCredentialJson(u"Other"_s, u"Acme"_s), u"unexpected"_s, true)});
    const Result<ImportPlan> plan = planImport(current(), doc, false);
    QVERIFY(!plan.ok());
    const QStringList details = plan.error().details;
    QCOMPARE(details.size(), 4);
    for (const QString &path : {u"authProviders[0].name: "_s, u"authProviders[0].tokenUrl: "_s,
                                u"namedCredentials[0].authProvider: "_s, u"namedCredentials[1].unexpected: "_s}) {
        QVERIFY2(std::any_of(details.begin(), details.end(), [&path](const QString &d) { return d.startsWith(path); }),
                 qPrintable(path + u" not in "_s + details.join(u" | "_s)));
    }
    QVERIFY2(plan.error().message.contains(u'4'), qPrintable(plan.error().message));
}

void TestConfigImport::exportHasNoIdsNorSecrets()
{
    const QByteArray exported = exportDocument(current());
    const QJsonDocument json = QJsonDocument::fromJson(exported);
    QVERIFY(json.isObject());
    QCOMPARE(json.object().value(u"version"_s).toInt(), Configuration::CurrentVersion);
    for (const QString &key : {u"authProviders"_s, u"namedCredentials"_s}) {
        const QJsonArray entries = json.object().value(key).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &e : entries) {
            QVERIFY(!e.toObject().isEmpty());
            QVERIFY(!e.toObject().contains(u"id"_s));
            QVERIFY(!e.toObject().contains(u"clientSecret"_s));
        }
    }
    for (const QString &id : ids(current()))
        QVERIFY2(!exported.contains(id.toUtf8()), qPrintable(id));
}

void TestConfigImport::exportReimportsToEqualConfiguration()
{
    const Configuration before = current();
    const QByteArray exported = exportDocument(before);

    const Result<ImportPlan> same = planImport(before, exported, false);
    QVERIFY(same.ok());
    QCOMPARE(same->unchanged.size(), 4);
    QVERIFY(same->configuration == before);

    const Result<ImportPlan> fresh = planImport(Configuration(), exported, false);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->added.size(), 4);
    QVERIFY(withoutIds(fresh->configuration) == withoutIds(before));
    QCOMPARE(exportDocument(fresh->configuration), exported);
}

void TestConfigImport::tokenDiscards_data()
{
    QTest::addColumn<QJsonArray>("providers");
    QTest::addColumn<QJsonArray>("credentials");
    QTest::addColumn<QStringList>("discarded"); // credential ids

    const QStringList acme{u"c-acme"_s};
    QTest::newRow("provider tokenUrl") << QJsonArray{with(acmeJson(), u"tokenUrl"_s, u"https://evil.test/token"_s)}
                                       << QJsonArray() << acme;
    QTest::newRow("provider clientId") << QJsonArray{with(acmeJson(), u"clientId"_s, u"other"_s)} << QJsonArray()
                                       << acme;
    QTest::newRow("provider clientAuthentication")
        << QJsonArray{with(acmeJson(), u"clientAuthentication"_s, u"basic"_s)} << QJsonArray() << acme;
    QTest::newRow("provider issuer") << QJsonArray{with(acmeJson(), u"issuer"_s, u"https://other.test"_s)}
                                     << QJsonArray() << acme;
    QTest::newRow("credential origin") << QJsonArray()
                                       << QJsonArray{with(acmeApiJson(), u"url"_s, u"https://api.other.test/v1"_s)}
                                       << acme;
    QTest::newRow("credential provider") << QJsonArray()
                                         << QJsonArray{with(acmeApiJson(), u"authProvider"_s, u"Globex"_s)} << acme;
    QTest::newRow("credential label only")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"label"_s, u"Another label"_s)} << QStringList();
    QTest::newRow("credential scopes only")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"scopes"_s, u"api offline_access"_s)} << QStringList();
    QTest::newRow("credential path only")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"url"_s, u"https://api.acme.test/v2"_s)} << QStringList();
    QTest::newRow("provider default scopes only")
        << QJsonArray{with(acmeJson(), u"defaultScopes"_s, u"openid"_s)} << QJsonArray() << QStringList();
}

void TestConfigImport::tokenDiscards()
{
    QFETCH(QJsonArray, providers);
    QFETCH(QJsonArray, credentials);
    QFETCH(QStringList, discarded);

    const Result<ImportPlan> plan = planImport(current(), document(providers, credentials), true);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    QCOMPARE(plan->replaced.size(), 1);
    QStringList actual;
    for (const TokenDiscard &discard : plan->discards) {
        actual.append(discard.credentialId);
        QCOMPARE(discard.credentialName, current().credentialById(discard.credentialId)->name);
        QVERIFY(!discard.reason.isEmpty());
        QVERIFY(discard.reason.contains(discard.credentialName));
    }
    QCOMPARE(actual, discarded);
}

void TestConfigImport::clientSecretDiscards_data()
{
    QTest::addColumn<QJsonArray>("providers");
    QTest::addColumn<QStringList>("deleted"); // provider ids whose stored secret goes

    const QStringList acme{u"p-acme"_s};
    auto acmeWith
        = [](const QString &key, const QJsonValue &value) { return QJsonArray{with(acmeJson(), key, value)}; };
    // The secret, the code and the verifier would go to the new endpoint at the next sign-in.
    QTest::newRow("tokenUrl moved") << acmeWith(u"tokenUrl"_s, u"https://evil.test/token"_s) << acme;
    QTest::newRow("tokenUrl path") << acmeWith(u"tokenUrl"_s, u"https://login.acme.test/v2/token"_s) << acme;
    QTest::newRow("revocationUrl new") << acmeWith(u"revocationUrl"_s, u"https://evil.test/revoke"_s) << acme;
    QTest::newRow("issuer") << acmeWith(u"issuer"_s, u"https://other.test"_s) << acme;
    QTest::newRow("clientId") << acmeWith(u"clientId"_s, u"other"_s) << acme;
    QTest::newRow("tokenUrl moved, with its new secret") << QJsonArray{with(
        with(acmeJson(), u"tokenUrl"_s, u"https://new.acme.test/token"_s), u"clientSecret"_s, Secret)}
                                                         << QStringList();
    QTest::newRow("tokenUrl removed (discovered from the issuer)")
        << QJsonArray{test::without(acmeJson(), u"tokenUrl"_s)} << QStringList();
    QTest::newRow("defaultScopes") << acmeWith(u"defaultScopes"_s, u"openid"_s) << QStringList();
    QTest::newRow("clientAuthentication") << acmeWith(u"clientAuthentication"_s, u"basic"_s) << QStringList();
    QTest::newRow("authorizeUrl") << acmeWith(u"authorizeUrl"_s, u"https://login.acme.test/v2/authorize"_s)
                                  << QStringList();
}

void TestConfigImport::clientSecretDiscards()
{
    QFETCH(QJsonArray, providers);
    QFETCH(QStringList, deleted);

    const Result<ImportPlan> plan = planImport(current(), document(providers), true);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    // Leaving out an endpoint that discovery filled in changes nothing (a setup script re-run).
    const bool discoveredOnly = QByteArrayView(QTest::currentDataTag()).startsWith("tokenUrl removed");
    QCOMPARE(discoveredOnly ? plan->unchanged : plan->replaced, QStringList{u"authProvider Acme"_s});
    QStringList actual;
    for (const ClientSecretDiscard &discard : plan->secretDiscards) {
        actual.append(discard.providerId);
        QCOMPARE(discard.providerName, u"Acme"_s);
        QVERIFY(discard.reason.contains(u"Acme"_s));
        QVERIFY(!discard.reason.contains(Secret));
    }
    QCOMPARE(actual, deleted);
}

void TestConfigImport::tokenUrlOnAnotherServerIsAWarning_data()
{
    QTest::addColumn<QJsonObject>("provider");
    QTest::addColumn<QStringList>("warnings");

    const QJsonObject ok = with(newProviderJson(u"NewCo"_s), u"issuer"_s, u"https://login.newco.test"_s);
    const QString warning
        = u"authProviders[0].tokenUrl: is on another server (https://evil.test) "
          u"than the issuer (https://login.newco.test); the client secret and the codes go there: check that it is right"_s;
    QTest::newRow("same server as the issuer") << ok << QStringList();
    QTest::newRow("issuer with a path") << with(ok, u"issuer"_s, u"https://login.newco.test/realms/a"_s)
                                        << QStringList();
    QTest::newRow("explicit default port")
        << with(ok, u"tokenUrl"_s, u"https://login.newco.test:443/token"_s) << QStringList();
    QTest::newRow("no issuer") << test::without(ok, u"issuer"_s) << QStringList();
    QTest::newRow("another host") << with(ok, u"tokenUrl"_s, u"https://evil.test/token"_s) << QStringList{warning};
    QTest::newRow("another port") << with(ok, u"tokenUrl"_s, u"https://login.newco.test:8443/token"_s)
                                  << QStringList{u"authProviders[0].tokenUrl: is on another server "
                                                 u"(https://login.newco.test:8443) than the issuer "
                                                 u"(https://login.newco.test); the client secret and the codes "
                                                 u"go there: check that it is right"_s};
}

void TestConfigImport::tokenUrlOnAnotherServerIsAWarning()
{
    QFETCH(QJsonObject, provider);
    QFETCH(QStringList, warnings);

    // A warning, not a refusal: some providers do keep their token endpoint elsewhere.
    const Result<ImportPlan> plan = planImport(current(), document({provider}), false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    QCOMPARE(plan->added, QStringList{u"authProvider NewCo"_s});
    QCOMPARE(plan->warnings, warnings);
}

QTEST_GUILESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
