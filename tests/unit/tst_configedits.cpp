// callout.json edited by hand (security review, issue 11 #5 and #6), through the local API of the
// real core on real files, with an in-memory keychain:
// - a typo in one entry disables that entry, with its problem shown; its record and tokens stay, and
//   fixing the typo brings the sign-in back without signing in again;
// - an edit made while the agent runs is read again (the file is watched, also across atomic
//   replaces); an invalid one is reported and the file is never written over; the agent's own saves
//   are not read back as edits.
#include "JsonEdit.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/agent/CalloutCore.h"
#include "calloutclient/Protocol.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::readFile;
using test::writeFile;

namespace {

const QString AccessToken = u"at-kept-9Qm"_s;
const QString ClientSecret = u"client-s3cr3t-Lp4"_s;

QJsonObject acmeProvider()
{
    return {{u"id"_s, u"p-acme"_s},
            {u"name"_s, u"Acme"_s},
            {u"authorizeUrl"_s, u"https://login.acme.test/authorize"_s},
            {u"tokenUrl"_s, u"https://login.acme.test/token"_s},
            {u"clientId"_s, u"callout"_s},
            {u"clientAuthentication"_s, u"post"_s}};
}

QJsonObject apiCredential()
{
    return {{u"id"_s, u"c-api"_s},
            {u"name"_s, u"Api"_s},
            {u"label"_s, u"Acme API"_s},
            {u"url"_s, u"https://api.acme.test/v1"_s},
            {u"authProvider"_s, u"Acme"_s}};
}

QJsonObject filesCredential()
{
    return {{u"id"_s, u"c-files"_s},
            {u"name"_s, u"Files"_s},
            {u"url"_s, u"https://files.acme.test"_s},
            {u"authProvider"_s, u"Acme"_s}};
}

QByteArray configWith(const QJsonObject &provider, const QJsonObject &api)
{
    return QJsonDocument(QJsonObject{{u"version"_s, 1},
                                     {u"authProviders"_s, QJsonArray{provider}},
                                     {u"namedCredentials"_s, QJsonArray{api, filesCredential()}}})
        .toJson();
}

// Writes as an editor (and QSaveFile) does: a new file renamed over the old one, which ends a
// watch on the old file.
void replaceFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    QVERIFY(file.commit());
}

const QRegularExpression ProblemsWarning(u"^configuration has \\d+ problems$"_s);

} // namespace

class TestConfigEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typoDisablesOnlyItsEntry_data();
    void typoDisablesOnlyItsEntry();
    void unreadableFileAtStartKeepsTheTokens();
    void editWhileRunningIsApplied();
    void invalidEditIsReportedAndNeverOverwritten();
    void unparsableEditIsLeftInPlace();
    void ownSavesAreNotReadBack();
    void editMovingTheTokenUrlDeletesTheSecret();

private:
    // A start of the agent over the files: a new core, loaded.
    QList<Error> start();
    QJsonObject call(const QString &method, const QJsonObject &params = {});
    QJsonObject recordOf(const QString &name);
    void signInApi(); // a signed-in record for Api, and its tokens in the keychain
    bool hasTokens(const QString &credentialId) const;

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<test::StoreFixture> m_files;
    test::ScriptedBrowser m_browser;
    std::unique_ptr<CalloutCore> m_core;
};

void TestConfigEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConfigEdits::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_files = std::make_unique<test::StoreFixture>();
    QVERIFY(m_files->isValid());
    QVERIFY(QDir().mkpath(QFileInfo(m_files->configPath()).absolutePath()));
}

void TestConfigEdits::cleanup()
{
    m_core.reset();
    m_files.reset();
    m_secrets.reset();
}

QList<Error> TestConfigEdits::start()
{
    m_core.reset();
    m_core = std::make_unique<CalloutCore>(m_files->configPath(), m_files->statePath(), *m_secrets, m_browser,
                                           m_files->clock());
    return m_core->load();
}

QJsonObject TestConfigEdits::call(const QString &method, const QJsonObject &params)
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

QJsonObject TestConfigEdits::recordOf(const QString &name)
{
    const QJsonArray records = protocol::resultOf(call(u"list"_s)).value(u"credentials"_s).toArray();
    for (const QJsonValue &record : records) {
        if (record.toObject().value(u"name"_s).toString() == name)
            return record.toObject();
    }
    return {};
}

void TestConfigEdits::signInApi()
{
    QList<Error> problems;
    const Configuration config = Configuration::fromJson(
        QJsonDocument::fromJson(configWith(acmeProvider(), apiCredential())).object(), &problems);
    const QDateTime now = m_files->clock().now();
    QJsonObject record{{u"status"_s, u"signed-in"_s},
                       {u"user"_s, u"alice@acme.test"_s},
                       {u"accessTokenExpiry"_s, now.addSecs(3600).toString(Qt::ISODateWithMs)},
                       {u"tokenBinding"_s, tokenBinding(config, *config.credentialById(u"c-api"_s))}};
    writeFile(
        m_files->statePath(),
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"externalAuthentications"_s, QJsonObject{{u"c-api"_s, record}}}})
            .toJson());
    TokenSet tokens;
    tokens.accessToken = AccessToken;
    tokens.refreshToken = u"rt-kept"_s;
    tokens.expiry = now.addSecs(3600);
    tokens.issued = now;
    QVERIFY(test::storeTokens(*m_secrets, u"c-api"_s, tokens));
    QVERIFY(hasTokens(u"c-api"_s));
}

bool TestConfigEdits::hasTokens(const QString &credentialId) const
{
    return m_secrets->items().contains(secretkeys::credentialTokens(credentialId));
}

void TestConfigEdits::typoDisablesOnlyItsEntry_data()
{
    QTest::addColumn<QJsonObject>("provider");
    QTest::addColumn<QJsonObject>("api");
    QTest::addColumn<QString>("problem"); // a part of the problem shown

    QJsonObject typo = apiCredential();
    typo.insert(u"lable"_s, typo.take(u"label"_s));
    QTest::newRow("misspelt field") << acmeProvider() << typo << u"namedCredentials[0].lable"_s;
    QTest::newRow("http URL") << acmeProvider() << test::with(apiCredential(), u"url"_s, u"http://api.acme.test/v1"_s)
                              << u"namedCredentials[0].url"_s;
    QTest::newRow("misspelt provider name")
        << acmeProvider() << test::with(apiCredential(), u"authProvider"_s, u"Acmee"_s) << u"Acmee"_s;
    QTest::newRow("typo in its provider")
        << test::with(acmeProvider(), u"clientAuthentication"_s, u"pots"_s) << apiCredential() << u"Acme"_s;
}

void TestConfigEdits::typoDisablesOnlyItsEntry()
{
    QFETCH(QJsonObject, provider);
    QFETCH(QJsonObject, api);
    QFETCH(QString, problem);

    signInApi();
    const QByteArray edited = configWith(provider, api);
    writeFile(m_files->configPath(), edited);
    QTest::ignoreMessage(QtWarningMsg, ProblemsWarning);
    QVERIFY(!start().isEmpty());
    QTest::qWait(300); // whatever the start does to the keychain, it has done it by now
    QVERIFY(hasTokens(u"c-api"_s));

    // Listed as disabled, with the problem; its sign-in is kept.
    const QJsonObject record = recordOf(u"Api"_s);
    QCOMPARE(record.value(u"status"_s).toString(), u"invalid"_s);
    const QString problems = record.value(u"problems"_s).toVariant().toStringList().join(u'\n');
    QVERIFY2(problems.contains(problem), qPrintable(problems));
    const QJsonObject status = protocol::resultOf(call(u"status"_s, {{u"name"_s, u"Api"_s}}));
    QCOMPARE(status.value(u"status"_s).toString(), u"invalid"_s);
    QVERIFY(!protocol::resultOf(call(u"list"_s)).value(u"configurationProblems"_s).toArray().isEmpty());
    const QJsonObject token = call(u"token"_s, {{u"name"_s, u"Api"_s}});
    QCOMPARE(protocol::errorOf(token).code, errorCodeName(ErrorCode::InvalidConfiguration));
    QVERIFY(protocol::errorOf(token).message.contains(u"disabled"_s));

    // Whatever the agent does meanwhile, the tokens and the record stay, and the file is the user's.
    QTest::qWait(300);
    QVERIFY(hasTokens(u"c-api"_s));
    QVERIFY(readFile(m_files->statePath()).contains("c-api"));
    QCOMPARE(readFile(m_files->configPath()), edited);

    // The typo fixed, the next start hands out the same token without a sign-in.
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());
    const QJsonObject fixed = call(u"token"_s, {{u"name"_s, u"Api"_s}});
    QVERIFY2(protocol::isOk(fixed), QJsonDocument(fixed).toJson().constData());
    QCOMPARE(protocol::resultOf(fixed).value(u"token"_s).toString(), AccessToken);
}

void TestConfigEdits::unreadableFileAtStartKeepsTheTokens()
{
    // A missing comma: the file is moved aside and the agent starts without it; no token goes.
    signInApi();
    QByteArray broken = configWith(acmeProvider(), apiCredential());
    broken.replace("\"Acme\",", "\"Acme\"");
    writeFile(m_files->configPath(), broken);
    const QString aside = m_files->configPath() + u".corrupt-20261128-120000"_s;
    test::StoreFixture::expectMovedAside(m_files->configPath(), aside);
    QCOMPARE(start().size(), 1);
    QTest::qWait(300);
    QVERIFY(hasTokens(u"c-api"_s));

    // A second start finds no file at all: still nothing goes.
    QVERIFY(start().isEmpty());
    QTest::qWait(300);
    QVERIFY(hasTokens(u"c-api"_s));

    // The user puts the fixed file back: the sign-in is there.
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());
    QCOMPARE(protocol::resultOf(call(u"token"_s, {{u"name"_s, u"Api"_s}})).value(u"token"_s).toString(), AccessToken);
}

void TestConfigEdits::editWhileRunningIsApplied()
{
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());
    QCOMPARE(recordOf(u"Api"_s).value(u"label"_s).toString(), u"Acme API"_s);

    // An editor's save (atomic replace) …
    replaceFile(m_files->configPath(), configWith(acmeProvider(), test::with(apiCredential(), u"label"_s, u"One"_s)));
    QTRY_COMPARE(recordOf(u"Api"_s).value(u"label"_s).toString(), u"One"_s);
    // … again, on the new file (the watch was renewed) …
    replaceFile(m_files->configPath(), configWith(acmeProvider(), test::with(apiCredential(), u"label"_s, u"Two"_s)));
    QTRY_COMPARE(recordOf(u"Api"_s).value(u"label"_s).toString(), u"Two"_s);
    // … and a write in place.
    writeFile(m_files->configPath(), configWith(acmeProvider(), test::with(apiCredential(), u"label"_s, u"Three"_s)));
    QTRY_COMPARE(recordOf(u"Api"_s).value(u"label"_s).toString(), u"Three"_s);
}

void TestConfigEdits::invalidEditIsReportedAndNeverOverwritten()
{
    signInApi();
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());

    QJsonObject typo = apiCredential();
    typo.insert(u"lable"_s, typo.take(u"label"_s));
    const QByteArray edited = configWith(acmeProvider(), typo);
    QTest::ignoreMessage(QtWarningMsg, ProblemsWarning);
    replaceFile(m_files->configPath(), edited);
    QTRY_COMPARE(recordOf(u"Api"_s).value(u"status"_s).toString(), u"invalid"_s);
    QVERIFY(!protocol::resultOf(call(u"list"_s)).value(u"configurationProblems"_s).toArray().isEmpty());

    // A change through the API would write over the user's text: refused, saying why.
    const QJsonObject import = call(u"import"_s, {{u"document"_s, QJsonObject{{u"version"_s, 1}}}});
    QCOMPARE(protocol::errorOf(import).code, errorCodeName(ErrorCode::ConfigurationReadOnly));
    QVERIFY(protocol::errorOf(import).message.contains(m_files->configPath()));
    QCOMPARE(protocol::errorOf(call(u"remove"_s, {{u"name"_s, u"Files"_s}})).code,
             errorCodeName(ErrorCode::ConfigurationReadOnly));
    QTest::qWait(300);
    QCOMPARE(readFile(m_files->configPath()), edited);
    QVERIFY(hasTokens(u"c-api"_s));

    // Fixed in the editor: back, with its sign-in, and the API may change the file again.
    replaceFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QTRY_COMPARE(recordOf(u"Api"_s).value(u"status"_s).toString(), u"signed-in"_s);
    QCOMPARE(protocol::resultOf(call(u"token"_s, {{u"name"_s, u"Api"_s}})).value(u"token"_s).toString(), AccessToken);
    QVERIFY(protocol::isOk(call(u"remove"_s, {{u"name"_s, u"Files"_s}})));
}

void TestConfigEdits::unparsableEditIsLeftInPlace()
{
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());

    // Half-way through an edit: not moved aside (the editor still has it open), nothing changes.
    const QByteArray broken = "{ \"version\": 1, \"authProviders\": [";
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^not reloaded: .*could not be read"_s));
    writeFile(m_files->configPath(), broken);
    QTRY_VERIFY(!protocol::resultOf(call(u"list"_s)).value(u"configurationProblems"_s).toArray().isEmpty());
    QCOMPARE(recordOf(u"Api"_s).value(u"status"_s).toString(), u"signed-out"_s);
    QCOMPARE(readFile(m_files->configPath()), broken);
    QCOMPARE(test::StoreFixture::entriesNextTo(m_files->configPath()), QStringList{u"callout.json"_s});
    const QJsonObject import = call(u"import"_s, {{u"document"_s, QJsonObject{{u"version"_s, 1}}}});
    QCOMPARE(protocol::errorOf(import).code, errorCodeName(ErrorCode::ConfigurationReadOnly));
    QCOMPARE(readFile(m_files->configPath()), broken);
}

void TestConfigEdits::ownSavesAreNotReadBack()
{
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());
    QSignalSpy changed(&m_core->catalog, &CredentialCatalog::configurationChanged);

    const QJsonObject label = test::with(test::without(apiCredential(), u"id"_s), u"label"_s, u"Renamed"_s);
    const QJsonObject import
        = call(u"import"_s,
               {{u"document"_s, QJsonObject{{u"version"_s, 1}, {u"namedCredentials"_s, QJsonArray{label}}}},
                {u"replace"_s, true}});
    QVERIFY2(protocol::isOk(import), QJsonDocument(import).toJson().constData());
    QCOMPARE(changed.count(), 1);
    QTest::qWait(600); // longer than the watcher's settling time
    QCOMPARE(changed.count(), 1);
    QCOMPARE(recordOf(u"Api"_s).value(u"label"_s).toString(), u"Renamed"_s);
}

void TestConfigEdits::editMovingTheTokenUrlDeletesTheSecret()
{
    signInApi();
    writeFile(m_files->configPath(), configWith(acmeProvider(), apiCredential()));
    QVERIFY(start().isEmpty());
    const QString secretKey = secretkeys::providerClientSecret(u"p-acme"_s);
    bool written = false;
    m_secrets->write(secretKey, ClientSecret.toUtf8(), this, [&written](const Result<void> &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    replaceFile(m_files->configPath(),
                configWith(test::with(acmeProvider(), u"tokenUrl"_s, u"https://evil.test/token"_s), apiCredential()));
    QTRY_VERIFY(!m_secrets->items().contains(secretKey));
    QTRY_VERIFY(!hasTokens(u"c-api"_s));
    QCOMPARE(recordOf(u"Api"_s).value(u"status"_s).toString(), u"signed-out"_s);
}

QTEST_GUILESS_MAIN(TestConfigEdits)
#include "tst_configedits.moc"
