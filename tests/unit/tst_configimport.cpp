#include "callout/ConfigImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(callout::ErrorCode)

using namespace callout;

namespace {

const QString Secret = u"s3cr3t-Zq8vX2"_qs;

// callout.json as it is before the import: two providers, a credential on each.
Configuration current()
{
    Configuration config;
    AuthProvider acme;
    acme.id = u"p-acme"_qs;
    acme.name = u"Acme"_qs;
    acme.issuer = u"https://login.acme.test"_qs;
    acme.authorizeUrl = QUrl(u"https://login.acme.test/authorize"_qs);
    acme.tokenUrl = QUrl(u"https://login.acme.test/token"_qs);
    acme.clientId = u"callout"_qs;
    acme.clientAuthentication = ClientAuthentication::Post;
    acme.defaultScopes = u"openid api"_qs;
    AuthProvider globex;
    globex.id = u"p-globex"_qs;
    globex.name = u"Globex"_qs;
    globex.authorizeUrl = QUrl(u"https://idp.globex.test/authorize"_qs);
    globex.tokenUrl = QUrl(u"https://idp.globex.test/token"_qs);
    globex.clientId = u"callout-globex"_qs;
    config.authProviders = {acme, globex};

    NamedCredential acmeApi;
    acmeApi.id = u"c-acme"_qs;
    acmeApi.name = u"AcmeApi"_qs;
    acmeApi.label = u"Acme API"_qs;
    acmeApi.url = QUrl(u"https://api.acme.test/v1"_qs);
    acmeApi.authProvider = u"Acme"_qs;
    NamedCredential globexApi;
    globexApi.id = u"c-globex"_qs;
    globexApi.name = u"GlobexApi"_qs;
    globexApi.url = QUrl(u"https://api.globex.test"_qs);
    globexApi.authProvider = u"Globex"_qs;
    config.namedCredentials = {acmeApi, globexApi};
    return config;
}

// An entry of current() as an import document carries it: no id.
template<typename T>
QJsonObject entry(const T &value)
{
    QJsonObject json = value.toJson();
    json.remove(u"id"_qs);
    return json;
}

QJsonObject acmeJson()
{
    return entry(*current().providerByName(u"Acme"_qs));
}

QJsonObject acmeApiJson()
{
    return entry(*current().credentialByName(u"AcmeApi"_qs));
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

QJsonObject newProviderJson(const QString &name)
{
    return QJsonObject{{u"name"_qs, name},
                       {u"authorizeUrl"_qs, u"https://login.%1.test/authorize"_qs.arg(name.toLower())},
                       {u"tokenUrl"_qs, u"https://login.%1.test/token"_qs.arg(name.toLower())},
                       {u"clientId"_qs, u"callout"_qs},
                       {u"clientAuthentication"_qs, u"basic"_qs}};
}

QJsonObject newCredentialJson(const QString &name, const QString &provider)
{
    return QJsonObject{{u"name"_qs, name},
                       {u"url"_qs, u"https://%1.example.test/"_qs.arg(name.toLower())},
                       {u"authProvider"_qs, provider}};
}

QByteArray document(const QJsonArray &providers, const QJsonArray &credentials = {})
{
    QJsonObject json{{u"version"_qs, 1}};
    if (!providers.isEmpty())
        json.insert(u"authProviders"_qs, providers);
    if (!credentials.isEmpty())
        json.insert(u"namedCredentials"_qs, credentials);
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
};

void TestConfigImport::addsNewEntries()
{
    const Result<ImportPlan> plan = planImport(
        Configuration(), document({newProviderJson(u"NewCo"_qs)}, {newCredentialJson(u"NewApi"_qs, u"NewCo"_qs)}),
        false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    QCOMPARE(plan->added, (QStringList{u"authProvider NewCo"_qs, u"namedCredential NewApi"_qs}));
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
    const Result<ImportPlan> plan = planImport(before, document({}, {newCredentialJson(u"Billing"_qs, u"Acme"_qs)}), false);
    QVERIFY(plan.ok());
    QCOMPARE(plan->added, QStringList{u"namedCredential Billing"_qs});
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
    QCOMPARE(plan->unchanged, (QStringList{u"authProvider Acme"_qs, u"authProvider Globex"_qs,
                                           u"namedCredential AcmeApi"_qs, u"namedCredential GlobexApi"_qs}));
    QVERIFY(plan->added.isEmpty());
    QVERIFY(plan->replaced.isEmpty());
    QVERIFY(plan->discards.isEmpty());
    QVERIFY(plan->configuration == before);
}

void TestConfigImport::changedEntryWithoutReplaceIsRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");

    QTest::newRow("credential label") << document({}, {with(acmeApiJson(), u"label"_qs, u"Renamed"_qs)})
                                      << u"namedCredentials[0].name"_qs;
    QTest::newRow("credential url") << document({}, {with(acmeApiJson(), u"url"_qs, u"https://api.acme.test/v2"_qs)})
                                    << u"namedCredentials[0].name"_qs;
    QTest::newRow("provider clientId")
        << document({newProviderJson(u"Other"_qs), with(acmeJson(), u"clientId"_qs, u"another"_qs)})
        << u"authProviders[1].name"_qs;
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
    QVERIFY2(plan.error().details.constFirst().startsWith(field + u": "_qs),
             qPrintable(plan.error().details.constFirst()));
    QVERIFY(plan.error().details.constFirst().contains(u"--replace"_qs));
}

void TestConfigImport::allOrNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("field");

    QTest::newRow("new entry and a changed one without --replace")
        << document({newProviderJson(u"NewCo"_qs)}, {newCredentialJson(u"NewApi"_qs, u"NewCo"_qs),
                                                      with(acmeApiJson(), u"label"_qs, u"Changed"_qs)})
        << false << u"namedCredentials[1].name"_qs;
    QTest::newRow("good entry and an invalid one")
        << document({newProviderJson(u"NewCo"_qs),
                     with(newProviderJson(u"Bad"_qs), u"tokenUrl"_qs, u"http://login.bad.test/token"_qs)})
        << true << u"authProviders[1].tokenUrl"_qs;
    QTest::newRow("good replacement and an unknown provider")
        << document({}, {with(acmeApiJson(), u"label"_qs, u"Changed"_qs), newCredentialJson(u"X"_qs, u"Nobody"_qs)})
        << true << u"namedCredentials[1].authProvider"_qs;
}

void TestConfigImport::allOrNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, replace);
    QFETCH(QString, field);

    const Result<ImportPlan> plan = planImport(current(), document, replace);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidConfiguration);
    QVERIFY(plan.error().message.contains(u"nothing was changed"_qs));
    QCOMPARE(plan.error().details.size(), 1);
    QVERIFY2(plan.error().details.constFirst().startsWith(field + u": "_qs),
             qPrintable(plan.error().details.constFirst()));
}

void TestConfigImport::replaceChangesAndKeepsId()
{
    const Configuration before = current();
    const QJsonObject changedApi =
        with(with(acmeApiJson(), u"label"_qs, u"Acme (EU)"_qs), u"url"_qs, u"https://eu.api.acme.test/v1"_qs);
    const QJsonObject changedAcme = with(acmeJson(), u"defaultScopes"_qs, u"openid"_qs);

    const Result<ImportPlan> plan = planImport(before, document({changedAcme}, {changedApi}), true);
    QVERIFY(plan.ok());
    QCOMPARE(plan->replaced, (QStringList{u"authProvider Acme"_qs, u"namedCredential AcmeApi"_qs}));
    QVERIFY(plan->added.isEmpty());
    const NamedCredential *api = plan->configuration.credentialByName(u"AcmeApi"_qs);
    QVERIFY(api);
    QCOMPARE(api->id, u"c-acme"_qs);
    QCOMPARE(api->label, u"Acme (EU)"_qs);
    QCOMPARE(api->url, QUrl(u"https://eu.api.acme.test/v1"_qs));
    QCOMPARE(plan->configuration.providerByName(u"Acme"_qs)->id, u"p-acme"_qs);
    QCOMPARE(plan->configuration.providerByName(u"Acme"_qs)->defaultScopes, u"openid"_qs);
    // Entries the document does not mention are kept as they are, in their place.
    QCOMPARE(plan->configuration.authProviders.at(1), before.authProviders.at(1));
    QCOMPARE(plan->configuration.namedCredentials.at(1), before.namedCredentials.at(1));
    QCOMPARE(ids(plan->configuration), ids(before));
}

void TestConfigImport::idsInDocumentAreIgnored()
{
    const Configuration before = current();
    // A new entry claims the id of an existing one; an existing entry carries a foreign id.
    const QByteArray doc = document({with(newProviderJson(u"NewCo"_qs), u"id"_qs, u"p-acme"_qs)},
                                    {with(newCredentialJson(u"NewApi"_qs, u"NewCo"_qs), u"id"_qs, u"c-acme"_qs),
                                     with(acmeApiJson(), u"id"_qs, u"forged-id"_qs)});
    const Result<ImportPlan> plan = planImport(before, doc, false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    QCOMPARE(plan->added, (QStringList{u"authProvider NewCo"_qs, u"namedCredential NewApi"_qs}));
    QCOMPARE(plan->unchanged, QStringList{u"namedCredential AcmeApi"_qs});

    const QString newProviderId = plan->configuration.providerByName(u"NewCo"_qs)->id;
    const QString newCredentialId = plan->configuration.credentialByName(u"NewApi"_qs)->id;
    QVERIFY(!newProviderId.isEmpty());
    QVERIFY(!ids(before).contains(newProviderId));
    QVERIFY(!ids(before).contains(newCredentialId));
    QCOMPARE(plan->configuration.credentialByName(u"AcmeApi"_qs)->id, u"c-acme"_qs);
    QVERIFY(!ids(plan->configuration).contains(u"forged-id"_qs));
    QVERIFY(plan->configuration.validate().isEmpty());
}

void TestConfigImport::clientSecretGoesToThePlanOnly()
{
    const QByteArray doc = document({with(newProviderJson(u"NewCo"_qs), u"clientSecret"_qs, Secret)},
                                    {newCredentialJson(u"NewApi"_qs, u"NewCo"_qs)});
    const Result<ImportPlan> plan = planImport(current(), doc, false);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().details.join(u'\n')));
    const QString providerId = plan->configuration.providerByName(u"NewCo"_qs)->id;
    QCOMPARE(plan->clientSecrets, (QMap<QString, QString>{{providerId, Secret}}));

    const QByteArray saved = QJsonDocument(plan->configuration.toJson()).toJson();
    QVERIFY(!saved.contains(Secret.toUtf8()));
    QVERIFY(!saved.contains("clientSecret"));
    QVERIFY(!exportDocument(plan->configuration).contains(Secret.toUtf8()));
}

void TestConfigImport::clientSecretOfExistingProvider()
{
    const QByteArray doc = document({with(acmeJson(), u"clientSecret"_qs, Secret)});

    // A new secret for an existing provider is a change: --replace is required...
    const Result<ImportPlan> refused = planImport(current(), doc, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().details.size(), 1);
    QVERIFY(refused.error().details.constFirst().startsWith(u"authProviders[0].name: "_qs));
    QVERIFY(!refused.error().details.join(u'\n').contains(Secret));
    QVERIFY(!refused.error().message.contains(Secret));

    // ...and with it, the secret is keyed by the existing provider's id.
    const Result<ImportPlan> plan = planImport(current(), doc, true);
    QVERIFY(plan.ok());
    QCOMPARE(plan->replaced, QStringList{u"authProvider Acme"_qs});
    QCOMPARE(plan->clientSecrets, (QMap<QString, QString>{{u"p-acme"_qs, Secret}}));
    QVERIFY(plan->configuration == current());
    QVERIFY(plan->discards.isEmpty());
}

void TestConfigImport::invalidClientSecret_data()
{
    QTest::addColumn<QJsonValue>("secret");
    QTest::newRow("number") << QJsonValue(42);
    QTest::newRow("empty string") << QJsonValue(u""_qs);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"value"_qs, Secret}});
}

void TestConfigImport::invalidClientSecret()
{
    QFETCH(QJsonValue, secret);
    const Result<ImportPlan> plan =
        planImport(current(), document({with(newProviderJson(u"NewCo"_qs), u"clientSecret"_qs, secret)}), false);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidConfiguration);
    QCOMPARE(plan.error().details.size(), 1);
    QVERIFY2(plan.error().details.constFirst().startsWith(u"authProviders[0].clientSecret: "_qs),
             qPrintable(plan.error().details.constFirst()));
}

void TestConfigImport::unreadableDocument_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("not JSON") << QByteArray("authProviders: [Acme]") << ErrorCode::ConfigurationUnreadable;
    QTest::newRow("truncated") << document({newProviderJson(u"NewCo"_qs)}).chopped(5)
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
    const QByteArray doc =
        document({with(with(newProviderJson(u"NewCo"_qs), u"name"_qs, u"1NewCo"_qs), u"tokenUrl"_qs,
                       u"http://login.newco.test/token"_qs)},
                 {newCredentialJson(u"NewApi"_qs, u"Nobody"_qs),
                  with(newCredentialJson(u"Other"_qs, u"Acme"_qs), u"unexpected"_qs, true)});
    const Result<ImportPlan> plan = planImport(current(), doc, false);
    QVERIFY(!plan.ok());
    const QStringList details = plan.error().details;
    QCOMPARE(details.size(), 4);
    for (const QString &path : {u"authProviders[0].name: "_qs, u"authProviders[0].tokenUrl: "_qs,
                                u"namedCredentials[0].authProvider: "_qs, u"namedCredentials[1].unexpected: "_qs}) {
        QVERIFY2(std::any_of(details.begin(), details.end(), [&path](const QString &d) { return d.startsWith(path); }),
                 qPrintable(path + u" not in "_qs + details.join(u" | "_qs)));
    }
    QVERIFY2(plan.error().message.contains(u'4'), qPrintable(plan.error().message));
}

void TestConfigImport::exportHasNoIdsNorSecrets()
{
    const QByteArray exported = exportDocument(current());
    const QJsonDocument json = QJsonDocument::fromJson(exported);
    QVERIFY(json.isObject());
    QCOMPARE(json.object().value(u"version"_qs).toInt(), Configuration::CurrentVersion);
    for (const QString &key : {u"authProviders"_qs, u"namedCredentials"_qs}) {
        const QJsonArray entries = json.object().value(key).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &e : entries) {
            QVERIFY(!e.toObject().isEmpty());
            QVERIFY(!e.toObject().contains(u"id"_qs));
            QVERIFY(!e.toObject().contains(u"clientSecret"_qs));
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

    const QStringList acme{u"c-acme"_qs};
    QTest::newRow("provider tokenUrl") << QJsonArray{with(acmeJson(), u"tokenUrl"_qs, u"https://evil.test/token"_qs)}
                                       << QJsonArray() << acme;
    QTest::newRow("provider clientId") << QJsonArray{with(acmeJson(), u"clientId"_qs, u"other"_qs)} << QJsonArray()
                                       << acme;
    QTest::newRow("provider clientAuthentication")
        << QJsonArray{with(acmeJson(), u"clientAuthentication"_qs, u"basic"_qs)} << QJsonArray() << acme;
    QTest::newRow("provider issuer") << QJsonArray{with(acmeJson(), u"issuer"_qs, u"https://other.test"_qs)}
                                     << QJsonArray() << acme;
    QTest::newRow("credential origin")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"url"_qs, u"https://api.other.test/v1"_qs)} << acme;
    QTest::newRow("credential provider")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"authProvider"_qs, u"Globex"_qs)} << acme;
    QTest::newRow("credential label only")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"label"_qs, u"Another label"_qs)} << QStringList();
    QTest::newRow("credential scopes only")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"scopes"_qs, u"api offline_access"_qs)} << QStringList();
    QTest::newRow("credential path only")
        << QJsonArray() << QJsonArray{with(acmeApiJson(), u"url"_qs, u"https://api.acme.test/v2"_qs)}
        << QStringList();
    QTest::newRow("provider default scopes only")
        << QJsonArray{with(acmeJson(), u"defaultScopes"_qs, u"openid"_qs)} << QJsonArray() << QStringList();
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

QTEST_GUILESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
