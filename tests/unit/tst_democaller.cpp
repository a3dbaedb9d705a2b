// The demo's caller, fast: the agent's core on temporary files (in-memory keychain, manual clock), a
// loopback fake as the demo API and its token endpoint. Each outcome in its plain words: a token
// still valid, one refreshed silently after a 401, a call that waits for a first sign-in or for a
// re-authentication and completes after it, a failure; never two calls at a time.
#include "FakeServiceFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/model/TokenSet.h"
#include "demo/DemoCaller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using demo::DemoCaller;
using test::FakeHttpServer;

class TestDemoCaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenStillValid();
    void tokenRefreshedSilently();
    void waitsForAFirstSignIn();
    void waitsForReauthentication();
    void neverTwoCallsAtATime();
    void failures_data();
    void failures();
    void failureWithoutAResponse();

private:
    QString id() const { return m_service->id(); }
    int apiRequests() const;
    int tokenRequests() const;
    std::unique_ptr<DemoCaller> makeCaller(const QString &name = u"DemoApi"_s, std::chrono::seconds interval = 10s);
    const DemoCaller::Entry &lastEntry() const { return m_caller->log().constLast(); }

    std::unique_ptr<test::FakeServiceFixture> m_service;
    std::unique_ptr<DemoCaller> m_caller;
};

namespace {

FakeHttpServer::Response me(int secondsLeft = 42)
{
    return FakeHttpServer::json(200,
                                u"{\"user\":\"Demo User\",\"tokenExpiresInSeconds\":%1}"_s.arg(secondsLeft).toUtf8());
}

FakeHttpServer::Response refused()
{
    return {401, {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}, {}};
}

} // namespace

void TestDemoCaller::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_service = std::make_unique<test::FakeServiceFixture>();
    m_service->api = [](const FakeHttpServer::Request &) { return me(); };
    QVERIFY(m_service->setUp());
}

void TestDemoCaller::cleanup()
{
    m_caller.reset();
    m_service.reset();
}

int TestDemoCaller::apiRequests() const
{
    const auto &requests = m_service->server().requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [](const FakeHttpServer::Request &r) { return r.target == "/api/me"; }));
}

int TestDemoCaller::tokenRequests() const
{
    const auto &requests = m_service->server().requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [](const FakeHttpServer::Request &r) { return r.target == "/token"; }));
}

std::unique_ptr<DemoCaller> TestDemoCaller::makeCaller(const QString &name, std::chrono::seconds interval)
{
    return std::make_unique<DemoCaller>(m_service->core().catalog(), m_service->core().core().calls, name, interval);
}

void TestDemoCaller::tokenStillValid()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    m_caller = makeCaller();
    QSignalSpy logged(m_caller.get(), &DemoCaller::logged);
    QSignalSpy calling(m_caller.get(), &DemoCaller::callingChanged);
    m_caller->callNow();
    QVERIFY(m_caller->isCalling());
    QTRY_COMPARE(logged.count(), 1);
    QVERIFY(!m_caller->isCalling());
    QCOMPARE(calling.count(), 2);
    QCOMPARE(calling.at(0).at(0).toBool(), true);
    QCOMPARE(calling.at(1).at(0).toBool(), false);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Answered);
    QCOMPARE(lastEntry().text, u"200 — token still valid (Demo User, 42 s left)"_s);
    QVERIFY(qAbs(lastEntry().time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(logged.first().first().value<DemoCaller::Entry>().text, lastEntry().text);
    QCOMPARE(m_service->server().requests().constLast().method, QByteArray("GET"));
    QCOMPARE(m_service->server().requests().constLast().headers.value("authorization"),
             QByteArray("Bearer at-initial"));

    // The API's fields are optional.
    m_service->api = [](const FakeHttpServer::Request &) { return FakeHttpServer::json(200, "[1, 2]"); };
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 2);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Answered);
    QCOMPARE(lastEntry().text, u"200 — token still valid"_s);
    QCOMPARE(tokenRequests(), 0);
}

// The API refuses the token once: the engine refreshes it and sends the call again, and nobody had
// to do anything. The next call finds the token as it was.
void TestDemoCaller::tokenRefreshedSilently()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    m_caller = makeCaller();
    bool refusedOnce = false;
    m_service->api = [&refusedOnce](const FakeHttpServer::Request &request) {
        if (!std::exchange(refusedOnce, true)) {
            if (request.headers.value("authorization") != "Bearer at-initial")
                return FakeHttpServer::json(400, "{\"error\":\"not the first token\"}");
            return refused();
        }
        return me(3599);
    };
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 1);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::RefreshedSilently);
    QCOMPARE(lastEntry().text, u"200 — token refreshed silently (Demo User, 3599 s left)"_s);
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(m_service->server().requests().constLast().headers.value("authorization"), QByteArray("Bearer at-1"));

    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 2);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Answered);

    // A refresh between two calls (the agent's own schedule) is told by the next call.
    m_service->core().catalog().changeExternalAuthentication(
        id(), [](ExternalAuthentication &r) { r.status = AuthStatus::Refreshing; });
    m_service->core().catalog().changeExternalAuthentication(
        id(), [](ExternalAuthentication &r) { r.status = AuthStatus::SignedIn; });
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 3);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::RefreshedSilently);
}

// Never signed in: the call waits for the first sign-in (held back, not sent), then completes.
void TestDemoCaller::waitsForAFirstSignIn()
{
    m_caller = makeCaller();
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 1);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Waiting);
    QCOMPARE(lastEntry().text, u"Not signed in yet: waiting for you to sign in"_s);
    QVERIFY(m_caller->isCalling());
    QCOMPARE(m_service->core().core().calls.waitingCalls(id()), 1);
    m_caller->callNow(); // held back by the waiting call
    QCOMPARE(apiRequests(), 0);

    QVERIFY(m_service->signIn(u"at-first"_s));
    QTRY_COMPARE(m_caller->log().size(), 2);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::WaitingCallCompleted);
    QCOMPARE(lastEntry().text, u"200 — the waiting call completed (Demo User, 42 s left)"_s);
    QVERIFY(!m_caller->isCalling());
    QCOMPARE(apiRequests(), 1);
    QCOMPARE(m_service->server().requests().constLast().headers.value("authorization"), QByteArray("Bearer at-first"));
}

// The service ended the session: the call waits for the user to Re-authenticate, then completes.
void TestDemoCaller::waitsForReauthentication()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    m_caller = makeCaller();
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 1);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Answered);

    QVERIFY(m_service->core().setStatus(u"DemoApi"_s, AuthStatus::SignInRequired));
    m_service->api = [](const FakeHttpServer::Request &request) {
        return request.headers.value("authorization") == "Bearer at-again" ? me(60) : refused();
    };
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 2);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Waiting);
    QCOMPARE(lastEntry().text, u"The service ended the session: waiting for you to Re-authenticate"_s);
    QVERIFY(m_caller->isCalling());

    QVERIFY(m_service->signIn(u"at-again"_s));
    QTRY_COMPARE(m_caller->log().size(), 3);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::WaitingCallCompleted);
    QCOMPARE(lastEntry().text, u"200 — the waiting call completed (Demo User, 60 s left)"_s);
    QVERIFY(!m_caller->isCalling());
}

// The timer ticks while a call is under way: nothing. Once it is answered, the next tick calls.
void TestDemoCaller::neverTwoCallsAtATime()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    m_service->server().hold();
    m_caller = makeCaller(u"DemoApi"_s, 1s);
    auto *timer = m_caller->findChild<QTimer *>(u"callTimer"_s);
    QVERIFY(timer);
    QSignalSpy ticks(timer, &QTimer::timeout);
    m_caller->start();
    QTRY_COMPARE(apiRequests(), 1);
    m_caller->callNow();
    QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 2, 10000); // two ticks and a click, all during the held call
    QCOMPARE(apiRequests(), 1);
    QVERIFY(m_caller->isCalling());
    QVERIFY(m_caller->log().isEmpty());

    m_service->server().release();
    QTRY_COMPARE(m_caller->log().size(), 1);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Answered);
    QTRY_COMPARE(apiRequests(), 2); // the timer goes on
}

void TestDemoCaller::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");

    // FakeHttpServer's reason phrase is always "X".
    QTest::newRow("500 with text") << 500 << QByteArray("text/plain") << QByteArray("boom\n") << u"500 — X: boom"_s;
    QTest::newRow("503 with JSON") << 503 << QByteArray("application/json")
                                   << QByteArray(R"({"error":"temporarily_unavailable","error_description":"Later."})")
                                   << u"503 — X: Later."_s;
    QTest::newRow("404 with HTML") << 404 << QByteArray("text/html") << QByteArray("<html>nope</html>") << u"404 — X"_s;
    const QByteArray longBody(500, 'a');
    QTest::newRow("long body") << 500 << QByteArray("text/plain") << longBody
                               << u"500 — X: "_s + QString(119, u'a') + u'…';
    QTest::newRow("302") << 302 << QByteArray("text/plain") << QByteArray() << u"302 — X"_s;
}

void TestDemoCaller::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QVERIFY(m_service->signIn(u"at-initial"_s));
    m_caller = makeCaller();
    m_service->api = [&](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{status, {{"Content-Type", contentType}, {"Location", "/elsewhere"}}, body};
    };
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 1);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Failed);
    QCOMPARE(lastEntry().text, text);
    QVERIFY(!m_caller->isCalling());
}

// No response at all: the call's failure in its own words.
void TestDemoCaller::failureWithoutAResponse()
{
    m_caller = makeCaller(u"Nope"_s);
    m_caller->callNow();
    QTRY_COMPARE(m_caller->log().size(), 1);
    QCOMPARE(lastEntry().outcome, DemoCaller::Outcome::Failed);
    QCOMPARE(lastEntry().text, u"No named credential is called Nope."_s);
    QVERIFY(!m_caller->isCalling());
}

QTEST_MAIN(TestDemoCaller)
#include "tst_democaller.moc"
