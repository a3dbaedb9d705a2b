// Issue 16, item 1: a browser that cannot be started is found out and said, not assumed. The real
// xdg-open with $BROWSER as the browser (outside a desktop it runs $BROWSER and exits with an error
// when that fails), and the sign-in service reporting the launch's real result: at once, and again
// when a launch that looked started fails; the pending page stays available for Copy and Open again.
#include "FakeHttpServer.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "StoreFixture.h"
#include "callout/agent/CalloutCore.h"
#include "callout/oauth/BrowserOpener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::FakeHttpServer;
using test::ScriptedBrowser;

class TestBrowserLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void xdgOpenReportsTheRealOutcome_data();
    void xdgOpenReportsTheRealOutcome();
    void missingXdgOpenFailsAtOnce();
    void laterFailureIsReportedAgain();
    void noBrowserKeepsThePageForCopyAndOpenAgain();
    void openAgainGivesAFreshPage();
    void requesterLeavingCancelsTheSignIn();

private:
    QString id() const { return m_core->catalog.configuration().credentialByName(u"Api"_s)->id; }
    void startSignIn(ScriptedBrowser::User user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    test::ManualClock m_clock;
    MemorySecretStore m_secrets;
    ScriptedBrowser m_browser;
    std::unique_ptr<CalloutCore> m_core;
};

void TestBrowserLaunch::initTestCase()
{
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed");
    qunsetenv("DISPLAY"); // xdg-open runs $BROWSER outside a desktop session only
    qunsetenv("WAYLAND_DISPLAY");
}

void TestBrowserLaunch::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeHttpServer>(
        [](const FakeHttpServer::Request &) { return FakeHttpServer::json(400, R"({"error":"invalid_grant"})"); });
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           m_secrets, m_browser, m_clock);
    QVERIFY(m_core->load().isEmpty());
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, m_server->url(u"/auth"_s).toString()},
                               {u"tokenUrl"_s, m_server->url(u"/token"_s).toString()},
                               {u"clientId"_s, u"desktop"_s},
                               {u"clientAuthentication"_s, u"none"_s}};
    const QJsonObject credential{
        {u"name"_s, u"Api"_s}, {u"url"_s, u"https://api.example/v1"_s}, {u"authProvider"_s, u"Demo"_s}};
    const QJsonObject document{
        {u"version"_s, 1}, {u"authProviders"_s, QJsonArray{provider}}, {u"namedCredentials"_s, QJsonArray{credential}}};
    QVERIFY(test::importAndWait(m_core->catalog, QJsonDocument(document).toJson()).ok());
    m_browser.opened.clear();
}

void TestBrowserLaunch::cleanup()
{
    m_core.reset();
    m_server.reset();
    m_dir.reset();
}

void TestBrowserLaunch::xdgOpenReportsTheRealOutcome_data()
{
    QTest::addColumn<QString>("browser");
    QTest::addColumn<bool>("fails");
    QTest::newRow("browser takes the page") << u"true"_s << false;
    QTest::newRow("browser fails") << u"false"_s << true;
    QTest::newRow("browser missing") << u"/nonexistent/browser"_s << true;
}

void TestBrowserLaunch::xdgOpenReportsTheRealOutcome()
{
    QFETCH(QString, browser);
    QFETCH(bool, fails);
    qputenv("BROWSER", browser.toUtf8());
    if (fails)
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^xdg-open could not open a browser; exit code [1-9]"_s));
    QObject context;
    int failures = 0;
    XdgOpenBrowserOpener opener;
    QVERIFY(opener.open(QUrl(u"http://127.0.0.1:9/start/x"_s), &context, [&failures] { ++failures; }));
    // xdg-open's process belongs to the context: it is gone once xdg-open has exited.
    QTRY_VERIFY(context.findChildren<QObject *>().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(failures, fails ? 1 : 0);
}

void TestBrowserLaunch::missingXdgOpenFailsAtOnce()
{
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    QTest::ignoreMessage(QtWarningMsg, "xdg-open is not installed; the sign-in URL must be opened by hand");
    QObject context;
    bool failedLater = false;
    XdgOpenBrowserOpener opener;
    const bool opened = opener.open(QUrl(u"http://127.0.0.1:9/start/x"_s), &context, [&] { failedLater = true; });
    qputenv("PATH", path);
    QVERIFY(!opened);
    QVERIFY(!failedLater);
}

void TestBrowserLaunch::startSignIn(ScriptedBrowser::User user)
{
    m_browser.user = user;
    m_core->signIn.signIn(id());
    QTRY_COMPARE(m_browser.opened.size(), 1);
}

void TestBrowserLaunch::laterFailureIsReportedAgain()
{
    QSignalSpy urls(&m_core->signIn, &SignInService::signInUrl);
    startSignIn(ScriptedBrowser::User::LaunchFailsLater);
    QTRY_COMPARE(urls.count(), 2);
    QCOMPARE(urls.at(0).at(2).toBool(), true);  // handed to xdg-open …
    QCOMPARE(urls.at(1).at(2).toBool(), false); // … which found no browser
    QCOMPARE(urls.at(1).at(1).toUrl(), m_browser.opened.first());
    QVERIFY(m_core->signIn.isSigningIn(id()));
    QVERIFY(!m_core->signIn.browserOpened(id()));
    QCOMPARE(m_core->signIn.pendingSignInUrl(id()), m_browser.opened.first());
}

void TestBrowserLaunch::noBrowserKeepsThePageForCopyAndOpenAgain()
{
    QTest::ignoreMessage(QtWarningMsg, "no browser could be opened; the sign-in URL is shown to the user instead");
    QSignalSpy urls(&m_core->signIn, &SignInService::signInUrl);
    startSignIn(ScriptedBrowser::User::HasNoBrowser);
    QCOMPARE(urls.count(), 1);
    QCOMPARE(urls.first().at(2).toBool(), false);
    const QUrl page = m_core->signIn.pendingSignInUrl(id());
    QCOMPARE(page, m_browser.opened.first());
    QCOMPARE(page.host(), u"127.0.0.1"_s);
    QVERIFY(!m_core->signIn.browserOpened(id()));

    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.cancel(id());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::SignInCancelled);
    QVERIFY(m_core->signIn.pendingSignInUrl(id()).isEmpty());
}

void TestBrowserLaunch::openAgainGivesAFreshPage()
{
    QTest::ignoreMessage(QtWarningMsg, "no browser could be opened; the sign-in URL is shown to the user instead");
    startSignIn(ScriptedBrowser::User::HasNoBrowser);
    const QUrl first = m_core->signIn.pendingSignInUrl(id());

    m_browser.user = ScriptedBrowser::User::StaysAway; // a browser was installed meanwhile
    QSignalSpy urls(&m_core->signIn, &SignInService::signInUrl);
    m_core->signIn.openBrowserAgain(id());
    QCOMPARE(urls.count(), 1);
    QCOMPARE(urls.first().at(2).toBool(), true);
    const QUrl again = m_core->signIn.pendingSignInUrl(id());
    QCOMPARE(m_browser.opened.last(), again);
    QVERIFY(again != first); // the start page is single-use
    QVERIFY(m_core->signIn.browserOpened(id()));

    m_core->signIn.openBrowserAgain(u"no-such-id"_s); // nothing pending: nothing happens
    QCOMPARE(urls.count(), 1);
}

// `calloutctl login`, then Ctrl-C: its connection closes, and the sign-in it waited for ends.
void TestBrowserLaunch::requesterLeavingCancelsTheSignIn()
{
    m_browser.user = ScriptedBrowser::User::StaysAway;
    auto requester = std::make_unique<QObject>();
    QList<QJsonObject> messages;
    const QJsonObject login{{u"id"_s, 1}, {u"method"_s, u"login"_s}, {u"params"_s, QJsonObject{{u"name"_s, u"Api"_s}}}};
    m_core->api.handle(login, requester.get(), [&messages](const QJsonObject &message) { messages.append(message); });
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(messages.size(), 1); // the sign-in-url event
    QVERIFY(m_core->signIn.isSigningIn(id()));

    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    requester.reset();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::SignInCancelled);
    QVERIFY(!m_core->signIn.isSigningIn(id()));
    QCOMPARE(m_core->catalog.externalAuthentication(id()).status, AuthStatus::SignedOut);
    QCOMPARE(messages.size(), 1); // nobody to answer
}

QTEST_MAIN(TestBrowserLaunch)
#include "tst_browserlaunch.moc"
