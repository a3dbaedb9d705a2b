// When TokenManager hands out the token it has instead of refreshing: a report-expired without a
// token or with one that was already replaced (two scripts refused the same token), and a token
// too short-lived to schedule (expires_in: 1). Fast: the in-memory keychain, a loopback token
// endpoint and a manual clock. The rest of TokenManager: tst_tokenmanager.
#include "Awaited.h"
#include "CatalogFixture.h"
#include "FakeHttpServer.h"
#include "callout/model/TokenSet.h"
#include "callout/session/AttentionTracker.h"
#include "callout/session/TokenManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::Awaited;
using test::FakeHttpServer;

class TestTokenHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportWithoutTheCurrentTokenGetsItWithoutRefresh_data();
    void reportWithoutTheCurrentTokenGetsItWithoutRefresh();
    void twoScriptsReportingTheSameTokenRefreshOnce();
    void shortLivedTokenIsNotRefreshedEverySecond();

private:
    void putTokens(qint64 lifetimeSeconds, qint64 ageSeconds = 0);
    Result<QString> token();
    Result<QString> reportExpired(const QString &refused);
    QString id() const { return m_fixture->id(u"Api"_s); }
    AuthStatus status() const { return m_fixture->catalog().externalAuthentication(id()).status; }
    qsizetype tokenRequests() const { return m_server->requests().size(); }

    std::unique_ptr<test::CatalogFixture> m_fixture;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AttentionTracker> m_attention;
    std::unique_ptr<TokenManager> m_tokens;
    int m_issued = 0;       // access tokens the endpoint has issued
    int m_expiresIn = 3600; // what the endpoint says they live
};

void TestTokenHandout::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_issued = 0;
    m_expiresIn = 3600;
    m_server = std::make_unique<FakeHttpServer>([this](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(
            200,
            u"{\"access_token\":\"at-%1\",\"token_type\":\"Bearer\",\"expires_in\":%2}"_s.arg(++m_issued)
                .arg(m_expiresIn)
                .toUtf8());
    });
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
    const Result<ImportPlan> imported = test::importAndWait(m_fixture->catalog(), QJsonDocument(document).toJson());
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignedIn));
    m_attention = std::make_unique<AttentionTracker>(m_fixture->catalog(), m_fixture->clock());
    m_tokens = std::make_unique<TokenManager>(m_fixture->catalog(), m_fixture->secrets(), m_fixture->clock());
}

void TestTokenHandout::cleanup()
{
    m_tokens.reset();
    m_attention.reset();
    m_fixture.reset();
    m_server.reset();
}

// "at-initial", issued `ageSeconds` ago, living `lifetimeSeconds`.
void TestTokenHandout::putTokens(qint64 lifetimeSeconds, qint64 ageSeconds)
{
    TokenSet tokens;
    tokens.accessToken = u"at-initial"_s;
    tokens.refreshToken = u"rt-initial"_s;
    tokens.issued = m_fixture->clock().now().addSecs(-ageSeconds);
    tokens.expiry = tokens.issued.addSecs(lifetimeSeconds);
    QVERIFY(test::storeTokens(m_fixture->secrets(), id(), tokens));
}

Result<QString> TestTokenHandout::token()
{
    Awaited<QString> answer;
    m_tokens->accessToken(u"Api"_s, answer.context(), answer.callback());
    return answer.wait(5000);
}

Result<QString> TestTokenHandout::reportExpired(const QString &refused)
{
    Awaited<QString> answer;
    m_tokens->reportExpired(u"Api"_s, refused, answer.context(), answer.callback());
    return answer.wait(5000);
}

void TestTokenHandout::reportWithoutTheCurrentTokenGetsItWithoutRefresh_data()
{
    QTest::addColumn<QString>("refused");
    QTest::newRow("no token") << QString();
    QTest::newRow("a token it never issued") << u"at-from-elsewhere"_s;
    QTest::newRow("the current token with one character more") << u"at-initialx"_s;
}

// Only the caller that shows the refused token can have it replaced: anyone else gets the current one.
void TestTokenHandout::reportWithoutTheCurrentTokenGetsItWithoutRefresh()
{
    QFETCH(QString, refused);
    putTokens(3600);
    const Result<QString> answer = reportExpired(refused);
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().toString()));
    QCOMPARE(answer.value(), u"at-initial"_s);
    QCOMPARE(tokenRequests(), 0);
    QCOMPARE(status(), AuthStatus::SignedIn);

    // The current token itself: refreshed once.
    const Result<QString> renewed = reportExpired(u"at-initial"_s);
    QVERIFY(renewed.ok());
    QCOMPARE(renewed.value(), u"at-1"_s);
    QCOMPARE(tokenRequests(), 1);
}

// Two scripts got the same token, both calls were refused, they report a second apart: the first
// report renews it, the second gets the renewed token. One refresh, nobody is asked to sign in.
void TestTokenHandout::twoScriptsReportingTheSameTokenRefreshOnce()
{
    putTokens(3600);
    QSignalSpy prompts(m_attention.get(), &AttentionTracker::promptRequested);
    const QString shared = token().value();
    QCOMPARE(shared, u"at-initial"_s);

    const Result<QString> first = reportExpired(shared);
    QVERIFY(first.ok());
    QCOMPARE(first.value(), u"at-1"_s);
    m_fixture->clock().advance(1);
    const Result<QString> second = reportExpired(shared);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QCOMPARE(second.value(), u"at-1"_s);

    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(status(), AuthStatus::SignedIn);
    QCOMPARE(prompts.count(), 0);
    QCOMPARE(test::storedTokens(m_fixture->secrets(), id()).accessToken, u"at-1"_s);
}

// expires_in: 1 would mean a refresh a second for as long as the credential is used. A lifetime
// under the minimum refresh interval counts as unknown: the token is used until it is refused.
void TestTokenHandout::shortLivedTokenIsNotRefreshedEverySecond()
{
    m_expiresIn = 1;
    putTokens(3600, 3660); // expired a minute ago: the first call refreshes
    QCOMPARE(token().value(), u"at-1"_s);
    QCOMPARE(tokenRequests(), 1);
    for (int second = 1; second <= 60; ++second) {
        m_fixture->clock().advance(1);
        m_tokens->runDue();
        QCOMPARE(token().value(), u"at-1"_s);
    }
    QCOMPARE(tokenRequests(), 1);
    QVERIFY(!m_tokens->nextWakeUp().isValid());

    // Refused: refreshed then, as for a token without expires_in.
    m_fixture->clock().advance(3600);
    QCOMPARE(reportExpired(u"at-1"_s).value(), u"at-2"_s);
    QCOMPARE(tokenRequests(), 2);
}

QTEST_GUILESS_MAIN(TestTokenHandout)
#include "tst_tokenhandout.moc"
