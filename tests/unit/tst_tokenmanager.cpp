// TokenManager, fast: the in-memory keychain, a loopback token endpoint and a manual clock. Single
// flight, backoff and its cap, the refusal rules, the ahead-of-expiry schedule and removal during a
// refresh. The same rules against the real OAuth server and keychain: tests/integration/tst_tokens.
#include "CatalogFixture.h"
#include "FakeHttpServer.h"
#include "StoreFixture.h"
#include "callout/model/TokenSet.h"
#include "callout/session/AttentionTracker.h"
#include "callout/session/TokenManager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using test::FakeHttpServer;

namespace {

struct TokenOutcome {
    bool done = false;
    QString token;
    Error error;
};

// The token endpoint's answer to a good refresh: a new access token each time, valid an hour.
FakeHttpServer::Response renewed(int serial)
{
    return FakeHttpServer::json(
        200, u"{\"access_token\":\"at-%1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"_s.arg(serial).toUtf8());
}

FakeHttpServer::Response oauthError(int status, const char *error, const char *description = nullptr)
{
    QByteArray body = QByteArray("{\"error\":\"") + error + '"';
    if (description)
        body += QByteArray(",\"error_description\":\"") + description + '"';
    return FakeHttpServer::json(status, body + '}');
}

// Waits until `condition` holds (at most 5 s) in a running event loop that checks every
// millisecond: QTRY_* and qWaitFor sleep between steps, which adds up over the many loopback round
// trips here. Follow it with the QCOMPARE that explains a failure.
void waitUntil(const std::function<bool()> &condition)
{
    if (condition())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, &condition] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
}

// The oauth layer logs every refused or failed token request once.
void expectFailedTokenRequest()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^token request failed: "_s));
}

} // namespace

class TestTokenManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validTokenNeedsNoRequest();
    void hundredWaitersShareOneRefresh();
    void transientFailuresBackOffUpToTheCap_data();
    void transientFailuresBackOffUpToTheCap();
    void backingOffSurvivesARestart();
    void tokenRefusedRightAfterRefreshNeedsTheUser();
    void tokenFromScheduledRefreshRefusedGetsOneRefresh();
    void shortLivedTokenRefusedAfterItsExpiryIsRefreshedAgain();
    void refusedRefreshTokenNeedsTheUser();
    void noRefreshTokenNeedsTheUser();
    void invalidClientIsAConfigurationError();
    void scheduleRefreshesAheadOfExpiry_data();
    void scheduleRefreshesAheadOfExpiry();
    void removalDuringARefreshAnswersTheWaiters();
    void lastUseIsKeptHourly();
    void refreshKeepsTheServersSessionEnd();

private:
    void startTokenManager();
    void putTokens(const TokenSet &tokens);
    TokenSet tokensAt(qint64 lifetimeSeconds) const;
    TokenOutcome token();
    TokenOutcome reportExpired(const QString &refused);
    QString id() const { return m_fixture->id(u"Api"_s); }
    ExternalAuthentication record() const { return m_fixture->catalog().externalAuthentication(id()); }
    bool hasStoredTokens() const { return m_fixture->secrets().items().contains(secretkeys::credentialTokens(id())); }
    qsizetype tokenRequests() const { return m_server->requests().size(); }

    std::unique_ptr<test::CatalogFixture> m_fixture;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<AttentionTracker> m_attention;
    int m_issued = 0; // access tokens the endpoint has issued
};

void TestTokenManager::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_issued = 0;
    m_server
        = std::make_unique<FakeHttpServer>([this](const FakeHttpServer::Request &) { return renewed(++m_issued); });
    m_fixture = std::make_unique<test::CatalogFixture>();
    const QJsonObject document{
        {u"authProviders"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"Demo"_s},
                                {u"authorizeUrl"_s, m_server->url(u"/auth"_s).toString()},
                                {u"tokenUrl"_s, m_server->url(u"/token"_s).toString()},
                                {u"clientId"_s, u"desktop"_s}}}},
        {u"namedCredentials"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"Api"_s}, {u"url"_s, u"https://api.example/v1"_s}, {u"authProvider"_s, u"Demo"_s}}}}};
    std::optional<Result<ImportPlan>> imported;
    m_fixture->catalog().importDocument(QJsonDocument(document).toJson(), false,
                                        [&imported](Result<ImportPlan> r) { imported.emplace(std::move(r)); });
    waitUntil([&imported] { return imported.has_value(); });
    QVERIFY(imported.has_value());
    if (!imported->ok())
        QFAIL(qPrintable(imported->error().toString()));
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignedIn));
    m_attention = std::make_unique<AttentionTracker>(m_fixture->catalog(), m_fixture->clock());
    startTokenManager();
}

void TestTokenManager::cleanup()
{
    m_tokens.reset();
    m_attention.reset();
    m_fixture.reset();
    m_server.reset();
}

// A fresh TokenManager over the same catalog and keychain: what a restart of the agent keeps.
void TestTokenManager::startTokenManager()
{
    m_tokens = std::make_unique<TokenManager>(m_fixture->catalog(), m_fixture->secrets(), m_fixture->clock());
    TokenManager::Settings settings;
    settings.retryBase = 1s;
    settings.retryCap = 4s;
    settings.requestTimeout = 2s;
    m_tokens->setSettings(settings);
    m_tokens->setJitter([] { return 1.0; });
}

void TestTokenManager::putTokens(const TokenSet &tokens)
{
    bool written = false;
    m_fixture->secrets().write(secretkeys::credentialTokens(id()), tokens.toBytes(), this,
                               [&written](Result<void> r) { written = r.ok(); });
    waitUntil([&written] { return written; });
    QVERIFY(written);
}

// Tokens issued now that live `lifetimeSeconds` (negative: expired that long ago, issued an hour before).
TokenSet TestTokenManager::tokensAt(qint64 lifetimeSeconds) const
{
    const QDateTime now = m_fixture->clock().now();
    TokenSet tokens;
    tokens.accessToken = u"at-initial"_s;
    tokens.refreshToken = u"rt-initial"_s;
    tokens.issued = lifetimeSeconds > 0 ? now : now.addSecs(lifetimeSeconds - 3600);
    tokens.expiry = lifetimeSeconds > 0 ? now.addSecs(lifetimeSeconds) : now.addSecs(lifetimeSeconds);
    return tokens;
}

TokenOutcome TestTokenManager::token()
{
    TokenOutcome outcome;
    m_tokens->accessToken(u"Api"_s, this, [&outcome](Result<QString> r) {
        outcome.token = r.ok() ? r.value() : QString();
        outcome.error = r.ok() ? Error() : r.error();
        outcome.done = true;
    });
    waitUntil([&outcome] { return outcome.done; });
    [&] { QVERIFY(outcome.done); }();
    return outcome;
}

TokenOutcome TestTokenManager::reportExpired(const QString &refused)
{
    TokenOutcome outcome;
    m_tokens->reportExpired(u"Api"_s, refused, this, [&outcome](Result<QString> r) {
        outcome.token = r.ok() ? r.value() : QString();
        outcome.error = r.ok() ? Error() : r.error();
        outcome.done = true;
    });
    waitUntil([&outcome] { return outcome.done; });
    [&] { QVERIFY(outcome.done); }();
    return outcome;
}

void TestTokenManager::validTokenNeedsNoRequest()
{
    putTokens(tokensAt(3600));
    const TokenOutcome outcome = token();
    QCOMPARE(outcome.error.code, ErrorCode::None);
    QCOMPARE(outcome.token, u"at-initial"_s);
    QCOMPARE(tokenRequests(), 0);
}

void TestTokenManager::hundredWaitersShareOneRefresh()
{
    putTokens(tokensAt(-60));
    QList<TokenOutcome> outcomes(100);
    for (TokenOutcome &outcome : outcomes) {
        m_tokens->accessToken(u"Api"_s, this, [&outcome](Result<QString> r) {
            outcome.token = r.ok() ? r.value() : QString();
            outcome.done = true;
        });
    }
    const auto allDone = [&outcomes] {
        return std::all_of(outcomes.cbegin(), outcomes.cend(), [](const TokenOutcome &o) { return o.done; });
    };
    waitUntil(allDone);
    QVERIFY(allDone());
    QCOMPARE(tokenRequests(), 1);
    const FakeHttpServer::Request request = m_server->requests().constFirst();
    QCOMPARE(request.form().value(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(request.form().value(u"refresh_token"_s), u"rt-initial"_s);
    for (const TokenOutcome &outcome : std::as_const(outcomes))
        QCOMPARE(outcome.token, u"at-1"_s);
    QCOMPARE(record().status, AuthStatus::SignedIn);
    QCOMPARE(TokenSet::fromBytes(m_fixture->secrets().items().value(secretkeys::credentialTokens(id())))
                 .value()
                 .refreshToken,
             u"rt-initial"_s); // not rotated: the old one stays
}

void TestTokenManager::transientFailuresBackOffUpToTheCap_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("HTTP 503") << 503 << QByteArray("{}");
    QTest::newRow("HTTP 500") << 500 << QByteArray("{}");
    QTest::newRow("temporarily_unavailable") << 503 << QByteArray("{\"error\":\"temporarily_unavailable\"}");
}

void TestTokenManager::transientFailuresBackOffUpToTheCap()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->setHandler(
        [status, body](const FakeHttpServer::Request &) { return FakeHttpServer::json(status, body); });
    putTokens(tokensAt(-60));
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);

    expectFailedTokenRequest();
    const TokenOutcome failed = token();
    QCOMPARE(failed.error.code, ErrorCode::ServerUnavailable);
    QCOMPARE(record().status, AuthStatus::Refreshing);
    QCOMPARE(record().failedRefreshes, 1);
    QCOMPARE(m_fixture->clock().now().msecsTo(record().nextRetry), 1000);
    QCOMPARE(m_tokens->nextWakeUp(), record().nextRetry);
    QCOMPARE(m_tokens->plannedRefresh(id()), record().nextRetry); // the retry is the planned refresh

    // While backing off, callers learn when Callout tries again, and no request goes out.
    const TokenOutcome waiting = token();
    QCOMPARE(waiting.error.code, ErrorCode::ServerUnavailable);
    QVERIFY2(waiting.error.message.contains(u"tries again"_s), qPrintable(waiting.error.message));
    QCOMPARE(tokenRequests(), 1);

    // Each retry at its time fails again: base·2^(n−1), capped at 4 s.
    for (const qint64 expectedDelay : {2000, 4000, 4000, 4000}) {
        const int failures = record().failedRefreshes;
        m_fixture->clock().set(record().nextRetry);
        m_tokens->runDue();
        expectFailedTokenRequest();
        waitUntil([this, failures] { return record().failedRefreshes == failures + 1; });
        QCOMPARE(record().failedRefreshes, failures + 1);
        QCOMPARE(m_fixture->clock().now().msecsTo(record().nextRetry), expectedDelay);
        QCOMPARE(record().status, AuthStatus::Refreshing);
    }
    QCOMPARE(tokenRequests(), 5);
    QCOMPARE(prompts.count(), 0); // only the server can help: the user is not asked
    QVERIFY(hasStoredTokens());

    // The server is back: the next retry succeeds and the retry state is gone.
    m_server->setHandler([this](const FakeHttpServer::Request &) { return renewed(++m_issued); });
    m_fixture->clock().set(record().nextRetry);
    m_tokens->runDue();
    waitUntil([this] { return record().status == AuthStatus::SignedIn; });
    QCOMPARE(record().status, AuthStatus::SignedIn);
    QCOMPARE(record().failedRefreshes, 0);
    QVERIFY(!record().nextRetry.isValid());
    QCOMPARE(token().token, u"at-1"_s);
}

void TestTokenManager::backingOffSurvivesARestart()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return FakeHttpServer::json(503, "{}"); });
    putTokens(tokensAt(-60));
    expectFailedTokenRequest();
    QCOMPARE(token().error.code, ErrorCode::ServerUnavailable);
    m_fixture->clock().set(record().nextRetry);
    expectFailedTokenRequest();
    m_tokens->runDue();
    waitUntil([this] { return record().failedRefreshes == 2; });
    QCOMPARE(record().failedRefreshes, 2);
    // The record is the one owner of the retry state, and it is what state.json keeps.
    const ExternalAuthentication backingOff = record();
    QCOMPARE(ExternalAuthentication::fromJson(id(), backingOff.toJson()), backingOff);

    startTokenManager();                                        // a restart
    QCOMPARE(token().error.code, ErrorCode::ServerUnavailable); // still backing off: no request
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(m_tokens->nextWakeUp(), backingOff.nextRetry);
    m_fixture->clock().set(backingOff.nextRetry);
    expectFailedTokenRequest();
    m_tokens->runDue();
    waitUntil([this] { return record().failedRefreshes == 3; });
    QCOMPARE(record().failedRefreshes, 3); // the count goes on: 4 s, not 1 s
    QCOMPARE(m_fixture->clock().now().msecsTo(record().nextRetry), 4000);
}

void TestTokenManager::tokenRefusedRightAfterRefreshNeedsTheUser()
{
    putTokens(tokensAt(3600));
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    const TokenOutcome renewedToken = reportExpired(token().token);
    QCOMPARE(renewedToken.error.code, ErrorCode::None);
    QCOMPARE(renewedToken.token, u"at-1"_s);
    // The service refuses the brand-new token too: refreshing again cannot help.
    m_fixture->clock().advance(5);
    const TokenOutcome again = reportExpired(renewedToken.token);
    QCOMPARE(again.error.code, ErrorCode::SignInRequired);
    QCOMPARE(record().status, AuthStatus::SignInRequired);
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(prompts.count(), 1);
    QCOMPARE(prompts.first().first().toStringList(), QStringList{id()});
    waitUntil([this] { return !hasStoredTokens(); });
    QVERIFY(!hasStoredTokens());
}

// The schedule refreshed ahead of expiry; later the service ends the session and refuses that
// token: one refresh asks the service, whose own words end it (not "refused a token it had just
// issued", which only a refresh caused by a refusal may conclude).
void TestTokenManager::tokenFromScheduledRefreshRefusedGetsOneRefresh()
{
    putTokens(tokensAt(60));
    QCOMPARE(token().token, u"at-initial"_s);
    m_fixture->clock().set(m_tokens->nextWakeUp());
    m_tokens->runDue();
    waitUntil([this] { return tokenRequests() == 1 && record().status == AuthStatus::SignedIn; });
    QCOMPARE(token().token, u"at-1"_s);

    m_fixture->clock().advance(5);
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return oauthError(400, "invalid_grant", "The demo service ended the session.");
    });
    expectFailedTokenRequest();
    const TokenOutcome refused = reportExpired(u"at-1"_s);
    QCOMPARE(refused.error.code, ErrorCode::SignInRequired);
    QCOMPARE(tokenRequests(), 2);
    QVERIFY2(record().lastError.message.contains(u"ended the session"_s), qPrintable(record().lastError.message));
}

// Tokens of a few seconds (no refresh ahead of expiry: RefreshSchedule's minimum): each refusal
// after the token's own expiry is an expiry, not a service refusing what it just issued.
void TestTokenManager::shortLivedTokenRefusedAfterItsExpiryIsRefreshedAgain()
{
    m_server->setHandler([this](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(
            200, u"{\"access_token\":\"at-%1\",\"token_type\":\"Bearer\",\"expires_in\":6}"_s.arg(++m_issued).toUtf8());
    });
    putTokens(tokensAt(6));
    QCOMPARE(reportExpired(token().token).token, u"at-1"_s);
    m_fixture->clock().advance(10); // at-1 expired 4 s ago
    const TokenOutcome again = reportExpired(u"at-1"_s);
    QCOMPARE(again.error.code, ErrorCode::None);
    QCOMPARE(again.token, u"at-2"_s);
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(record().status, AuthStatus::SignedIn);
}

void TestTokenManager::refusedRefreshTokenNeedsTheUser()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return oauthError(400, "invalid_grant"); });
    putTokens(tokensAt(-60));
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    expectFailedTokenRequest();
    const TokenOutcome outcome = token();
    QCOMPARE(outcome.error.code, ErrorCode::SignInRequired);
    QCOMPARE(record().status, AuthStatus::SignInRequired);
    QCOMPARE(record().lastError.code, ErrorCode::SignInRequired);
    waitUntil([this] { return !hasStoredTokens(); });
    QVERIFY(!hasStoredTokens()); // the refused refresh token is deleted
    QCOMPARE(prompts.count(), 1);

    // No retry loop and no second prompt, however often callers ask.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(token().error.code, ErrorCode::SignInRequired);
    m_fixture->clock().advance(3600);
    m_tokens->runDue();
    QVERIFY(!m_tokens->nextWakeUp().isValid());
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(prompts.count(), 1);
}

// Qt 6.4's refreshAccessToken() with an empty refresh token only logs: no signal, callers would
// wait for ever (docs/qt64-workarounds.md, F13). It is never called: the user is needed.
void TestTokenManager::noRefreshTokenNeedsTheUser()
{
    TokenSet tokens = tokensAt(-60);
    tokens.refreshToken.clear();
    putTokens(tokens);
    const TokenOutcome outcome = token();
    QCOMPARE(outcome.error.code, ErrorCode::SignInRequired);
    QCOMPARE(record().status, AuthStatus::SignInRequired);
    QCOMPARE(tokenRequests(), 0);
}

void TestTokenManager::invalidClientIsAConfigurationError()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return oauthError(401, "invalid_client"); });
    putTokens(tokensAt(-60));
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    expectFailedTokenRequest();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^configuration problem:"_s));
    const TokenOutcome outcome = token();
    QCOMPARE(outcome.error.code, ErrorCode::ClientConfiguration);
    QCOMPARE(record().status, AuthStatus::Error);
    QCOMPARE(record().lastError.field, u"authProviders.Demo.clientId"_s);
    QVERIFY(!record().nextRetry.isValid());
    QCOMPARE(prompts.count(), 0);
    QVERIFY(hasStoredTokens()); // kept: the configuration is the problem, not the session
    // Nothing retries it in the background: only a fixed configuration and a new sign-in help.
    QVERIFY(!m_tokens->nextWakeUp().isValid());
    m_tokens->runDue();
    QTest::qWait(50);
    QCOMPARE(tokenRequests(), 1);
}

void TestTokenManager::scheduleRefreshesAheadOfExpiry_data()
{
    QTest::addColumn<qint64>("lifetime");   // seconds; 0: no expires_in
    QTest::addColumn<bool>("refreshToken"); // whether there is one
    QTest::addColumn<qint64>("idle");       // seconds since the last use when the schedule is read
    QTest::addColumn<qint64>("lead");       // seconds before expiry; -1: nothing scheduled

    QTest::newRow("an hour: the lead of 60 s") << qint64(3600) << true << qint64(0) << qint64(60);
    QTest::newRow("a minute: half the lifetime") << qint64(60) << true << qint64(0) << qint64(30);
    QTest::newRow("unknown expiry: only when refused") << qint64(0) << true << qint64(0) << qint64(-1);
    QTest::newRow("no refresh token") << qint64(3600) << false << qint64(0) << qint64(-1);
    QTest::newRow("unused for over an hour") << qint64(3 * 3600) << true << qint64(3601) << qint64(-1);
}

void TestTokenManager::scheduleRefreshesAheadOfExpiry()
{
    QFETCH(qint64, lifetime);
    QFETCH(bool, refreshToken);
    QFETCH(qint64, idle);
    QFETCH(qint64, lead);
    TokenSet tokens = tokensAt(lifetime > 0 ? lifetime : 3600);
    if (lifetime == 0)
        tokens.expiry = {};
    if (!refreshToken)
        tokens.refreshToken.clear();
    putTokens(tokens);
    QCOMPARE(token().token, u"at-initial"_s);
    m_fixture->clock().advance(idle);
    if (lead < 0) {
        QVERIFY(!m_tokens->nextWakeUp().isValid());
        QVERIFY(!m_tokens->plannedRefresh(id()).isValid());
        m_tokens->runDue();
        QCOMPARE(tokenRequests(), 0);
        return;
    }
    QCOMPARE(m_tokens->nextWakeUp(), tokens.expiry.addSecs(-lead));
    QCOMPARE(m_tokens->plannedRefresh(id()), tokens.expiry.addSecs(-lead)); // what `status --json` shows
    QVERIFY(!m_tokens->plannedRefresh(u"no-such-id"_s).isValid());

    m_fixture->clock().set(tokens.expiry.addSecs(-lead - 1));
    m_tokens->runDue();
    QCOMPARE(tokenRequests(), 0); // not yet
    m_fixture->clock().set(tokens.expiry.addSecs(-lead));
    m_tokens->runDue();
    waitUntil([this] { return record().status == AuthStatus::SignedIn; });
    QCOMPARE(record().status, AuthStatus::SignedIn);
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(token().token, u"at-1"_s);
    // The renewed token (an hour) is scheduled in turn.
    QCOMPARE(m_tokens->nextWakeUp(), m_fixture->clock().now().addSecs(3600 - 60));
}

void TestTokenManager::removalDuringARefreshAnswersTheWaiters()
{
    putTokens(tokensAt(-60));
    m_server->hold();
    QList<TokenOutcome> outcomes(3);
    for (TokenOutcome &outcome : outcomes) {
        m_tokens->accessToken(u"Api"_s, this, [&outcome](Result<QString> r) {
            outcome.error = r.ok() ? Error() : r.error();
            outcome.done = true;
        });
    }
    waitUntil([this] { return tokenRequests() == 1; });
    QCOMPARE(tokenRequests(), 1); // the refresh is under way, unanswered

    const QString removedId = id();
    bool removed = false;
    m_fixture->catalog().removeCredential(u"Api"_s, [&removed](Result<void> r) { removed = r.ok(); });
    waitUntil([&removed] { return removed; });
    QVERIFY(removed);
    const auto allDone = [&outcomes] {
        return std::all_of(outcomes.cbegin(), outcomes.cend(), [](const TokenOutcome &o) { return o.done; });
    };
    waitUntil(allDone);
    QVERIFY(allDone());
    for (const TokenOutcome &outcome : std::as_const(outcomes))
        QCOMPARE(outcome.error.code, ErrorCode::NotFound);

    // The answer arrives after all: nothing is stored for the removed credential, nothing scheduled.
    m_server->release();
    QTest::qWait(100);
    QVERIFY(!m_fixture->secrets().items().contains(secretkeys::credentialTokens(removedId)));
    QVERIFY(!m_tokens->nextWakeUp().isValid());
    QCOMPARE(token().error.code, ErrorCode::NotFound);
}

// When a program last got a token, kept in the record for the warning before a forced sign-in
// (issue 18): at most hourly, so that calls do not each write state.json.
void TestTokenManager::lastUseIsKeptHourly()
{
    putTokens(tokensAt(24 * 3600));
    QVERIFY(!record().lastUsed.isValid());
    const QDateTime first = m_fixture->clock().now();
    QCOMPARE(token().error.code, ErrorCode::None);
    QCOMPARE(record().lastUsed, first);
    m_fixture->clock().advance(59 * 60);
    QCOMPARE(token().error.code, ErrorCode::None);
    QCOMPARE(record().lastUsed, first);
    m_fixture->clock().advance(60);
    QCOMPARE(token().error.code, ErrorCode::None);
    QCOMPARE(record().lastUsed, first.addSecs(3600));
}

// A refresh that says how long the new refresh token lives (GitHub, Keycloak) moves the session's end.
void TestTokenManager::refreshKeepsTheServersSessionEnd()
{
    m_server->setHandler([this](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(200,
                                    u"{\"access_token\":\"at-%1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                                    "\"refresh_token\":\"rt-%1\",\"refresh_token_expires_in\":7200}"_s.arg(++m_issued)
                                        .toUtf8());
    });
    putTokens(tokensAt(-60));
    const QDateTime now = m_fixture->clock().now();
    QCOMPARE(token().token, u"at-1"_s);
    QCOMPARE(record().serverSessionEnd, now.addSecs(7200));
    QCOMPARE(test::storedTokens(m_fixture->secrets(), id()).refreshExpiry, now.addSecs(7200));

    // One without it keeps the end it had.
    m_server->setHandler([this](const FakeHttpServer::Request &) { return renewed(++m_issued); });
    m_fixture->clock().advance(3600);
    QCOMPARE(reportExpired(u"at-1"_s).token, u"at-2"_s);
    QCOMPARE(record().serverSessionEnd, now.addSecs(7200));
}

QTEST_GUILESS_MAIN(TestTokenManager)
#include "tst_tokenmanager.moc"
