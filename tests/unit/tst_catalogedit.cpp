// CredentialCatalog::applyEdit: the settings window's Save and Delete. A plan applies to the
// configuration it was made from only; secrets first, then callout.json, then the tokens it
// discards; a keychain failure changes nothing; a file Callout must not write stays as it is.
#include "callout/store/CredentialCatalog.h"

#include "Awaited.h"
#include "ConfigurationSamples.h"
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

using namespace Qt::StringLiterals;

using namespace callout;
using callout::test::readFile;
using callout::test::StoreFixture;
using callout::test::writeFile;

namespace {

const QByteArray Tokens = R"({"accessToken":"at-acme-1","refreshToken":"rt-acme-1"})";
const QByteArray ClientSecret = "client-s3cr3t-Zq8vX2";

// Provider Acme (post), unused provider Spare, credentials Api and Files of Acme.
QByteArray config()
{
    Configuration c;
    AuthProvider acme = test::provider(u"Acme"_s, u"p-acme"_s);
    acme.clientAuthentication = ClientAuthentication::Post;
    c.authProviders = {acme, test::provider(u"Spare"_s, u"p-spare"_s)};
    c.namedCredentials
        = {test::credential(u"Api"_s, u"Acme"_s, u"c-api"_s), test::credential(u"Files"_s, u"Acme"_s, u"c-files"_s)};
    return QJsonDocument(c.toJson()).toJson();
}

QByteArray state()
{
    const QJsonObject signedIn{{u"status"_s, u"signed-in"_s}, {u"user"_s, u"alice@acme.test"_s}};
    return QJsonDocument(QJsonObject{{u"version"_s, 1},
                                     {u"externalAuthentications"_s,
                                      QJsonObject{{u"c-api"_s, signedIn}, {u"c-files"_s, signedIn}}}})
        .toJson();
}

} // namespace

class TestCatalogEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveWritesSecretThenFile();
    void renameKeepsTokens();
    void staleBaseRefused();
    void invalidPlanRefused();
    void readOnlyConfigurationRefused();
    void keychainFailureChangesNothing();
    void removeCredentialDropsEverything();
    void removeProviderDeletesSecret();
    void hasClientSecret();

private:
    Result<void> apply(const EditPlan &plan);
    void put(const QString &key, const QByteArray &value);
    QByteArray item(const QString &key) const { return m_secrets->items().value(key); }

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<StoreFixture> m_files;
    CredentialCatalog *m_catalog = nullptr;
};

void TestCatalogEdit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogEdit::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_files = std::make_unique<StoreFixture>();
    QVERIFY(m_files->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    writeFile(m_files->configPath(), config());
    writeFile(m_files->statePath(), state());
    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
    put(secretkeys::credentialTokens(u"c-api"_s), Tokens);
    put(secretkeys::credentialTokens(u"c-files"_s), Tokens);
    put(secretkeys::providerClientSecret(u"p-acme"_s), ClientSecret);
    put(secretkeys::providerClientSecret(u"p-spare"_s), ClientSecret);
}

void TestCatalogEdit::cleanup()
{
    m_catalog = nullptr;
    m_files.reset();
    m_secrets.reset();
}

Result<void> TestCatalogEdit::apply(const EditPlan &plan)
{
    test::Awaited<void> done;
    m_catalog->applyEdit(plan, done.callback());
    return done.wait();
}

void TestCatalogEdit::put(const QString &key, const QByteArray &value)
{
    test::Awaited<void> written;
    m_secrets->write(key, value, written.context(), written.callback());
    QVERIFY(written.wait().ok());
}

void TestCatalogEdit::saveWritesSecretThenFile()
{
    AuthProvider moved = *m_catalog->configuration().providerById(u"p-acme"_s);
    moved.tokenUrl = QUrl(u"https://login.acme.test/v2/token"_s);
    const EditPlan plan
        = configedit::saveProvider(m_catalog->configuration(), moved, ClientSecretChange::replaceWith(u"new-s3cret"_s));
    QVERIFY(plan.isValid());
    QSignalSpy changed(m_catalog, &CredentialCatalog::configurationChanged);
    QSignalSpy discarded(m_catalog, &CredentialCatalog::tokensDiscarded);

    QVERIFY(apply(plan).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_catalog->configuration(), plan.configuration);
    QCOMPARE(StoreFixture::entriesNextTo(m_files->configPath()), QStringList{u"callout.json"_s});
    QVERIFY(readFile(m_files->configPath()).contains("v2/token"));
    QCOMPARE(item(secretkeys::providerClientSecret(u"p-acme"_s)), QByteArray("new-s3cret"));
    // Tokens issued through the old token URL go, with the reason in the record.
    QCOMPARE(discarded.count(), 2);
    QVERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-api"_s)));
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).status, AuthStatus::SignedOut);
    QVERIFY(!m_catalog->externalAuthentication(u"c-api"_s).notice.isEmpty());
}

void TestCatalogEdit::renameKeepsTokens()
{
    AuthProvider renamed = *m_catalog->configuration().providerById(u"p-acme"_s);
    renamed.name = u"AcmeCorp"_s;
    QVERIFY(apply(configedit::saveProvider(m_catalog->configuration(), renamed)).ok());
    QCOMPARE(m_catalog->configuration().credentialById(u"c-api"_s)->authProvider, u"AcmeCorp"_s);
    QCOMPARE(item(secretkeys::credentialTokens(u"c-api"_s)), Tokens);
    QCOMPARE(item(secretkeys::providerClientSecret(u"p-acme"_s)), ClientSecret);
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).status, AuthStatus::SignedIn);

    // After a restart too: the token binding still matches.
    m_catalog = &m_files->open(*m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s).status, AuthStatus::SignedIn);
}

void TestCatalogEdit::staleBaseRefused()
{
    NamedCredential api = *m_catalog->configuration().credentialById(u"c-api"_s);
    api.label = u"First"_s;
    const EditPlan first = configedit::saveCredential(m_catalog->configuration(), api);
    api.label = u"Second"_s;
    const EditPlan second = configedit::saveCredential(m_catalog->configuration(), api);
    QVERIFY(apply(first).ok());
    const QByteArray saved = readFile(m_files->configPath());

    const Result<void> refused = apply(second);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"changed meanwhile"_s), qPrintable(refused.error().message));
    QCOMPARE(readFile(m_files->configPath()), saved);
    QCOMPARE(m_catalog->configuration().credentialById(u"c-api"_s)->label, u"First"_s);
}

void TestCatalogEdit::invalidPlanRefused()
{
    NamedCredential api = *m_catalog->configuration().credentialById(u"c-api"_s);
    api.name = u"Files"_s;
    const EditPlan plan = configedit::saveCredential(m_catalog->configuration(), api);
    QVERIFY(!plan.isValid());
    const Result<void> refused = apply(plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"name"_s);
    QCOMPARE(readFile(m_files->configPath()), config());
}

void TestCatalogEdit::readOnlyConfigurationRefused()
{
    const QByteArray future = R"({"version": 2, "authProviders": [], "namedCredentials": []})";
    writeFile(m_files->configPath(), future);
    m_catalog = &m_files->open(*m_secrets);
    QCOMPARE(m_catalog->load().size(), 1);

    const EditPlan plan = configedit::saveProvider(m_catalog->configuration(), test::provider(u"NewCo"_s),
                                                   ClientSecretChange::replaceWith(u"x"_s));
    QVERIFY(plan.isValid());
    const Result<void> refused = apply(plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ConfigurationReadOnly);
    QCOMPARE(readFile(m_files->configPath()), future);
    QCOMPARE(m_secrets->items().size(), 4); // no secret written either
}

void TestCatalogEdit::keychainFailureChangesNothing()
{
    const Configuration before = m_catalog->configuration();
    const ExternalAuthentication recordBefore = m_catalog->externalAuthentication(u"c-api"_s);
    const QByteArray stateBefore = readFile(m_files->statePath());
    QSignalSpy changed(m_catalog, &CredentialCatalog::configurationChanged);

    AuthProvider acme = *before.providerById(u"p-acme"_s);
    acme.tokenUrl = QUrl(u"https://login.acme.test/v2/token"_s); // would discard the tokens too
    const EditPlan withSecret = configedit::saveProvider(before, acme, ClientSecretChange::replaceWith(u"another"_s));
    m_secrets->setFailure(Error(ErrorCode::KeychainLocked, u"locked"_s));
    const Result<void> refused = apply(withSecret);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::KeychainLocked);
    QCOMPARE(m_catalog->configuration(), before);
    QCOMPARE(readFile(m_files->configPath()), config());
    QCOMPARE(changed.count(), 0);
    m_secrets->setFailure(std::nullopt);
    QCOMPARE(item(secretkeys::providerClientSecret(u"p-acme"_s)), ClientSecret);
    QCOMPARE(m_catalog->externalAuthentication(u"c-api"_s), recordBefore);
    QCOMPARE(readFile(m_files->statePath()), stateBefore);
}

void TestCatalogEdit::removeCredentialDropsEverything()
{
    QVERIFY(apply(configedit::removeCredential(m_catalog->configuration(), u"c-api"_s)).ok());
    QVERIFY(!m_catalog->configuration().credentialById(u"c-api"_s));
    QVERIFY(!m_secrets->items().contains(secretkeys::credentialTokens(u"c-api"_s)));
    QCOMPARE(item(secretkeys::credentialTokens(u"c-files"_s)), Tokens);
    const StateStore::Records onDisk = StateStore(m_files->statePath(), m_files->clock()).load().records;
    QVERIFY(!onDisk.contains(u"c-api"_s));
    QVERIFY(onDisk.contains(u"c-files"_s));
    QVERIFY(!readFile(m_files->configPath()).contains("c-api"));
}

void TestCatalogEdit::removeProviderDeletesSecret()
{
    QVERIFY(!apply(configedit::removeProvider(m_catalog->configuration(), u"p-acme"_s)).ok()); // in use
    QVERIFY(m_catalog->configuration().providerById(u"p-acme"_s));

    QVERIFY(apply(configedit::removeProvider(m_catalog->configuration(), u"p-spare"_s)).ok());
    QVERIFY(!m_catalog->configuration().providerById(u"p-spare"_s));
    QVERIFY(!m_secrets->items().contains(secretkeys::providerClientSecret(u"p-spare"_s)));
    QCOMPARE(item(secretkeys::providerClientSecret(u"p-acme"_s)), ClientSecret);
}

void TestCatalogEdit::hasClientSecret()
{
    test::Awaited<bool> stored;
    m_catalog->hasClientSecret(u"p-acme"_s, stored.context(), stored.callback());
    QVERIFY(stored.wait().ok());
    QVERIFY(stored.result().value());

    test::Awaited<bool> none;
    m_catalog->hasClientSecret(u"p-none"_s, none.context(), none.callback());
    QVERIFY(none.wait().ok());
    QVERIFY(!none.result().value());

    m_secrets->setFailure(Error(ErrorCode::KeychainLocked, u"locked"_s));
    test::Awaited<bool> locked;
    m_catalog->hasClientSecret(u"p-acme"_s, locked.context(), locked.callback());
    QCOMPARE(locked.wait().error().code, ErrorCode::KeychainLocked);
}

QTEST_GUILESS_MAIN(TestCatalogEdit)
#include "tst_catalogedit.moc"
