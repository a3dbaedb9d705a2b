// CoreCallAuthorizer, fast: the in-memory keychain, a loopback token endpoint and a manual clock.
// The recipe's headers and merge field, one refresh for many refused calls, and the wait for the
// user: answered once the credential is signed in again, or with sign-in-required when the wait
// ends, or not at all when the caller left.
#include "CatalogFixture.h"
#include "FakeHttpServer.h"
#include "callout/model/TokenSet.h"
#include "callout/session/CallAuthorization.h"
#include "callout/session/TokenManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using test::FakeHttpServer;

namespace {

// What one authorize() brought: the answer (once), and the waiting messages.
struct Outcome {
    int answers = 0;
    CallRecipe recipe;
    CallFailure failure;
    QStringList waitingMessages;
    bool answered() const { return answers > 0; }
};

FakeHttpServer::Response renewed(int serial)
{
    return FakeHttpServer::json(
        200, u"{\"access_token\":\"at-%1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"_s.arg(serial).toUtf8());
}

} // namespace

class TestCallAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recipeHasTheHeadersAndTheMergeField();
    void generatedHeaderOff();
    void answersOnlyAfterReturning();
    void unknownCredentialIsNotFound();
    void refusedTokenRefreshesOnceForManyCalls();
    void waitZeroFailsAtOnce();
    void waitingCallCompletesAfterSignIn();
    void waitEndsWithSignInRequired();
    void waitsForASignInUnderWay();
    void droppedWhenTheCallerLeaves();
    void removedCredentialEndsTheWait();
    void waitingCallsAreCountedPerCredential();

private:
    std::shared_ptr<Outcome> authorize(const QString &name, std::chrono::seconds wait = 0s,
                                       const QString &refusedToken = {}, QObject *context = nullptr);
    void putTokens(const QString &name, const QString &accessToken, qint64 lifetimeSeconds = 3600);
    void signInAgain(const QString &name, const QString &accessToken);
    QString id(const QString &name) const { return m_fixture->id(name); }

    std::unique_ptr<test::CatalogFixture> m_fixture;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<CoreCallAuthorizer> m_calls;
    int m_issued = 0;
};

void TestCallAuthorization::init()
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
         QJsonArray{QJsonObject{{u"name"_s, u"Api"_s},
                                {u"label"_s, u"Demo API"_s},
                                {u"url"_s, u"https://api.example/v1"_s},
                                {u"authProvider"_s, u"Demo"_s},
                                {u"headers"_s,
                                 QJsonObject{{u"X-Token"_s, u"Token {!$Credential.OAuthToken}!"_s},
                                             {u"X-Static"_s, u"plain"_s}}}},
                    QJsonObject{{u"name"_s, u"Own"_s},
                                {u"url"_s, u"https://own.example/"_s},
                                {u"authProvider"_s, u"Demo"_s},
                                {u"generateAuthorizationHeader"_s, false},
                                {u"headers"_s, QJsonObject{{u"X-Api-Key"_s, u"{!$Credential.OAuthToken}"_s}}}}}}};
    const Result<ImportPlan> imported = test::importAndWait(m_fixture->catalog(), QJsonDocument(document).toJson());
    if (!imported.ok())
        QFAIL(qPrintable(imported.error().toString()));
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignedIn));
    QVERIFY(m_fixture->setStatus(u"Own"_s, AuthStatus::SignedIn));
    // As in CalloutCore: the authorizer after the TokenManager.
    m_tokens = std::make_unique<TokenManager>(m_fixture->catalog(), m_fixture->secrets(), m_fixture->clock());
    m_calls = std::make_unique<CoreCallAuthorizer>(m_fixture->catalog(), *m_tokens);
}

void TestCallAuthorization::cleanup()
{
    m_calls.reset();
    m_tokens.reset();
    m_fixture.reset();
    m_server.reset();
}

std::shared_ptr<Outcome> TestCallAuthorization::authorize(const QString &name, std::chrono::seconds wait,
                                                          const QString &refusedToken, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    CallAuthorizer::Request request{name, refusedToken, wait,
                                    [outcome](const QString &message) { outcome->waitingMessages.append(message); }};
    m_calls->authorize(request, context ? context : this,
                       [outcome](const CallRecipe &recipe, const CallFailure &failure) {
                           ++outcome->answers;
                           outcome->recipe = recipe;
                           outcome->failure = failure;
                       });
    return outcome;
}

void TestCallAuthorization::putTokens(const QString &name, const QString &accessToken, qint64 lifetimeSeconds)
{
    const QDateTime now = m_fixture->clock().now();
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = u"rt-"_s + accessToken;
    tokens.issued = now.addSecs(-60);
    tokens.expiry = now.addSecs(lifetimeSeconds);
    std::optional<Result<void>> written;
    m_fixture->secrets().write(secretkeys::credentialTokens(id(name)), tokens.toBytes(), this,
                               [&written](Result<void> r) { written = r; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(written->ok());
}

// What SignInService does when the user clicked Re-authenticate and signed in: the new tokens in
// the keychain first, then the record says signed-in.
void TestCallAuthorization::signInAgain(const QString &name, const QString &accessToken)
{
    QVERIFY(m_fixture->setStatus(name, AuthStatus::SigningIn));
    putTokens(name, accessToken);
    QVERIFY(m_fixture->setStatus(name, AuthStatus::SignedIn));
}

void TestCallAuthorization::recipeHasTheHeadersAndTheMergeField()
{
    putTokens(u"Api"_s, u"at-initial"_s);
    const auto outcome = authorize(u"Api"_s);
    QTRY_VERIFY(outcome->answered());
    QVERIFY2(!outcome->failure.isFailure(), qPrintable(outcome->failure.message));
    const CallRecipe &recipe = outcome->recipe;
    QCOMPARE(recipe.credential, u"Api"_s);
    QCOMPARE(recipe.baseUrl, QUrl(u"https://api.example/v1"_s));
    QCOMPARE(recipe.generatesAuthorization, true);
    QCOMPARE(recipe.token, u"at-initial"_s);
    const HeaderList expected{
        {"Authorization", "Bearer at-initial"}, {"X-Static", "plain"}, {"X-Token", "Token at-initial!"}};
    QCOMPARE(recipe.headers, expected);
    QCOMPARE(recipe.expiresAt, m_fixture->clock().now().addSecs(3600));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCallAuthorization::generatedHeaderOff()
{
    putTokens(u"Own"_s, u"at-own"_s);
    const auto outcome = authorize(u"Own"_s);
    QTRY_VERIFY(outcome->answered());
    QVERIFY(!outcome->failure.isFailure());
    QCOMPARE(outcome->recipe.generatesAuthorization, false);
    QCOMPARE(outcome->recipe.headers, (HeaderList{{"X-Api-Key", "at-own"}}));
}

void TestCallAuthorization::answersOnlyAfterReturning()
{
    putTokens(u"Api"_s, u"at-initial"_s);
    const auto found = authorize(u"Api"_s);
    const auto missing = authorize(u"Nope"_s);
    QCOMPARE(found->answers, 0);
    QCOMPARE(missing->answers, 0);
    QTRY_VERIFY(found->answered() && missing->answered());
    QTest::qWait(10);
    QCOMPARE(found->answers, 1); // exactly once
    QCOMPARE(missing->answers, 1);
}

void TestCallAuthorization::unknownCredentialIsNotFound()
{
    const auto outcome = authorize(u"Nope"_s, 60s);
    QTRY_VERIFY(outcome->answered());
    QCOMPARE(outcome->failure.code, u"not-found"_s);
    QVERIFY(outcome->failure.message.contains(u"Nope"_s));
    QVERIFY(outcome->waitingMessages.isEmpty());
}

void TestCallAuthorization::refusedTokenRefreshesOnceForManyCalls()
{
    putTokens(u"Api"_s, u"at-initial"_s);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 50; ++i)
        outcomes.append(authorize(u"Api"_s, 0s, u"at-initial"_s));
    const auto allAnswered = [&outcomes] {
        return std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o->answered(); });
    };
    QTRY_VERIFY(allAnswered());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().form().value(u"grant_type"_s), u"refresh_token"_s);
    for (const auto &outcome : std::as_const(outcomes)) {
        QVERIFY2(!outcome->failure.isFailure(), qPrintable(outcome->failure.message));
        QCOMPARE(outcome->recipe.token, u"at-1"_s);
        QCOMPARE(outcome->recipe.headers.first().second, QByteArray("Bearer at-1"));
        QCOMPARE(outcome->recipe.expiresAt, m_fixture->clock().now().addSecs(3600));
    }
    // A late report of the same refusal gets the new token, without another refresh.
    const auto late = authorize(u"Api"_s, 0s, u"at-initial"_s);
    QTRY_VERIFY(late->answered());
    QCOMPARE(late->recipe.token, u"at-1"_s);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCallAuthorization::waitZeroFailsAtOnce()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    QSignalSpy changes(m_calls.get(), &CoreCallAuthorizer::waitingCallsChanged);
    const auto outcome = authorize(u"Api"_s);
    QTRY_VERIFY(outcome->answered());
    QCOMPARE(outcome->failure.code, u"sign-in-required"_s);
    QVERIFY(outcome->waitingMessages.isEmpty());
    QCOMPARE(changes.count(), 0);
}

void TestCallAuthorization::waitingCallCompletesAfterSignIn()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    QSignalSpy changes(m_calls.get(), &CoreCallAuthorizer::waitingCallsChanged);
    const auto outcome = authorize(u"Api"_s, 3600s, u"at-refused"_s);
    QTRY_COMPARE(outcome->waitingMessages.size(), 1);
    QCOMPARE(outcome->answers, 0);
    const QString message = outcome->waitingMessages.first();
    QVERIFY2(message.contains(u"Demo API"_s) && message.contains(u"Re-authenticate"_s) && message.contains(u"1 hour"_s),
             qPrintable(message));
    QCOMPARE(m_calls->waitingCalls(id(u"Api"_s)), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().first().toString(), id(u"Api"_s));

    // A sign-in that starts and is cancelled does not end the wait.
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SigningIn));
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    QTest::qWait(10);
    QCOMPARE(outcome->answers, 0);

    signInAgain(u"Api"_s, u"at-new"_s);
    QTRY_VERIFY(outcome->answered());
    QVERIFY2(!outcome->failure.isFailure(), qPrintable(outcome->failure.message));
    QCOMPARE(outcome->recipe.token, u"at-new"_s);
    QCOMPARE(outcome->waitingMessages.size(), 1); // said once
    QCOMPARE(m_calls->waitingCalls(id(u"Api"_s)), 0);
    QCOMPARE(changes.count(), 2);
    QCOMPARE(m_server->requests().size(), 0); // the new sign-in's token, not a refresh
}

void TestCallAuthorization::waitEndsWithSignInRequired()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    const auto outcome = authorize(u"Api"_s, 1s);
    QTRY_COMPARE(m_calls->waitingCalls(id(u"Api"_s)), 1);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->answered(), 5000);
    QCOMPARE(outcome->failure.code, u"sign-in-required"_s);
    QVERIFY2(outcome->failure.message.contains(u"1 second"_s) && outcome->failure.message.contains(u"Demo API"_s),
             qPrintable(outcome->failure.message));
    QCOMPARE(m_calls->waitingCalls(id(u"Api"_s)), 0);
}

// The user is already signing in (no usable token meanwhile): the call waits for that sign-in.
void TestCallAuthorization::waitsForASignInUnderWay()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SigningIn));
    const auto outcome = authorize(u"Api"_s, 60s);
    QTRY_COMPARE(outcome->waitingMessages.size(), 1);
    putTokens(u"Api"_s, u"at-browser"_s);
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignedIn));
    QTRY_VERIFY(outcome->answered());
    QVERIFY2(!outcome->failure.isFailure(), qPrintable(outcome->failure.message));
    QCOMPARE(outcome->recipe.token, u"at-browser"_s);
}

void TestCallAuthorization::droppedWhenTheCallerLeaves()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    QSignalSpy changes(m_calls.get(), &CoreCallAuthorizer::waitingCallsChanged);
    auto caller = std::make_unique<QObject>();
    const auto outcome = authorize(u"Api"_s, 60s, {}, caller.get());
    QTRY_COMPARE(m_calls->waitingCalls(id(u"Api"_s)), 1);
    caller.reset();
    QCOMPARE(m_calls->waitingCalls(id(u"Api"_s)), 0);
    QCOMPARE(changes.count(), 2);
    signInAgain(u"Api"_s, u"at-new"_s);
    QTest::qWait(20);
    QCOMPARE(outcome->answers, 0); // silently dropped
}

void TestCallAuthorization::removedCredentialEndsTheWait()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    const auto outcome = authorize(u"Api"_s, 60s);
    QTRY_COMPARE(m_calls->waitingCalls(id(u"Api"_s)), 1);
    const QString apiId = id(u"Api"_s);
    std::optional<Result<void>> removed;
    m_fixture->catalog().removeCredential(u"Api"_s, [&removed](Result<void> r) { removed = r; });
    QTRY_VERIFY(outcome->answered());
    QCOMPARE(outcome->failure.code, u"not-found"_s);
    QCOMPARE(m_calls->waitingCalls(apiId), 0);
    QTRY_VERIFY(removed.has_value());
}

void TestCallAuthorization::waitingCallsAreCountedPerCredential()
{
    QVERIFY(m_fixture->setStatus(u"Api"_s, AuthStatus::SignInRequired));
    QVERIFY(m_fixture->setStatus(u"Own"_s, AuthStatus::SignInRequired));
    QList<std::shared_ptr<Outcome>> outcomes{authorize(u"Api"_s, 60s), authorize(u"Api"_s, 60s),
                                             authorize(u"Own"_s, 60s), authorize(u"Api"_s, 0s)};
    QTRY_VERIFY(outcomes.last()->answered());
    QTRY_COMPARE(m_calls->waitingCalls(id(u"Api"_s)), 2);
    QTRY_COMPARE(m_calls->waitingCalls(id(u"Own"_s)), 1);
    signInAgain(u"Own"_s, u"at-own"_s);
    QTRY_VERIFY(outcomes.at(2)->answered());
    QCOMPARE(m_calls->waitingCalls(id(u"Own"_s)), 0);
    QCOMPARE(m_calls->waitingCalls(id(u"Api"_s)), 2);
    signInAgain(u"Api"_s, u"at-api"_s);
    QTRY_VERIFY(outcomes.at(0)->answered() && outcomes.at(1)->answered());
    QCOMPARE(outcomes.at(0)->recipe.token, u"at-api"_s);
    QCOMPARE(outcomes.at(1)->recipe.token, u"at-api"_s);
    QCOMPARE(m_calls->waitingCalls(id(u"Api"_s)), 0);
}

QTEST_GUILESS_MAIN(TestCallAuthorization)
#include "tst_callauthorization.moc"
