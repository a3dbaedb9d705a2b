// Refresh, single flight, failure classes, reportExpired and sign-out against the real OAuth
// server of tests/server and the real keychain; time from an injected clock.
// docs/security-checklist.md, section B.
#include "Awaited.h"
#include "ManualClock.h"
#include "ServerImport.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "TestServer.h"
#include "callout/model/TokenSet.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/session/AttentionTracker.h"
#include "callout/session/SignInService.h"
#include "callout/session/SignOutService.h"
#include "callout/session/TokenManager.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/KeychainSecretStore.h"
#include "callout/store/StateStore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::TestServer;

namespace {

struct TokenOutcome {
    bool done = false;
    QString token;
    Error error;
};

TokenOutcome outcomeOf(const Result<QString> &result)
{
    return result.ok() ? TokenOutcome{true, result.value(), {}} : TokenOutcome{true, {}, result.error()};
}

QJsonObject fault(const QString &mode, QJsonObject extra = {})
{
    extra.insert(u"endpoint"_s, u"token"_s);
    extra.insert(u"grant_type"_s, u"refresh_token"_s);
    extra.insert(u"mode"_s, mode);
    return extra;
}

} // namespace

class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void validTokenIsHandedOutWithoutRefresh();
    void refreshAcrossRestart_data();
    void refreshAcrossRestart();
    void hundredConcurrentCallersShareOneRefresh();
    void transientFailuresKeepTokensAndRetry_data();
    void transientFailuresKeepTokensAndRetry();
    void refusedRefreshTokenNeedsTheUserOnce_data();
    void refusedRefreshTokenNeedsTheUserOnce();
    void reusedRotatedRefreshTokenNeedsTheUser();
    void zeroValidityEndsInSignInRequired();
    void lostResponseAfterRotationEndsInSignInRequired();
    void invalidClientIsAConfigurationError();
    void reportExpiredRefreshesOnce();
    void reportExpiredRightAfterRefreshNeedsTheUser();
    void unknownExpiryRefreshesOnlyWhenRefused();
    void scheduleRefreshesAheadOnlyForRecentlyUsed();
    void signOutRevokesAndDeletes();
    void signOutDeletesLocallyWhenRevocationFails();
    void removeLeavesNothingBehind();

private:
    void startCore();
    void stopCore();
    void signIn(const TestServer::Options &options = {});
    TokenOutcome token(const QString &name = u"Api"_s);
    TokenOutcome reportExpired(const QString &refused);
    TokenSet stored();
    void putStored(const TokenSet &tokens);
    AuthStatus status();
    int refreshRequests();
    void expireAccessToken() { m_clock.advance(301); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<test::StoreFixture> m_files;
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    CredentialCatalog *m_catalog = nullptr; // owned by m_files
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<SignOutService> m_signOut;
    std::unique_ptr<AttentionTracker> m_attention; // decides when the user is asked
};

void TestTokens::initTestCase()
{
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed to sign in through the scripted browser");
}

void TestTokens::init()
{
    // Failed refreshes are what this suite is about: the oauth layer logs each failed token request
    // (how often depends on Qt's own resend of a dropped request). Every other warning fails.
    QTest::failOnWarning(QRegularExpression(u"^(?!token request failed: )"_s));
    qputenv("BROWSER", TestServer::browserScript().toUtf8());
    qunsetenv("DISPLAY");
    qputenv("CALLOUT_BROWSER_MODE", "normal");
    m_files = std::make_unique<test::StoreFixture>();
    m_service = u"callout-test-"_s + QString::number(QRandomGenerator::system()->generate(), 16);
    m_clock.set(QDateTime::currentDateTimeUtc());
    startCore();
}

void TestTokens::cleanup()
{
    if (m_catalog && m_catalog->configuration().credentialByName(u"Api"_s)) {
        bool removed = false;
        m_catalog->removeCredential(u"Api"_s, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }
    stopCore();
    m_server.reset();
    m_files.reset();
}

// Callout's core as the agent builds it; stopping and starting it again is a restart.
void TestTokens::startCore()
{
    m_secrets = std::make_unique<KeychainSecretStore>(m_service);
    m_catalog = &m_files->open(*m_secrets, m_clock);
    QVERIFY(m_catalog->load().isEmpty());
    m_signIn = std::make_unique<SignInService>(*m_catalog, *m_secrets, m_browser, m_clock);
    m_tokens = std::make_unique<TokenManager>(*m_catalog, *m_secrets, m_clock);
    TokenManager::Settings settings;
    settings.requestTimeout = std::chrono::milliseconds(1500);
    m_tokens->setSettings(settings);
    m_tokens->setJitter([] { return 1.0; });
    m_signOut = std::make_unique<SignOutService>(*m_catalog, *m_secrets, *m_tokens);
    m_attention = std::make_unique<AttentionTracker>(*m_catalog, m_clock);
}

void TestTokens::stopCore()
{
    m_attention.reset();
    m_signOut.reset();
    m_tokens.reset();
    m_signIn.reset();
    m_catalog = nullptr;
    m_files->close();
    m_secrets.reset();
}

void TestTokens::signIn(const TestServer::Options &options)
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    test::ServerImport document(*m_server);
    document.provider(u"Demo"_s, u"post-client"_s).credential(u"Api"_s, u"Demo"_s);
    if (!document.importInto(*m_catalog))
        return;
    QSignalSpy finished(m_signIn.get(), &SignInService::signInFinished);
    m_signIn->signIn(m_catalog->configuration().credentialByName(u"Api"_s)->id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::None);
    QVERIFY(m_server->clearRequestLog());
}

TokenOutcome TestTokens::token(const QString &name)
{
    test::Awaited<QString> answer;
    m_tokens->accessToken(name, answer.context(), answer.callback());
    return outcomeOf(answer.wait(30000));
}

TokenOutcome TestTokens::reportExpired(const QString &refused)
{
    test::Awaited<QString> answer;
    m_tokens->reportExpired(u"Api"_s, refused, answer.context(), answer.callback());
    return outcomeOf(answer.wait(30000));
}

TokenSet TestTokens::stored()
{
    return test::storedTokens(*m_secrets, m_catalog->configuration().credentialByName(u"Api"_s)->id);
}

void TestTokens::putStored(const TokenSet &tokens)
{
    test::storeTokens(*m_secrets, m_catalog->configuration().credentialByName(u"Api"_s)->id, tokens);
}

AuthStatus TestTokens::status()
{
    return m_catalog->externalAuthentication(m_catalog->configuration().credentialByName(u"Api"_s)->id).status;
}

int TestTokens::refreshRequests()
{
    int count = 0;
    for (const QJsonValue &entry : m_server->requestLog(u"token"_s))
        count += entry.toObject().value(u"grant_type"_s).toString() == u"refresh_token"_s;
    return count;
}

bool apiAccepts(TestServer &server, const QString &token)
{
    return server.request("GET", server.url(u"/api/me"_s), {}, {{"Authorization", "Bearer " + token.toUtf8()}}).status
        == 200;
}

void TestTokens::validTokenIsHandedOutWithoutRefresh()
{
    signIn();
    const TokenOutcome first = token();
    QVERIFY2(first.error.code == ErrorCode::None, qPrintable(first.error.toString()));
    QCOMPARE(first.token, stored().accessToken);
    QVERIFY(apiAccepts(*m_server, first.token));
    QCOMPARE(refreshRequests(), 0);
}

void TestTokens::refreshAcrossRestart_data()
{
    QTest::addColumn<bool>("rotate");
    QTest::addColumn<bool>("noneReturned"); // the first refresh answer carries no refresh_token
    QTest::newRow("rotation on") << true << false;
    QTest::newRow("rotation off") << false << false;
    QTest::newRow("none returned: the old one is kept") << false << true;
}

void TestTokens::refreshAcrossRestart()
{
    QFETCH(bool, rotate);
    QFETCH(bool, noneReturned);
    TestServer::Options options;
    options.rotateRefreshTokens = rotate;
    signIn(options);
    const TokenSet before = stored();
    if (noneReturned)
        QVERIFY(m_server->addFault({{u"endpoint"_s, u"token"_s},
                                    {u"mode"_s, u"strip-refresh-token"_s},
                                    {u"grant_type"_s, u"refresh_token"_s}}));

    // A restart of Callout's core: everything is read back from the files and the real keychain.
    stopCore();
    startCore();
    expireAccessToken();
    const TokenOutcome renewed = token();
    QVERIFY2(renewed.error.code == ErrorCode::None, qPrintable(renewed.error.toString()));
    QVERIFY(renewed.token != before.accessToken);
    QVERIFY(apiAccepts(*m_server, renewed.token));
    QCOMPARE(refreshRequests(), 1);
    const TokenSet after = stored();
    QCOMPARE(after.accessToken, renewed.token); // stored before it was handed out
    QCOMPARE(after.refreshToken != before.refreshToken, rotate);
    QVERIFY(!after.refreshToken.isEmpty());
    QCOMPARE(status(), AuthStatus::SignedIn);
    if (noneReturned) // the answer really had none
        QCOMPARE(m_server->requestLog(u"token"_s).last().toObject().value(u"fault"_s).toString(),
                 u"strip-refresh-token"_s);

    // And again after another restart, with whatever refresh token is now stored.
    stopCore();
    startCore();
    expireAccessToken();
    const TokenOutcome again = token();
    QVERIFY2(again.error.code == ErrorCode::None, qPrintable(again.error.toString()));
    QCOMPARE(refreshRequests(), 2);
}

void TestTokens::hundredConcurrentCallersShareOneRefresh()
{
    signIn();
    QCOMPARE(token().error.code, ErrorCode::None); // tokens already in memory: no shared keychain read
    expireAccessToken();
    QList<TokenOutcome> outcomes(100);
    for (TokenOutcome &outcome : outcomes) {
        m_tokens->accessToken(u"Api"_s, this, [&outcome](Result<QString> r) {
            outcome.token = r.ok() ? r.value() : QString();
            outcome.done = true;
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(), [](const auto &o) { return o.done; }),
                             30000);
    QCOMPARE(refreshRequests(), 1);
    QVERIFY(!outcomes.first().token.isEmpty());
    for (const TokenOutcome &outcome : std::as_const(outcomes))
        QCOMPARE(outcome.token, outcomes.first().token);
}

void TestTokens::transientFailuresKeepTokensAndRetry_data()
{
    QTest::addColumn<QJsonObject>("failure");
    QTest::addColumn<int>("expected");
    QTest::newRow("HTTP 500") << fault(u"status"_s, {{u"status"_s, 500}}) << int(ErrorCode::ServerUnavailable);
    QTest::newRow("HTTP 503") << fault(u"status"_s, {{u"status"_s, 503}}) << int(ErrorCode::ServerUnavailable);
    QTest::newRow("temporarily_unavailable")
        << fault(u"oauth-error"_s, {{u"error"_s, u"temporarily_unavailable"_s}, {u"status"_s, 503}})
        << int(ErrorCode::ServerUnavailable);
    // Qt resends a request once by itself when the connection drops before any answer: drop both.
    QTest::newRow("dropped connection") << fault(u"drop"_s, {{u"count"_s, 2}}) << int(ErrorCode::NetworkError);
    QTest::newRow("slow server (timeout)")
        << fault(u"delay-before"_s, {{u"ms"_s, 4000}}) << int(ErrorCode::NetworkError);
}

void TestTokens::transientFailuresKeepTokensAndRetry()
{
    QFETCH(QJsonObject, failure);
    QFETCH(int, expected);
    signIn();
    const TokenSet before = stored();
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    QVERIFY(m_server->addFault(failure));
    expireAccessToken();

    const TokenOutcome failed = token();
    QCOMPARE(int(failed.error.code), expected);
    QCOMPARE(status(), AuthStatus::Refreshing);
    const ExternalAuthentication record
        = m_catalog->externalAuthentication(m_catalog->configuration().credentialByName(u"Api"_s)->id);
    QVERIFY(record.nextRetry.isValid()); // visible to the user
    QCOMPARE(stored(), before);          // nothing lost
    QCOMPARE(prompts.count(), 0);

    // While backing off, callers are told when, without new requests.
    const int requests = refreshRequests(); // 1, or 2 when Qt resent a dropped request itself
    QCOMPARE(int(token().error.code), expected);
    QCOMPARE(refreshRequests(), requests);

    // The fault is gone; at the retry time the refresh succeeds by itself.
    m_clock.set(record.nextRetry.addSecs(1));
    m_tokens->runDue();
    QTRY_COMPARE_WITH_TIMEOUT(status(), AuthStatus::SignedIn, 20000);
    const TokenOutcome recovered = token();
    QVERIFY2(recovered.error.code == ErrorCode::None, qPrintable(recovered.error.toString()));
    QVERIFY(apiAccepts(*m_server, recovered.token));
    QCOMPARE(prompts.count(), 0);
}

void TestTokens::refusedRefreshTokenNeedsTheUserOnce_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("injected invalid_grant") << u"injected"_s;
    QTest::newRow("revoked at the server") << u"revoked"_s;
    QTest::newRow("server restart") << u"restart"_s;
    QTest::newRow("refresh token expired") << u"expired"_s;
}

void TestTokens::refusedRefreshTokenNeedsTheUserOnce()
{
    QFETCH(QString, trigger);
    TestServer::Options options;
    if (trigger == u"expired"_s)
        options.refreshTtlSeconds = 2;
    signIn(options);
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    if (trigger == u"injected"_s) {
        QVERIFY(m_server->addFault(fault(u"oauth-error"_s, {{u"error"_s, u"invalid_grant"_s}})));
    } else if (trigger == u"revoked"_s) {
        const QByteArray body = "token=" + QUrl::toPercentEncoding(stored().refreshToken)
            + "&client_id=post-client&client_secret="
            + QUrl::toPercentEncoding(TestServer::client(u"post-client"_s).value(u"client_secret"_s).toString());
        QCOMPARE(m_server
                     ->request("POST", m_server->url(u"/token/revocation"_s), body,
                               {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .status,
                 200);
    } else if (trigger == u"restart"_s) {
        QVERIFY(m_server->restart());
    } else {
        QTest::qWait(3000); // the refresh token's real lifetime at the server
    }
    expireAccessToken();
    const TokenOutcome outcome = token();
    QCOMPARE(outcome.error.code, ErrorCode::SignInRequired);
    QCOMPARE(status(), AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
    QVERIFY(stored().refreshToken.isEmpty()); // deleted

    // No retry loop and no second prompt, however often callers ask.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(token().error.code, ErrorCode::SignInRequired);
    m_clock.advance(3600);
    m_tokens->runDue();
    QTest::qWait(100);
    QCOMPARE(refreshRequests(), 1);
    QCOMPARE(prompts.count(), 1);
}

void TestTokens::reusedRotatedRefreshTokenNeedsTheUser()
{
    TestServer::Options options;
    options.rotateRefreshTokens = true;
    signIn(options);
    const TokenSet original = stored();
    expireAccessToken();
    QCOMPARE(token().error.code, ErrorCode::None); // rotates
    // An old copy of the tokens comes back (restored backup, second machine): reuse detection.
    putStored(original);
    stopCore();
    startCore();
    expireAccessToken();
    QCOMPARE(token().error.code, ErrorCode::SignInRequired);
    QCOMPARE(status(), AuthStatus::SignInRequired);
}

void TestTokens::zeroValidityEndsInSignInRequired()
{
    signIn();
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    QVERIFY(m_server->addFault(fault(u"expires-in"_s, {{u"value"_s, 0}, {u"count"_s, 10}})));
    expireAccessToken();
    QCOMPARE(token().error.code, ErrorCode::SignInRequired);
    QCOMPARE(token().error.code, ErrorCode::SignInRequired);
    m_tokens->runDue();
    QTest::qWait(100);
    QCOMPARE(refreshRequests(), 1); // bounded: one refresh, then the user
    QCOMPARE(prompts.count(), 1);
}

void TestTokens::lostResponseAfterRotationEndsInSignInRequired()
{
    TestServer::Options options;
    options.rotateRefreshTokens = true;
    signIn(options);
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    // The server rotates, then the answer never arrives.
    QVERIFY(m_server->addFault(fault(u"delay-after"_s, {{u"ms"_s, 100}, {u"drop"_s, true}})));
    expireAccessToken();
    const TokenOutcome first = token();
    // Qt resends the request once by itself when the connection drops before any answer, so the
    // reuse may show at once; otherwise it is transient first and Callout's own retry shows it.
    if (first.error.code == ErrorCode::NetworkError) {
        QCOMPARE(prompts.count(), 0);
        m_clock.advance(60);
        m_tokens->runDue();
    } else {
        QCOMPARE(first.error.code, ErrorCode::SignInRequired);
    }
    // The retry used the old refresh token, which the server treats as reused: only the user can help.
    QTRY_COMPARE_WITH_TIMEOUT(status(), AuthStatus::SignInRequired, 20000);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(refreshRequests(), 2);
}

void TestTokens::invalidClientIsAConfigurationError()
{
    signIn();
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    QVERIFY(m_server->addFault(fault(u"oauth-error"_s, {{u"error"_s, u"invalid_client"_s}, {u"status"_s, 401}})));
    expireAccessToken();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^configuration problem: "_s));
    const TokenOutcome outcome = token();
    QCOMPARE(outcome.error.code, ErrorCode::ClientConfiguration);
    QCOMPARE(status(), AuthStatus::Error);
    const ExternalAuthentication record
        = m_catalog->externalAuthentication(m_catalog->configuration().credentialByName(u"Api"_s)->id);
    QCOMPARE(record.lastError.field, u"authProviders.Demo.clientId"_s);
    QCOMPARE(prompts.count(), 0);
    QVERIFY(!stored().refreshToken.isEmpty()); // tokens kept: the configuration is the problem
}

void TestTokens::reportExpiredRefreshesOnce()
{
    signIn();
    const QString refused = token().token;
    // Two callers report the same refused token at once: one refresh for both.
    TokenOutcome a, b;
    m_tokens->reportExpired(u"Api"_s, refused, this, [&a](Result<QString> r) {
        a.token = r.ok() ? r.value() : QString();
        a.done = true;
    });
    m_tokens->reportExpired(u"Api"_s, refused, this, [&b](Result<QString> r) {
        b.token = r.ok() ? r.value() : QString();
        b.done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(a.done && b.done, 30000);
    QVERIFY(!a.token.isEmpty());
    QVERIFY(a.token != refused);
    QCOMPARE(b.token, a.token);
    QCOMPARE(refreshRequests(), 1);
    // A late report of the old token gets the new one, with no new refresh.
    const TokenOutcome late = reportExpired(refused);
    QCOMPARE(late.token, a.token);
    QCOMPARE(refreshRequests(), 1);
}

void TestTokens::reportExpiredRightAfterRefreshNeedsTheUser()
{
    signIn();
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    const TokenOutcome renewed = reportExpired(token().token);
    QCOMPARE(renewed.error.code, ErrorCode::None);
    // The service refuses the brand-new token as well: refreshing again cannot help.
    const TokenOutcome again = reportExpired(renewed.token);
    QCOMPARE(again.error.code, ErrorCode::SignInRequired);
    QCOMPARE(status(), AuthStatus::SignInRequired);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(refreshRequests(), 1);
}

void TestTokens::unknownExpiryRefreshesOnlyWhenRefused()
{
    signIn();
    // A service that sends no expires_in (Salesforce, GitHub): the first refresh tells us so.
    QVERIFY(m_server->addFault(fault(u"expires-in"_s, {{u"value"_s, QJsonValue::Null}})));
    const TokenOutcome renewed = reportExpired(token().token);
    QCOMPARE(renewed.error.code, ErrorCode::None);
    QVERIFY(!stored().expiry.isValid());
    QVERIFY(!m_tokens->nextWakeUp().isValid()); // nothing scheduled
    m_clock.advance(24 * 3600);
    QCOMPARE(token().token, renewed.token); // still handed out: only a refusal triggers a refresh
    QCOMPARE(refreshRequests(), 1);
}

void TestTokens::scheduleRefreshesAheadOnlyForRecentlyUsed()
{
    signIn(); // access tokens live 300 s at this server
    const TokenSet tokens = stored();
    QCOMPARE(token().error.code, ErrorCode::None);
    // Lead time: min(60 s, half the lifetime of 300 s) before expiry.
    QCOMPARE(m_tokens->nextWakeUp(), tokens.expiry.addSecs(-60));
    m_clock.set(tokens.expiry.addSecs(-59));
    m_tokens->runDue();
    QTRY_COMPARE_WITH_TIMEOUT(refreshRequests(), 1, 20000);
    QTRY_COMPARE(status(), AuthStatus::SignedIn);

    // Idle for more than an hour: no background refresh, nothing scheduled.
    m_clock.advance(2 * 3600);
    QVERIFY(!m_tokens->nextWakeUp().isValid());
    m_tokens->runDue();
    QTest::qWait(200);
    QCOMPARE(refreshRequests(), 1);
}

void TestTokens::signOutRevokesAndDeletes()
{
    signIn();
    const TokenSet tokens = stored();
    bool done = false;
    m_signOut->signOut(u"Api"_s, [&done](Result<void> r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    const QJsonArray revocations = m_server->requestLog(u"revocation"_s);
    QCOMPARE(revocations.size(), 1);
    QVERIFY(revocations.first().toObject().value(u"param_names"_s).toArray().contains(u"token_type_hint"_s));
    QCOMPARE(revocations.first().toObject().value(u"status"_s).toInt(), 200);
    QVERIFY(stored().accessToken.isEmpty());
    QCOMPARE(status(), AuthStatus::SignedOut);
    // The server no longer honours the refresh token.
    const QByteArray body = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(tokens.refreshToken)
        + "&client_id=post-client&client_secret="
        + QUrl::toPercentEncoding(TestServer::client(u"post-client"_s).value(u"client_secret"_s).toString());
    const auto refresh = m_server->request("POST", m_server->url(u"/token"_s), body,
                                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(refresh.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(token().error.code, ErrorCode::SignInRequired);
}

void TestTokens::signOutDeletesLocallyWhenRevocationFails()
{
    signIn();
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"revocation"_s}, {u"mode"_s, u"status"_s}, {u"status"_s, 500}}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^revocation failed: "_s));
    bool done = false;
    m_signOut->signOut(u"Api"_s, [&done](Result<void> r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(stored().refreshToken.isEmpty());
    QCOMPARE(status(), AuthStatus::SignedOut);
    const ExternalAuthentication record
        = m_catalog->externalAuthentication(m_catalog->configuration().credentialByName(u"Api"_s)->id);
    QVERIFY(record.notice.contains(u"revoke"_s));
}

void TestTokens::removeLeavesNothingBehind()
{
    signIn();
    const QString id = m_catalog->configuration().credentialByName(u"Api"_s)->id;
    bool done = false;
    m_signOut->remove(u"Api"_s, [&done](Result<void> r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(m_server->requestLog(u"revocation"_s).size(), 1);
    QVERIFY(!m_catalog->configuration().credentialByName(u"Api"_s));
    bool read = false;
    m_secrets->read(secretkeys::credentialTokens(id), this, [&read](Result<QByteArray> r) {
        QCOMPARE(r.error().code, ErrorCode::SecretNotFound);
        read = true;
    });
    QTRY_VERIFY(read);
    QVERIFY(!test::readFile(m_files->statePath()).contains(id.toUtf8()));
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
