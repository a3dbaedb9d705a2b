#include "callout/store/CredentialCatalog.h"

#include "Awaited.h"
#include "MemorySecretStore.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::AuthStatus)

using namespace callout;
using callout::test::failureOf;
using callout::test::readFile;
using callout::test::StoreFixture;
using callout::test::writeFile;

namespace {

const QByteArray ClientSecret = "client-s3cr3t-Zq8vX2";
const QByteArray Tokens = R"({"accessToken":"at-acme-1","refreshToken":"rt-acme-1"})";

// Receives one asynchronous result; the test waits with QTRY_VERIFY(outcome.arrived()).
template<typename T> using Outcome = callout::test::Awaited<T>;

// callout.json with ids: provider Acme, credentials AcmeApi and AcmeFiles.
QByteArray configWithIds()
{
    const QJsonObject acme{{u"id"_s, u"p-acme"_s},
                           {u"name"_s, u"Acme"_s},
                           {u"authorizeUrl"_s, u"https://login.acme.test/authorize"_s},
                           {u"tokenUrl"_s, u"https://login.acme.test/token"_s},
                           {u"clientId"_s, u"callout"_s},
                           {u"clientAuthentication"_s, u"post"_s}};
    const QJsonObject api{{u"id"_s, u"c-acme"_s},
                          {u"name"_s, u"AcmeApi"_s},
                          {u"label"_s, u"Acme API"_s},
                          {u"url"_s, u"https://api.acme.test/v1"_s},
                          {u"authProvider"_s, u"Acme"_s}};
    const QJsonObject files{{u"id"_s, u"c-files"_s},
                            {u"name"_s, u"AcmeFiles"_s},
                            {u"url"_s, u"https://files.acme.test"_s},
                            {u"authProvider"_s, u"Acme"_s}};
    return QJsonDocument(QJsonObject{{u"version"_s, 1},
                                     {u"authProviders"_s, QJsonArray{acme}},
                                     {u"namedCredentials"_s, QJsonArray{api, files}}})
        .toJson();
}

QJsonObject acmeApiEntry()
{
    return QJsonObject{{u"name"_s, u"AcmeApi"_s},
                       {u"label"_s, u"Acme API"_s},
                       {u"url"_s, u"https://api.acme.test/v1"_s},
                       {u"authProvider"_s, u"Acme"_s}};
}

QByteArray importOf(const QJsonArray &providers, const QJsonArray &credentials)
{
    return QJsonDocument(
               QJsonObject{{u"version"_s, 1}, {u"authProviders"_s, providers}, {u"namedCredentials"_s, credentials}})
        .toJson();
}

QJsonObject newProviderEntry(const QString &name)
{
    return QJsonObject{{u"name"_s, name},
                       {u"authorizeUrl"_s, u"https://login.newco.test/authorize"_s},
                       {u"tokenUrl"_s, u"https://login.newco.test/token"_s},
                       {u"clientId"_s, u"callout"_s},
                       {u"clientAuthentication"_s, u"basic"_s},
                       {u"clientSecret"_s, QString::fromUtf8(ClientSecret)}};
}

QByteArray stateWith(const QJsonObject &records)
{
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"externalAuthentications"_s, records}}).toJson();
}

QJsonObject signedInRecord()
{
    return QJsonObject{{u"status"_s, u"signed-in"_s},
                       {u"user"_s, u"alice@acme.test"_s},
                       {u"grantedScopes"_s, u"api"_s},
                       {u"accessTokenExpiry"_s, u"2026-11-28T13:00:00.000Z"_s}};
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

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<StoreFixture> m_files;
    CredentialCatalog *m_catalog = nullptr; // owned by m_files
    QString m_configPath;
    QString m_statePath;
};

void TestCredentialCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialCatalog::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_files = std::make_unique<StoreFixture>();
    QVERIFY(m_files->isValid());
    m_configPath = m_files->configPath();
    m_statePath = m_files->statePath();
    m_secrets = std::make_unique<MemorySecretStore>();
    createCatalog();
}

void TestCredentialCatalog::cleanup()
{
    m_catalog = nullptr;
    m_files.reset(); // first: pending callbacks are bound to its catalog
    m_secrets.reset();
}

void TestCredentialCatalog::createCatalog()
{
    m_catalog = &m_files->open(*m_secrets);
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
    return StateStore(m_statePath, m_files->clock()).load().records;
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

    QSignalSpy changed(m_catalog, &CredentialCatalog::configurationChanged);
    const QList<Error> problems = m_catalog->load();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    QCOMPARE(changed.count(), 1);

    const Configuration &config = m_catalog->configuration();
    const QString providerId = config.providerByName(u"Acme"_s)->id;
    const QString apiId = config.credentialByName(u"AcmeApi"_s)->id;
    const QString filesId = config.credentialByName(u"AcmeFiles"_s)->id;
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
    QCOMPARE(m_catalog->configuration().providerByName(u"Acme"_s)->id, providerId);
    QCOMPARE(m_catalog->configuration().credentialByName(u"AcmeApi"_s)->id, apiId);
    QCOMPARE(m_catalog->configuration().credentialByName(u"AcmeFiles"_s)->id, filesId);
    QCOMPARE(readFile(m_configPath), saved);
}

void TestCredentialCatalog::loadKeepsWhatItCanUse()
{
    QByteArray config = configWithIds();
    config.replace("https://files.acme.test", "http://files.acme.test");
    writeFile(m_configPath, config);

    QTest::ignoreMessage(QtWarningMsg, "configuration has 1 problems");
    const QList<Error> problems = m_catalog->load();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, u"namedCredentials[1].url"_s);
    QVERIFY(m_catalog->configuration().credentialByName(u"AcmeApi"_s));
    QVERIFY(!m_catalog->configuration().credentialByName(u"AcmeFiles"_s));
    QCOMPARE(readFile(m_configPath), config); // nothing to save: every entry had its id
}

void TestCredentialCatalog::importStoresClientSecretInKeychain()
{
    QVERIFY(m_catalog->load().isEmpty());
    QSignalSpy changed(m_catalog, &CredentialCatalog::configurationChanged);

    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_s)},
                                       {QJsonObject{{u"name"_s, u"NewApi"_s},
                                                    {u"url"_s, u"https://api.newco.test"_s},
                                                    {u"authProvider"_s, u"NewCo"_s}}}),
                              false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY2(imported.result().ok(), qPrintable(failureOf(imported.result())));
    QCOMPARE(imported.result()->added.size(), 2);
    QCOMPARE(changed.count(), 1);

    const AuthProvider *provider = m_catalog->configuration().providerByName(u"NewCo"_s);
    QVERIFY(provider);
    QVERIFY(!provider->id.isEmpty());
    QCOMPARE(m_secrets->items().value(secretkeys::providerClientSecret(provider->id)), ClientSecret);
    QCOMPARE(m_secrets->items().size(), 1);

    QVERIFY(configurationOnDisk() == m_catalog->configuration());
    QVERIFY(readFile(m_configPath).contains("NewApi"));
    QCOMPARE(callout::test::filesContaining(m_files->path(), ClientSecret), QStringList());
    QVERIFY(!m_catalog->exportDocument().contains(ClientSecret));
}

void TestCredentialCatalog::importIsAllOrNothingWhenKeychainFails()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray before = readFile(m_configPath);
    const Configuration configBefore = m_catalog->configuration();
    QSignalSpy changed(m_catalog, &CredentialCatalog::configurationChanged);

    m_secrets->setFailure(Error(ErrorCode::KeychainUnavailable, u"No Secret Service"_s));
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_s)},
                                       {QJsonObject{{u"name"_s, u"NewApi"_s},
                                                    {u"url"_s, u"https://api.newco.test"_s},
                                                    {u"authProvider"_s, u"NewCo"_s}}}),
                              false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(!imported.result().ok());
    QCOMPARE(imported.result().error().code, ErrorCode::KeychainUnavailable);

    QCOMPARE(readFile(m_configPath), before);
    QVERIFY(m_catalog->configuration() == configBefore);
    QVERIFY(!m_catalog->configuration().providerByName(u"NewCo"_s));
    QVERIFY(m_secrets->items().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(callout::test::filesContaining(m_files->path(), ClientSecret), QStringList());
}

void TestCredentialCatalog::importRefusedLeavesEverything()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray before = readFile(m_configPath);

    // One good new entry and one changed existing entry without --replace.
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_s)},
                                       {QJsonObject{{u"name"_s, u"AcmeApi"_s},
                                                    {u"url"_s, u"https://api.acme.test/v2"_s},
                                                    {u"authProvider"_s, u"Acme"_s}}}),
                              false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(!imported.result().ok());
    QCOMPARE(imported.result().error().code, ErrorCode::InvalidConfiguration);
    QCOMPARE(readFile(m_configPath), before);
    QVERIFY(!m_catalog->configuration().providerByName(u"NewCo"_s));
    QVERIFY(m_secrets->items().isEmpty());
}

void TestCredentialCatalog::importChangingOriginDiscardsTokens()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_s, signedInRecord()}, {u"c-files"_s, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_s), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-files"_s), Tokens);
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, AuthStatus::SignedIn);

    QSignalSpy discarded(m_catalog, &CredentialCatalog::tokensDiscarded);
    QSignalSpy recordChanged(m_catalog, &CredentialCatalog::externalAuthenticationChanged);
    QJsonObject moved = acmeApiEntry();
    moved.insert(u"url"_s, u"https://api.acme-mirror.test/v1"_s);
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({}, {moved}), true, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY2(imported.result().ok(), qPrintable(failureOf(imported.result())));
    QCOMPARE(imported.result()->replaced, QStringList{u"namedCredential AcmeApi"_s});
    QCOMPARE(imported.result()->discards.size(), 1);

    QVERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_s)));
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-files"_s)), Tokens);

    QCOMPARE(discarded.count(), 1);
    const auto discard = discarded.constFirst().constFirst().value<TokenDiscard>();
    QCOMPARE(discard.credentialId, u"c-acme"_s);
    QCOMPARE(discard.credentialName, u"AcmeApi"_s);
    QVERIFY(!discard.reason.isEmpty());
    QCOMPARE(recordChanged.count(), 1);
    QCOMPARE(recordChanged.constFirst().constFirst().toString(), u"c-acme"_s);

    const ExternalAuthentication record = m_catalog->externalAuthentication(u"c-acme"_s);
    QCOMPARE(record.status, AuthStatus::SignedOut);
    QVERIFY(record.user.isEmpty());
    QVERIFY(!record.accessTokenExpiry.isValid());
    QCOMPARE(record.notice, discard.reason);
    QCOMPARE(m_catalog->externalAuthentication(u"c-files"_s).status, AuthStatus::SignedIn);

    // Persisted: the notice survives a restart.
    QCOMPARE(recordsOnDisk().value(u"c-acme"_s).notice, discard.reason);
    QCOMPARE(configurationOnDisk().credentialById(u"c-acme"_s)->url, QUrl(u"https://api.acme-mirror.test/v1"_s));
}

void TestCredentialCatalog::importChangingLabelKeepsTokens()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_s, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_s), Tokens);
    QVERIFY(m_catalog->load().isEmpty());

    QSignalSpy discarded(m_catalog, &CredentialCatalog::tokensDiscarded);
    QJsonObject relabelled = acmeApiEntry();
    relabelled.insert(u"label"_s, u"Acme (production)"_s);
    relabelled.insert(u"scopes"_s, u"api offline_access"_s);
    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({}, {relabelled}), true, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(imported.result().ok());
    QVERIFY(imported.result()->discards.isEmpty());

    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-acme"_s)), Tokens);
    QCOMPARE(discarded.count(), 0);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, AuthStatus::SignedIn);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).user, u"alice@acme.test"_s);
    QCOMPARE(m_catalog->configuration().credentialById(u"c-acme"_s)->label, u"Acme (production)"_s);
}

void TestCredentialCatalog::importIntoReadOnlyConfiguration()
{
    const QByteArray future = R"({"version": 2, "authProviders": [], "namedCredentials": []})";
    writeFile(m_configPath, future);
    const QList<Error> problems = m_catalog->load();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().code, ErrorCode::ConfigurationTooNew);

    Outcome<ImportPlan> imported;
    m_catalog->importDocument(importOf({newProviderEntry(u"NewCo"_s)}, {}), false, imported.callback());
    QTRY_VERIFY(imported.arrived());
    QVERIFY(!imported.result().ok());
    QCOMPARE(imported.result().error().code, ErrorCode::ConfigurationReadOnly);
    QCOMPARE(readFile(m_configPath), future);
    QVERIFY(m_secrets->items().isEmpty());
}

void TestCredentialCatalog::removeCredentialDeletesEverything()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_s, signedInRecord()}, {u"c-files"_s, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_s), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-files"_s), Tokens);
    putSecret(secretkeys::providerClientSecret(u"p-acme"_s), ClientSecret);
    QVERIFY(m_catalog->load().isEmpty());
    QSignalSpy changed(m_catalog, &CredentialCatalog::configurationChanged);

    Outcome<void> removed;
    m_catalog->removeCredential(u"AcmeApi"_s, removed.callback());
    QTRY_VERIFY(removed.arrived());
    QVERIFY2(removed.result().ok(), qPrintable(failureOf(removed.result())));
    QCOMPARE(changed.count(), 1);

    // The token item, the configuration entry and the sign-in record are gone...
    QVERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_s)));
    QVERIFY(!m_catalog->configuration().credentialByName(u"AcmeApi"_s));
    QVERIFY(!configurationOnDisk().credentialById(u"c-acme"_s));
    QVERIFY(!recordsOnDisk().contains(u"c-acme"_s));
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, AuthStatus::SignedOut);
    QVERIFY(m_catalog->externalAuthentication(u"c-acme"_s).user.isEmpty());
    QVERIFY(!readFile(m_statePath).contains("c-acme"));
    QVERIFY(!readFile(m_configPath).contains("AcmeApi"));

    // ...and nothing else is touched.
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-files"_s)), Tokens);
    QCOMPARE(m_secrets->items().value(secretkeys::providerClientSecret(u"p-acme"_s)), ClientSecret);
    QVERIFY(configurationOnDisk().credentialById(u"c-files"_s));
    QVERIFY(configurationOnDisk().providerById(u"p-acme"_s));
    QCOMPARE(recordsOnDisk().value(u"c-files"_s).status, AuthStatus::SignedIn);
}

void TestCredentialCatalog::removeCredentialWhenKeychainFails()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-acme"_s, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_s), Tokens);
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray configBefore = readFile(m_configPath);
    const QByteArray stateBefore = readFile(m_statePath);

    m_secrets->setFailure(Error(ErrorCode::KeychainLocked, u"The keychain is locked."_s));
    Outcome<void> removed;
    m_catalog->removeCredential(u"AcmeApi"_s, removed.callback());
    QTRY_VERIFY(removed.arrived());
    QVERIFY(!removed.result().ok());
    QCOMPARE(removed.result().error().code, ErrorCode::KeychainLocked);

    QVERIFY(m_catalog->configuration().credentialByName(u"AcmeApi"_s));
    QCOMPARE(readFile(m_configPath), configBefore);
    QCOMPARE(readFile(m_statePath), stateBefore);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, AuthStatus::SignedIn);
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-acme"_s)), Tokens);

    // Once the keychain is back, the user can try again.
    m_secrets->setFailure(std::nullopt);
    Outcome<void> retried;
    m_catalog->removeCredential(u"AcmeApi"_s, retried.callback());
    QTRY_VERIFY(retried.arrived());
    QVERIFY(retried.result().ok());
    QVERIFY(!m_catalog->configuration().credentialByName(u"AcmeApi"_s));
}

void TestCredentialCatalog::removeUnknownCredential()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    const QByteArray before = readFile(m_configPath);
    Outcome<void> removed;
    m_catalog->removeCredential(u"Nobody"_s, removed.callback());
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
    record.insert(u"status"_s, authStatusName(from));
    writeFile(m_statePath, stateWith({{u"c-acme"_s, record}}));
    QVERIFY(m_catalog->load().isEmpty());
    if (from == AuthStatus::SigningIn) {
        // "signing-in" is never read from a file (the agent that waited is gone; without a token
        // binding it reads as signed-out): begin one here.
        QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, AuthStatus::SignedOut);
        ExternalAuthentication signingIn = m_catalog->externalAuthentication(u"c-acme"_s);
        signingIn.status = AuthStatus::SigningIn;
        QVERIFY(m_catalog->updateExternalAuthentication(signingIn).ok());
    }
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, from);
    const QByteArray stateBefore = readFile(m_statePath);
    QSignalSpy changed(m_catalog, &CredentialCatalog::externalAuthenticationChanged);

    ExternalAuthentication next = m_catalog->externalAuthentication(u"c-acme"_s);
    next.status = to;
    next.user = u"bob@acme.test"_s;
    const Result<void> updated = m_catalog->updateExternalAuthentication(next);
    QCOMPARE(updated.ok(), allowed);
    if (allowed) {
        QCOMPARE(changed.count(), 1);
        ExternalAuthentication stored = m_catalog->externalAuthentication(u"c-acme"_s);
        stored.history.clear(); // the catalog's own (tst_signinhistory)
        // A successful sign-in starts a session: the catalog stamps its start (tst_sessionend).
        QCOMPARE(stored.sessionStarted.isValid(), from == AuthStatus::SigningIn && to == AuthStatus::SignedIn);
        stored.sessionStarted = next.sessionStarted;
        QCOMPARE(stored, next);
        // The file keeps what the tokens say, never "signing-in" (this record has no token binding).
        QCOMPARE(recordsOnDisk().value(u"c-acme"_s).status, to == AuthStatus::SigningIn ? AuthStatus::SignedOut : to);
        QCOMPARE(recordsOnDisk().value(u"c-acme"_s).user, u"bob@acme.test"_s);
    } else {
        QCOMPARE(updated.error().code, ErrorCode::InvalidConfiguration);
        QVERIFY(updated.error().message.contains(authStatusName(from)));
        QVERIFY(updated.error().message.contains(authStatusName(to)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, from);
        QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).user, u"alice@acme.test"_s);
        QCOMPARE(readFile(m_statePath), stateBefore);
    }
}

void TestCredentialCatalog::updateUnknownCredential()
{
    writeFile(m_configPath, configWithIds());
    QVERIFY(m_catalog->load().isEmpty());
    ExternalAuthentication record;
    record.credentialId = u"c-nobody"_s;
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
    writeFile(m_statePath, stateWith({{u"c-acme"_s, signedInRecord()}, {u"c-gone"_s, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_s), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-gone"_s), Tokens);
    QSignalSpy discarded(m_catalog, &CredentialCatalog::tokensDiscarded);

    QVERIFY(m_catalog->load().isEmpty());
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-gone"_s)));
    QTRY_VERIFY(!recordsOnDisk().contains(u"c-gone"_s));
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-acme"_s)), Tokens);
    QCOMPARE(recordsOnDisk().value(u"c-acme"_s).status, AuthStatus::SignedIn);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).user, u"alice@acme.test"_s);
    QCOMPARE(m_catalog->externalAuthentication(u"c-gone"_s).status, AuthStatus::SignedOut);
    // A signal carries a sentence for the user: none for a credential the user no longer has.
    for (const QList<QVariant> &arguments : std::as_const(discarded))
        QVERIFY(!arguments.constFirst().value<TokenDiscard>().reason.isEmpty());
}

void TestCredentialCatalog::orphanedRecordsKeptWhenKeychainFails()
{
    writeFile(m_configPath, configWithIds());
    writeFile(m_statePath, stateWith({{u"c-gone"_s, signedInRecord()}}));
    putSecret(secretkeys::credentialTokens(u"c-gone"_s), Tokens);
    const QByteArray stateBefore = readFile(m_statePath);

    m_secrets->setFailure(Error(ErrorCode::KeychainLocked, u"locked"_s));
    QVERIFY(m_catalog->load().isEmpty());
    // Callbacks run in order: once this one arrives, the catalog has had its answer.
    Outcome<QByteArray> marker;
    m_secrets->read(u"marker"_s, this, marker.callback());
    QTRY_VERIFY(marker.arrived());

    QCOMPARE(readFile(m_statePath), stateBefore); // kept, so the next start tries again
    QCOMPARE(m_secrets->items().value(secretkeys::credentialTokens(u"c-gone"_s)), Tokens);

    m_secrets->setFailure(std::nullopt);
    createCatalog();
    QVERIFY(m_catalog->load().isEmpty());
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-gone"_s)));
    QTRY_VERIFY(!recordsOnDisk().contains(u"c-gone"_s));
}

void TestCredentialCatalog::handEditedTokenUrlDiscardsTokensAtLoad()
{
    // Signed in to both credentials, with the binding their tokens were issued for.
    writeFile(m_configPath, configWithIds());
    QList<Error> problems;
    const Configuration config = Configuration::fromJson(QJsonDocument::fromJson(configWithIds()).object(), &problems);
    QJsonObject api = signedInRecord();
    api.insert(u"tokenBinding"_s, tokenBinding(config, *config.credentialById(u"c-acme"_s)));
    QJsonObject files = signedInRecord();
    files.insert(u"tokenBinding"_s, tokenBinding(config, *config.credentialById(u"c-files"_s)));
    writeFile(m_statePath, stateWith({{u"c-acme"_s, api}, {u"c-files"_s, files}}));
    putSecret(secretkeys::credentialTokens(u"c-acme"_s), Tokens);
    putSecret(secretkeys::credentialTokens(u"c-files"_s), Tokens);

    // Unchanged file: nothing is discarded.
    QVERIFY(m_catalog->load().isEmpty());
    QTest::qWait(50);
    QVERIFY(m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_s)));

    // The user points the provider's token URL elsewhere in an editor, and restarts Callout.
    QByteArray edited = configWithIds();
    edited.replace("https://login.acme.test/token", "https://evil.test/token");
    writeFile(m_configPath, edited);
    createCatalog();
    QSignalSpy discarded(m_catalog, &CredentialCatalog::tokensDiscarded);
    QVERIFY(m_catalog->load().isEmpty());
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-acme"_s)));
    QTRY_VERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-files"_s)));
    QCOMPARE(discarded.count(), 2);
    QCOMPARE(m_catalog->externalAuthentication(u"c-acme"_s).status, AuthStatus::SignedOut);
    QVERIFY(m_catalog->externalAuthentication(u"c-acme"_s).notice.contains(u"AcmeApi"_s));
    QTRY_COMPARE(recordsOnDisk().value(u"c-acme"_s).status, AuthStatus::SignedOut);
}

QTEST_GUILESS_MAIN(TestCredentialCatalog)
#include "tst_credentialcatalog.moc"
