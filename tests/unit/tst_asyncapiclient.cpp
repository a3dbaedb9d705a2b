// The non-blocking local API client and the CallAuthorizer over `authorize`, against a fake agent
// (a QLocalServer the test answers line by line): requests in flight keyed by id, events, contexts,
// a lost connection, and the wire format of `authorize` (README, "Local API").
#include "calloutclient/AgentCallAuthorizer.h"
#include "calloutclient/AsyncApiClient.h"
#include "calloutclient/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;

namespace {

// The agent's end: takes connections, collects the request lines, answers what the test says.
class FakeAgent : public QObject
{
public:
    explicit FakeAgent(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                m_connection = socket;
                ++connections;
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    qsizetype newline;
                    while ((newline = m_buffer.indexOf('\n')) >= 0) {
                        requests.append(QJsonDocument::fromJson(m_buffer.left(newline)).object());
                        m_buffer.remove(0, newline + 1);
                    }
                });
            }
        });
    }

    bool isListening() const { return m_server.isListening(); }
    void send(const QJsonObject &message) { m_connection->write(protocol::toLine(message)); }
    void hangUp() { m_connection->disconnectFromServer(); }
    QJsonValue idOf(int request) const { return protocol::idOf(requests.at(request)); }

    QList<QJsonObject> requests;
    int connections = 0;

private:
    QLocalServer m_server;
    QPointer<QLocalSocket> m_connection;
    QByteArray m_buffer;
};

QJsonObject recipeJson()
{
    return {{u"credential"_s, u"Api"_s},
            {u"url"_s, u"https://api.example/v1"_s},
            {u"headers"_s, QJsonArray{QJsonArray{u"Authorization"_s, u"Bearer tok"_s}}},
            {u"generatesAuthorization"_s, true},
            {u"token"_s, u"tok"_s},
            {u"expiresAt"_s, QJsonValue::Null}};
}

} // namespace

class TestAsyncApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestsInFlightAreAnsweredById();
    void noAgentAnswersUnreachableButNeverBeforeReturning();
    void lostConnectionAnswersEveryPendingRequest();
    void destroyedContextIsNeverCalled();
    void authorizeSendsItsParamsAndReadsTheRecipe();
    void authorizeForwardsWaitingForUserOnce();
    void authorizeFailures_data();
    void authorizeFailures();

private:
    QString socketPath() const { return m_dir->filePath(u"agent.sock"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAgent> m_agent;
};

void TestAsyncApiClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_agent = std::make_unique<FakeAgent>(socketPath());
    QVERIFY(m_agent->isListening());
}

void TestAsyncApiClient::cleanup()
{
    m_agent.reset();
    m_dir.reset();
}

void TestAsyncApiClient::requestsInFlightAreAnsweredById()
{
    AsyncApiClient client(socketPath());
    QObject context;
    QStringList answered;
    QList<QJsonObject> events;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
        client.request(
            protocol::method::Status, {{u"name"_s, name}}, &context,
            [&events](const QJsonObject &event) { events.append(event); },
            [&answered, name](const QJsonObject &answer) {
                answered.append(name + u'=' + protocol::resultOf(answer).value(u"name"_s).toString());
            });
    }
    QTRY_COMPARE(m_agent->requests.size(), 3);
    QCOMPARE(m_agent->connections, 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_agent->requests.at(i).value(u"method"_s).toString(), u"status"_s);
    QCOMPARE(client.pendingCount(), 3);

    // Answers out of order, and an event for the first one on the way.
    m_agent->send(protocol::okAnswer(m_agent->idOf(2), {{u"name"_s, u"c"_s}}));
    m_agent->send(protocol::keychainLockedEvent(m_agent->idOf(0)));
    m_agent->send(protocol::okAnswer(m_agent->idOf(0), {{u"name"_s, u"a"_s}}));
    m_agent->send(protocol::okAnswer(m_agent->idOf(1), {{u"name"_s, u"b"_s}}));
    QTRY_COMPARE(answered, (QStringList{u"c=c"_s, u"a=a"_s, u"b=b"_s}));
    QCOMPARE(events.size(), 1);
    QCOMPARE(protocol::idOf(events.first()), m_agent->idOf(0));
    QCOMPARE(client.pendingCount(), 0);
}

void TestAsyncApiClient::noAgentAnswersUnreachableButNeverBeforeReturning()
{
    AsyncApiClient client(m_dir->filePath(u"nobody.sock"_s));
    QObject context;
    QList<QJsonObject> answers;
    client.request(protocol::method::List, {}, &context, {}, [&answers](const QJsonObject &a) { answers.append(a); });
    client.request(protocol::method::List, {}, &context, {}, [&answers](const QJsonObject &a) { answers.append(a); });
    QCOMPARE(answers.size(), 0); // never from inside request()
    QTRY_COMPARE(answers.size(), 2);
    for (const QJsonObject &answer : std::as_const(answers)) {
        QVERIFY(!protocol::isOk(answer));
        QCOMPARE(protocol::errorOf(answer).code, protocol::code::AgentUnreachable.toString());
    }
}

void TestAsyncApiClient::lostConnectionAnswersEveryPendingRequest()
{
    AsyncApiClient client(socketPath());
    QObject context;
    QStringList codes;
    const auto collect = [&codes](const QJsonObject &answer) {
        codes.append(protocol::isOk(answer) ? u"ok"_s : protocol::errorOf(answer).code);
    };
    client.request(protocol::method::List, {}, &context, {}, collect);
    client.request(protocol::method::List, {}, &context, {}, collect);
    QTRY_COMPARE(m_agent->requests.size(), 2);
    m_agent->hangUp();
    QTRY_COMPARE(codes, QStringList(2, protocol::code::AgentUnreachable.toString()));

    // The next request connects again.
    client.request(protocol::method::List, {}, &context, {}, collect);
    QTRY_COMPARE(m_agent->requests.size(), 3);
    QCOMPARE(m_agent->connections, 2);
    m_agent->send(protocol::okAnswer(m_agent->idOf(2)));
    QTRY_COMPARE(codes.size(), 3);
    QCOMPARE(codes.last(), u"ok"_s);
}

void TestAsyncApiClient::destroyedContextIsNeverCalled()
{
    AsyncApiClient client(socketPath());
    auto gone = std::make_unique<QObject>();
    QObject staying;
    bool goneCalled = false;
    bool stayingCalled = false;
    client.request(protocol::method::List, {}, gone.get(), {},
                   [&goneCalled](const QJsonObject &) { goneCalled = true; });
    client.request(protocol::method::List, {}, &staying, {},
                   [&stayingCalled](const QJsonObject &) { stayingCalled = true; });
    QTRY_COMPARE(m_agent->requests.size(), 2);
    gone.reset();
    QCOMPARE(client.pendingCount(), 1);
    m_agent->send(protocol::okAnswer(m_agent->idOf(0)));
    m_agent->send(protocol::okAnswer(m_agent->idOf(1)));
    QTRY_VERIFY(stayingCalled);
    QVERIFY(!goneCalled);
}

void TestAsyncApiClient::authorizeSendsItsParamsAndReadsTheRecipe()
{
    AsyncApiClient client(socketPath());
    AgentCallAuthorizer authorizer(client);
    QObject context;
    std::optional<CallRecipe> recipe;
    CallAuthorizer::Request request{u"Api"_s, u"refused-token"_s, 42s, {}};
    authorizer.authorize(request, &context, [&recipe](const CallRecipe &r, const CallFailure &f) {
        recipe = f.isFailure() ? CallRecipe{} : r;
    });
    QTRY_COMPARE(m_agent->requests.size(), 1);
    const QJsonObject sent = m_agent->requests.first();
    QCOMPARE(sent.value(u"method"_s).toString(), protocol::method::Authorize.toString());
    QCOMPARE(sent.value(u"params"_s).toObject(),
             (QJsonObject{{u"name"_s, u"Api"_s}, {u"wait"_s, 42}, {u"refusedToken"_s, u"refused-token"_s}}));
    m_agent->send(protocol::okAnswer(m_agent->idOf(0), recipeJson()));
    QTRY_VERIFY(recipe.has_value());
    QCOMPARE(recipe->baseUrl, QUrl(u"https://api.example/v1"_s));
    QCOMPARE(recipe->token, u"tok"_s);
    QCOMPARE(recipe->headers.size(), 1);

    // No refused token, no wait: refusedToken is left out, wait is 0.
    authorizer.authorize({u"Api"_s, {}, 0s, {}}, &context, [](const CallRecipe &, const CallFailure &) {});
    QTRY_COMPARE(m_agent->requests.size(), 2);
    QCOMPARE(m_agent->requests.at(1).value(u"params"_s).toObject(),
             (QJsonObject{{u"name"_s, u"Api"_s}, {u"wait"_s, 0}}));
}

void TestAsyncApiClient::authorizeForwardsWaitingForUserOnce()
{
    AsyncApiClient client(socketPath());
    AgentCallAuthorizer authorizer(client);
    QObject context;
    QStringList waiting;
    bool done = false;
    CallAuthorizer::Request request{u"Api"_s, {}, 60s, [&waiting](const QString &m) { waiting.append(m); }};
    authorizer.authorize(request, &context, [&done](const CallRecipe &, const CallFailure &) { done = true; });
    QTRY_COMPARE(m_agent->requests.size(), 1);
    const QJsonObject event{{u"v"_s, 1},
                            {u"id"_s, m_agent->idOf(0)},
                            {u"event"_s, protocol::event::WaitingForUser.toString()},
                            {u"message"_s, u"Api needs you to sign in again."_s}};
    m_agent->send(event);
    m_agent->send(event);
    m_agent->send(protocol::okAnswer(m_agent->idOf(0), recipeJson()));
    QTRY_VERIFY(done);
    QCOMPARE(waiting, QStringList{u"Api needs you to sign in again."_s});
}

void TestAsyncApiClient::authorizeFailures_data()
{
    QTest::addColumn<QJsonObject>("answer"); // id filled in by the test
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("hangUp");
    QTest::newRow("sign-in required") << protocol::errorAnswer(0, protocol::code::SignInRequired, u"Sign in."_s)
                                      << protocol::code::SignInRequired.toString() << false;
    QTest::newRow("not found") << protocol::errorAnswer(0, protocol::code::NotFound, u"No such credential."_s)
                               << protocol::code::NotFound.toString() << false;
    QJsonObject malformed = recipeJson();
    malformed.insert(u"url"_s, u"ftp://x"_s);
    QTest::newRow("malformed recipe") << protocol::okAnswer(0, malformed) << protocol::code::ProtocolError.toString()
                                      << false;
    QTest::newRow("agent gone") << QJsonObject{} << protocol::code::AgentUnreachable.toString() << true;
}

void TestAsyncApiClient::authorizeFailures()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QString, code);
    QFETCH(bool, hangUp);
    AsyncApiClient client(socketPath());
    AgentCallAuthorizer authorizer(client);
    QObject context;
    std::optional<CallFailure> failure;
    authorizer.authorize({u"Api"_s, {}, 0s, {}}, &context,
                         [&failure](const CallRecipe &, const CallFailure &f) { failure = f; });
    QTRY_COMPARE(m_agent->requests.size(), 1);
    if (hangUp) {
        m_agent->hangUp();
    } else {
        answer.insert(u"id"_s, m_agent->idOf(0));
        m_agent->send(answer);
    }
    QTRY_VERIFY(failure.has_value());
    QCOMPARE(failure->code, code);
    QVERIFY(!failure->message.isEmpty());
}

QTEST_GUILESS_MAIN(TestAsyncApiClient)
#include "tst_asyncapiclient.moc"
