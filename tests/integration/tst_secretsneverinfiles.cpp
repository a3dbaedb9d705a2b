// docs/security-checklist.md, B12 / issue 2: a client secret and tokens handled by the catalog
// and the real keychain never appear in callout.json, state.json, an export, any file under $HOME
// or a log line.
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/core/Clock.h"
#include "callout/core/Logging.h"
#include "callout/store/KeychainSecretStore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

QString randomSecret(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::system()->generate64(), 36) + u"+/:%="_s;
}

} // namespace

class TestSecretsNeverInFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importedSecretAndTokensStayInTheKeychain();
};

void TestSecretsNeverInFiles::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestSecretsNeverInFiles::importedSecretAndTokensStayInTheKeychain()
{
    test::LogCapture logs;
    const QString clientSecret = randomSecret("client-secret-");
    const QString accessToken = randomSecret("access-token-");
    const QString refreshToken = randomSecret("refresh-token-");

    SystemClock clock;
    KeychainSecretStore secrets(u"callout-test-"_s + QString::number(QRandomGenerator::system()->generate(), 16));
    test::StoreFixture files; // after the keychain: its catalog goes first
    QVERIFY(files.isValid());
    CredentialCatalog &catalog = files.open(secrets, clock);
    QVERIFY(catalog.load().isEmpty());

    const QByteArray document = QStringLiteral(R"({"version": 1,
        "authProviders": [{"name": "Demo", "authorizeUrl": "https://auth.example.test/authorize",
                           "tokenUrl": "https://auth.example.test/token", "clientId": "demo-client",
                           "clientAuthentication": "basic", "clientSecret": "%1"}],
        "namedCredentials": [{"name": "DemoApi", "url": "https://api.example.test/v1", "authProvider": "Demo"}]})")
                                    .arg(clientSecret)
                                    .toUtf8();
    if (!test::importInto(catalog, document))
        return;

    // Tokens as a sign-in would store them, then the credential's state.
    const NamedCredential *credential = catalog.configuration().credentialByName(u"DemoApi"_s);
    QVERIFY(credential);
    const QString credentialId = credential->id;
    const QString providerId = catalog.configuration().providerByName(u"Demo"_s)->id;
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = refreshToken;
    tokens.expiry = clock.now().addSecs(3600);
    tokens.grantedScope = u"api"_s;
    QVERIFY(test::storeTokens(secrets, credentialId, tokens));
    ExternalAuthentication record = catalog.externalAuthentication(credentialId);
    record.status = AuthStatus::SigningIn;
    QVERIFY(catalog.updateExternalAuthentication(record).ok());
    record.status = AuthStatus::SignedIn;
    record.accessTokenExpiry = tokens.expiry;
    QVERIFY(catalog.updateExternalAuthentication(record).ok());
    qCDebug(lcOAuth) << "stored tokens" << redact(accessToken) << redact(refreshToken);

    // The secrets are in the keychain...
    bool read = false;
    secrets.read(secretkeys::providerClientSecret(providerId), this, [&](Result<QByteArray> r) {
        QVERIFY(r.ok());
        QCOMPARE(QString::fromUtf8(r.value()), clientSecret);
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 20000);

    // ...and nowhere else.
    const QByteArray exported = catalog.exportDocument();
    QVERIFY(!exported.isEmpty());
    for (const QString &secret : {clientSecret, accessToken, refreshToken}) {
        QVERIFY2(test::filesContaining(files.path(), secret.toUtf8()).isEmpty(), qPrintable(secret));
        if (qEnvironmentVariableIsSet("CALLOUT_TEST_PRIVATE_HOME")) // tests/run.sh: $HOME is the run's own
            QVERIFY2(test::filesContaining(QDir::homePath(), secret.toUtf8()).isEmpty(), "found under $HOME");
        QVERIFY(!exported.contains(secret.toUtf8()));
        QVERIFY2(!logs.contains(secret), "found in the log");
    }
    QVERIFY(!logs.lines().isEmpty()); // the capture did see the run's log lines

    // Leave the keychain as it was.
    bool removed = false;
    catalog.removeCredential(u"DemoApi"_s, [&](Result<void> r) {
        QVERIFY(r.ok());
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    secrets.remove(secretkeys::providerClientSecret(providerId), this, [](Result<void>) {});
}

QTEST_GUILESS_MAIN(TestSecretsNeverInFiles)
#include "tst_secretsneverinfiles.moc"
