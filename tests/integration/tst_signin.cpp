// Browser sign-in end to end: the real OAuth server of tests/server, the real xdg-open running the
// scripted browser ($BROWSER), the real keychain. docs/security-checklist.md, section A.
#include "ServerImport.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "TestServer.h"
#include "callout/core/Clock.h"
#include "callout/model/TokenSet.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/oauth/ProviderDiscovery.h"
#include "callout/session/SignInService.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/KeychainSecretStore.h"
#include "callout/store/StateStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::TestServer;

namespace {

struct Outcome {
    bool done = false;
    Error error;
};

// Whether anything accepts TCP connections on 127.0.0.1:port.
bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

// The local addresses listening on `port`, from /proc/net/tcp and tcp6 (hex, as the kernel gives).
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    const QString portHex = u":%1"_s.arg(port, 4, 16, QChar(u'0')).toUpper();
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        const QList<QByteArray> lines = test::readFile(table).split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 3 && fields.at(3) == "0A" && QString::fromLatin1(fields.at(1)).endsWith(portHex))
                addresses.append(QString::fromLatin1(fields.at(1)));
        }
    }
    return addresses;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void publicClientSignsIn();
    void confidentialClientSignsIn_data();
    void confidentialClientSignsIn();
    void fixedRedirectClientSignsIn();
    void accessDeniedThenRetrySucceeds();
    void forgedStateIsIgnoredAndNoTokenRequested();
    void foreignOrMissingIssIsRefused_data();
    void foreignOrMissingIssIsRefused();
    void errorCallbackWithWrongStateIsIgnored();
    void timeoutEndsTheAttemptAndClosesTheListener();
    void failedReauthenticationKeepsTokensAndStatus();
    void tokenEndpointRedirectIsNotFollowed();
    void discoveryRefusesMismatchedIssuer();
    void issuerOnlyProviderIsDiscoveredOnceAtSignIn();
    void noSecretInAnyLogOrFile();

private:
    void startServer(const TestServer::Options &options = {});
    void importProviders(const QString &fixedRedirect = {});
    Outcome signIn(const QString &credential, std::chrono::milliseconds timeout = std::chrono::seconds(60));
    TokenSet storedTokens(const QString &credential);
    QString idOf(const QString &credential) const;
    int tokenRequestCount();

    std::unique_ptr<test::LogCapture> m_logs;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<test::StoreFixture> m_files;
    SystemClock m_clock;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    CredentialCatalog *m_catalog = nullptr; // owned by m_files
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<SignInService> m_signIn;
    QStringList m_secretsSeen;
    QString m_service;
};

void TestSignIn::initTestCase()
{
    m_logs = std::make_unique<test::LogCapture>();
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed: sign-in goes through the real system browser path");
}

void TestSignIn::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    // xdg-open runs $BROWSER outside a desktop session: the scripted user.
    qputenv("BROWSER", TestServer::browserScript().toUtf8());
    qunsetenv("DISPLAY"); // no desktop: xdg-open takes the $BROWSER path
    qputenv("CALLOUT_BROWSER_MODE", "normal");
    m_files = std::make_unique<test::StoreFixture>();
    qputenv("CALLOUT_BROWSER_LOG", m_files->filePath(u"browser.log"_s).toUtf8());
    // The HTTP status the scripted browser got from the listener: proves its redirect arrived.
    qputenv("CALLOUT_BROWSER_STATUS_FILE", m_files->filePath(u"browser.status"_s).toUtf8());
    m_service = u"callout-test-"_s + QString::number(QRandomGenerator::system()->generate(), 16);
    m_secrets = std::make_unique<KeychainSecretStore>(m_service);
    m_catalog = &m_files->open(*m_secrets, m_clock);
    QVERIFY(m_catalog->load().isEmpty());
    m_signIn = std::make_unique<SignInService>(*m_catalog, *m_secrets, m_browser, m_clock);
}

void TestSignIn::cleanup()
{
    // Leave the keychain as it was.
    if (m_catalog) {
        const Configuration configuration = m_catalog->configuration(); // a copy: removal changes it
        for (const NamedCredential &c : configuration.namedCredentials) {
            bool removed = false;
            m_catalog->removeCredential(c.name, [&removed](Result<void>) { removed = true; });
            QTRY_VERIFY(removed);
        }
        for (const AuthProvider &p : configuration.authProviders) {
            bool removed = false;
            m_secrets->remove(secretkeys::providerClientSecret(p.id), this,
                              [&removed](Result<void>) { removed = true; });
            QTRY_VERIFY(removed);
        }
    }
    m_signIn.reset();
    m_catalog = nullptr;
    m_files.reset();
    m_secrets.reset();
    m_server.reset();
}

void TestSignIn::startServer(const TestServer::Options &options)
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
}

// Public, Post and Basic (and Fixed with a fixed redirect URI) with a credential each: PublicApi, …
void TestSignIn::importProviders(const QString &fixedRedirect)
{
    QList<std::pair<QString, QString>> providers{
        {u"Public"_s, u"public-client"_s}, {u"Post"_s, u"post-client"_s}, {u"Basic"_s, u"basic-client"_s}};
    if (!fixedRedirect.isEmpty())
        providers.append({u"Fixed"_s, u"fixed-client"_s});
    test::ServerImport document(*m_server);
    for (const auto &[name, clientId] : std::as_const(providers)) {
        QJsonObject extra{{u"authorizationResponseIssRequired"_s, true}};
        if (name == u"Fixed"_s)
            extra.insert(u"redirectUri"_s, fixedRedirect);
        document.provider(name, clientId, extra).credential(name + u"Api"_s, name, name + u" API"_s);
    }
    m_secretsSeen += document.secrets();
    document.importInto(*m_catalog);
}

QString TestSignIn::idOf(const QString &credential) const
{
    const NamedCredential *c = m_catalog->configuration().credentialByName(credential);
    return c ? c->id : QString();
}

Outcome TestSignIn::signIn(const QString &credential, std::chrono::milliseconds timeout)
{
    Outcome outcome;
    QMetaObject::Connection connection
        = connect(m_signIn.get(), &SignInService::signInFinished, this, [&](const QString &id, const Error &error) {
              if (id == idOf(credential)) {
                  outcome.error = error;
                  outcome.done = true;
              }
          });
    m_signIn->signIn(idOf(credential), {timeout});
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.done, int(timeout.count()) + 30000); }();
    disconnect(connection);
    return outcome;
}

TokenSet TestSignIn::storedTokens(const QString &credential)
{
    const TokenSet tokens = test::storedTokens(*m_secrets, idOf(credential));
    m_secretsSeen << tokens.accessToken << tokens.refreshToken;
    m_secretsSeen.removeAll(QString());
    return tokens;
}

int TestSignIn::tokenRequestCount()
{
    return int(m_server->requestLog(u"token"_s).size());
}

void TestSignIn::publicClientSignsIn()
{
    startServer();
    importProviders();
    QSignalSpy urls(m_signIn.get(), &SignInService::signInUrl);
    const Outcome outcome = signIn(u"PublicApi"_s);
    QVERIFY2(outcome.error.code == ErrorCode::None, qPrintable(outcome.error.toString()));

    const ExternalAuthentication record = m_catalog->externalAuthentication(idOf(u"PublicApi"_s));
    QCOMPARE(record.status, AuthStatus::SignedIn);
    QCOMPARE(record.user, u"alice"_s); // from the ID token
    QVERIFY(record.accessTokenExpiry.isValid());
    QVERIFY(record.grantedScopes.contains(u"api"_s));

    const TokenSet tokens = storedTokens(u"PublicApi"_s);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    const auto api = m_server->request("GET", m_server->url(u"/api/me"_s), {},
                                       {{"Authorization", "Bearer " + tokens.accessToken.toUtf8()}});
    QCOMPARE(api.status, 200);

    // One code exchange, PKCE, the exact redirect_uri, no client secret.
    const QJsonArray log = m_server->requestLog(u"token"_s);
    QCOMPARE(log.size(), 1);
    const QJsonObject exchange = log.first().toObject();
    QCOMPARE(exchange.value(u"status"_s).toInt(), 200);
    QCOMPARE(exchange.value(u"client_auth"_s).toString(), u"none"_s);
    const QJsonArray params = exchange.value(u"param_names"_s).toArray();
    QVERIFY(params.contains(u"code_verifier"_s));
    QVERIFY(params.contains(u"redirect_uri"_s));

    // xdg-open was given the one-time start URL on the listener, nothing of the authorization
    // request (its arguments are public); the browser followed it to the authorization endpoint.
    QCOMPARE(urls.count(), 1);
    const QUrl start = urls.first().at(1).toUrl();
    QVERIFY(urls.first().at(2).toBool()); // xdg-open started
    QCOMPARE(start.host(), u"127.0.0.1"_s);
    QVERIFY2(start.path().startsWith(u"/start/"_s), qPrintable(start.toString()));
    QVERIFY(!start.hasQuery());
    const QJsonArray authorizations = m_server->requestLog(u"authorization"_s);
    QVERIFY(!authorizations.isEmpty());
    const QJsonArray names = authorizations.first().toObject().value(u"query_names"_s).toArray();
    for (const QString &name : {u"state"_s, u"code_challenge"_s, u"redirect_uri"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    // The listener was 127.0.0.1 only and is closed now.
    QTRY_VERIFY(!acceptsConnections(quint16(start.port())));
}

void TestSignIn::confidentialClientSignsIn_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("method");
    QTest::newRow("client_secret_post") << u"PostApi"_s << u"client_secret_post"_s;
    QTest::newRow("client_secret_basic") << u"BasicApi"_s << u"client_secret_basic"_s;
}

void TestSignIn::confidentialClientSignsIn()
{
    QFETCH(QString, credential);
    QFETCH(QString, method);
    startServer();
    importProviders();
    const Outcome outcome = signIn(credential);
    QVERIFY2(outcome.error.code == ErrorCode::None, qPrintable(outcome.error.toString()));
    QCOMPARE(m_catalog->externalAuthentication(idOf(credential)).status, AuthStatus::SignedIn);
    const QJsonArray log = m_server->requestLog(u"token"_s);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(u"client_auth"_s).toString(), method);
    QVERIFY(!storedTokens(credential).accessToken.isEmpty());
}

void TestSignIn::fixedRedirectClientSignsIn()
{
    const quint16 port = freePort();
    const QString redirect = u"http://localhost:%1/OauthRedirect"_s.arg(port);
    TestServer::Options options;
    options.fixedRedirect = QUrl(redirect);
    startServer(options);
    importProviders(redirect);
    QSignalSpy urls(m_signIn.get(), &SignInService::signInUrl);
    const Outcome outcome = signIn(u"FixedApi"_s);
    QVERIFY2(outcome.error.code == ErrorCode::None, qPrintable(outcome.error.toString()));
    // The start page is on the fixed port (the server refuses any other redirect_uri for this client).
    QCOMPARE(urls.first().at(1).toUrl().port(), int(port));
    QTRY_VERIFY(!acceptsConnections(port));
}

void TestSignIn::accessDeniedThenRetrySucceeds()
{
    startServer();
    importProviders();
    qputenv("CALLOUT_BROWSER_MODE", "deny");
    const Outcome denied = signIn(u"PublicApi"_s);
    QCOMPARE(denied.error.code, ErrorCode::AccessDenied);
    const ExternalAuthentication afterDenial = m_catalog->externalAuthentication(idOf(u"PublicApi"_s));
    QCOMPARE(afterDenial.status, AuthStatus::SignedOut);
    QCOMPARE(afterDenial.lastError.code, ErrorCode::AccessDenied);
    QCOMPARE(tokenRequestCount(), 0);

    qputenv("CALLOUT_BROWSER_MODE", "normal");
    const Outcome retried = signIn(u"PublicApi"_s);
    QVERIFY2(retried.error.code == ErrorCode::None, qPrintable(retried.error.toString()));
    QCOMPARE(m_catalog->externalAuthentication(idOf(u"PublicApi"_s)).status, AuthStatus::SignedIn);
    QCOMPARE(m_catalog->externalAuthentication(idOf(u"PublicApi"_s)).lastError.code, ErrorCode::None);
}

void TestSignIn::forgedStateIsIgnoredAndNoTokenRequested()
{
    startServer();
    importProviders();
    qputenv("CALLOUT_BROWSER_MODE", "forge-state");
    test::expectRejectedRedirect(test::RejectedRedirect::WrongState);
    const Outcome outcome = signIn(u"PublicApi"_s, std::chrono::seconds(6));
    QCOMPARE(outcome.error.code, ErrorCode::SignInTimedOut); // the forged answer was not accepted
    // ...because the listener refused it, not because it never arrived.
    QTRY_COMPARE(test::readFile(m_files->filePath(u"browser.status"_s)).trimmed(), QByteArray("400"));
    QCOMPARE(tokenRequestCount(), 0);
    QCOMPARE(m_catalog->externalAuthentication(idOf(u"PublicApi"_s)).status, AuthStatus::SignedOut);
}

void TestSignIn::foreignOrMissingIssIsRefused_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("foreign iss") << QByteArray("forge-iss");
    QTest::newRow("missing iss (required by metadata)") << QByteArray("drop-iss");
}

void TestSignIn::foreignOrMissingIssIsRefused()
{
    QFETCH(QByteArray, mode);
    startServer();
    importProviders();
    qputenv("CALLOUT_BROWSER_MODE", mode);
    test::expectRejectedRedirect(test::RejectedRedirect::WrongIss);
    const Outcome outcome = signIn(u"PublicApi"_s);
    QCOMPARE(outcome.error.code, ErrorCode::ProtocolError);
    QVERIFY(outcome.error.message.contains(u"iss"_s));
    QCOMPARE(tokenRequestCount(), 0);
}

void TestSignIn::errorCallbackWithWrongStateIsIgnored()
{
    startServer();
    importProviders();
    qputenv("CALLOUT_BROWSER_MODE", "none"); // the user never comes back
    QSignalSpy urls(m_signIn.get(), &SignInService::signInUrl);
    QSignalSpy finished(m_signIn.get(), &SignInService::signInFinished);
    m_signIn->signIn(idOf(u"PublicApi"_s), {std::chrono::seconds(60)});
    QTRY_COMPARE(urls.count(), 1);
    QUrl redirect = urls.first().at(1).toUrl(); // the start URL: on the redirect listener
    redirect.setPath(u"/callback"_s);

    // Listening on 127.0.0.1 only while the sign-in is pending.
    const QStringList listening = listeningAddresses(quint16(redirect.port()));
    QCOMPARE(listening, QStringList{u"0100007F:%1"_s.arg(redirect.port(), 4, 16, QChar(u'0')).toUpper()});

    // Any web page could send this: it must not end the sign-in.
    QUrl forged = redirect;
    forged.setQuery(u"error=access_denied&state=not-the-state"_s);
    test::expectRejectedRedirect(test::RejectedRedirect::WrongState);
    const auto reply = m_server->request("GET", forged);
    QCOMPARE(reply.status, 400);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_signIn->isSigningIn(idOf(u"PublicApi"_s)));

    m_signIn->cancel(idOf(u"PublicApi"_s));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::SignInCancelled);
    QTRY_VERIFY(!acceptsConnections(quint16(redirect.port())));
}

void TestSignIn::timeoutEndsTheAttemptAndClosesTheListener()
{
    startServer();
    importProviders();
    qputenv("CALLOUT_BROWSER_MODE", "none");
    QSignalSpy urls(m_signIn.get(), &SignInService::signInUrl);
    const Outcome outcome = signIn(u"PublicApi"_s, std::chrono::seconds(2));
    QCOMPARE(outcome.error.code, ErrorCode::SignInTimedOut);
    const QUrl start = urls.first().at(1).toUrl(); // on the redirect listener
    QTRY_VERIFY(!acceptsConnections(quint16(start.port())));
    QCOMPARE(m_catalog->externalAuthentication(idOf(u"PublicApi"_s)).status, AuthStatus::SignedOut);
}

void TestSignIn::failedReauthenticationKeepsTokensAndStatus()
{
    startServer();
    importProviders();
    QCOMPARE(signIn(u"PublicApi"_s).error.code, ErrorCode::None);
    const TokenSet before = storedTokens(u"PublicApi"_s);
    const QString idBefore = idOf(u"PublicApi"_s);

    qputenv("CALLOUT_BROWSER_MODE", "deny");
    QCOMPARE(signIn(u"PublicApi"_s).error.code, ErrorCode::AccessDenied);
    QCOMPARE(m_catalog->externalAuthentication(idBefore).status, AuthStatus::SignedIn);
    QCOMPARE(storedTokens(u"PublicApi"_s), before);

    qputenv("CALLOUT_BROWSER_MODE", "normal");
    QCOMPARE(signIn(u"PublicApi"_s).error.code, ErrorCode::None);
    QCOMPARE(idOf(u"PublicApi"_s), idBefore); // the credential and its id stay; only tokens change
    QVERIFY(storedTokens(u"PublicApi"_s).accessToken != before.accessToken);
}

void TestSignIn::tokenEndpointRedirectIsNotFollowed()
{
    startServer();
    importProviders();
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"token"_s}, {u"mode"_s, u"status"_s}, {u"status"_s, 302}}));
    test::expectTokenRequestFailure(ErrorCode::ProtocolError);
    const Outcome outcome = signIn(u"BasicApi"_s);
    QCOMPARE(outcome.error.code, ErrorCode::ProtocolError);
    QVERIFY(outcome.error.message.contains(u"redirect"_s));
    QCOMPARE(tokenRequestCount(), 1); // the code is never exchanged twice
    QCOMPARE(m_catalog->externalAuthentication(idOf(u"BasicApi"_s)).status, AuthStatus::SignedOut);
}

void TestSignIn::discoveryRefusesMismatchedIssuer()
{
    startServer();
    AuthProvider provider;
    provider.name = u"Discovered"_s;
    provider.issuer = m_server->issuer();
    provider.clientId = u"public-client"_s;
    ProviderDiscovery discovery;

    Result<AuthProvider> found = Error();
    bool done = false;
    discovery.discover(provider, [&](Result<AuthProvider> r) {
        found = std::move(r);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QCOMPARE(found.value().tokenUrl, m_server->url(u"/token"_s));
    QCOMPARE(found.value().revocationUrl, m_server->url(u"/token/revocation"_s));
    QVERIFY(found.value().authorizationResponseIssRequired);

    QVERIFY(m_server->addFault({{u"endpoint"_s, u"discovery"_s}, {u"mode"_s, u"wrong-issuer"_s}, {u"count"_s, 2}}));
    done = false;
    discovery.discover(provider, [&](Result<AuthProvider> r) {
        found = std::move(r);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::ProtocolError);
}

void TestSignIn::issuerOnlyProviderIsDiscoveredOnceAtSignIn()
{
    startServer();
    const QJsonObject document{
        {u"authProviders"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"Oidc"_s},
                                {u"issuer"_s, m_server->issuer()},
                                {u"clientId"_s, u"public-client"_s},
                                {u"defaultScopes"_s, u"openid api"_s}}}},
        {u"namedCredentials"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"OidcApi"_s}, {u"url"_s, m_server->issuer() + u"/api"_s}, {u"authProvider"_s, u"Oidc"_s}}}}};
    if (!test::importInto(*m_catalog, QJsonDocument(document).toJson()))
        return;
    QVERIFY(!m_catalog->configuration().providerByName(u"Oidc"_s)->hasEndpoints());

    QCOMPARE(signIn(u"OidcApi"_s).error.code, ErrorCode::None);
    const AuthProvider saved = *m_catalog->configuration().providerByName(u"Oidc"_s);
    QCOMPARE(saved.tokenUrl, m_server->url(u"/token"_s));
    QVERIFY(saved.authorizationResponseIssRequired);
    QVERIFY(test::readFile(m_files->configPath()).contains("/token"));
    const qsizetype discoveries = m_server->requestLog(u"discovery"_s).size();
    QCOMPARE(discoveries, 1);

    // Known now: a second sign-in does not fetch the metadata again.
    QCOMPARE(signIn(u"OidcApi"_s).error.code, ErrorCode::None);
    QCOMPARE(m_server->requestLog(u"discovery"_s).size(), discoveries);
}

// Runs last: every secret this run handled is absent from the logs, the browser's log, the
// configuration and state files.
void TestSignIn::noSecretInAnyLogOrFile()
{
    startServer();
    importProviders();
    QCOMPARE(signIn(u"PostApi"_s).error.code, ErrorCode::None);
    storedTokens(u"PostApi"_s);
    QVERIFY(m_secretsSeen.size() >= 3);
    const QByteArray browserLog = test::readFile(m_files->filePath(u"browser.log"_s));
    QVERIFY(!browserLog.isEmpty());
    for (const QString &secret : std::as_const(m_secretsSeen)) {
        QVERIFY2(!m_logs->contains(secret), "a secret is in the log");
        QVERIFY2(test::filesContaining(m_files->path(), secret.toUtf8()).isEmpty(), "a secret is in a file");
    }
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
