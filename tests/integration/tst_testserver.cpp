// The Qt side of the test OAuth server harness: what later integration tests rely on.
#include "TestServer.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout::test;

class TestTestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void servesDiscoveryForItsIssuer();
    void faultIsInjectedOnceThenCleared();
    void requestLogNamesParametersNotValues();
    void protectedApiRefusesWithoutToken();
    void restartKeepsPortAndIssuer();
    void clientsAndBrowserAreProvided();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestTestServer::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestTestServer::cleanup()
{
    m_server.reset();
}

void TestTestServer::servesDiscoveryForItsIssuer()
{
    const auto reply = m_server->request("GET", m_server->url(u"/.well-known/openid-configuration"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"issuer"_s).toString(), m_server->issuer());
    QVERIFY(reply.json().value(u"code_challenge_methods_supported"_s).toArray().contains(u"S256"_s));
    QVERIFY(m_server->issuer().startsWith(u"http://127.0.0.1:"_s));
}

void TestTestServer::faultIsInjectedOnceThenCleared()
{
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"discovery"_s}, {u"mode"_s, u"status"_s}, {u"status"_s, 503}}));
    const QUrl discovery = m_server->url(u"/.well-known/openid-configuration"_s);
    QCOMPARE(m_server->request("GET", discovery).status, 503);
    QCOMPARE(m_server->request("GET", discovery).status, 200);

    QVERIFY(m_server->addFault({{u"endpoint"_s, u"discovery"_s}, {u"mode"_s, u"status"_s}, {u"status"_s, 500}}));
    QVERIFY(m_server->clearFaults());
    QCOMPARE(m_server->request("GET", discovery).status, 200);
}

void TestTestServer::requestLogNamesParametersNotValues()
{
    QVERIFY(m_server->clearRequestLog());
    const QByteArray secretValue = "not-a-real-refresh-token-value";
    m_server->request("POST", m_server->url(u"/token"_s),
                      "grant_type=refresh_token&client_id=public-client&refresh_token=" + secretValue,
                      {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QJsonArray log = m_server->requestLog(u"token"_s);
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.first().toObject();
    QCOMPARE(entry.value(u"grant_type"_s).toString(), u"refresh_token"_s);
    QCOMPARE(entry.value(u"client_auth"_s).toString(), u"none"_s);
    QCOMPARE(entry.value(u"status"_s).toInt(), 400);
    QCOMPARE(entry.value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(entry.value(u"param_names"_s).toArray().contains(u"refresh_token"_s));
    QVERIFY(!QJsonDocument(log).toJson().contains(secretValue));
}

void TestTestServer::protectedApiRefusesWithoutToken()
{
    const auto reply
        = m_server->request("GET", m_server->url(u"/api/me"_s), {}, {{"Authorization", "Bearer nonsense"}});
    QCOMPARE(reply.status, 401);
    bool challenged = false;
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
            challenged = value.contains("invalid_token");
    }
    QVERIFY(challenged);
}

void TestTestServer::restartKeepsPortAndIssuer()
{
    const quint16 port = m_server->port();
    QVERIFY(m_server->restart());
    QCOMPARE(m_server->port(), port);
    const auto reply = m_server->request("GET", m_server->url(u"/.well-known/openid-configuration"_s));
    QCOMPARE(reply.json().value(u"issuer"_s).toString(), m_server->issuer());
}

void TestTestServer::clientsAndBrowserAreProvided()
{
    QCOMPARE(TestServer::client(u"basic-client"_s).value(u"token_endpoint_auth_method"_s).toString(),
             u"client_secret_basic"_s);
    QVERIFY(!TestServer::client(u"post-client"_s).value(u"client_secret"_s).toString().isEmpty());
    QVERIFY(QFileInfo(TestServer::browserScript()).isExecutable());
}

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
