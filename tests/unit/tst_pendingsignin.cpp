// A sign-in waiting for the browser and what happens around it: the old token is still handed out
// during a re-authentication; an import that changes what the tokens are bound to, a removal or a
// sign-out cancels it (nothing is stored, the caller is told); an agent that ends mid-sign-in comes
// back to the status of the stored tokens. The real core with an in-memory keychain, a manual
// clock, a scripted browser and a fake token endpoint. The same against the real agent and OAuth
// server: tests/integration/tst_interruptedsignin.
#include "Awaited.h"
#include "FakeHttpServer.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/agent/CalloutCore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::Awaited;
using test::FakeHttpServer;
using test::ScriptedBrowser;

class TestPendingSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reauthenticationKeepsHandingOutTheOldToken();
    void changeCancelsThePendingSignIn_data();
    void changeCancelsThePendingSignIn();
    void restartMidSignInFollowsTheStoredTokens_data();
    void restartMidSignInFollowsTheStoredTokens();

private:
    void startCore();
    QJsonObject document(const QString &tokenPath = u"/token"_s, const QString &apiHost = u"api.example"_s,
                         const QString &label = u"Demo API"_s) const;
    Error signIn();
    QUrl startWaitingSignIn(); // the authorization URL the browser was given
    Result<QString> token();
    Result<QString> reportExpired(const QString &refused);
    QString id() const { return m_core->catalog.configuration().credentialByName(u"Api"_s)->id; }
    AuthStatus status() const { return m_core->catalog.externalAuthentication(m_id).status; }
    bool hasStoredTokens() const { return m_secrets->items().contains(secretkeys::credentialTokens(m_id)); }
    qsizetype tokenRequests() const { return m_server->requests().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ScriptedBrowser> m_browser;
    std::unique_ptr<CalloutCore> m_core;
    QString m_id; // of "Api", kept after its removal
    int m_issued = 0;
};

void TestPendingSignIn::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_issued = 0;
    m_server = std::make_unique<FakeHttpServer>([this](const FakeHttpServer::Request &) {
        const QJsonObject tokens{{u"access_token"_s, u"access-%1"_s.arg(++m_issued)},
                                 {u"token_type"_s, u"Bearer"_s},
                                 {u"expires_in"_s, 3600},
                                 {u"refresh_token"_s, u"refresh-%1"_s.arg(m_issued)}};
        return FakeHttpServer::json(200, QJsonDocument(tokens).toJson(QJsonDocument::Compact));
    });
    m_clock = std::make_unique<test::ManualClock>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_browser = std::make_unique<ScriptedBrowser>();
    startCore();
    const Result<ImportPlan> imported = test::importAndWait(m_core->catalog, QJsonDocument(document()).toJson());
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    m_id = id();
}

void TestPendingSignIn::cleanup()
{
    m_core.reset();
    m_browser.reset();
    m_secrets.reset();
    m_clock.reset();
    m_server.reset();
    m_dir.reset();
}

// A new core over the same files and keychain: what a restart of the agent (or one killed) finds.
void TestPendingSignIn::startCore()
{
    m_core.reset();
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           *m_secrets, *m_browser, *m_clock);
    QVERIFY(m_core->load().isEmpty());
}

QJsonObject TestPendingSignIn::document(const QString &tokenPath, const QString &apiHost, const QString &label) const
{
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, m_server->url(u"/auth"_s).toString()},
                               {u"tokenUrl"_s, m_server->url(tokenPath).toString()},
                               {u"clientId"_s, u"desktop"_s},
                               {u"clientAuthentication"_s, u"none"_s},
                               {u"defaultScopes"_s, u"api"_s}};
    const QJsonObject credential{{u"name"_s, u"Api"_s},
                                 {u"label"_s, label},
                                 {u"url"_s, u"https://%1/v1"_s.arg(apiHost)},
                                 {u"authProvider"_s, u"Demo"_s}};
    return {
        {u"version"_s, 1}, {u"authProviders"_s, QJsonArray{provider}}, {u"namedCredentials"_s, QJsonArray{credential}}};
}

Error TestPendingSignIn::signIn()
{
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(m_id);
    [&] { QTRY_COMPARE(finished.count(), 1); }();
    return finished.isEmpty() ? Error(ErrorCode::ProtocolError, u"no outcome"_s)
                              : finished.first().at(1).value<callout::Error>();
}

QUrl TestPendingSignIn::startWaitingSignIn()
{
    m_browser->user = ScriptedBrowser::User::StaysAway;
    const qsizetype opened = m_browser->opened.size();
    m_core->signIn.signIn(m_id);
    [&] { QTRY_COMPARE(m_browser->opened.size(), opened + 1); }();
    [&] { QCOMPARE(status(), AuthStatus::SigningIn); }();
    return m_browser->opened.value(opened);
}

Result<QString> TestPendingSignIn::token()
{
    Awaited<QString> answer;
    m_core->tokens.accessToken(u"Api"_s, answer.context(), answer.callback());
    return answer.wait(5000);
}

Result<QString> TestPendingSignIn::reportExpired(const QString &refused)
{
    Awaited<QString> answer;
    m_core->tokens.reportExpired(u"Api"_s, refused, answer.context(), answer.callback());
    return answer.wait(5000);
}

// Re-authenticate while the session still works: until the browser comes back, callers keep
// getting the token they had; nothing refreshes it meanwhile (the sign-in replaces it).
void TestPendingSignIn::reauthenticationKeepsHandingOutTheOldToken()
{
    QCOMPARE(signIn().code, ErrorCode::None);
    const QString before = token().value();
    QCOMPARE(before, u"access-1"_s);

    const QUrl authorize = startWaitingSignIn();
    const Result<QString> during = token();
    QVERIFY2(during.ok(), qPrintable(during.ok() ? QString() : during.error().toString()));
    QCOMPARE(during.value(), before);
    // Refused meanwhile: no refresh racing the sign-in, and the session is not ended either.
    const Result<QString> refused = reportExpired(before);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::SignInRequired);
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(status(), AuthStatus::SigningIn);
    QVERIFY(hasStoredTokens());

    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_browser->comeBack(authorize);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::None);
    QCOMPARE(token().value(), u"access-2"_s); // the new sign-in's token, not the cached old one
}

void TestPendingSignIn::changeCancelsThePendingSignIn_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("cancels");
    QTest::newRow("import: another token URL") << u"token-url"_s << true;
    QTest::newRow("import: the URL on another host") << u"origin"_s << true;
    QTest::newRow("remove") << u"remove"_s << true;
    QTest::newRow("sign out") << u"sign-out"_s << true;
    QTest::newRow("import: only the label") << u"label"_s << false;
}

// The browser step completes after the change: the tokens it brings are for what the credential
// was, so they are not stored and the waiting caller learns why.
void TestPendingSignIn::changeCancelsThePendingSignIn()
{
    QFETCH(QString, change);
    QFETCH(bool, cancels);
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    const QUrl authorize = startWaitingSignIn();

    if (change == u"remove"_s || change == u"sign-out"_s) {
        Awaited<void> done;
        if (change == u"remove"_s)
            m_core->signOut.remove(u"Api"_s, done.callback());
        else
            m_core->signOut.signOut(u"Api"_s, done.callback());
        QVERIFY(done.wait(5000).ok());
    } else {
        const QJsonObject changed = change == u"token-url"_s ? document(u"/token/v2"_s)
            : change == u"origin"_s                          ? document(u"/token"_s, u"api.elsewhere.example"_s)
                                                             : document(u"/token"_s, u"api.example"_s, u"Renamed"_s);
        const Result<ImportPlan> imported
            = test::importAndWait(m_core->catalog, QJsonDocument(changed).toJson(), true, 5000);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    }

    m_browser->comeBack(authorize);
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(50); // a late token exchange or keychain write would land now
    const Error outcome = finished.first().at(1).value<callout::Error>();
    if (!cancels) {
        QCOMPARE(outcome.code, ErrorCode::None);
        QCOMPARE(status(), AuthStatus::SignedIn);
        QVERIFY(hasStoredTokens());
        return;
    }
    QCOMPARE(outcome.code, ErrorCode::SignInCancelled);
    QVERIFY2(outcome.message.contains(u"changed"_s) || outcome.message.contains(u"removed"_s),
             qPrintable(outcome.message));
    QVERIFY(!hasStoredTokens());
    QCOMPARE(tokenRequests(), 0); // the code was never exchanged
    QCOMPARE(finished.count(), 1);
    if (change != u"remove"_s)
        QCOMPARE(status(), AuthStatus::SignedOut);
}

void TestPendingSignIn::restartMidSignInFollowsTheStoredTokens_data()
{
    QTest::addColumn<bool>("signedInBefore");
    QTest::newRow("re-authentication") << true;
    QTest::newRow("first sign-in") << false;
}

// The agent ends (killed, crashed) while the browser step waits: state.json never says
// signing-in, so the next start goes back to what the tokens say.
void TestPendingSignIn::restartMidSignInFollowsTheStoredTokens()
{
    QFETCH(bool, signedInBefore);
    if (signedInBefore)
        QCOMPARE(signIn().code, ErrorCode::None);
    startWaitingSignIn();
    QVERIFY(!test::readFile(m_dir->filePath(u"state.json"_s)).contains("signing-in"));

    startCore();
    const Result<QString> after = token();
    if (signedInBefore) {
        QCOMPARE(status(), AuthStatus::SignedIn);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().toString()));
        QCOMPARE(after.value(), u"access-1"_s);
    } else {
        QCOMPARE(status(), AuthStatus::SignInRequired); // asked for a token: the user is asked to sign in
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, ErrorCode::SignInRequired);
        QVERIFY2(after.error().message.contains(u"not been signed in"_s), qPrintable(after.error().message));
    }
    m_browser->user = ScriptedBrowser::User::SignsIn;
    QCOMPARE(signIn().code, ErrorCode::None); // and a new sign-in works
}

QTEST_GUILESS_MAIN(TestPendingSignIn)
#include "tst_pendingsignin.moc"
