// A provider that moves must not take its client secret along (security review, issue 11 #2): an
// import that changes the token URL, revocation URL, issuer or client id deletes the stored secret
// unless the same document brings one, says so, and the next sign-in sends nothing to the new host.
// Through the local API's import and login, as `calloutctl import --replace` and `login` run them,
// against the real core with an in-memory keychain, a scripted browser and fake token endpoints.
#include "FakeHttpServer.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "callout/agent/CalloutCore.h"
#include "calloutclient/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::FakeHttpServer;

namespace {

const QString OldSecret = u"old-s3cr3t-Kq2"_s;
const QString NewSecret = u"new-s3cr3t-Wv7"_s;

FakeHttpServer::Response tokenEndpoint(const FakeHttpServer::Request &)
{
    return FakeHttpServer::json(
        200, R"({"access_token": "at-1", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt-1"})");
}

// Every byte a server was sent: the secret must appear nowhere in it.
QByteArray everythingSentTo(const FakeHttpServer &server)
{
    QByteArray all;
    for (const FakeHttpServer::Request &request : server.requests()) {
        all += request.target + '\n' + request.body + '\n';
        for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
            all += it.key() + ": " + QByteArray::fromBase64(it.value().split(' ').value(1)) + ' ' + it.value() + '\n';
    }
    return all;
}

} // namespace

class TestProviderMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void movedProviderLosesItsSecret_data();
    void movedProviderLosesItsSecret();
    void discoveryKeepsTheSecret();

private:
    QJsonObject call(const QString &method, const QJsonObject &params);
    QJsonObject acme(const QJsonObject &changes) const;
    QJsonObject document(const QJsonObject &provider) const;
    QString acmeSecret() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_oldServer;
    std::unique_ptr<FakeHttpServer> m_newServer;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<test::ScriptedBrowser> m_browser;
    std::unique_ptr<CalloutCore> m_core;
};

void TestProviderMove::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_oldServer = std::make_unique<FakeHttpServer>(tokenEndpoint);
    m_newServer = std::make_unique<FakeHttpServer>(tokenEndpoint);
    m_clock = std::make_unique<test::ManualClock>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_browser = std::make_unique<test::ScriptedBrowser>();
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           *m_secrets, *m_browser, *m_clock);
    QVERIFY(m_core->load().isEmpty());
}

void TestProviderMove::cleanup()
{
    m_core.reset();
    m_browser.reset();
    m_secrets.reset();
    m_clock.reset();
    m_newServer.reset();
    m_oldServer.reset();
    m_dir.reset();
}

QJsonObject TestProviderMove::call(const QString &method, const QJsonObject &params)
{
    QObject requester;
    auto answer = std::make_shared<QJsonObject>();
    m_core->api.handle(protocol::request(1, method, params), &requester, [answer](const QJsonObject &reply) {
        if (!protocol::isEvent(reply))
            *answer = reply;
    });
    (void)QTest::qWaitFor([&] { return !answer->isEmpty(); }, 5000);
    return *answer;
}

// Provider Acme on the old server, with `changes`.
QJsonObject TestProviderMove::acme(const QJsonObject &changes) const
{
    QJsonObject provider{{u"name"_s, u"Acme"_s},
                         {u"issuer"_s, m_oldServer->url(u"/"_s).toString(QUrl::StripTrailingSlash)},
                         {u"authorizeUrl"_s, m_oldServer->url(u"/auth"_s).toString()},
                         {u"tokenUrl"_s, m_oldServer->url(u"/token"_s).toString()},
                         {u"clientId"_s, u"desktop"_s},
                         {u"clientAuthentication"_s, u"post"_s},
                         {u"defaultScopes"_s, u"api"_s}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        provider.insert(it.key(), it.value());
    return provider;
}

QJsonObject TestProviderMove::document(const QJsonObject &provider) const
{
    const QJsonObject credential{
        {u"name"_s, u"Api"_s}, {u"url"_s, u"https://api.acme.example/v1"_s}, {u"authProvider"_s, u"Acme"_s}};
    return {
        {u"version"_s, 1}, {u"authProviders"_s, QJsonArray{provider}}, {u"namedCredentials"_s, QJsonArray{credential}}};
}

QString TestProviderMove::acmeSecret() const
{
    const AuthProvider *provider = m_core->catalog.configuration().providerByName(u"Acme"_s);
    return provider ? QString::fromUtf8(m_secrets->items().value(secretkeys::providerClientSecret(provider->id)))
                    : QString();
}

void TestProviderMove::movedProviderLosesItsSecret_data()
{
    QTest::addColumn<QString>("field");  // what the second import changes
    QTest::addColumn<QString>("secret"); // the secret the second document brings, if any

    QTest::newRow("tokenUrl") << u"tokenUrl"_s << QString();
    QTest::newRow("tokenUrl, with a new secret") << u"tokenUrl"_s << NewSecret;
    QTest::newRow("revocationUrl") << u"revocationUrl"_s << QString();
    QTest::newRow("clientId") << u"clientId"_s << QString();
}

void TestProviderMove::movedProviderLosesItsSecret()
{
    QFETCH(QString, field);
    QFETCH(QString, secret);

    const QJsonObject first = call(u"import"_s, {{u"document"_s, document(acme({{u"clientSecret"_s, OldSecret}}))}});
    QVERIFY2(protocol::isOk(first), QJsonDocument(first).toJson().constData());
    QCOMPARE(acmeSecret(), OldSecret);

    // The second document moves one thing to the new server (or changes the client).
    QJsonObject changes{
        {field, field == u"clientId"_s ? u"another-client"_s : m_newServer->url(u"/token"_s).toString()}};
    if (!secret.isEmpty())
        changes.insert(u"clientSecret"_s, secret);
    const QJsonObject second = call(u"import"_s, {{u"document"_s, document(acme(changes))}, {u"replace"_s, true}});
    QVERIFY2(protocol::isOk(second), QJsonDocument(second).toJson().constData());
    // The next sign-in: the new host never receives the old secret (nor, without one, a code to redeem).
    const QJsonObject login = call(u"login"_s, {{u"name"_s, u"Api"_s}, {u"timeout"_s, 60}});
    if (secret.isEmpty()) {
        QCOMPARE(protocol::errorOf(login).code, errorCodeName(ErrorCode::ClientConfiguration));
        QVERIFY(m_newServer->requests().isEmpty());
    } else {
        QVERIFY2(protocol::isOk(login), QJsonDocument(login).toJson().constData());
        QCOMPARE(m_newServer->requests().size(), 1);
        QCOMPARE(m_newServer->requests().constFirst().form().value(u"client_secret"_s), NewSecret);
    }
    QVERIFY(!everythingSentTo(*m_newServer).contains(OldSecret.toUtf8()));
    QVERIFY(!everythingSentTo(*m_oldServer).contains(OldSecret.toUtf8()));

    // Said so in the import's answer (calloutctl prints it), unless the document brought the new secret.
    const QJsonArray deleted = protocol::resultOf(second).value(u"clientSecretsDeleted"_s).toArray();
    QCOMPARE(deleted.size(), secret.isEmpty() ? 1 : 0);
    if (secret.isEmpty())
        QVERIFY(deleted.first().toString().contains(u"Acme"_s));
    QCOMPARE(acmeSecret(), secret);
}

void TestProviderMove::discoveryKeepsTheSecret()
{
    // Imported with the issuer only; discovery then fills the endpoints in from the issuer's metadata.
    QJsonObject issuerOnly = acme({{u"clientSecret"_s, OldSecret}});
    issuerOnly.remove(u"tokenUrl"_s);
    issuerOnly.remove(u"authorizeUrl"_s);
    const QJsonObject imported = call(u"import"_s, {{u"document"_s, document(issuerOnly)}});
    QVERIFY2(protocol::isOk(imported), QJsonDocument(imported).toJson().constData());

    AuthProvider discovered = *m_core->catalog.configuration().providerByName(u"Acme"_s);
    discovered.authorizeUrl = m_oldServer->url(u"/auth"_s);
    discovered.tokenUrl = m_oldServer->url(u"/token"_s);
    bool done = false;
    m_core->catalog.updateProvider(discovered, [&done](const Result<void> &saved) {
        QVERIFY(saved.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(m_core->catalog.configuration().providerByName(u"Acme"_s)->tokenUrl, m_oldServer->url(u"/token"_s));
    QCOMPARE(acmeSecret(), OldSecret);

    // A later change of the token URL by the same path (any provider edit) does delete it.
    discovered.tokenUrl = m_newServer->url(u"/token"_s);
    done = false;
    m_core->catalog.updateProvider(discovered, [&done](const Result<void> &saved) {
        QVERIFY(saved.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(acmeSecret(), QString());
}

QTEST_GUILESS_MAIN(TestProviderMove)
#include "tst_providermove.moc"
