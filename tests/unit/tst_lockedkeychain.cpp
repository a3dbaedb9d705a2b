// A locked keychain through the local API (issue 16, item 3): a keychain that waits for the user to
// unlock it is told to the waiting clients (event keychain-locked) rather than looking like a dead
// agent; an operation its client gave up on is not run later; the record changes only after the
// keychain did. The keychain is an in-memory one that holds its answers, as a locked gnome-keyring
// does while its unlock dialog is up.
#include "FakeHttpServer.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "callout/agent/CalloutCore.h"
#include "calloutclient/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::FakeHttpServer;
using test::ScriptedBrowser;

namespace {

FakeHttpServer::Response tokenEndpoint(const FakeHttpServer::Request &request)
{
    if (!request.target.startsWith("/token"))
        return FakeHttpServer::json(404, R"({"error": "not_found"})");
    return FakeHttpServer::json(200, R"({"access_token": "access-1", "token_type": "Bearer", "expires_in": 3600,
                                         "refresh_token": "refresh-1", "scope": "api"})");
}

// A keychain whose answers wait while `holding`, as a locked one waits for its unlock dialog.
class HoldingSecretStore final : public SecretStore
{
public:
    explicit HoldingSecretStore(SecretStore &keychain)
        : m_keychain(keychain)
    { }

    void read(const QString &key, QObject *context, ReadCallback callback) override
    {
        pass([=, this] { m_keychain.read(key, context, callback); });
    }
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback callback) override
    {
        pass([=, this] { m_keychain.write(key, value, context, callback); });
    }
    void remove(const QString &key, QObject *context, DoneCallback callback) override
    {
        pass([=, this] { m_keychain.remove(key, context, callback); });
    }

    void hold() { m_holding = true; }
    void unlock()
    {
        m_holding = false;
        for (const std::function<void()> &operation : std::exchange(m_waiting, {}))
            operation();
    }
    int operations() const { return m_operations; } // every operation that reached the keychain

private:
    void pass(const std::function<void()> &operation)
    {
        ++m_operations;
        if (m_holding)
            m_waiting.append(operation);
        else
            operation();
    }

    SecretStore &m_keychain;
    bool m_holding = false;
    int m_operations = 0;
    QList<std::function<void()>> m_waiting;
};

// One request in progress: its events and answer, and its client, which may give up.
struct Pending {
    std::unique_ptr<QObject> client = std::make_unique<QObject>();
    std::shared_ptr<QList<QJsonObject>> events = std::make_shared<QList<QJsonObject>>();
    std::shared_ptr<QJsonObject> answer = std::make_shared<QJsonObject>();

    bool heardKeychainLocked() const
    {
        return std::any_of(events->begin(), events->end(), [](const QJsonObject &e) {
            return protocol::eventName(e) == protocol::event::KeychainLocked;
        });
    }
};

} // namespace

class TestLockedKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void waitingClientsHearTheKeychainIsLocked();
    void logoutGivenUpOnIsNotRunLater();
    void heldOperationsOfClientsThatLeftAreDropped();

private:
    Pending send(const QString &method, const QJsonObject &params);
    Pending send(const QString &method, const QString &name) { return send(method, {{u"name"_s, name}}); }
    QString status(const QString &name);
    bool hasTokens(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<MemorySecretStore> m_memory;
    std::unique_ptr<HoldingSecretStore> m_keychain;
    std::unique_ptr<ScriptedBrowser> m_browser;
    std::unique_ptr<CalloutCore> m_core;
};

void TestLockedKeychain::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeHttpServer>(tokenEndpoint);
    m_clock = std::make_unique<test::ManualClock>();
    m_memory = std::make_unique<MemorySecretStore>();
    m_keychain = std::make_unique<HoldingSecretStore>(*m_memory);
    m_browser = std::make_unique<ScriptedBrowser>();
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           *m_keychain, *m_browser, *m_clock);
    QVERIFY(m_core->load().isEmpty());
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, m_server->url(u"/auth"_s).toString()},
                               {u"tokenUrl"_s, m_server->url(u"/token"_s).toString()},
                               {u"clientId"_s, u"desktop"_s},
                               {u"clientAuthentication"_s, u"none"_s},
                               {u"defaultScopes"_s, u"api"_s}};
    const QJsonObject credential{
        {u"name"_s, u"Api"_s}, {u"url"_s, u"https://api.example/v1"_s}, {u"authProvider"_s, u"Demo"_s}};
    const QJsonObject document{
        {u"version"_s, 1}, {u"authProviders"_s, QJsonArray{provider}}, {u"namedCredentials"_s, QJsonArray{credential}}};
    const Pending import = send(u"import"_s, QJsonObject{{u"document"_s, document}});
    QTRY_VERIFY(!import.answer->isEmpty());
    QVERIFY2(protocol::isOk(*import.answer), QJsonDocument(*import.answer).toJson().constData());
    const Pending login = send(u"login"_s, u"Api"_s);
    QTRY_VERIFY(!login.answer->isEmpty());
    QVERIFY2(protocol::isOk(*login.answer), QJsonDocument(*login.answer).toJson().constData());
    QCOMPARE(status(u"Api"_s), u"signed-in"_s);
    QVERIFY(hasTokens(u"Api"_s));
}

void TestLockedKeychain::cleanup()
{
    m_core.reset();
    m_browser.reset();
    m_keychain.reset();
    m_memory.reset();
    m_clock.reset();
    m_server.reset();
    m_dir.reset();
}

Pending TestLockedKeychain::send(const QString &method, const QJsonObject &params)
{
    Pending pending;
    m_core->api.handle(protocol::request(7, method, params), pending.client.get(),
                       [events = pending.events, answer = pending.answer](const QJsonObject &message) {
                           if (protocol::isEvent(message))
                               events->append(message);
                           else
                               *answer = message;
                       });
    return pending;
}

QString TestLockedKeychain::status(const QString &name)
{
    const NamedCredential *credential = m_core->catalog.configuration().credentialByName(name);
    return credential ? authStatusName(m_core->catalog.externalAuthentication(credential->id).status) : QString();
}

bool TestLockedKeychain::hasTokens(const QString &name) const
{
    const NamedCredential *credential = m_core->catalog.configuration().credentialByName(name);
    return credential && m_memory->items().contains(secretkeys::credentialTokens(credential->id));
}

void TestLockedKeychain::waitingClientsHearTheKeychainIsLocked()
{
    m_keychain->hold();
    const Pending logout = send(u"logout"_s, u"Api"_s);
    QTRY_VERIFY_WITH_TIMEOUT(logout.heardKeychainLocked(), 5000);
    QVERIFY(logout.answer->isEmpty()); // still waiting, and told why
    QVERIFY(m_core->keychain.isWaitingForUser());
    // A request that comes while it waits hears it at once.
    const Pending second = send(u"token"_s, u"Api"_s);
    QTRY_VERIFY(second.heardKeychainLocked());
    QCOMPARE(status(u"Api"_s), u"signed-in"_s); // nothing changed before the keychain did

    m_keychain->unlock(); // the user unlocked it
    QTRY_VERIFY(!logout.answer->isEmpty());
    QVERIFY2(protocol::isOk(*logout.answer), QJsonDocument(*logout.answer).toJson().constData());
    QCOMPARE(status(u"Api"_s), u"signed-out"_s);
    QVERIFY(!hasTokens(u"Api"_s));
    QVERIFY(!m_core->keychain.isWaitingForUser());
}

void TestLockedKeychain::logoutGivenUpOnIsNotRunLater()
{
    m_keychain->hold();
    Pending logout = send(u"logout"_s, u"Api"_s);
    QTRY_VERIFY_WITH_TIMEOUT(logout.heardKeychainLocked(), 5000);
    logout.client.reset(); // calloutctl gave up (timeout, Ctrl-C): its connection closed
    m_keychain->unlock();
    QTest::qWait(200);
    // Status and keychain agree: still signed in, tokens still there, and usable.
    QCOMPARE(status(u"Api"_s), u"signed-in"_s);
    QVERIFY(hasTokens(u"Api"_s));
    const Pending token = send(u"token"_s, u"Api"_s);
    QTRY_VERIFY(!token.answer->isEmpty());
    QVERIFY2(protocol::isOk(*token.answer), QJsonDocument(*token.answer).toJson().constData());
}

void TestLockedKeychain::heldOperationsOfClientsThatLeftAreDropped()
{
    m_keychain->hold();
    const Pending first = send(u"logout"_s, u"Api"_s);
    QTRY_VERIFY_WITH_TIMEOUT(first.heardKeychainLocked(), 5000);
    const int reached = m_keychain->operations();
    Pending second = send(u"remove"_s, u"Api"_s);
    QTRY_VERIFY(second.heardKeychainLocked());
    QCOMPARE(m_keychain->operations(), reached); // held: nothing queues at the keychain
    second.client.reset();                       // its client gave up
    m_keychain->unlock();
    QTRY_VERIFY(!first.answer->isEmpty());
    QVERIFY(protocol::isOk(*first.answer));
    QTest::qWait(200);
    // The logout ran; the remove that was given up on did not: the credential is still there.
    QCOMPARE(status(u"Api"_s), u"signed-out"_s);
    QVERIFY(m_core->catalog.configuration().credentialByName(u"Api"_s));
}

QTEST_GUILESS_MAIN(TestLockedKeychain)
#include "tst_lockedkeychain.moc"
