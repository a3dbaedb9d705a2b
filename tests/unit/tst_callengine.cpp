// The one call engine (issue 13) against a fake HTTP server and a fake authorizer: which headers
// reach the server, the one refresh and retry on a refused token, single flight for recipes and
// refusals, bodies sent again, redirects handed back, the wait for the user, failures and abort.
#include "FakeHttpServer.h"
#include "calloutclient/CallEngine.h"
#include "calloutclient/Protocol.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using callout::test::FakeHttpServer;

namespace {

// Hands out recipes for the credential "Api": token-1, and after each refusal of the current
// token the next one. Counts requests; can hold its answers, or ask for the user first.
class FakeAuthorizer : public CallAuthorizer
{
public:
    struct Held {
        Request request;
        QPointer<QObject> context;
        Done done;
    };

    QUrl baseUrl;
    int tokenNumber = 1;
    bool generatesAuthorization = true;
    QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    bool holding = false;             // answer only on release()
    bool userNeeded = false;          // sign-in-required; with a wait: onWaiting, then hold until release()
    bool userNeededOnRefusal = false; // the same, only once a token was refused (the refresh failed)
    QString failureCode;              // answer every request with this failure
    QList<Request> requests;          // every request, in order
    QList<Held> held;

    QString token() const { return u"token-%1"_s.arg(tokenNumber); }

    CallRecipe recipe() const
    {
        CallRecipe recipe;
        recipe.credential = u"Api"_s;
        recipe.baseUrl = baseUrl;
        if (generatesAuthorization)
            recipe.headers.append({"Authorization", "Bearer " + token().toUtf8()});
        recipe.headers.append({"X-Api-Key", "key-" + token().toUtf8()});
        recipe.generatesAuthorization = generatesAuthorization;
        recipe.token = token();
        recipe.expiresAt = expiresAt;
        return recipe;
    }

    void authorize(const Request &request, QObject *context, Done done) override
    {
        requests.append(request);
        if (!request.refusedToken.isEmpty() && request.refusedToken == token())
            ++tokenNumber;
        if (!failureCode.isEmpty()) {
            answerLater(context, std::move(done), {}, {failureCode, u"It failed."_s});
            return;
        }
        if (userNeeded || (userNeededOnRefusal && !request.refusedToken.isEmpty())) {
            if (request.wait <= 0s) {
                answerLater(context, std::move(done), {},
                            {protocol::code::SignInRequired.toString(), u"Sign in to Api again."_s});
                return;
            }
            QTimer::singleShot(0, context, [onWaiting = request.onWaiting] { onWaiting(u"Waiting for Api."_s); });
            held.append({request, context, std::move(done)});
            return;
        }
        if (holding) {
            held.append({request, context, std::move(done)});
            return;
        }
        answerLater(context, std::move(done), recipe(), {});
    }

    void answerLater(QObject *context, Done done, const CallRecipe &recipe, const CallFailure &failure)
    {
        QTimer::singleShot(0, context, [done = std::move(done), recipe, failure] { done(recipe, failure); });
    }

    // Answers every held request with the current recipe.
    void release()
    {
        holding = false;
        userNeeded = userNeededOnRefusal = false;
        const auto answers = std::exchange(held, {});
        for (const Held &waiting : answers) {
            if (waiting.context)
                waiting.done(recipe(), {});
        }
    }
};

FakeHttpServer::Response ok(const FakeHttpServer::Request &request)
{
    return {200, {{"Content-Type", "text/plain"}}, request.method + " " + request.target + " " + request.body};
}

} // namespace

class TestCallEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsRecipeAndCallerHeaders();
    void keepsCallerAcceptEncoding();
    void neverUsesCookieJar();
    void refusesCallerAuthorization();
    void stripsForbiddenHeaders();
    void letsCallerAuthorizeWhenNotGenerated();
    void recipeHeadersWin();
    void refusalRefreshesOnceAndRetries_data();
    void refusalRefreshesOnceAndRetries();
    void secondRefusalIsDelivered();
    void invalidTokenChallengeOnAnyStatus();
    void otherChallengesAreDelivered();
    void bodyIsSentAgain_data();
    void bodyIsSentAgain();
    void redirectIsNotFollowed();
    void responseWithoutBody_data();
    void responseWithoutBody();
    void singleFlightForRecipes();
    void singleFlightForRefusals();
    void recipeIsCachedUntilExpiry();
    void signInRequiredWithoutWait();
    void waitsForUser();
    void refusedThenWaitsForUser();
    void bigBodyDoesNotWait();
    void authorizerFailureIsDelivered();
    void badTargetIsRefused_data();
    void badTargetIsRefused();
    void networkError();
    void abortWhileAuthorizing();
    void abortWhileSending();
    void deletingWaitingCallCancels();
    void deletingOnFailedIsSafe();
    void engineGoesFirst();
    void sequentialBodyIsRefused();

private:
    struct Outcome {
        int status = 0;
        QByteArray body;
        CallFailure failure;
        int responding = 0;
        int failed = 0;
        int waiting = 0;
        int finished = 0;
        QNetworkReply *reply = nullptr;
    };
    // Starts the call and follows it to its end.
    Outcome run(const CallRequest &request);
    CallRequest get(const QString &target = u"/items"_s) const;

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeAuthorizer> m_authorizer;
    std::unique_ptr<CallEngine> m_engine;
    QSet<QString> m_acceptedTokens;                       // the server's view; empty: every token
    QList<std::pair<QByteArray, QByteArray>> m_challenge; // the headers of its 401
};

void TestCallEngine::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_acceptedTokens.clear();
    m_challenge = {{"WWW-Authenticate", R"(Bearer error="invalid_token")"}};
    m_server = std::make_unique<FakeHttpServer>([this](const FakeHttpServer::Request &request) {
        const QByteArray authorization = request.headers.value("authorization");
        if (!m_acceptedTokens.isEmpty() && !m_acceptedTokens.contains(QString::fromUtf8(authorization.mid(7))))
            return FakeHttpServer::Response{401, m_challenge, "refused"};
        return ok(request);
    });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_authorizer = std::make_unique<FakeAuthorizer>();
    m_authorizer->baseUrl = m_server->url(u"/api"_s);
    m_engine = std::make_unique<CallEngine>(*m_network, *m_authorizer);
}

void TestCallEngine::cleanup()
{
    m_engine.reset();
    m_authorizer.reset();
    m_network.reset();
    m_server.reset();
}

CallRequest TestCallEngine::get(const QString &target) const
{
    CallRequest request;
    request.credential = u"Api"_s;
    request.target = target;
    return request;
}

TestCallEngine::Outcome TestCallEngine::run(const CallRequest &request)
{
    Outcome outcome;
    Call *call = m_engine->start(request);
    connect(call, &Call::waitingForUser, this, [&] { ++outcome.waiting; });
    connect(call, &Call::responding, this, [&](QNetworkReply *reply) {
        ++outcome.responding;
        outcome.reply = reply;
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    connect(call, &Call::failed, this, [&](const CallFailure &failure) {
        ++outcome.failed;
        outcome.failure = failure;
    });
    connect(call, &Call::finished, this, [&] { ++outcome.finished; });
    if (!QTest::qWaitFor([&] { return outcome.finished > 0; }, 10000))
        qFatal("the call did not finish");
    if (outcome.reply)
        outcome.body = outcome.reply->readAll();
    QTest::qWait(20); // nothing more may come
    return outcome;
}

void TestCallEngine::sendsRecipeAndCallerHeaders()
{
    CallRequest request = get(u"/items?a=1"_s);
    request.headers = {{"X-Caller", "one"}, {"Accept", "application/json"}, {"X-Caller", "two"}};
    const Outcome outcome = run(request);

    QCOMPARE(outcome.status, 200);
    QCOMPARE(outcome.responding, 1);
    QCOMPARE(outcome.failed, 0);
    QCOMPARE(outcome.finished, 1);
    QCOMPARE(outcome.body, QByteArray("GET /api/items?a=1 "));
    QCOMPARE(m_server->requests().size(), 1);
    const auto &headers = m_server->requests().first().headers;
    QCOMPARE(headers.value("authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(headers.value("x-api-key"), QByteArray("key-token-1"));
    QCOMPARE(headers.value("x-caller"), QByteArray("one, two"));
    QCOMPARE(headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(headers.value("accept-encoding"), QByteArray("identity"));
    QCOMPARE(headers.value("host"), m_server->url({}).authority().toUtf8());
    QVERIFY(!headers.contains("cookie"));
    QCOMPARE(m_authorizer->requests.size(), 1);
    QCOMPARE(m_authorizer->requests.first().credential, u"Api"_s);
    QVERIFY(m_authorizer->requests.first().refusedToken.isEmpty());
    QCOMPARE(m_authorizer->requests.first().wait, 0s);
}

void TestCallEngine::keepsCallerAcceptEncoding()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{200, {{"Content-Encoding", "gzip"}}, "not really gzip"};
    });
    CallRequest request = get();
    request.headers = {{"accept-encoding", "gzip"}};
    const Outcome outcome = run(request);
    QCOMPARE(m_server->requests().first().headers.value("accept-encoding"), QByteArray("gzip"));
    // Handed over as it came: the caller asked for it, so the caller decodes it.
    QCOMPARE(outcome.body, QByteArray("not really gzip"));
}

void TestCallEngine::neverUsesCookieJar()
{
    m_network->cookieJar()->setCookiesFromUrl({QNetworkCookie("jar", "secret")}, m_server->url(u"/api"_s));
    m_server->setHandler([](const FakeHttpServer::Request &request) {
        FakeHttpServer::Response response = ok(request);
        response.headers.append({QByteArray("Set-Cookie"), QByteArray("session=stolen; Path=/")});
        return response;
    });
    QCOMPARE(run(get()).status, 200);
    QVERIFY(!m_server->requests().first().headers.contains("cookie"));
    const QList<QNetworkCookie> stored = m_network->cookieJar()->cookiesForUrl(m_server->url(u"/api/x"_s));
    QCOMPARE(stored.size(), 1); // only the one the test put there
    QCOMPARE(stored.first().name(), QByteArray("jar"));
}

void TestCallEngine::refusesCallerAuthorization()
{
    CallRequest request = get();
    request.headers = {{"authorization", "Bearer mine"}};
    const Outcome outcome = run(request);
    QCOMPARE(outcome.failed, 1);
    QCOMPARE(outcome.responding, 0);
    QCOMPARE(outcome.finished, 1);
    QCOMPARE(outcome.failure.code, protocol::code::BadRequest.toString());
    QVERIFY2(outcome.failure.message.contains(u"Authorization"_s), qPrintable(outcome.failure.message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCallEngine::stripsForbiddenHeaders()
{
    CallRequest request = get();
    request.stripForbiddenHeaders = true;
    request.headers = {{"Authorization", "Bearer mine"},
                       {"Cookie", "a=b"},
                       {"Proxy-Authorization", "Bearer proxy-secret"},
                       {"X-Kept", "yes"}};
    QCOMPARE(run(request).status, 200);
    const auto &headers = m_server->requests().first().headers;
    QCOMPARE(headers.value("authorization"), QByteArray("Bearer token-1"));
    QVERIFY(!headers.contains("cookie"));
    QVERIFY(!headers.contains("proxy-authorization"));
    QCOMPARE(headers.value("x-kept"), QByteArray("yes"));
}

void TestCallEngine::letsCallerAuthorizeWhenNotGenerated()
{
    m_authorizer->generatesAuthorization = false;
    CallRequest request = get();
    request.headers = {{"Authorization", "Basic bWluZQ=="}, {"Cookie", "a=b"}};
    QCOMPARE(run(request).status, 200);
    const auto &headers = m_server->requests().first().headers;
    QCOMPARE(headers.value("authorization"), QByteArray("Basic bWluZQ=="));
    QCOMPARE(headers.value("cookie"), QByteArray("a=b"));
    QCOMPARE(headers.value("x-api-key"), QByteArray("key-token-1"));
}

void TestCallEngine::recipeHeadersWin()
{
    CallRequest request = get();
    request.headers = {{"x-API-key", "mine"},      {"Host", "evil.example"},  {"Content-Length", "99"},
                       {"Expect", "100-continue"}, {"Connection", "Upgrade"}, {"Upgrade", "websocket"}};
    QCOMPARE(run(request).status, 200);
    const auto &headers = m_server->requests().first().headers;
    QCOMPARE(headers.value("x-api-key"), QByteArray("key-token-1"));
    QCOMPARE(headers.value("host"), m_server->url({}).authority().toUtf8());
    QVERIFY(!headers.contains("content-length") || headers.value("content-length") == "0");
    QVERIFY(!headers.contains("expect"));
    QVERIFY(!headers.contains("upgrade"));
    QCOMPARE(headers.value("connection"), QByteArray("Keep-Alive"));
}

void TestCallEngine::refusalRefreshesOnceAndRetries_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::newRow("Bearer invalid_token") << QByteArray(R"(Bearer error="invalid_token")");
    QTest::newRow("Bearer") << QByteArray("Bearer");
    QTest::newRow("Basic") << QByteArray(R"(Basic realm="api")");
    QTest::newRow("no challenge") << QByteArray();
}

void TestCallEngine::refusalRefreshesOnceAndRetries()
{
    QFETCH(QByteArray, challenge);
    m_challenge.clear();
    if (!challenge.isEmpty())
        m_challenge.append({"WWW-Authenticate", challenge});
    m_acceptedTokens = {u"token-2"_s};
    const Outcome outcome = run(get());
    QCOMPARE(outcome.status, 200);
    QCOMPARE(outcome.responding, 1);
    QCOMPARE(m_authorizer->requests.size(), 2);
    QCOMPARE(m_authorizer->requests.at(1).refusedToken, u"token-1"_s);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).headers.value("authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(m_server->requests().at(1).headers.value("authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(m_server->requests().at(1).headers.value("x-api-key"), QByteArray("key-token-2"));
    // The new recipe is the one used next.
    QCOMPARE(run(get()).status, 200);
    QCOMPARE(m_authorizer->requests.size(), 2);
}

void TestCallEngine::secondRefusalIsDelivered()
{
    m_acceptedTokens = {u"none"_s};
    const Outcome outcome = run(get());
    QCOMPARE(outcome.status, 401);
    QCOMPARE(outcome.body, QByteArray("refused"));
    QCOMPARE(outcome.responding, 1);
    QCOMPARE(outcome.failed, 0);
    QCOMPARE(m_authorizer->requests.size(), 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestCallEngine::invalidTokenChallengeOnAnyStatus()
{
    m_server->setHandler([](const FakeHttpServer::Request &request) {
        if (request.headers.value("authorization") == "Bearer token-1")
            return FakeHttpServer::Response{
                400, {{"WWW-Authenticate", R"(Bearer realm="api", error="invalid_token", error_description="x")"}}, {}};
        return ok(request);
    });
    QCOMPARE(run(get()).status, 200);
    QCOMPARE(m_authorizer->requests.size(), 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestCallEngine::otherChallengesAreDelivered()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{403, {{"WWW-Authenticate", R"(Bearer error="insufficient_scope")"}}, "scope"};
    });
    const Outcome outcome = run(get());
    QCOMPARE(outcome.status, 403);
    QCOMPARE(outcome.body, QByteArray("scope"));
    QCOMPARE(m_authorizer->requests.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCallEngine::bodyIsSentAgain_data()
{
    QTest::addColumn<QByteArray>("method");
    for (const char *method : {"POST", "PUT", "PATCH", "DELETE"})
        QTest::newRow(method) << QByteArray(method);
}

void TestCallEngine::bodyIsSentAgain()
{
    QFETCH(QByteArray, method);
    m_acceptedTokens = {u"token-2"_s};
    QByteArray bytes("{\"binary\":\"");
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    bytes += "\"}";
    QBuffer body(&bytes);
    QVERIFY(body.open(QIODevice::ReadOnly));
    CallRequest request = get(u"/things/1"_s);
    request.method = method;
    request.body = &body;
    request.headers = {{"Content-Type", "application/octet-stream"}};
    const Outcome outcome = run(request);
    QCOMPARE(outcome.status, 200);
    QCOMPARE(m_server->requests().size(), 2);
    for (const auto &sent : m_server->requests()) {
        QCOMPARE(sent.method, method);
        QCOMPARE(sent.target, QByteArray("/api/things/1"));
        QCOMPARE(sent.body, bytes);
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/octet-stream"));
    }
}

void TestCallEngine::redirectIsNotFollowed()
{
    FakeHttpServer other(ok);
    m_server->setHandler([&](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{302, {{"Location", other.url(u"/elsewhere"_s).toEncoded()}}, "moved"};
    });
    const Outcome outcome = run(get());
    QCOMPARE(outcome.status, 302);
    QCOMPARE(outcome.reply->rawHeader("Location"), other.url(u"/elsewhere"_s).toEncoded());
    QCOMPARE(outcome.body, QByteArray("moved"));
    QCOMPARE(outcome.failed, 0);
    QVERIFY(other.requests().isEmpty());
}

void TestCallEngine::responseWithoutBody_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("204") << QByteArray("DELETE") << 204;
    QTest::newRow("HEAD") << QByteArray("HEAD") << 200;
    QTest::newRow("empty 200") << QByteArray("GET") << 200;
}

void TestCallEngine::responseWithoutBody()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    m_server->setHandler([status](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{status, {}, {}};
    });
    CallRequest request = get();
    request.method = method;
    const Outcome outcome = run(request);
    QCOMPARE(outcome.responding, 1);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.finished, 1);
    QCOMPARE(m_server->requests().first().method, method);
}

void TestCallEngine::singleFlightForRecipes()
{
    m_authorizer->holding = true;
    QList<Call *> calls;
    int finished = 0;
    for (int i = 0; i < 50; ++i) {
        Call *call = m_engine->start(get(u"/n/%1"_s.arg(i)));
        connect(call, &Call::finished, this, [&] { ++finished; });
        calls.append(call);
    }
    QTRY_COMPARE(m_authorizer->held.size(), 1);
    QTest::qWait(20);
    QCOMPARE(m_authorizer->requests.size(), 1);
    m_authorizer->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 50, 10000);
    QCOMPARE(m_server->requests().size(), 50);
    for (Call *call : calls)
        QCOMPARE(call->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_authorizer->requests.size(), 1);
}

void TestCallEngine::singleFlightForRefusals()
{
    m_acceptedTokens = {u"token-2"_s};
    // Every first attempt is under way (and refused) before any refusal is answered.
    m_server->hold();
    QList<Call *> calls;
    int finished = 0;
    for (int i = 0; i < 50; ++i) {
        Call *call = m_engine->start(get(u"/n/%1"_s.arg(i)));
        connect(call, &Call::finished, this, [&] { ++finished; });
        calls.append(call);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 6, 10000); // Qt's connections per host
    m_authorizer->holding = true;
    m_server->release();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 50, 10000); // the first attempts, all refused
    QTRY_COMPARE(m_authorizer->requests.size(), 2);
    QTest::qWait(50);
    m_authorizer->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 50, 10000);
    QCOMPARE(m_authorizer->requests.size(), 2);
    QCOMPARE(m_authorizer->requests.at(1).refusedToken, u"token-1"_s);
    QCOMPARE(m_server->requests().size(), 100);
    for (Call *call : calls)
        QCOMPARE(call->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestCallEngine::recipeIsCachedUntilExpiry()
{
    QCOMPARE(run(get()).status, 200);
    QCOMPARE(run(get()).status, 200);
    QCOMPARE(m_authorizer->requests.size(), 1);
    // A token about to expire is not kept.
    m_engine.reset();
    m_engine = std::make_unique<CallEngine>(*m_network, *m_authorizer);
    m_authorizer->expiresAt = QDateTime::currentDateTimeUtc().addSecs(2);
    QCOMPARE(run(get()).status, 200);
    QCOMPARE(run(get()).status, 200);
    QCOMPARE(m_authorizer->requests.size(), 3);
}

void TestCallEngine::signInRequiredWithoutWait()
{
    m_authorizer->userNeeded = true;
    const Outcome outcome = run(get());
    QCOMPARE(outcome.failed, 1);
    QCOMPARE(outcome.failure.code, protocol::code::SignInRequired.toString());
    QCOMPARE(outcome.failure.message, u"Sign in to Api again."_s);
    QCOMPARE(outcome.waiting, 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCallEngine::waitsForUser()
{
    m_authorizer->userNeeded = true;
    QByteArray bytes("the body");
    QBuffer body(&bytes);
    QVERIFY(body.open(QIODevice::ReadOnly));
    CallRequest request = get();
    request.method = "POST";
    request.body = &body;
    request.wait = 60s;
    Call *call = m_engine->start(request);
    QSignalSpy waiting(call, &Call::waitingForUser);
    QSignalSpy finished(call, &Call::finished);
    QVERIFY(waiting.wait());
    QCOMPARE(waiting.first().first().toString(), u"Waiting for Api."_s);
    QCOMPARE(m_authorizer->requests.size(), 1);
    QCOMPARE(m_authorizer->requests.first().wait, 60s);
    QTest::qWait(50);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(finished.size(), 0);

    m_authorizer->release(); // the user signed in
    QVERIFY(finished.wait());
    QCOMPARE(call->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, bytes);
    QCOMPARE(waiting.size(), 1);
}

// 401, the refresh needs the user: the call waits, then goes out once more with the new token.
void TestCallEngine::refusedThenWaitsForUser()
{
    m_acceptedTokens = {u"token-2"_s};
    m_authorizer->userNeededOnRefusal = true;
    QByteArray bytes("payload");
    QBuffer body(&bytes);
    QVERIFY(body.open(QIODevice::ReadOnly));
    CallRequest request = get();
    request.method = "PATCH";
    request.body = &body;
    request.wait = 120s;
    Call *call = m_engine->start(request);
    QSignalSpy waiting(call, &Call::waitingForUser);
    QSignalSpy responding(call, &Call::responding);
    QSignalSpy finished(call, &Call::finished);
    QVERIFY(waiting.wait());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_authorizer->requests.size(), 2);
    QCOMPARE(m_authorizer->requests.at(1).refusedToken, u"token-1"_s);
    QCOMPARE(m_authorizer->requests.at(1).wait, 120s);
    QCOMPARE(responding.size(), 0);

    m_authorizer->release();
    QVERIFY(finished.wait());
    QCOMPARE(responding.size(), 1);
    QCOMPARE(call->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).headers.value("authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(m_server->requests().at(1).body, bytes);
    QCOMPARE(waiting.size(), 1);
}

void TestCallEngine::bigBodyDoesNotWait()
{
    m_engine->setMaxWaitingBody(8);
    m_authorizer->userNeeded = true;
    QByteArray small("12345678");
    QByteArray big("123456789");
    for (QByteArray *bytes : {&small, &big}) {
        QBuffer body(bytes);
        QVERIFY(body.open(QIODevice::ReadOnly));
        CallRequest request = get();
        request.method = "PUT";
        request.body = &body;
        request.wait = 30s;
        if (bytes == &small) {
            Call *call = m_engine->start(request);
            QSignalSpy waiting(call, &Call::waitingForUser);
            QVERIFY(waiting.wait());
            QCOMPARE(m_authorizer->requests.last().wait, 30s);
            delete call;
            continue;
        }
        const Outcome outcome = run(request);
        QCOMPARE(m_authorizer->requests.last().wait, 0s);
        QCOMPARE(outcome.failure.code, protocol::code::SignInRequired.toString());
        QCOMPARE(outcome.waiting, 0);
    }
}

void TestCallEngine::authorizerFailureIsDelivered()
{
    m_authorizer->failureCode = protocol::code::NotFound.toString();
    const Outcome outcome = run(get());
    QCOMPARE(outcome.failed, 1);
    QCOMPARE(outcome.failure.code, u"not-found"_s);
    QCOMPARE(outcome.failure.message, u"It failed."_s);
    QCOMPARE(outcome.finished, 1);
    QVERIFY(outcome.reply == nullptr);
}

void TestCallEngine::badTargetIsRefused_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("dots") << u"Api"_s << u"/a/../../x"_s << QByteArray("GET");
    QTest::newRow("encoded dots") << u"Api"_s << u"/%2e%2e/x"_s << QByteArray("GET");
    QTest::newRow("absolute") << u"Api"_s << u"http://evil.example/"_s << QByteArray("GET");
    QTest::newRow("bad name") << u"../Api"_s << u"/x"_s << QByteArray("GET");
    QTest::newRow("bad method") << u"Api"_s << u"/x"_s << QByteArray("GET /x HTTP/1.1\r\n");
    QTest::newRow("CONNECT") << u"Api"_s << u"/x"_s << QByteArray("CONNECT");
}

void TestCallEngine::badTargetIsRefused()
{
    QFETCH(QString, credential);
    QFETCH(QString, target);
    QFETCH(QByteArray, method);
    CallRequest request = get(target);
    request.credential = credential;
    request.method = method;
    const Outcome outcome = run(request);
    QCOMPARE(outcome.failure.code, protocol::code::BadRequest.toString());
    QVERIFY(!outcome.failure.message.isEmpty());
    QVERIFY(m_authorizer->requests.isEmpty());
    QVERIFY(m_server->requests().isEmpty());

    // A header that would split the request.
    request = get();
    request.headers = {{"X-Evil", "a\r\nHost: evil.example"}};
    QCOMPARE(run(request).failure.code, protocol::code::BadRequest.toString());
}

void TestCallEngine::networkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_authorizer->baseUrl = QUrl(u"http://127.0.0.1:%1/api"_s.arg(port));
    const Outcome outcome = run(get());
    QCOMPARE(outcome.failed, 1);
    QCOMPARE(outcome.responding, 0);
    QCOMPARE(outcome.finished, 1);
    QCOMPARE(outcome.failure.code, protocol::code::NetworkError.toString());
    QVERIFY2(outcome.failure.message.contains(u"127.0.0.1"_s), qPrintable(outcome.failure.message));
}

void TestCallEngine::abortWhileAuthorizing()
{
    m_authorizer->holding = true;
    Call *call = m_engine->start(get());
    QSignalSpy failed(call, &Call::failed);
    QSignalSpy finished(call, &Call::finished);
    QTRY_COMPARE(m_authorizer->held.size(), 1);
    const QPointer<QObject> context = m_authorizer->held.first().context;
    call->abort();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->failure().code, protocol::code::Interrupted.toString());
    QTRY_VERIFY(context.isNull()); // the authorizer is told: nobody waits any more
    call->abort();
    m_authorizer->release();
    QTest::qWait(20);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCallEngine::abortWhileSending()
{
    m_server->hold();
    Call *call = m_engine->start(get());
    QSignalSpy failed(call, &Call::failed);
    QSignalSpy finished(call, &Call::finished);
    QTRY_COMPARE(m_server->requests().size(), 1);
    call->abort();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.first().first().value<CallFailure>().code, protocol::code::Interrupted.toString());
    m_server->release();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestCallEngine::deletingWaitingCallCancels()
{
    m_authorizer->userNeeded = true;
    CallRequest request = get();
    request.wait = 60s;
    Call *call = m_engine->start(request);
    QSignalSpy waiting(call, &Call::waitingForUser);
    QVERIFY(waiting.wait());
    const QPointer<QObject> context = m_authorizer->held.first().context;
    QVERIFY(context);
    delete call;
    QTRY_VERIFY(context.isNull());
}

void TestCallEngine::deletingOnFailedIsSafe()
{
    m_authorizer->failureCode = protocol::code::NotFound.toString();
    Call *call = m_engine->start(get());
    QPointer<Call> watched = call;
    connect(call, &Call::failed, this, [call] { delete call; });
    QTRY_VERIFY(watched.isNull());
}

void TestCallEngine::engineGoesFirst()
{
    m_authorizer->holding = true;
    Call *waiting = m_engine->start(get());
    QTRY_COMPARE(m_authorizer->held.size(), 1);
    const QPointer<QObject> context = m_authorizer->held.first().context;
    m_authorizer->holding = false;
    m_server->hold();
    CallEngine other(*m_network, *m_authorizer);
    Call *sending = other.start(get());
    QTRY_COMPARE(m_server->requests().size(), 1);
    QPointer<Call> watched[] = {waiting, sending};
    m_engine.reset();
    QVERIFY(watched[0].isNull());
    QVERIFY(context.isNull());
    m_authorizer->release();
    QTest::qWait(20);
    QVERIFY(watched[1]);
}

// A body that cannot be read twice (a pipe) could not be sent again: refused before anything.
void TestCallEngine::sequentialBodyIsRefused()
{
    class Pipe : public QBuffer
    {
    public:
        using QBuffer::QBuffer;
        bool isSequential() const override { return true; }
    };
    QByteArray bytes("streamed");
    Pipe body(&bytes);
    QVERIFY(body.open(QIODevice::ReadOnly));
    CallRequest request = get();
    request.method = "POST";
    request.body = &body;
    const Outcome outcome = run(request);
    QCOMPARE(outcome.failure.code, protocol::code::BadRequest.toString());
    QVERIFY(m_authorizer->requests.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestCallEngine)
#include "tst_callengine.moc"
