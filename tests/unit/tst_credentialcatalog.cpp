#include "callout/ConfigStore.h"
#include "callout/CredentialCatalog.h"
#include "callout/MemorySecretStore.h"
#include "callout/StateStore.h"

#include "ManualClock.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

Q_DECLARE_METATYPE(callout::AuthStatus)

using namespace callout;
using callout::test::ManualClock;
using callout::test::readFile;
using callout::test::writeFile;

namespace {

const QByteArray ClientSecret = "client-s3cr3t-Zq8vX2";
const QByteArray Tokens = R"({"accessToken":"at-acme-1","refreshToken":"rt-acme-1"})";

// Receives one asynchronous result; the test waits with QTRY_VERIFY(outcome.arrived()).
template<typename T>
class Outcome
{
public:
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> result) { m_result.emplace(std::move(result)); };
    }
    bool arrived() const { return m_result.has_value(); }
    const Result<T> &result() const { return *m_result; }

private:
    std::optional<Result<T>> m_result;
};

// The error of a failed result, for a failure message (QVERIFY2 evaluates it in every case).
template<typename T>
QString describe(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString() + u'\n' + result.error().details.join(u'\n');
}

// callout.json with ids: provider Acme, credentials AcmeApi and AcmeFiles.
QByteArray configWithIds()
{
    const QJsonObject acme{{u"id"_qs, u"p-acme"_qs},
                           {u"name"_qs, u"Acme"_qs},
                           {u"authorizeUrl"_qs, u"https://login.acme.test/authorize"_qs},
                           {u"tokenUrl"_qs, u"https://login.acme.test/token"_qs},
                           {u"clientId"_qs, u"callout"_qs},
                           {u"clientAuthentication"_qs, u"post"_qs}};
    const QJsonObject api{{u"id"_qs, u"c-acme"_qs},
                          {u"name"_qs, u"AcmeApi"_qs},
                          {u"label"_qs, u"Acme API"_qs},
                          {u"url"_qs, u"https://api.acme.test/v1"_qs},
                          {u"authProvider"_qs, u"Acme"_qs}};
    const QJsonObject files{{u"id"_qs, u"c-files"_qs},
                            {u"name"_qs, u"AcmeFiles"_qs},
                            {u"url"_qs, u"https://files.acme.test"_qs},
                            {u"authProvider"_qs, u"Acme"_qs}};
    return QJsonDocument(QJsonObject{{u"version"_qs, 1},
                                     {u"authProviders"_qs, QJsonArray{acme}},
                                     {u"namedCredentials"_qs, QJsonArray{api, files}}})
        .toJson();
}

QJsonObject acmeApiEntry()
{
    return QJsonObject{{u"name"_qs, u"AcmeApi"_qs},
                       {u"label"_qs, u"Acme API"_qs},
                       {u"url"_qs, u"https://api.acme.test/v1"_qs},
                       {u"authProvider"_qs, u"Acme"_qs}};
}

QByteArray importOf(const QJsonArray &providers, const QJsonArray &credentials)
{
    return QJsonDocument(QJsonObject{{u"version"_qs, 1},
                                     {u"authProviders"_qs, providers},
                                     {u"namedCredentials"_qs, credentials}})
        .toJson();
}

QJsonObject newProviderEntry(const QString &name)
{
    return QJsonObject{{u"name"_qs, name},
                       {u"authorizeUrl"_qs, u"https://login.newco.test/authorize"_qs},
                       {u"tokenUrl"_qs, u"https://login.newco.test/token"_qs},
                       {u"clientId"_qs, u"callout"_qs},
                       {u"clientAuthentication"_qs, u"basic"_qs},
                       {u"clientSecret"_qs, QString::fromUtf8(ClientSecret)}};
}

QByteArray stateWith(const QJsonObject &records)
{
    return QJsonDocument(QJsonObject{{u"version"_qs, 1}, {u"externalAuthentications"_qs, records}}).toJson();
}

QJsonObject signedInRecord()
{
    return QJsonObject{{u"status"_qs, u"signed-in"_qs},
                       {u"user"_qs, u"alice@acme.test"_qs},
                       {u"grantedScopes"_qs, u"api"_qs},
                       {u"accessTokenExpiry"_qs, u"2026-11-28T13:00:00.000Z"_qs}};
}

} // namespace

class TestCredentialCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadAssignsIdsAndSavesThem();
    void loadKeepsWhatItCanUse();
    void importStoresClientSecretInKeychain();
    void importIsAllOrNothingWhenKeychainFails();
    void importRefusedLeavesEverything();
    void importChangingOriginDiscardsTokens();
    void importChangingLabelKeepsTokens();
    void importIntoReadOnlyConfiguration();
    void removeCredentialDeletesEverything();
    void removeCredentialWhenKeychainFails();
    void removeUnknownCredential();
    void updateExternalAuthentication_data();
    void updateExternalAuthentication();
    void updateUnknownCredential();
    void orphanedRecordsLoseTheirTokens();
    void orphanedRecordsKeptWhenKeychainFails();
    void handEditedTokenUrlDiscardsTokensAtLoad();

private:
    // A catalog over the files of this test, as a fresh start of Callout would create it.
    void createCatalog();
    void putSecret(const QString &key, const QByteArray &value);
    StateStore::Records recordsOnDisk() const;
    Configuration configurationOnDisk() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConfigStore> m_configStore;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<CredentialCatalog> m_catalog;
    QString m_configPath;
    QString m_statePath;
};

void TestCredentialCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(u"config/callout/callout.json"_qs);
    m_statePath = m_dir->filePath(u"data/callout/state.json"_qs);
    m_clock = std::make_unique<ManualClock>();
    m_secrets = std::make_unique<MemorySecretStore>();
    createCatalog();
}

void TestCredentialCatalog::cleanup()
{
    m_catalog.reset(); // first: pending callbacks are bound to it
    m_configStore.reset();
    m_stateStore.reset();
    m_secrets.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestCredentialCatalog::createCatalog()
{
    m_catalog.reset();
    m_configStore = std::make_unique<ConfigStore>(m_configPath, *m_clock);
    m_stateStore = std::make_unique<StateStore>(m_statePath, *m_clock);
    m_catalog = std::make_unique<CredentialCatalog>(*m_configStore, *m_stateStore, *m_secrets);
}

void TestCredentialCatalog::putSecret(const QString &key, const QByteArray &value)
{
    Outcome<void> written;
    m_secrets->write(key, value, this, written.callback());
    QTRY_VERIFY(written.arrived());
    QVERIFY(written.result().ok());
}

StateStore::Records TestCredentialCatalog::recordsOnDisk() const
{
    return StateStore(m_statePath, *m_clock).load().records;
}

Configuration TestCredentialCatalog::configurationOnDisk() const
{
    QList<Error> problems;
    return Configuration::fromJson(QJsonDocument::fromJson(readFile(m_configPath)).object(), &problems);
}

void TestCredentialCatalog::loadAssignsIdsAndSavesThem()
{
    QByteArray withoutIds = configWithIds();
    for (const char *id : {"p-acme", "c-acme", "c-files"})
        withoutIds.replace("\"id\": \"" + QByteArray(id) + "\",", "");
    QVERIFY(!withoutIds.contains("\"id\""));
    writeFile(m_configPath, withoutIds);

    QSignalSpy changed(m_catalog.get(), &CredentialCatalog::configurationChanged);
    const QList<Error> problems = m_catalog->load();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    QCOMPARE(changed.count(), 1);

    const Configuration &config = m_catalog->configuration();
    const QString providerId = config.providerByName(u"Acme"_qs)->id;
    const QString apiId = config.credentialByName(u"AcmeApi"_qs)->id;
    const QString filesId = config.credentialByName(u"AcmeFiles"_qs)->id;
    QVERIFY(!providerId.isEmpty());
    QVERIFY(!apiId.isEmpty());
    QVERIFY(!filesId.isEmpty());
    QVERIFY(apiId != filesId);
    QVERIFY(configurationOnDisk() == config);
    const QByteArray saved = readFile(m_configPath);
    QVERIFY(saved.contains(apiId.toUtf8()));

    // A second start finds the same ids and has nothing to write.
    createCatalog();
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->configuration().providerByName(u"Acme"_qs)->id, providerId);
    QCOMPARE(m_catalog->configuration().credentialByName(u"AcmeApi"_qs)->id, apiId);
    QCOMPARE(m_catalog->configuration().credentialByName(u"AcmeFiles"_qs)->id, filesId);
    QCOMPARE(readFile(m_configPath), saved);
}

void TestCredentialCatalog::loadKeepsWhatItCanUse()
{
    QByteArray config = configWithIds();
    config.replace("https://files.acme.test", "http://files.acme.test");
    writeFile(m_configPath, config);

    const QList<Error> problems = m_catalog->load();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, u"namedCredentials[1].url"_qs);
    QVERIFY(m_catalog->configuration().credentialByName(u"AcmeApi"_qs));
    QVERIFY(!m_catalog->configuration().credentialByName(u"AcmeFiles"_qs));
    QCOMPARE(readFile(m_configPath), config); // nothing to save: every entry had its id
}

void TestCredentialCatalog::importStoresClientSecretInKeychain()
{
    QVERIFY(m_catalog->load().isEmpty());
    QSignalSpy changed(m_catalog.get(), &CredentialCatalog::configurationChanged);

    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_qs)},
                                       {QJsonObject{{u"name"_qs, u"NewApi"_qs},
                                                    {u"url"_qs, u"https://api.newco.test"_qs},
                                                    {u"authProvider"_qs, u"NewCo"_qs}}}),
                              false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY2(imported.result().ok(), qPrintable(describe(imported.result())));
    QCOMPARE(imported.result()->added.size(), 2);
    QCOMPARE(changed.count(), 1);

    const AuthProvider *provider = m_catalog->configuration().providerByName(u"NewCo"_qs);
    QVERIFY(provider);
    QVERIFY(!provider->id.isEmpty());
    QCOMPARE(m_secrets->items().value(secretkeys::providerClientSecret(provider->id)), ClientSecret);
    QCOMPARE(m_secrets->items().size(), 1);

    QVERIFY(configurationOnDisk() == m_catalog->configuration());
    QVERIFY(readFile(m_configPath).contains("NewApi"));
    QCOMPARE(callout::test::filesContaining(m_dir->path(), ClientSecret), QStringList());
    QVERIFY(!m_catalog->exportDocument().contains(ClientSecret));
}

void TestCredentialCatalog::importIsAllOrNothingWhenKeychainFails()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray before = readFile(m_configPath);
    const Configuration configBefore = m_catalog->configuration();
    QSignalSpy changed(m_catalog.get(), &CredentialCatalog::configurationChanged);

    m_secrets->setFailure(Error(ErrorCode::KeychainUnavailable, u"No Secret Service"_qs));
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_qs)},
                                       {QJsonObject{{u"name"_qs, u"NewApi"_qs},
                                                    {u"url"_qs, u"https://api.newco.test"_qs},
                                                    {u"authProvider"_qs, u"NewCo"_qs}}}),
                              false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(!imported.result().ok());
    QCOMPARE(imported.result().error().code, ErrorCode::KeychainUnavailable);

    QCOMPARE(readFile(m_configPath), before);
    QVERIFY(m_catalog->configuration() == configBefore);
    QVERIFY(!m_catalog->configuration().providerByName(u"NewCo"_qs));
    QVERIFY(m_secrets->items().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(callout::test::filesContaining(m_dir->path(), ClientSecret), QStringList());
}

void TestCredentialCatalog::importRefusedLeavesEverything()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray before = readFile(m_configPath);

    // One good new entry and one changed existing entry without --replace.
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_qs)},
                                       {QJsonObject{{u"name"_qs, u"AcmeApi"_qs},
                                                    {u"url"_qs, u"https://api.acme.test/v2"_qs},
                                                    {u"authProvider"_qs, u"Acme"_qs}}}),
                              false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(!imported.result().ok());
    QCOMPARE(imported.result().error().code, ErrorCode::InvalidConfiguration);
    QCOMPARE(readFile(m_configPath), before);
    QVERIFY(!m_catalog->configuration().providerByName(u"NewCo"_qs));
    QVERIFY(m_secrets->items().isEmpty());
}

void TestCredentialCatalog::importChangingOriginDiscardsTokens()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, signedInRecord()}, {u"c-files"_qs, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_qs), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-files"_qs), Tokens);
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, AuthStatus::SignedIn);

    QSignalSpy discarded(m_catalog.get(), &CredentialCatalog::tokensDiscarded);
    QSignalSpy recordChanged(m_catalog.get(), &CredentialCatalog::externalAuthenticationChanged);
    QJsonObject moved = acmeApiEntry();
    moved.insert(u"url"_qs, u"https://api.acme-mirror.test/v1"_qs);
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({}, {moved}), true, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY2(imported.result().ok(), qPrintable(describe(imported.result())));
    QCOMPARE(imported.result()->replaced, QStringList{u"namedCredential AcmeApi"_qs});
    QCOMPARE(imported.result()->discards.size(), 1);

    QVERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_qs)));
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-files"_qs)), Tokens);

    QCOMPARE(discarded.count(), 1);
    const auto discard = discarded.constFirst().constFirst().value<TokenDiscard>();
    QCOMPARE(discard.credentialId, u"c-acme"_qs);
    QCOMPARE(discard.credentialName, u"AcmeApi"_qs);
    QVERIFY(!discard.reason.isEmpty());
    QCOMPARE(recordChanged.count(), 1);
    QCOMPARE(recordChanged.constFirst().constFirst().toString(), u"c-acme"_qs);

    const ExternalAuthentication record = m_catalog->externalAuthentication(u"c-acme"_qs);
    QCOMPARE(record.status, AuthStatus::SignedOut);
    QVERIFY(record.user.isEmpty());
    QVERIFY(!record.accessTokenExpiry.isValid());
    QCOMPARE(record.notice, discard.reason);
    QCOMPARE(m_catalog->externalAuthentication(u"c-files"_qs).status, AuthStatus::SignedIn);

    // Persisted: the notice survives a restart.
    QCOMPARE(recordsOnDisk().value(u"c-acme"_qs).notice, discard.reason);
    QCOMPARE(configurationOnDisk().credentialById(u"c-acme"_qs)->url, QUrl(u"https://api.acme-mirror.test/v1"_qs));
}

void TestCredentialCatalog::importChangingLabelKeepsTokens()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_qs), Tokens);
    QVERIFY(m_catalog->load().isEmpty());

    QSignalSpy discarded(m_catalog.get(), &CredentialCatalog::tokensDiscarded);
    QJsonObject relabelled = acmeApiEntry();
    relabelled.insert(u"label"_qs, u"Acme (production)"_qs);
    relabelled.insert(u"scopes"_qs, u"api offline_access"_qs);
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({}, {relabelled}), true, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(imported.result().ok());
    QVERIFY(imported.result()->discards.isEmpty());

    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-acme"_qs)), Tokens);
    QCOMPARE(discarded.count(), 0);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, AuthStatus::SignedIn);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).user, u"alice@acme.test"_qs);
    QCOMPARE(m_catalog->configuration().credentialById(u"c-acme"_qs)->label, u"Acme (production)"_qs);
}

void TestCredentialCatalog::importIntoReadOnlyConfiguration()
{
    const QByteArray future = R"({"version": 2, "authProviders": [], "namedCredentials": []})";
    writeFile(m_configPath, future);
    const QList<Error> problems = m_catalog->load();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().code, ErrorCode::ConfigurationTooNew);

    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_qs)}, {}), false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(!imported.result().ok());
    QCOMPARE(imported.result().error().code, ErrorCode::ConfigurationReadOnly);
    QCOMPARE(readFile(m_configPath), future);
    QVERIFY(m_secrets->items().isEmpty());
}

void TestCredentialCatalog::removeCredentialDeletesEverything()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, signedInRecord()}, {u"c-files"_qs, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_qs), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-files"_qs), Tokens);
    putSecret(secretkeys::providerClientSecret(u"p-acme"_qs), ClientSecret);
    QVERIFY(m_catalog->load().isEmpty());
    QSignalSpy changed(m_catalog.get(), &CredentialCatalog::configurationChanged);

    Outcome<void> removed;
    m_catalog->removeCredential(u"AcmeApi"_qs, removed.callback());
    QTRY_VERIFY(removed.arrived());
    QVERIFY2(removed.result().ok(), qPrintable(describe(removed.result())));
    QCOMPARE(changed.count(), 1);

    // The token item, the configuration entry and the sign-in record are gone...
    QVERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_qs)));
    QVERIFY(!m_catalog->configuration().credentialByName(u"AcmeApi"_qs));
    QVERIFY(!configurationOnDisk().credentialById(u"c-acme"_qs));
    QVERIFY(!recordsOnDisk().contains(u"c-acme"_qs));
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, AuthStatus::SignedOut);
    QVERIFY(m_catalog->externalAuthentication(u"c-acme"_qs).user.isEmpty());
    QVERIFY(!readFile(m_statePath).contains("c-acme"));
    QVERIFY(!readFile(m_configPath).contains("AcmeApi"));

    // ...and nothing else is touched.
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-files"_qs)), Tokens);
    QCOMPARE(m_secrets->items().value(secretkeys::providerClientSecret(u"p-acme"_qs)), ClientSecret);
    QVERIFY(configurationOnDisk().credentialById(u"c-files"_qs));
    QVERIFY(configurationOnDisk().providerById(u"p-acme"_qs));
    QCOMPARE(recordsOnDisk().value(u"c-files"_qs).status, AuthStatus::SignedIn);
}

void TestCredentialCatalog::removeCredentialWhenKeychainFails()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_qs), Tokens);
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray configBefore = readFile(m_configPath);
    const QByteArray stateBefore = readFile(m_statePath);

    m_secrets->setFailure(Error(ErrorCode::KeychainLocked, u"The keychain is locked."_qs));
    Outcome<void> removed;
    m_catalog->removeCredential(u"AcmeApi"_qs, removed.callback());
    QTRY_VERIFY(removed.arrived());
    QVERIFY(!removed.result().ok());
    QCOMPARE(removed.result().error().code, ErrorCode::KeychainLocked);

    QVERIFY(m_catalog->configuration().credentialByName(u"AcmeApi"_qs));
    QCOMPARE(readFile(m_configPath), configBefore);
    QCOMPARE(readFile(m_statePath), stateBefore);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, AuthStatus::SignedIn);
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-acme"_qs)), Tokens);

    // Once the keychain is back, the user can try again.
    m_secrets->setFailure(std::nullopt);
    Outcome<void> retried;
    m_catalog->removeCredential(u"AcmeApi"_qs, retried.callback());
    QTRY_VERIFY(retried.arrived());
    QVERIFY(retried.result().ok());
    QVERIFY(!m_catalog->configuration().credentialByName(u"AcmeApi"_qs));
}

void TestCredentialCatalog::removeUnknownCredential()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray before = readFile(m_configPath);
    Outcome<void> removed;
    m_catalog->removeCredential(u"Nobody"_qs, removed.callback());
    QTRY_VERIFY(removed.arrived());
    QVERIFY(!removed.result().ok());
    QCOMPARE(removed.result().error().code, ErrorCode::NotFound);
    QVERIFY(!removed.result().error().message.isEmpty());
    QCOMPARE(readFile(m_configPath), before);
}

void TestCredentialCatalog::updateExternalAuthentication_data()
{
    QTest::addColumn<AuthStatus>("from");
    QTest::addColumn<AuthStatus>("to");
    QTest::addColumn<bool>("allowed");

    using S = AuthStatus;
    QTest::newRow("signed-out -> signing-in") << S::SignedOut << S::SigningIn << true;
    QTest::newRow("signing-in -> signed-in") << S::SigningIn << S::SignedIn << true;
    QTest::newRow("signed-in -> refreshing") << S::SignedIn << S::Refreshing << true;
    QTest::newRow("refreshing -> error") << S::Refreshing << S::Error << true;
    QTest::newRow("signed-in -> signed-out") << S::SignedIn << S::SignedOut << true;
    QTest::newRow("same status, new details") << S::SignedIn << S::SignedIn << true;
    QTest::newRow("signed-out -> signed-in") << S::SignedOut << S::SignedIn << false;
    QTest::newRow("sign-in-required -> signed-in") << S::SignInRequired << S::SignedIn << false;
    QTest::newRow("error -> refreshing") << S::Error << S::Refreshing << false;
}

void TestCredentialCatalog::updateExternalAuthentication()
{
    QFETCH(AuthStatus, from);
    QFETCH(AuthStatus, to);
    QFETCH(bool, allowed);

    writeFile(m_configPath, configWithIds());
    QJsonObject record = signedInRecord();
    record.insert(u"status"_qs, authStatusName(from));
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, record}}));
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, from);
    const QByteArray stateBefore = readFile(m_statePath);
    QSignalSpy changed(m_catalog.get(), &CredentialCatalog::externalAuthenticationChanged);

    ExternalAuthentication next = m_catalog->externalAuthentication(u"c-acme"_qs);
    next.status = to;
    next.user = u"bob@acme.test"_qs;
    const Result<void> updated = m_catalog->updateExternalAuthentication(next);
    QCOMPARE(updated.ok(), allowed);
    if (allowed) {
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs), next);
        QCOMPARE(recordsOnDisk().value(u"c-acme"_qs).status, to);
        QCOMPARE(recordsOnDisk().value(u"c-acme"_qs).user, u"bob@acme.test"_qs);
    } else {
        QCOMPARE(updated.error().code, ErrorCode::InvalidConfiguration);
        QVERIFY(updated.error().message.contains(authStatusName(from)));
        QVERIFY(updated.error().message.contains(authStatusName(to)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, from);
        QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).user, u"alice@acme.test"_qs);
        QCOMPARE(readFile(m_statePath), stateBefore);
    }
}

void TestCredentialCatalog::updateUnknownCredential()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    ExternalAuthentication record;
    record.credentialId = u"c-nobody"_qs;
    record.status = AuthStatus::SigningIn;
    const Result<void> updated = m_catalog->updateExternalAuthentication(record);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(m_statePath));
}

void TestCredentialCatalog::orphanedRecordsLoseTheirTokens()
{
    // state.json still knows a credential that was deleted from callout.json by hand.
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, signedInRecord()}, {u"c-gone"_qs, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_qs), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-gone"_qs), Tokens);
    QSignalSpy discarded(m_catalog.get(), &CredentialCatalog::tokensDiscarded);

    QVERIFY(m_catalog->load().isEmpty());
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-gone"_qs)));
    QTRY_VERIFY(!recordsOnDisk().contains(u"c-gone"_qs));
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-acme"_qs)), Tokens);
    QCOMPARE(recordsOnDisk().value(u"c-acme"_qs).status, AuthStatus::SignedIn);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).user, u"alice@acme.test"_qs);
    QCOMPARE(m_catalog->externalAuthentication(u"c-gone"_qs).status, AuthStatus::SignedOut);
    // A signal carries a sentence for the user: none for a credential the user no longer has.
    for (const QList<QVariant> &arguments : std::as_const(discarded))
        QVERIFY(!arguments.constFirst().value<TokenDiscard>().reason.isEmpty());
}

void TestCredentialCatalog::orphanedRecordsKeptWhenKeychainFails()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-gone"_qs, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-gone"_qs), Tokens);
    const QByteArray stateBefore = readFile(m_statePath);

    m_secrets->setFailure(Error(ErrorCode::KeychainLocked, u"locked"_qs));
    QVERIFY(m_catalog->load().isEmpty());
    // Callbacks run in order: once this one arrives, the catalog has had its answer.
    Outcome<QByteArray> marker;
    m_secrets->read(u"marker"_qs, this, marker.callback());
    QTRY_VERIFY(marker.arrived());

    QCOMPARE(readFile(m_statePath), stateBefore); // kept, so the next start tries again
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-gone"_qs)), Tokens);

    m_secrets->setFailure(std::nullopt);
    createCatalog();
    QVERIFY(m_catalog->load().isEmpty());
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-gone"_qs)));
    QTRY_VERIFY(!recordsOnDisk().contains(u"c-gone"_qs));
}

void TestCredentialCatalog::handEditedTokenUrlDiscardsTokensAtLoad()
{
    // Signed in to both credentials, with the binding their tokens were issued for.
    writeFile(m_configPath, configWithIds());
    QList<Error> problems;
    const Configuration config =
        Configuration::fromJson(QJsonDocument::fromJson(configWithIds()).object(), &problems);
    QJsonObject api = signedInRecord();
    api.insert(u"tokenBinding"_qs, tokenBinding(config, *config.credentialById(u"c-acme"_qs)));
    QJsonObject files = signedInRecord();
    files.insert(u"tokenBinding"_qs, tokenBinding(config, *config.credentialById(u"c-files"_qs)));
    writeFile(m_statePath, stateWith({{u"c-acme"_qs, api}, {u"c-files"_qs, files}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_qs), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-files"_qs), Tokens);

    // Unchanged file: nothing is discarded.
    QVERIFY(m_catalog->load().isEmpty());
    QTest::qWait(50);
    QVERIFY(m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_qs)));

    // The user points the provider's token URL elsewhere in an editor, and restarts Callout.
    QByteArray edited = configWithIds();
    edited.replace("https://login.acme.test/token", "https://evil.test/token");
    writeFile(m_configPath, edited);
    createCatalog();
    QSignalSpy discarded(m_catalog.get(), &CredentialCatalog::tokensDiscarded);
    QVERIFY(m_catalog->load().isEmpty());
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_qs)));
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-files"_qs)));
    QCOMPARE(discarded.count(), 2);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_qs).status, AuthStatus::SignedOut);
    QVERIFY(m_catalog->externalAuthentication(u"c-acme"_qs).notice.contains(u"AcmeApi"_qs));
    QTRY_COMPARE(recordsOnDisk().value(u"c-acme"_qs).status, AuthStatus::SignedOut);
}

QTEST_GUILESS_MAIN(TestCredentialCatalog)
#include "tst_credentialcatalog.moc"
