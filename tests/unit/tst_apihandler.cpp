// The local API's methods without sockets (README, "Local API"): every method and every bad
// request, against the real core with an in-memory keychain, a manual clock, a scripted browser and
// a fake token endpoint. Also the sign-in options' regression: a CLI timeout never outlives its sign-in.
#include "FakeHttpServer.h"
#include "JsonEdit.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "callout/agent/CalloutCore.h"
#include "calloutclient/Protocol.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using test::FakeHttpServer;
using test::ScriptedBrowser;

namespace {

// The token endpoint: a fresh access token for every grant.
FakeHttpServer::Response tokenEndpoint(const FakeHttpServer::Request &request)
{
    if (!request.target.startsWith("/token"))
        return FakeHttpServer::json(404, R"({"error": "not_found"})");
    static int issued = 0;
    const QJsonObject tokens{{u"access_token"_s, u"access-%1"_s.arg(++issued)},
                             {u"token_type"_s, u"Bearer"_s},
                             {u"expires_in"_s, 3600},
                             {u"refresh_token"_s, u"refresh-token"_s},
                             {u"scope"_s, u"api"_s}};
    return FakeHttpServer::json(200, QJsonDocument(tokens).toJson(QJsonDocument::Compact));
}

QJsonObject request(const QString &method, const QJsonObject &params = {})
{
    return protocol::request(7, method, params);
}

// Events and the answer of one request.
struct Exchange {
    QList<QJsonObject> events;
    QJsonObject answer; // empty when none came in time
    QString code() const { return protocol::errorOf(answer).code; }
};

} // namespace

class TestApiHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helloAnswersVersionAndAgent();
    void requestWithoutIdIsAnsweredWithoutId();
    void listGivesEveryRecord();
    void statusGivesOneRecord();
    void statusShowsTheSignInDetails_data();
    void statusShowsTheSignInDetails();
    void importAddsAndChangesOnlyWithReplace();
    void importRefusesAnInvalidDocumentWithEveryProblem();
    void exportGivesTheDocumentWithoutIds();
    void loginSendsTheUrlThenSignsIn();
    void loginDeniedKeepsTheRecord();
    void loginWithoutABrowserSendsTheUrlToShow();
    void tokenNeedsASignIn();
    void tokenAndReportExpiredAfterSignIn();
    void logoutKeepsTheCredential();
    void removeDeletesTheCredential();
    void activateHandsOverTheArguments();
    void authorizeGivesTheRecipe();
    void authorizeWaitsForTheUser();
    void authorizeRefusesADisabledCredential();
    void badRequests_data();
    void badRequests();
    void unknownCredential_data();
    void unknownCredential();
    void cliTimeoutDoesNotOutliveItsSignIn();
    void signInClampsTheTimeout_data();
    void signInClampsTheTimeout();
    void signInAnswersOnlyThroughTheSignal();

private:
    Exchange call(const QJsonObject &message, int timeoutMs = 3000);
    QJsonObject document(const QString &label = u"Demo API"_s) const;
    QString id(const QString &name) const;
    QString status(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ScriptedBrowser> m_browser;
    std::unique_ptr<CalloutCore> m_core;
};

void TestApiHandler::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    // On tmpfs where there is one: the stores sync every write, and the disk is not under test here.
    const QString ramDisk = u"/dev/shm"_s;
    m_dir = QFileInfo(ramDisk).isWritable() ? std::make_unique<QTemporaryDir>(ramDisk + u"/tst_apihandler-XXXXXX"_s)
                                            : std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeHttpServer>(tokenEndpoint);
    m_clock = std::make_unique<test::ManualClock>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_browser = std::make_unique<ScriptedBrowser>();
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           *m_secrets, *m_browser, *m_clock);
    QVERIFY(m_core->load().isEmpty());
    const Exchange imported = call(request(u"import"_s, {{u"document"_s, document()}}));
    QVERIFY2(protocol::isOk(imported.answer), QJsonDocument(imported.answer).toJson().constData());
}

void TestApiHandler::cleanup()
{
    m_core.reset();
    m_browser.reset();
    m_secrets.reset();
    m_clock.reset();
    m_server.reset();
    m_dir.reset();
}

Exchange TestApiHandler::call(const QJsonObject &message, int timeoutMs)
{
    // The requester lives as long as this call: an answer after it is dropped, as for a closed socket.
    QObject requester;
    auto exchange = std::make_shared<Exchange>();
    m_core->api.handle(message, &requester, [exchange](const QJsonObject &reply) {
        if (protocol::isEvent(reply))
            exchange->events.append(reply);
        else
            exchange->answer = reply;
    });
    (void)QTest::qWaitFor([&] { return !exchange->answer.isEmpty(); }, timeoutMs); // the caller checks the answer
    return *exchange;
}

QJsonObject TestApiHandler::document(const QString &label) const
{
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, m_server->url(u"/auth"_s).toString()},
                               {u"tokenUrl"_s, m_server->url(u"/token"_s).toString()},
                               {u"clientId"_s, u"desktop"_s},
                               {u"clientAuthentication"_s, u"none"_s},
                               {u"defaultScopes"_s, u"api"_s}};
    auto credential = [&](const QString &name, const QString &l) {
        return QJsonObject{{u"name"_s, name},
                           {u"label"_s, l},
                           {u"url"_s, u"https://api.example/"_s + name},
                           {u"authProvider"_s, u"Demo"_s}};
    };
    return {{u"version"_s, 1},
            {u"authProviders"_s, QJsonArray{provider}},
            {u"namedCredentials"_s, QJsonArray{credential(u"Api"_s, label), credential(u"Other"_s, u"Other"_s)}}};
}

QString TestApiHandler::id(const QString &name) const
{
    const NamedCredential *credential = m_core->catalog.configuration().credentialByName(name);
    return credential ? credential->id : QString();
}

QString TestApiHandler::status(const QString &name)
{
    return protocol::resultOf(call(request(u"status"_s, {{u"name"_s, name}})).answer).value(u"status"_s).toString();
}

// ---- methods ----------------------------------------------------------------------------------

void TestApiHandler::helloAnswersVersionAndAgent()
{
    const QJsonObject answer = call(request(u"hello"_s)).answer;
    QCOMPARE(answer.value(u"v"_s).toInt(), 1);
    QCOMPARE(answer.value(u"id"_s).toInt(), 7);
    QVERIFY(protocol::isOk(answer));
    QCOMPARE(protocol::resultOf(answer).value(u"version"_s).toInt(), 1);
    QCOMPARE(protocol::resultOf(answer).value(u"agent"_s).toString(), QStringLiteral(CALLOUT_VERSION));
}

void TestApiHandler::requestWithoutIdIsAnsweredWithoutId()
{
    const QJsonObject answer = call(test::without(request(u"hello"_s), u"id"_s)).answer;
    QVERIFY(protocol::isOk(answer));
    QVERIFY(!answer.contains(u"id"_s));
    // A string id is echoed as it came.
    QCOMPARE(call(test::with(request(u"hello"_s), u"id"_s, u"abc"_s)).answer.value(u"id"_s).toString(), u"abc"_s);
}

void TestApiHandler::listGivesEveryRecord()
{
    const QJsonArray records = protocol::resultOf(call(request(u"list"_s)).answer).value(u"credentials"_s).toArray();
    QCOMPARE(records.size(), 2);
    const QJsonObject api = records.at(0).toObject();
    QCOMPARE(api.value(u"name"_s).toString(), u"Api"_s);
    QCOMPARE(api.value(u"label"_s).toString(), u"Demo API"_s);
    QCOMPARE(api.value(u"provider"_s).toString(), u"Demo"_s);
    QCOMPARE(api.value(u"url"_s).toString(), u"https://api.example/Api"_s);
    QCOMPARE(api.value(u"status"_s).toString(), u"signed-out"_s);
    for (const QString &key : {u"accessTokenExpiry"_s, u"lastRefresh"_s, u"nextRetry"_s, u"lastError"_s})
        QVERIFY2(api.value(key).isNull(), qPrintable(key));
    QCOMPARE(records.at(1).toObject().value(u"name"_s).toString(), u"Other"_s);
}

void TestApiHandler::statusGivesOneRecord()
{
    const QJsonObject answer = call(request(u"status"_s, {{u"name"_s, u"Other"_s}})).answer;
    QVERIFY(protocol::isOk(answer));
    QCOMPARE(protocol::resultOf(answer).value(u"name"_s).toString(), u"Other"_s);
    QCOMPARE(protocol::resultOf(answer).value(u"status"_s).toString(), u"signed-out"_s);
}

void TestApiHandler::statusShowsTheSignInDetails_data()
{
    QTest::addColumn<QString>("leadFrom"); // "default", "saved" (PreferencesStore::save), "file" (at load)
    QTest::addColumn<qint64>("lead");
    QTest::newRow("default lead") << u"default"_s << qint64(60);
    QTest::newRow("lead saved in the preferences") << u"saved"_s << qint64(300);
    QTest::newRow("lead read from preferences.json") << u"file"_s << qint64(600);
}

// `status --json`: scopes, expiry, the planned refresh (with the preferences' lead), the history.
void TestApiHandler::statusShowsTheSignInDetails()
{
    QFETCH(QString, leadFrom);
    QFETCH(qint64, lead);
    auto statusOf = [this] { return protocol::resultOf(call(request(u"status"_s, {{u"name"_s, u"Api"_s}})).answer); };
    const QJsonObject before = statusOf();
    QCOMPARE(before.value(u"requestedScopes"_s).toString(), u"api"_s);
    QVERIFY(before.value(u"missingScopes"_s).isNull()); // nothing granted yet: unknown
    QVERIFY(before.value(u"plannedRefresh"_s).isNull());
    QCOMPARE(before.value(u"history"_s).toArray(), QJsonArray());

    if (leadFrom == u"saved"_s) {
        QVERIFY(m_core->preferences.save({std::chrono::seconds(lead), 15min}).ok());
    } else if (leadFrom == u"file"_s) {
        QFile file(m_dir->filePath(u"preferences.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"refreshLeadSeconds"_s, lead}}).toJson());
        file.close();
        QVERIFY(m_core->load().isEmpty());
    }
    QVERIFY(protocol::isOk(call(request(u"login"_s, {{u"name"_s, u"Api"_s}})).answer));
    QVERIFY(protocol::isOk(call(request(u"token"_s, {{u"name"_s, u"Api"_s}})).answer)); // used: refreshed ahead
    const QJsonObject after = statusOf();
    QCOMPARE(after.value(u"grantedScopes"_s).toString(), u"api"_s);
    QCOMPARE(after.value(u"missingScopes"_s).toArray(), QJsonArray());
    const QDateTime expiry = QDateTime::fromString(after.value(u"accessTokenExpiry"_s).toString(), Qt::ISODateWithMs);
    QCOMPARE(expiry, m_clock->now().addSecs(3600));
    QCOMPARE(QDateTime::fromString(after.value(u"plannedRefresh"_s).toString(), Qt::ISODateWithMs),
             expiry.addSecs(-lead));
    const QJsonArray history = after.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(u"event"_s).toString(), u"signed-in"_s);
    QCOMPARE(history.at(0).toObject().value(u"time"_s).toString(), m_clock->now().toString(Qt::ISODateWithMs));
    QVERIFY(!QJsonDocument(after).toJson().contains("access-")); // never a token
}

void TestApiHandler::importAddsAndChangesOnlyWithReplace()
{
    // The same document again (as a string this time): nothing changes.
    const QString same = QString::fromUtf8(QJsonDocument(document()).toJson());
    const QJsonObject unchanged = protocol::resultOf(call(request(u"import"_s, {{u"document"_s, same}})).answer);
    QCOMPARE(unchanged.value(u"unchanged"_s).toArray().size(), 3);
    QVERIFY(unchanged.value(u"added"_s).toArray().isEmpty());

    const QJsonObject renamed = document(u"Renamed"_s);
    const Exchange refused = call(request(u"import"_s, {{u"document"_s, renamed}}));
    QVERIFY(!protocol::isOk(refused.answer));
    QCOMPARE(refused.code(), u"invalid-configuration"_s);
    QVERIFY(!protocol::errorOf(refused.answer).details.isEmpty());

    const Exchange replaced = call(request(u"import"_s, {{u"document"_s, renamed}, {u"replace"_s, true}}));
    QCOMPARE(protocol::resultOf(replaced.answer).value(u"replaced"_s).toArray(), QJsonArray{u"namedCredential Api"_s});
    QCOMPARE(protocol::resultOf(call(request(u"status"_s, {{u"name"_s, u"Api"_s}})).answer).value(u"label"_s),
             u"Renamed"_s);
}

void TestApiHandler::importRefusesAnInvalidDocumentWithEveryProblem()
{
    QJsonObject invalid = document();
    QJsonArray credentials = invalid.value(u"namedCredentials"_s).toArray();
    credentials.append(QJsonObject{{u"name"_s, u"9bad"_s}, {u"url"_s, u"ftp://x"_s}, {u"authProvider"_s, u"Demo"_s}});
    invalid.insert(u"namedCredentials"_s, credentials);
    const protocol::ErrorBody error = protocol::errorOf(call(request(u"import"_s, {{u"document"_s, invalid}})).answer);
    QCOMPARE(error.code, u"invalid-configuration"_s);
    QVERIFY2(error.details.size() >= 2, qPrintable(error.details.join(u'\n')));
}

void TestApiHandler::exportGivesTheDocumentWithoutIds()
{
    const QString exported = protocol::resultOf(call(request(u"export"_s)).answer).value(u"document"_s).toString();
    const QJsonObject document = QJsonDocument::fromJson(exported.toUtf8()).object();
    QCOMPARE(document.value(u"namedCredentials"_s).toArray().size(), 2);
    QVERIFY(!exported.contains(id(u"Api"_s)));
    QVERIFY(!exported.contains(u"\"id\""_s));
}

void TestApiHandler::loginSendsTheUrlThenSignsIn()
{
    const Exchange login = call(request(u"login"_s, {{u"name"_s, u"Api"_s}, {u"timeout"_s, 60}}));
    QCOMPARE(login.events.size(), 1);
    const QJsonObject event = login.events.first();
    QCOMPARE(event.value(u"id"_s).toInt(), 7);
    QCOMPARE(protocol::eventName(event), u"sign-in-url"_s);
    // The one-time start page on the loopback listener, which redirects to the authorization URL.
    const QUrl url(event.value(u"url"_s).toString());
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY2(url.path().startsWith(u"/start/"_s), qPrintable(url.toString()));
    QVERIFY(!url.hasQuery());
    QCOMPARE(event.value(u"browserOpened"_s).toBool(false), true);
    QVERIFY2(protocol::isOk(login.answer), QJsonDocument(login.answer).toJson().constData());
    QCOMPARE(protocol::resultOf(login.answer), QJsonObject());
    QCOMPARE(status(u"Api"_s), u"signed-in"_s);
    QCOMPARE(status(u"Other"_s), u"signed-out"_s);
}

void TestApiHandler::loginDeniedKeepsTheRecord()
{
    m_browser->user = ScriptedBrowser::User::Denies;
    const Exchange login = call(request(u"login"_s, {{u"name"_s, u"Api"_s}}));
    QCOMPARE(login.events.size(), 1);
    QCOMPARE(login.code(), u"access-denied"_s);
    const QJsonObject record = protocol::resultOf(call(request(u"status"_s, {{u"name"_s, u"Api"_s}})).answer);
    QCOMPARE(record.value(u"status"_s).toString(), u"signed-out"_s);
    QCOMPARE(record.value(u"lastError"_s).toObject().value(u"code"_s).toString(), u"access-denied"_s);
    QCOMPARE(record.value(u"lastError"_s).toObject().value(u"time"_s).toString(),
             m_clock->now().toString(Qt::ISODateWithMs));
    QVERIFY(m_secrets->items().isEmpty());
}

void TestApiHandler::loginWithoutABrowserSendsTheUrlToShow()
{
    m_browser->user = ScriptedBrowser::User::HasNoBrowser;
    QTest::ignoreMessage(QtWarningMsg, "no browser could be opened; the sign-in URL is shown to the user instead");
    QObject requester;
    QList<QJsonObject> messages;
    m_core->api.handle(request(u"login"_s, {{u"name"_s, u"Api"_s}}), &requester,
                       [&messages](const QJsonObject &message) { messages.append(message); });
    QCOMPARE(messages.size(), 1);
    QCOMPARE(protocol::eventName(messages.first()), u"sign-in-url"_s);
    QCOMPARE(messages.first().value(u"browserOpened"_s).toBool(true), false);
    QCOMPARE(QUrl(messages.first().value(u"url"_s).toString()), m_browser->opened.first());
    m_core->signIn.cancel(id(u"Api"_s));
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(protocol::errorOf(messages.last()).code, u"sign-in-cancelled"_s);
}

void TestApiHandler::tokenNeedsASignIn()
{
    QCOMPARE(call(request(u"token"_s, {{u"name"_s, u"Api"_s}})).code(), u"sign-in-required"_s);
}

void TestApiHandler::tokenAndReportExpiredAfterSignIn()
{
    QVERIFY(protocol::isOk(call(request(u"login"_s, {{u"name"_s, u"Api"_s}})).answer));
    const QString first
        = protocol::resultOf(call(request(u"token"_s, {{u"name"_s, u"Api"_s}})).answer).value(u"token"_s).toString();
    QVERIFY(first.startsWith(u"access-"_s));

    // The service refused it: one refresh, and a new token.
    const Exchange refreshed = call(request(u"report-expired"_s, {{u"name"_s, u"Api"_s}, {u"token"_s, first}}));
    QVERIFY2(protocol::isOk(refreshed.answer), QJsonDocument(refreshed.answer).toJson().constData());
    const QString second = protocol::resultOf(refreshed.answer).value(u"token"_s).toString();
    QVERIFY(second.startsWith(u"access-"_s));
    QVERIFY(second != first);
    QCOMPARE(m_server->requests().last().form().value(u"grant_type"_s), u"refresh_token"_s);
}

void TestApiHandler::logoutKeepsTheCredential()
{
    QVERIFY(protocol::isOk(call(request(u"login"_s, {{u"name"_s, u"Api"_s}})).answer));
    QVERIFY(!m_secrets->items().isEmpty());
    const QJsonObject answer = call(request(u"logout"_s, {{u"name"_s, u"Api"_s}})).answer;
    QVERIFY2(protocol::isOk(answer), QJsonDocument(answer).toJson().constData());
    QCOMPARE(status(u"Api"_s), u"signed-out"_s);
    QVERIFY(m_secrets->items().isEmpty());
}

void TestApiHandler::removeDeletesTheCredential()
{
    QVERIFY(protocol::isOk(call(request(u"remove"_s, {{u"name"_s, u"Api"_s}})).answer));
    const QJsonArray records = protocol::resultOf(call(request(u"list"_s)).answer).value(u"credentials"_s).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(call(request(u"status"_s, {{u"name"_s, u"Api"_s}})).code(), u"not-found"_s);
}

void TestApiHandler::activateHandsOverTheArguments()
{
    QSignalSpy activations(&m_core->api, &ApiHandler::activationRequested);
    const QStringList arguments{u"--settings"_s, u"Api"_s};
    QVERIFY(
        protocol::isOk(call(request(u"activate"_s, {{u"arguments"_s, QJsonArray::fromStringList(arguments)}})).answer));
    QCOMPARE(activations.count(), 1);
    QCOMPARE(activations.first().first().toStringList(), arguments);
}

void TestApiHandler::authorizeGivesTheRecipe()
{
    // Not signed in, no wait: sign-in-required at once, without an event.
    const Exchange before = call(request(u"authorize"_s, {{u"name"_s, u"Api"_s}}));
    QCOMPARE(before.code(), u"sign-in-required"_s);
    QVERIFY(before.events.isEmpty());

    QVERIFY(protocol::isOk(call(request(u"login"_s, {{u"name"_s, u"Api"_s}})).answer));
    const Exchange exchange = call(request(u"authorize"_s, {{u"name"_s, u"Api"_s}, {u"wait"_s, 0}}));
    QVERIFY2(protocol::isOk(exchange.answer), QJsonDocument(exchange.answer).toJson().constData());
    const std::optional<CallRecipe> recipe = CallRecipe::fromJson(protocol::resultOf(exchange.answer));
    QVERIFY(recipe.has_value());
    QCOMPARE(recipe->credential, u"Api"_s);
    QCOMPARE(recipe->baseUrl, QUrl(u"https://api.example/Api"_s));
    QVERIFY(recipe->token.startsWith(u"access-"_s));
    QCOMPARE(recipe->headers, (HeaderList{{"Authorization", "Bearer " + recipe->token.toUtf8()}}));
    QCOMPARE(recipe->expiresAt, m_clock->now().addSecs(3600));

    // The server refused it: one refresh, and a recipe with the new token.
    const qsizetype requests = m_server->requests().size();
    const Exchange refused = call(request(u"authorize"_s, {{u"name"_s, u"Api"_s}, {u"refusedToken"_s, recipe->token}}));
    const QString renewed = protocol::resultOf(refused.answer).value(u"token"_s).toString();
    QVERIFY(renewed.startsWith(u"access-"_s));
    QVERIFY(renewed != recipe->token);
    QCOMPARE(m_server->requests().size(), requests + 1);
}

void TestApiHandler::authorizeWaitsForTheUser()
{
    QObject requester;
    auto exchange = std::make_shared<Exchange>();
    m_core->api.handle(request(u"authorize"_s, {{u"name"_s, u"Api"_s}, {u"wait"_s, 600}}), &requester,
                       [exchange](const QJsonObject &reply) {
                           if (protocol::isEvent(reply))
                               exchange->events.append(reply);
                           else
                               exchange->answer = reply;
                       });
    QTRY_COMPARE(exchange->events.size(), 1);
    const QJsonObject event = exchange->events.first();
    QCOMPARE(protocol::eventName(event), u"waiting-for-user"_s);
    QCOMPARE(event.value(u"id"_s).toInt(), 7);
    const QString message = event.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"Demo API"_s) && message.contains(u"10 minutes"_s), qPrintable(message));
    QCOMPARE(m_core->calls.waitingCalls(id(u"Api"_s)), 1);
    QCOMPARE(status(u"Api"_s), u"sign-in-required"_s); // the prompt asks the user

    // The user clicks Re-authenticate and signs in: the waiting call gets its recipe.
    QVERIFY(protocol::isOk(call(request(u"login"_s, {{u"name"_s, u"Api"_s}})).answer));
    QTRY_VERIFY(!exchange->answer.isEmpty());
    QVERIFY2(protocol::isOk(exchange->answer), QJsonDocument(exchange->answer).toJson().constData());
    QVERIFY(protocol::resultOf(exchange->answer).value(u"token"_s).toString().startsWith(u"access-"_s));
    QCOMPARE(exchange->events.size(), 1);
    QCOMPARE(m_core->calls.waitingCalls(id(u"Api"_s)), 0);
}

// A typo in the credential's entry disables it: authorize says why, as every other method does,
// and so does the in-process authorizer (the proxy's).
void TestApiHandler::authorizeRefusesADisabledCredential()
{
    QFile file(m_dir->filePath(u"callout.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray credentials = config.value(u"namedCredentials"_s).toArray();
    QJsonObject api = credentials.at(0).toObject();
    QCOMPARE(api.value(u"name"_s).toString(), u"Api"_s);
    api.insert(u"lable"_s, u"typo"_s);
    credentials.replace(0, api);
    config.insert(u"namedCredentials"_s, credentials);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
    file.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^configuration has \\d+ problems$"_s));
    (void)m_core->catalog.reloadConfiguration();
    QVERIFY(m_core->catalog.invalidCredentialByName(u"Api"_s));

    const Exchange exchange = call(request(u"authorize"_s, {{u"name"_s, u"Api"_s}, {u"wait"_s, 60}}));
    QCOMPARE(exchange.code(), u"invalid-configuration"_s);
    QVERIFY(exchange.events.isEmpty());
    QVERIFY(!protocol::errorOf(exchange.answer).details.isEmpty());

    CallFailure failure;
    m_core->calls.authorize({u"Api"_s, {}, std::chrono::seconds(60), {}}, this,
                            [&failure](const CallRecipe &, const CallFailure &f) { failure = f; });
    QTRY_VERIFY(failure.isFailure());
    QCOMPARE(failure.code, u"invalid-configuration"_s);
    QVERIFY2(failure.message.contains(u"Api"_s), qPrintable(failure.message));
}

// ---- bad requests -----------------------------------------------------------------------------

void TestApiHandler::badRequests_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonValue>("answerId"); // what the answer's id must be

    const QJsonValue seven(7);
    const QJsonValue null(QJsonValue::Null);
    const QString bad = u"bad-request"_s;
    auto loginWithTimeout = [&](const QJsonValue &timeout) {
        return request(u"login"_s, {{u"name"_s, u"Api"_s}, {u"timeout"_s, timeout}});
    };

    QTest::newRow("no method") << test::without(request(u"hello"_s), u"method"_s) << bad << seven;
    QTest::newRow("method a number") << test::with(request(u"hello"_s), u"method"_s, 5) << bad << seven;
    QTest::newRow("id an object") << test::with(request(u"hello"_s), u"id"_s, QJsonObject{{u"n"_s, 1}}) << bad << null;
    QTest::newRow("id an array") << test::with(request(u"hello"_s), u"id"_s, QJsonArray{1}) << bad << null;
    QTest::newRow("params an array") << test::with(request(u"hello"_s), u"params"_s, QJsonArray{}) << bad << seven;
    QTest::newRow("unknown method") << request(u"frobnicate"_s) << u"unknown-method"_s << seven;
    QTest::newRow("method in the wrong case") << request(u"HELLO"_s) << u"unknown-method"_s << seven;
    for (const QString &method :
         {u"status"_s, u"login"_s, u"token"_s, u"report-expired"_s, u"logout"_s, u"remove"_s, u"authorize"_s}) {
        QTest::addRow("%s without params", qPrintable(method)) << request(method) << bad << seven;
        QTest::addRow("%s with a number for name", qPrintable(method))
            << request(method, {{u"name"_s, 5}}) << bad << seven;
        QTest::addRow("%s with an empty name", qPrintable(method))
            << request(method, {{u"name"_s, u""_s}}) << bad << seven;
    }
    QTest::newRow("import without document") << request(u"import"_s) << bad << seven;
    QTest::newRow("import with a number for document") << request(u"import"_s, {{u"document"_s, 5}}) << bad << seven;
    QTest::newRow("import with a string for replace")
        << request(u"import"_s, {{u"document"_s, QJsonObject{{u"version"_s, 1}}}, {u"replace"_s, u"yes"_s}}) << bad
        << seven;
    QTest::newRow("login timeout a string") << loginWithTimeout(u"20"_s) << bad << seven;
    QTest::newRow("login timeout 0") << loginWithTimeout(0) << bad << seven;
    QTest::newRow("login timeout negative") << loginWithTimeout(-5) << bad << seven;
    QTest::newRow("login timeout a fraction") << loginWithTimeout(1.5) << bad << seven;
    QTest::newRow("login timeout over an hour") << loginWithTimeout(3601) << bad << seven;
    QTest::newRow("login timeout QTimer refuses") << loginWithTimeout(2147484) << bad << seven;
    QTest::newRow("login timeout QTimer wraps") << loginWithTimeout(4294968) << bad << seven;
    QTest::newRow("report-expired token a number")
        << request(u"report-expired"_s, {{u"name"_s, u"Api"_s}, {u"token"_s, 5}}) << bad << seven;
    auto authorizeWith = [&](const QString &key, const QJsonValue &value) {
        return request(u"authorize"_s, {{u"name"_s, u"Api"_s}, {key, value}});
    };
    QTest::newRow("authorize wait a string") << authorizeWith(u"wait"_s, u"20"_s) << bad << seven;
    QTest::newRow("authorize wait negative") << authorizeWith(u"wait"_s, -1) << bad << seven;
    QTest::newRow("authorize wait a fraction") << authorizeWith(u"wait"_s, 0.5) << bad << seven;
    QTest::newRow("authorize wait over a day") << authorizeWith(u"wait"_s, 86401) << bad << seven;
    QTest::newRow("authorize wait a bool") << authorizeWith(u"wait"_s, true) << bad << seven;
    QTest::newRow("authorize refusedToken a number") << authorizeWith(u"refusedToken"_s, 5) << bad << seven;
    QTest::newRow("authorize refusedToken an object")
        << authorizeWith(u"refusedToken"_s, QJsonObject{}) << bad << seven;
    QTest::newRow("activate arguments a string")
        << request(u"activate"_s, {{u"arguments"_s, u"--x"_s}}) << bad << seven;
    QTest::newRow("activate arguments not strings")
        << request(u"activate"_s, {{u"arguments"_s, QJsonArray{1, 2}}}) << bad << seven;
}

void TestApiHandler::badRequests()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, code);
    QFETCH(QJsonValue, answerId);
    QSignalSpy activations(&m_core->api, &ApiHandler::activationRequested);
    const Exchange exchange = call(message);
    QCOMPARE(exchange.answer.value(u"v"_s).toInt(), 1);
    QCOMPARE(exchange.answer.value(u"id"_s), answerId);
    QCOMPARE(exchange.answer.value(u"ok"_s), QJsonValue(false));
    QCOMPARE(exchange.code(), code);
    QVERIFY(!protocol::errorOf(exchange.answer).message.isEmpty());
    // Refused before anything happened.
    QVERIFY(exchange.events.isEmpty());
    QCOMPARE(activations.count(), 0);
    QVERIFY(!m_core->signIn.isSigningIn(id(u"Api"_s)));
    QCOMPARE(status(u"Api"_s), u"signed-out"_s);
}

void TestApiHandler::unknownCredential_data()
{
    QTest::addColumn<QString>("method");
    for (const QString &method :
         {u"status"_s, u"login"_s, u"token"_s, u"report-expired"_s, u"logout"_s, u"remove"_s, u"authorize"_s})
        QTest::newRow(qPrintable(method)) << method;
}

void TestApiHandler::unknownCredential()
{
    QFETCH(QString, method);
    const Exchange exchange = call(request(method, {{u"name"_s, u"NoSuchApi"_s}}));
    QCOMPARE(exchange.answer.value(u"id"_s).toInt(), 7);
    QCOMPARE(exchange.code(), u"not-found"_s);
    QVERIFY(protocol::errorOf(exchange.answer).message.contains(u"NoSuchApi"_s));
}

// ---- sign-in options --------------------------------------------------------------------------

void TestApiHandler::cliTimeoutDoesNotOutliveItsSignIn()
{
    // calloutctl login Api --timeout 20; the user never comes back, and the CLI gives up (Ctrl+C).
    m_browser->user = ScriptedBrowser::User::StaysAway;
    const QString api = id(u"Api"_s);
    QJsonObject answer;
    {
        QObject requester;
        m_core->api.handle(request(u"login"_s, {{u"name"_s, u"Api"_s}, {u"timeout"_s, 20}}), &requester,
                           [&answer](const QJsonObject &message) {
                               if (!protocol::isEvent(message))
                                   answer = message;
                           });
        const std::optional<std::chrono::milliseconds> cli = m_core->signIn.remainingTime(api);
        QVERIFY(cli.has_value());
        QVERIFY2(*cli > 18s && *cli <= 21s, qPrintable(QString::number(cli->count())));
        m_core->signIn.cancel(api);
        QTRY_COMPARE(protocol::errorOf(answer).code, u"sign-in-cancelled"_s);
    }
    QVERIFY(!m_core->signIn.isSigningIn(api));

    // Then Re-authenticate from the tray or the prompt: the default five minutes, not the CLI's 20 s.
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(api);
    const std::optional<std::chrono::milliseconds> tray = m_core->signIn.remainingTime(api);
    QVERIFY(tray.has_value());
    QVERIFY2(*tray > 4min + 40s, qPrintable(QString::number(tray->count())));
    m_core->signIn.cancel(api);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::SignInCancelled);
}

void TestApiHandler::signInClampsTheTimeout_data()
{
    QTest::addColumn<qint64>("requestedMs");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("default") << qint64(SignInOptions().timeout.count()) << qint64(300'000);
    QTest::newRow("20 s") << qint64(20'000) << qint64(20'000);
    QTest::newRow("0 → 1 s") << qint64(0) << qint64(1000);
    QTest::newRow("negative → 1 s") << qint64(-5000) << qint64(1000);
    QTest::newRow("2147484 s (QTimer refuses it) → 1 h") << qint64(2'147'484'000) << qint64(3'600'000);
    QTest::newRow("4294968 s (wraps in QTimer) → 1 h") << qint64(4'294'968'000) << qint64(3'600'000);
}

void TestApiHandler::signInClampsTheTimeout()
{
    QFETCH(qint64, requestedMs);
    QFETCH(qint64, expectedMs);
    QCOMPARE(SignInOptions{std::chrono::milliseconds(requestedMs)}.clamped().timeout.count(), expectedMs);

    // What the waiting sign-in really uses.
    m_browser->user = ScriptedBrowser::User::StaysAway;
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(id(u"Api"_s), {std::chrono::milliseconds(requestedMs)});
    const std::optional<std::chrono::milliseconds> remaining = m_core->signIn.remainingTime(id(u"Api"_s));
    QVERIFY(remaining.has_value());
    // A coarse timer: within 5 % of the interval.
    QVERIFY2(std::abs(remaining->count() - expectedMs) <= expectedMs / 20 + 100,
             qPrintable(QString::number(remaining->count())));
    m_core->signIn.cancel(id(u"Api"_s));
    QTRY_COMPARE(finished.count(), 1);
}

void TestApiHandler::signInAnswersOnlyThroughTheSignal()
{
    // Failing at once (no such credential) still answers through the signal, after signIn() returned.
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(u"no-such-id"_s);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_core->signIn.isSigningIn(u"no-such-id"_s));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), u"no-such-id"_s);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::NotFound);

    // A second sign-in while one waits joins it: one outcome answers both callers.
    m_browser->user = ScriptedBrowser::User::StaysAway;
    finished.clear();
    QSignalSpy urls(&m_core->signIn, &SignInService::signInUrl);
    m_core->signIn.signIn(id(u"Api"_s));
    m_core->signIn.signIn(id(u"Api"_s), {5s});
    QCOMPARE(urls.count(), 2); // the page again, not a second attempt
    QCOMPARE(m_browser->opened.size(), 2);
    // The same sign-in page through a fresh one-time start URL (the first may have been used).
    QVERIFY(m_browser->opened.at(0) != m_browser->opened.at(1));
    QCOMPARE(m_browser->opened.at(1).port(), m_browser->opened.at(0).port());
    QVERIFY(m_browser->opened.at(1).path().startsWith(u"/start/"_s));
    QVERIFY(*m_core->signIn.remainingTime(id(u"Api"_s)) > 4min); // the first caller's options stand
    m_core->signIn.cancel(id(u"Api"_s));
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestApiHandler)
#include "tst_apihandler.moc"
