// docs/security-checklist.md, B12 / issue 2: a client secret and tokens handled by the catalog
// and the real keychain never appear in callout.json, state.json, an export, any file under $HOME
// or a log line; nor do the one-time values of a real sign-in (issue 11): the authorization code,
// the PKCE verifier and the state.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "TestServer.h"
#include "callout/core/Clock.h"
#include "callout/core/Logging.h"
#include "callout/store/KeychainSecretStore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
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
    void oneTimeValuesOfASignInAreNeverWritten();
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

// A real sign-in through the agent: the test server writes down the state, code and verifier it saw
// (in a folder of its own); none of them, nor the tokens and the client secret, is in any file of the
// agent's folders (configuration, state, runtime, the agent's debug log, the browser's log) or $HOME.
void TestSecretsNeverInFiles::oneTimeValuesOfASignInAreNeverWritten()
{
    QVERIFY(test::AgentProcess::checkPrograms());
    QTemporaryDir serverDir;
    test::TestServer server;
    test::TestServer::Options options;
    options.seenSecretsFile = serverDir.filePath(u"seen"_s);
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    test::AgentProcess agent;
    QVERIFY(agent.isValid() && agent.start());
    const test::ServerImport document
        = test::ServerImport(server).provider(u"Post"_s, u"post-client"_s).credential(u"PostApi"_s, u"Post"_s);
    if (!agent.import(document.toJson()))
        return;
    const test::CtlRun login = agent.ctl({u"login"_s, u"PostApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe(0)));
    const test::CtlRun token = agent.ctl({u"token"_s, u"PostApi"_s});
    QVERIFY2(token.exitCode == 0, qPrintable(token.describe(0)));
    agent.stop(); // its log is complete

    QHash<QString, QString> secrets; // value -> what it is
    const QList<QByteArray> seen = test::readFile(options.seenSecretsFile).split('\n');
    for (const QByteArray &line : seen) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            secrets.insert(QString::fromUtf8(line.mid(equals + 1)), QString::fromUtf8(line.left(equals)));
    }
    const QStringList kinds = secrets.values();
    for (const QString &kind : {u"state"_s, u"code"_s, u"code_verifier"_s})
        QVERIFY2(kinds.contains(kind), qPrintable(kind + u" was not seen by the server"_s));
    secrets.insert(QString::fromUtf8(token.out.trimmed()), u"access token"_s);
    for (const QString &clientSecret : document.secrets())
        secrets.insert(clientSecret, u"client secret"_s);

    QVERIFY(!agent.log().isEmpty());
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        QVERIFY(it.key().size() >= 16);
        const QStringList found = test::filesContaining(agent.path(), it.key().toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(it.value() + u" found in "_s + found.join(u", "_s)));
        if (qEnvironmentVariableIsSet("CALLOUT_TEST_PRIVATE_HOME"))
            QVERIFY2(test::filesContaining(QDir::homePath(), it.key().toUtf8()).isEmpty(),
                     qPrintable(it.value() + u" found under $HOME"_s));
    }
}

QTEST_GUILESS_MAIN(TestSecretsNeverInFiles)
#include "tst_secretsneverinfiles.moc"
