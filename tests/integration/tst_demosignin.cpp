// Callout and the demo service agree: the real core imports DemoService::importDocument(), signs
// in through xdg-open and the scripted browser clicking Allow on the demo's page, refreshes with
// rotation, and after the demo's session length ends in sign-in-required with the service's own
// words. One ManualClock drives both sides. Needs xdg-open, curl and bash (tests/run.sh).
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "StoreFixture.h"
#include "TestServer.h"
#include "callout/agent/CalloutCore.h"
#include "callout/oauth/BrowserOpener.h"
#include "demo/DemoService.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callout;
using namespace callout::demo;

class TestDemoSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInRefreshAndSessionEnd();
    void denied();

private:
    QString id() const
    {
        return m_core->catalog.configuration().credentialByName(QString::fromLatin1(DemoService::CredentialName))->id;
    }
    ExternalAuthentication record() const { return m_core->catalog.externalAuthentication(id()); }
    // The access token the core hands out now, or the error.
    Result<QString> accessToken();
    TokenSet storedTokens() const;
    int callApi(const QString &accessToken);
    Error signIn();

    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    DemoPolicy m_policy{std::chrono::seconds(60), std::chrono::seconds(180), std::chrono::seconds(10)};
    std::unique_ptr<DemoService> m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    MemorySecretStore m_secrets;
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<CalloutCore> m_core;
    QNetworkAccessManager m_network;
};

void TestDemoSignIn::init()
{
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed");
    // xdg-open takes the $BROWSER path only outside a desktop: hide the display from it alone.
    qputenv("BROWSER", (u"env -u DISPLAY "_s + test::TestServer::browserScript()).toUtf8());
    qputenv("CALLOUT_BROWSER_MODE", "normal");
    m_service = std::make_unique<DemoService>(m_clock, m_policy);
    const Result<void> started = m_service->start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_dir = std::make_unique<QTemporaryDir>();
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           m_secrets, m_browser, m_clock);
    QVERIFY(m_core->load().isEmpty());
    QVERIFY(test::importInto(m_core->catalog, m_service->importDocument()));
}

void TestDemoSignIn::cleanup()
{
    m_core.reset();
    m_dir.reset();
    m_service.reset();
}

Result<QString> TestDemoSignIn::accessToken()
{
    std::optional<Result<QString>> result;
    m_core->tokens.accessToken(QString::fromLatin1(DemoService::CredentialName), this,
                               [&result](Result<QString> token) { result = std::move(token); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return Error(ErrorCode::NetworkError, u"no answer"_s);
    return *result;
}

TokenSet TestDemoSignIn::storedTokens() const
{
    const Result<TokenSet> tokens = TokenSet::fromBytes(m_secrets.items().value(secretkeys::credentialTokens(id())));
    return tokens.ok() ? tokens.value() : TokenSet();
}

int TestDemoSignIn::callApi(const QString &accessToken)
{
    QNetworkRequest request(QUrl(m_service->apiUrl().toString() + u"/me"_s));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Error TestDemoSignIn::signIn()
{
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(id());
    if (!finished.wait(30000))
        return Error(ErrorCode::SignInTimedOut, u"the sign-in did not finish"_s);
    return finished.first().at(1).value<callout::Error>();
}

void TestDemoSignIn::signInRefreshAndSessionEnd()
{
    const Error signedIn = signIn();
    QVERIFY2(signedIn.code == ErrorCode::None, qPrintable(signedIn.message));
    QCOMPARE(record().status, AuthStatus::SignedIn);
    QCOMPARE(record().user, u"demo"_s); // userinfo's preferred_username
    QCOMPARE(record().grantedScopes, u"demo.read profile offline_access"_s);
    const TokenSet first = storedTokens();
    QVERIFY(!first.refreshToken.isEmpty());

    const Result<QString> token = accessToken();
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
    QCOMPARE(token.value(), first.accessToken);
    QCOMPARE(callApi(token.value()), 200);

    // Expired by the demo's clock: a silent refresh, with a new refresh token (rotation).
    m_clock.advance(61);
    QCOMPARE(callApi(token.value()), 401);
    const Result<QString> refreshed = accessToken();
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error().message));
    QVERIFY(refreshed.value() != token.value());
    QCOMPARE(callApi(refreshed.value()), 200);
    QTRY_VERIFY(storedTokens().accessToken == refreshed.value());
    QVERIFY(storedTokens().refreshToken != first.refreshToken);
    QCOMPARE(record().status, AuthStatus::SignedIn);

    m_clock.advance(61);
    const Result<QString> again = accessToken();
    QVERIFY(again.ok());
    QCOMPARE(callApi(again.value()), 200);

    // Past the session length (180 s after the sign-in): the service's words, and only the user can help.
    m_clock.advance(60);
    QCOMPARE(callApi(again.value()), 401);
    const Result<QString> ended = accessToken();
    QVERIFY(!ended.ok());
    QCOMPARE(ended.error().code, ErrorCode::SignInRequired);
    QVERIFY2(ended.error().message.contains(u"ended the session after 3 minutes"_s), qPrintable(ended.error().message));
    QCOMPARE(record().status, AuthStatus::SignInRequired);
    QVERIFY(record().lastError.message.contains(u"ended the session after 3 minutes"_s));

    // A new sign-in starts a new session.
    const Error signedInAgain = signIn();
    QVERIFY2(signedInAgain.code == ErrorCode::None, qPrintable(signedInAgain.message));
    const Result<QString> fresh = accessToken();
    QVERIFY(fresh.ok());
    QCOMPARE(callApi(fresh.value()), 200);
}

void TestDemoSignIn::denied()
{
    qputenv("CALLOUT_BROWSER_MODE", "deny");
    const Error error = signIn();
    QCOMPARE(error.code, ErrorCode::AccessDenied);
    QVERIFY2(error.message.contains(u"access_denied"_s), qPrintable(error.message));
    QVERIFY(record().status != AuthStatus::SignedIn);
}

QTEST_GUILESS_MAIN(TestDemoSignIn)
#include "tst_demosignin.moc"
