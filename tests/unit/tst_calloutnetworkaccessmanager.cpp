// callout::CalloutNetworkAccessManager (the public Qt client library) with a fake authorizer and a
// fake API server: what a program sees of a callout: request — signals in QNetworkAccessManager's
// order, the response's status, headers and body mirrored, failures mapped to NetworkError values,
// abort — and that every other URL is left to QNetworkAccessManager.
#include "CalloutClient/CalloutNetworkAccessManager.h"

#include "FakeHttpServer.h"
#include "calloutclient/CallAuthorizer.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using callout::CallAuthorizer;
using callout::CalloutNetworkAccessManager;
using callout::test::FakeHttpServer;

namespace {

// Answers every request (later, as the real ones do) with `recipe`, or `failure` when one is set;
// with `waitingMessage` set it first says that the call waits for the user.
class FakeAuthorizer : public CallAuthorizer
{
public:
    callout::CallRecipe recipe;
    callout::CallFailure failure;
    QString waitingMessage;
    QList<Request> requests;
    bool holding = false; // answers wait for release()
    QList<std::function<void()>> held;

    void authorize(const Request &request, QObject *context, Done done) override
    {
        requests.append(request);
        auto answer = [this, request, done] {
            if (!waitingMessage.isEmpty() && request.onWaiting)
                request.onWaiting(waitingMessage);
            done(failure.isFailure() ? callout::CallRecipe{} : recipe, failure);
        };
        if (holding)
            held.append([context = QPointer<QObject>(context), answer] {
                if (context)
                    answer();
            });
        else
            QMetaObject::invokeMethod(context, answer, Qt::QueuedConnection);
    }
    void release()
    {
        const QList<std::function<void()>> answers = std::exchange(held, {});
        for (const auto &answer : answers)
            answer();
    }
};

// The protected constructor, for a program (here: the test) that brings its own authorizer.
class TestManager : public CalloutNetworkAccessManager
{
public:
    explicit TestManager(CallAuthorizer &authorizer)
        : CalloutNetworkAccessManager(authorizer)
    { }
};

} // namespace

class TestCalloutNetworkAccessManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void responseIsMirroredAndBodyStreamed();
    void errorStatusKeepsItsBody();
    void redirectComesBackUntouched();
    void methodsAndBodiesReachTheServer_data();
    void methodsAndBodiesReachTheServer();
    void failures_data();
    void failures();
    void waitIsPassedAndWaitingReported();
    void abortCancels();
    void deletingAReplyCancelsItsCall();
    void badAddressFailsLater();
    void otherUrlsAreUntouched();
    void callIsASupportedScheme();

private:
    QNetworkReply *get(const QString &url, const QList<std::pair<QByteArray, QVariant>> &attributes = {});

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<FakeAuthorizer> m_authorizer;
    std::unique_ptr<TestManager> m_network;
    std::shared_ptr<QStringList> m_events; // the last get()'s reply's signals, in order
};

void TestCalloutNetworkAccessManager::init()
{
    m_server = std::make_unique<FakeHttpServer>([](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{200, {{"Content-Type", "text/plain"}}, "hello"};
    });
    m_authorizer = std::make_unique<FakeAuthorizer>();
    m_authorizer->recipe.credential = u"Api"_s;
    m_authorizer->recipe.baseUrl = m_server->url(u"/api"_s);
    m_authorizer->recipe.headers = {{"Authorization", "Bearer token-1"}};
    m_authorizer->recipe.token = u"token-1"_s;
    m_network = std::make_unique<TestManager>(*m_authorizer);
}

void TestCalloutNetworkAccessManager::cleanup()
{
    m_network.reset();
    m_authorizer.reset();
    m_server.reset();
}

// A GET with the reply's signals recorded in m_events.
QNetworkReply *TestCalloutNetworkAccessManager::get(const QString &url,
                                                    const QList<std::pair<QByteArray, QVariant>> &attributes)
{
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : attributes)
        request.setAttribute(QNetworkRequest::Attribute(name.toInt()), value);
    QNetworkReply *reply = m_network->get(request);
    m_events = std::make_shared<QStringList>();
    auto add = [events = m_events](const char *name) {
        const QString event = QString::fromLatin1(name);
        if (events->isEmpty() || events->last() != event || event != u"readyRead"_s)
            events->append(event); // a run of readyRead counts once
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [add] { add("metaDataChanged"); });
    connect(reply, &QNetworkReply::readyRead, reply, [add] { add("readyRead"); });
    connect(reply, &QNetworkReply::errorOccurred, reply, [add] { add("errorOccurred"); });
    connect(reply, &QNetworkReply::finished, reply, [add] { add("finished"); });
    return reply;
}

void TestCalloutNetworkAccessManager::responseIsMirroredAndBodyStreamed()
{
    const QByteArray body = QByteArray(3 * 1024 * 1024, 'x') + "end";
    m_server->setHandler([body](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{201, {{"Content-Type", "text/plain"}, {"X-Thing", "a b"}}, body};
    });
    QSignalSpy managerFinished(m_network.get(), &QNetworkAccessManager::finished);
    std::unique_ptr<QNetworkReply> reply(get(u"callout:Api/me?x=1"_s));
    QByteArray received;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->read(64 * 1024); });
    QTRY_VERIFY(reply->isFinished());
    received += reply->readAll();

    QCOMPARE(*m_events, (QStringList{u"metaDataChanged"_s, u"readyRead"_s, u"finished"_s}));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), "X");
    QCOMPARE(reply->rawHeader("X-Thing"), "a b");
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"text/plain"_s);
    QCOMPARE(reply->url(), QUrl(u"callout:Api/me?x=1"_s));
    QCOMPARE(received.size(), body.size());
    QVERIFY(received == body);
    // The program's finished(QNetworkReply *) sees its reply, not the engine's own.
    QCOMPARE(managerFinished.size(), 1);
    QCOMPARE(managerFinished.first().first().value<QNetworkReply *>(), reply.get());

    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target, "/api/me?x=1");
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "Bearer token-1");
    QCOMPARE(m_authorizer->requests.size(), 1);
    QCOMPARE(m_authorizer->requests.first().credential, u"Api"_s);
    QCOMPARE(m_authorizer->requests.first().wait, std::chrono::seconds(0));
}

void TestCalloutNetworkAccessManager::errorStatusKeepsItsBody()
{
    m_server->setHandler([](const FakeHttpServer::Request &) { return FakeHttpServer::json(404, "{\"e\":1}"); });
    std::unique_ptr<QNetworkReply> reply(get(u"callout:Api/missing"_s));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(reply->readAll(), "{\"e\":1}");
    QCOMPARE(m_events->first(), u"metaDataChanged"_s);
    QVERIFY2(m_events->indexOf(u"errorOccurred"_s) >= 0 && m_events->last() == u"finished"_s,
             qPrintable(m_events->join(u' ')));
}

void TestCalloutNetworkAccessManager::redirectComesBackUntouched()
{
    m_server->setHandler([](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{302, {{"Location", "http://127.0.0.1:1/elsewhere"}}, {}};
    });
    std::unique_ptr<QNetworkReply> reply(get(u"callout:Api/go"_s));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    QCOMPARE(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(),
             QUrl(u"http://127.0.0.1:1/elsewhere"_s));
    QCOMPARE(reply->rawHeader("Location"), "http://127.0.0.1:1/elsewhere");
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCalloutNetworkAccessManager::methodsAndBodiesReachTheServer_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("a=1&b=2");
    QTest::newRow("PUT binary") << QByteArray("PUT") << QByteArray("\0\1\2\xff", 4);
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("{}");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray();
}

void TestCalloutNetworkAccessManager::methodsAndBodiesReachTheServer()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QNetworkRequest request{QUrl(u"callout:Api/items/1"_s)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    request.setRawHeader("X-Mine", "yes");
    std::unique_ptr<QNetworkReply> reply;
    if (method == "POST")
        reply.reset(m_network->post(request, body));
    else if (method == "PUT")
        reply.reset(m_network->put(request, body));
    else if (method == "DELETE")
        reply.reset(m_network->deleteResource(request));
    else if (method == "HEAD")
        reply.reset(m_network->head(request));
    else
        reply.reset(m_network->sendCustomRequest(request, method, body));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(m_server->requests().size(), 1);
    const FakeHttpServer::Request &seen = m_server->requests().first();
    QCOMPARE(seen.method, method);
    QCOMPARE(seen.target, "/api/items/1");
    QCOMPARE(seen.body, body);
    QCOMPARE(seen.headers.value("x-mine"), "yes");
    QCOMPARE(seen.headers.value("authorization"), "Bearer token-1");
}

void TestCalloutNetworkAccessManager::failures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::newRow("sign-in-required") << u"sign-in-required"_s << QNetworkReply::AuthenticationRequiredError;
    QTest::newRow("agent-unreachable") << u"agent-unreachable"_s << QNetworkReply::ConnectionRefusedError;
    QTest::newRow("bad-request") << u"bad-request"_s << QNetworkReply::ProtocolInvalidOperationError;
    QTest::newRow("not-found") << u"not-found"_s << QNetworkReply::HostNotFoundError;
    QTest::newRow("keychain-locked") << u"keychain-locked"_s << QNetworkReply::UnknownServerError;
}

void TestCalloutNetworkAccessManager::failures()
{
    QFETCH(QString, code);
    QFETCH(QNetworkReply::NetworkError, error);
    const QString message = u"Sign in to Api again: click Re-authenticate in Callout's menu."_s;
    m_authorizer->failure = {code, message};
    std::unique_ptr<QNetworkReply> reply(get(u"callout:Api/me"_s));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), error);
    QCOMPARE(reply->errorString(), message);
    QCOMPARE(reply->attribute(QNetworkRequest::Attribute(CalloutNetworkAccessManager::FailureCodeAttribute)).toString(),
             code);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QCOMPARE(*m_events, (QStringList{u"errorOccurred"_s, u"finished"_s}));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCalloutNetworkAccessManager::waitIsPassedAndWaitingReported()
{
    m_authorizer->waitingMessage = u"A call to Api waits for you to sign in again."_s;
    // The wait ran out: recipes are cached, failures are not, so each request asks.
    m_authorizer->failure = {u"sign-in-required"_s, u"Sign in to Api again."_s};
    QSignalSpy waiting(m_network.get(), &CalloutNetworkAccessManager::waitingForUser);
    std::unique_ptr<QNetworkReply> withAttribute(
        get(u"callout:Api/me"_s, {{QByteArray::number(CalloutNetworkAccessManager::WaitAttribute), 30}}));
    QTRY_VERIFY(withAttribute->isFinished());
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(0).value<QNetworkReply *>(), withAttribute.get());
    QCOMPARE(waiting.first().at(1).toString(), m_authorizer->waitingMessage);
    QCOMPARE(withAttribute->error(), QNetworkReply::AuthenticationRequiredError);

    m_network->setDefaultWait(std::chrono::seconds(5));
    std::unique_ptr<QNetworkReply> byDefault(get(u"callout:Api/me"_s));
    QTRY_VERIFY(byDefault->isFinished());
    m_network->setDefaultWait(std::chrono::hours(48)); // capped
    QCOMPARE(m_network->defaultWait(), CalloutNetworkAccessManager::MaxWait);

    QCOMPARE(m_authorizer->requests.size(), 2);
    QCOMPARE(m_authorizer->requests.at(0).wait, std::chrono::seconds(30));
    QCOMPARE(m_authorizer->requests.at(1).wait, std::chrono::seconds(5));
}

void TestCalloutNetworkAccessManager::abortCancels()
{
    m_server->hold();
    std::unique_ptr<QNetworkReply> reply(get(u"callout:Api/slow"_s));
    QTRY_COMPARE(m_server->requests().size(), 1);
    reply->abort();
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(*m_events, (QStringList{u"errorOccurred"_s, u"finished"_s}));
    reply->abort(); // again: nothing more
    m_server->release();
    QTest::qWait(50); // whatever the engine still does must not reach the reply
    QCOMPARE(*m_events, (QStringList{u"errorOccurred"_s, u"finished"_s}));
}

// Deleted while its recipe is on the way: nothing is sent (its body is gone with it).
void TestCalloutNetworkAccessManager::deletingAReplyCancelsItsCall()
{
    m_authorizer->holding = true;
    QNetworkReply *reply = m_network->post(QNetworkRequest(QUrl(u"callout:Api/items"_s)), QByteArray("body"));
    QTRY_COMPARE(m_authorizer->requests.size(), 1);
    delete reply;
    m_authorizer->release();
    QTest::qWait(100); // whatever could still be sent would reach the server by now
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCalloutNetworkAccessManager::badAddressFailsLater()
{
    QSignalSpy managerFinished(m_network.get(), &QNetworkAccessManager::finished);
    std::unique_ptr<QNetworkReply> reply(get(u"callout:Api/a/%2e%2e/%2e%2e/etc"_s));
    QVERIFY(!reply->isFinished()); // signals come once the program could connect to them
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::ProtocolInvalidOperationError);
    QVERIFY(!reply->errorString().isEmpty());
    QCOMPARE(managerFinished.size(), 1);
    QCOMPARE(m_authorizer->requests.size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCalloutNetworkAccessManager::otherUrlsAreUntouched()
{
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(m_server->url(u"/plain"_s))));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), "hello");
    QCOMPARE(m_authorizer->requests.size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().headers.contains("authorization"));
}

void TestCalloutNetworkAccessManager::callIsASupportedScheme()
{
    QVERIFY(m_network->supportedSchemes().contains(u"callout"_s));
    QVERIFY(m_network->supportedSchemes().contains(u"https"_s));
}

QTEST_GUILESS_MAIN(TestCalloutNetworkAccessManager)
#include "tst_calloutnetworkaccessmanager.moc"
