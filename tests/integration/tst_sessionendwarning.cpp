// The warning before a forced sign-in (issue 18) against the real OAuth server of tests/server:
// its refresh-token lifetime (refresh_token_expires_in with --refresh-expires-in, or a refresh token
// that really expires) and the agent's core; time from an injected clock. The warning comes at the
// lead, once; Sign in now (a sign-in) withdraws it and starts over; an idle credential gets none;
// a limit the server enforces without saying so is learned after two episodes.
#include "Awaited.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ServerImport.h"
#include "StoreFixture.h"
#include "TestServer.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/session/SessionEnd.h"
#include "callout/session/SessionEndWatcher.h"
#include "callout/session/SignInService.h"
#include "callout/session/TokenManager.h"
#include "callout/store/CredentialCatalog.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using test::TestServer;

class TestSessionEndWarning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void serverLifetimeWarnsAtTheLeadOnce();
    void signInNowStartsOver();
    void idleCredentialGetsNone();
    void observedLimitLearnedAfterTwoEpisodes();

private:
    void start(int refreshTtlSeconds, bool sendRefreshExpiresIn, int accessTtlSeconds = 300);
    void signIn();
    Result<QString> token();
    QString id() const { return m_catalog->configuration().credentialByName(u"Api"_s)->id; }
    // Checks every simulated minute from now to `until`; returns the times a warning was raised.
    QList<QDateTime> runUntil(const QDateTime &until, bool used);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<test::StoreFixture> m_files;
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    MemorySecretStore m_secrets;
    CredentialCatalog *m_catalog = nullptr; // owned by m_files
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<SessionEndWatcher> m_watcher;
};

void TestSessionEndWarning::initTestCase()
{
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed to sign in through the scripted browser");
}

void TestSessionEndWarning::init()
{
    // A refused refresh is part of the observed episodes: the oauth layer logs it.
    QTest::failOnWarning(QRegularExpression(u"^(?!token request failed: )"_s));
    qputenv("BROWSER", TestServer::browserScript().toUtf8());
    qunsetenv("DISPLAY");
    qputenv("CALLOUT_BROWSER_MODE", "normal");
    m_files = std::make_unique<test::StoreFixture>();
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_catalog = &m_files->open(m_secrets, m_clock);
    QVERIFY(m_catalog->load().isEmpty());
    m_signIn = std::make_unique<SignInService>(*m_catalog, m_secrets, m_browser, m_clock);
    m_tokens = std::make_unique<TokenManager>(*m_catalog, m_secrets, m_clock);
    m_tokens->setJitter([] { return 1.0; });
    m_watcher = std::make_unique<SessionEndWatcher>(*m_catalog, m_clock);
}

void TestSessionEndWarning::cleanup()
{
    m_watcher.reset();
    m_tokens.reset();
    m_signIn.reset();
    m_catalog = nullptr;
    m_files.reset();
    m_server.reset();
}

void TestSessionEndWarning::start(int refreshTtlSeconds, bool sendRefreshExpiresIn, int accessTtlSeconds)
{
    TestServer::Options options;
    options.accessTtlSeconds = accessTtlSeconds;
    options.refreshTtlSeconds = refreshTtlSeconds;
    options.sendRefreshExpiresIn = sendRefreshExpiresIn;
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    test::ServerImport document(*m_server);
    document.provider(u"Demo"_s, u"post-client"_s).credential(u"Api"_s, u"Demo"_s);
    QVERIFY(document.importInto(*m_catalog));
}

void TestSessionEndWarning::signIn()
{
    QSignalSpy finished(m_signIn.get(), &SignInService::signInFinished);
    m_signIn->signIn(id());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::None);
}

Result<QString> TestSessionEndWarning::token()
{
    test::Awaited<QString> answer;
    m_tokens->accessToken(u"Api"_s, answer.context(), answer.callback());
    return answer.wait(30000);
}

QList<QDateTime> TestSessionEndWarning::runUntil(const QDateTime &until, bool used)
{
    QList<QDateTime> raised;
    QSignalSpy changed(m_watcher.get(), &SessionEndWatcher::warningsChanged);
    while (m_clock.now() < until) {
        m_clock.advance(60);
        const qsizetype before = changed.size(); // a record change checks too
        if (used) // a program's call every minute, straight from the keychain item (no refresh)
            m_catalog->changeExternalAuthentication(id(),
                                                    [this](ExternalAuthentication &r) { r.lastUsed = m_clock.now(); });
        m_watcher->check();
        if (changed.size() > before && !m_watcher->warned().isEmpty())
            raised.append(m_clock.now());
    }
    return raised;
}

void TestSessionEndWarning::serverLifetimeWarnsAtTheLeadOnce()
{
    start(4 * 3600, true);
    const QDateTime before = m_clock.now();
    signIn();
    // The server said how long the session lasts: 4 hours from the sign-in (its clock runs on too).
    const std::optional<SessionEnd> end = SessionEnd::of(*m_catalog, id());
    QVERIFY(end);
    QCOMPARE(SessionEnd::sourceName(end->source), u"server"_s);
    QVERIFY2(qAbs(before.addSecs(4 * 3600).secsTo(end->at)) <= 5, qPrintable(end->at.toString(Qt::ISODate)));
    QVERIFY(token().ok());

    const QList<QDateTime> raised = runUntil(end->at.addSecs(-60), true);
    QCOMPARE(raised.size(), 1);
    QVERIFY2(qAbs(raised.first().secsTo(end->at) - 30 * 60) < 60, qPrintable(raised.first().toString(Qt::ISODate)));
    QCOMPARE(m_watcher->warned(), QStringList{id()});
}

void TestSessionEndWarning::signInNowStartsOver()
{
    start(4 * 3600, true);
    signIn();
    QVERIFY(token().ok());
    const QDateTime end = SessionEnd::of(*m_catalog, id())->at;
    QCOMPARE(runUntil(end.addSecs(-25 * 60), true).size(), 1);
    QCOMPARE(m_watcher->warned(), QStringList{id()});

    // Sign in now: as Re-authenticate, a sign-in; the warning goes, and the new session has its own end.
    signIn();
    QVERIFY(m_watcher->warned().isEmpty());
    const std::optional<SessionEnd> renewed = SessionEnd::of(*m_catalog, id());
    QVERIFY(renewed);
    QVERIFY2(qAbs(m_clock.now().addSecs(4 * 3600).secsTo(renewed->at)) <= 5, "reset by the new sign-in");
    const QList<QDateTime> raised = runUntil(renewed->at.addSecs(-60), true);
    QCOMPARE(raised.size(), 1);
    QVERIFY(qAbs(raised.first().secsTo(renewed->at) - 30 * 60) < 60);
}

void TestSessionEndWarning::idleCredentialGetsNone()
{
    start(26 * 3600, true);
    signIn();
    QVERIFY(token().ok()); // used once, at the sign-in, then not for more than a day
    const QDateTime end = SessionEnd::of(*m_catalog, id())->at;
    QVERIFY(runUntil(end.addSecs(-60), false).isEmpty());
}

void TestSessionEndWarning::observedLimitLearnedAfterTwoEpisodes()
{
    // The server ends sessions after 2 seconds of real time without saying so; the simulated
    // clock says 8 hours, then 7.
    start(2, false);
    for (const int hours : {8, 7}) {
        signIn();
        QVERIFY(!SessionEnd::of(*m_catalog, id()));
        QTest::qWait(3000); // the refresh token expires at the server
        m_clock.advance(hours * 3600);
        const Result<QString> refused = token(); // the access token is over: refresh, refused
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SignInRequired);
    }
    QCOMPARE(m_catalog->observedSessions(m_catalog->configuration().providerByName(u"Demo"_s)->id),
             (QList<qint64>{8 * 3600, 7 * 3600}));
    signIn();
    const std::optional<SessionEnd> end = SessionEnd::of(*m_catalog, id());
    QVERIFY(end);
    QCOMPARE(SessionEnd::sourceName(end->source), u"observed"_s);
    QCOMPARE(end->at, m_clock.now().addSecs(7 * 3600)); // the shorter
}

QTEST_GUILESS_MAIN(TestSessionEndWarning)
#include "tst_sessionendwarning.moc"
