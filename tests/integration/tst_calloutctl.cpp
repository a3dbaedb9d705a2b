// `calloutctl` against the real `callout --headless` agent, the real OAuth server of tests/server,
// the real keychain and the real xdg-open running the scripted browser: the command-line contract
// of README.md ("The agent, `calloutctl` and the local API"). Every test has its own XDG folders and
// so its own agent; DISPLAY is unset for the processes it starts.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
using Run = callout::test::CtlRun;
namespace test = callout::test;

// The exit code of a calloutctl run, with its output in the failure message. `run` is evaluated once.
#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        const Run &checkedRun = (run);                                                                                 \
        QVERIFY2(checkedRun.exitCode == (expected), qPrintable(checkedRun.describe(expected)));                        \
    } while (false)

namespace {

const QStringList &recordFields()
{
    static const QStringList fields{u"name"_s, u"label"_s, u"provider"_s, u"url"_s, u"status"_s, u"user"_s,
                                    u"grantedScopes"_s, u"accessTokenExpiry"_s, u"lastRefresh"_s, u"nextRetry"_s,
                                    u"lastError"_s, u"notice"_s,
                                    // the settings window's details (issue 12)
                                    u"requestedScopes"_s, u"missingScopes"_s, u"plannedRefresh"_s, u"history"_s};
    return fields;
}

// The credential records of `list --json` (an array, or {"credentials": [...]} as the local API).
QJsonArray credentialsIn(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isArray())
        return document.array();
    return document.object().value(u"credentials"_s).toArray();
}

QJsonObject recordNamed(const QJsonArray &records, const QString &name)
{
    for (const QJsonValue &r : records) {
        if (r.toObject().value(u"name"_s).toString() == name)
            return r.toObject();
    }
    return {};
}

// Every key anywhere in a JSON value.
void collectKeys(const QJsonValue &value, QStringList *keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectKeys(v, keys);
    }
}

QList<QByteArray> commandLineOf(qint64 pid)
{
    QByteArray cmdline = test::readFile(u"/proc/%1/cmdline"_s.arg(pid));
    if (cmdline.endsWith('\0'))
        cmdline.chop(1);
    return cmdline.split('\0');
}

QByteArray percentEncoded(const QString &secret)
{
    return QUrl::toPercentEncoding(secret);
}

} // namespace

class TestCalloutctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void importFromFileOrStdin_data();
    void importFromFileOrStdin();
    void malformedImportIsRefused_data();
    void malformedImportIsRefused();
    void changedEntryNeedsReplace();
    void listAndStatus();
    void statusOfUnknownNameFails();
    void loginOutcomes_data();
    void loginOutcomes();
    void tokenIsPrintedAloneAndWorks();
    void tokenOfSignedOutCredentialNeedsSignIn();
    void concurrentReportsShareOneRefresh();
    void reportExpiredRefreshes_data();
    void reportExpiredRefreshes();
    void twoScriptsReportingTheSameTokenRefreshOnce();
    void logoutRevokesAndRemoveDeletes();
    void refusedRefreshNeedsSignIn();
    void agentIsStartedOnDemandAndReused();
    void noStartWithoutAgentFails();
    void secondAgentExitsAndFirstKeepsRunning();
    void clientSecretNeverLeavesTheKeychain();
    void keychainUnavailableExits8();

private:
    QByteArray importDocument(const TestServer &server, const QString &publicLabel = u"Public API"_s) const;
    bool importProviders(const TestServer &server);
    bool login(const QString &name);
    QString token(const QString &name);
    QJsonObject statusRecord(const QString &name);
    int apiStatus(TestServer &server, const QByteArray &token);

    std::unique_ptr<TestServer> m_server;  // shared by the tests; log and faults cleared in init()
    std::unique_ptr<AgentProcess> m_agent; // this test's folders, agent and calloutctl runs
};

void TestCalloutctl::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestCalloutctl::cleanupTestCase()
{
    m_server.reset();
}

void TestCalloutctl::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_server->clearFaults());
    QVERIFY(m_server->clearRequestLog());
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
}

void TestCalloutctl::cleanup()
{
    m_agent.reset(); // stops every process of the test
}

// ---- fixtures ---------------------------------------------------------------------------------

// Two providers and their credentials on `server`, as tst_signin imports them; Post carries its secret.
QByteArray TestCalloutctl::importDocument(const TestServer &server, const QString &publicLabel) const
{
    return test::ServerImport(server)
        .provider(u"Public"_s, u"public-client"_s)
        .provider(u"Post"_s, u"post-client"_s)
        .credential(u"PublicApi"_s, u"Public"_s, publicLabel)
        .credential(u"PostApi"_s, u"Post"_s, u"Post API"_s)
        .toJson();
}

bool TestCalloutctl::importProviders(const TestServer &server)
{
    return m_agent->import(importDocument(server));
}

bool TestCalloutctl::login(const QString &name)
{
    const Run run = m_agent->ctl({u"login"_s, name, u"--timeout"_s, u"60"_s}, {}, 90000);
    CHECK_OR_RETURN_FALSE(run.exitCode == 0, qPrintable(run.describe(0)));
    return true;
}

// The token `calloutctl token` printed (without its newline), empty when it failed.
QString TestCalloutctl::token(const QString &name)
{
    const Run run = m_agent->ctl({u"token"_s, name});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe(0)));
        return {};
    }
    QByteArray out = run.out;
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

QJsonObject TestCalloutctl::statusRecord(const QString &name)
{
    const Run run = m_agent->ctl({u"status"_s, name, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe(0)));
    return QJsonDocument::fromJson(run.out).object();
}

int TestCalloutctl::apiStatus(TestServer &server, const QByteArray &accessToken)
{
    return server.request("GET", server.url(u"/api/me"_s), {}, {{"Authorization", "Bearer " + accessToken}}).status;
}

// ---- command line -----------------------------------------------------------------------------

void TestCalloutctl::versionAndHelp()
{
    const Run version = m_agent->ctl({u"--version"_s});
    COMPARE_EXIT(version, 0);
    QVERIFY2(QRegularExpression(u"\\d+\\.\\d+"_s).match(QString::fromUtf8(version.out)).hasMatch(),
             version.out.constData());

    const Run help = m_agent->ctl({u"--help"_s});
    COMPARE_EXIT(help, 0);
    const QString text = QString::fromUtf8(help.out);
    for (const QString &command : {u"import"_s, u"export"_s, u"list"_s, u"status"_s, u"login"_s, u"token"_s,
                                   u"report-expired"_s, u"logout"_s, u"remove"_s, u"--no-start"_s})
        QVERIFY2(text.contains(command), qPrintable(command + u" is not in --help:\n"_s + text));
}

void TestCalloutctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown command with a name") << QStringList{u"frobnicate"_s, u"PublicApi"_s};
    QTest::newRow("import without FILE") << QStringList{u"import"_s};
    QTest::newRow("status without NAME") << QStringList{u"status"_s};
    QTest::newRow("login without NAME") << QStringList{u"login"_s};
    QTest::newRow("token without NAME") << QStringList{u"token"_s};
    QTest::newRow("report-expired without NAME") << QStringList{u"report-expired"_s};
    QTest::newRow("logout without NAME") << QStringList{u"logout"_s};
    QTest::newRow("remove without NAME") << QStringList{u"remove"_s};
    // login's --timeout: whole seconds from 1 to 3600 (QTimer refuses 2147484 s and wraps 4294968 s).
    for (const QString &timeout : {u"0"_s, u"-5"_s, u"3601"_s, u"2147484"_s, u"4294968"_s, u"1.5"_s, u"soon"_s})
        QTest::addRow("login --timeout %s", qPrintable(timeout))
            << QStringList{u"login"_s, u"PublicApi"_s, u"--timeout"_s, timeout};
}

void TestCalloutctl::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = m_agent->ctl(args);
    COMPARE_EXIT(run, 2);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

// ---- import, list, status ---------------------------------------------------------------------

void TestCalloutctl::importFromFileOrStdin_data()
{
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("FILE") << false;
    QTest::newRow("- (stdin)") << true;
}

void TestCalloutctl::importFromFileOrStdin()
{
    QFETCH(bool, fromStdin);
    if (!m_agent->start())
        return;
    const QByteArray document = importDocument(*m_server);
    const QString file = m_agent->filePath(u"import.json"_s); // outside the XDG folders
    test::writeFile(file, document);
    const Run run = fromStdin ? m_agent->ctl({u"import"_s, u"-"_s}, document) : m_agent->ctl({u"import"_s, file});
    if (!AgentProcess::imported(run))
        return;
    QVERIFY2(!run.out.trimmed().isEmpty(), "no summary on stdout");

    const Run list = m_agent->ctl({u"list"_s, u"--json"_s});
    COMPARE_EXIT(list, 0);
    const QJsonArray records = credentialsIn(list.out);
    QCOMPARE(records.size(), 2);
    QCOMPARE(recordNamed(records, u"PublicApi"_s).value(u"provider"_s).toString(), u"Public"_s);
    QCOMPARE(recordNamed(records, u"PostApi"_s).value(u"provider"_s).toString(), u"Post"_s);

    // Again with --replace: the same two entries (a carried client secret counts as a change,
    // so without --replace an identical document is refused).
    const Run again = m_agent->ctl({u"import"_s, u"-"_s, u"--replace"_s}, document);
    COMPARE_EXIT(again, 0);
    QCOMPARE(credentialsIn(m_agent->ctl({u"list"_s, u"--json"_s}).out).size(), 2);
}

void TestCalloutctl::malformedImportIsRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("named"); // what stderr must mention
    QTest::newRow("not JSON") << QByteArray(R"({"authProviders": [)") << u"JSON"_s;
    QTest::newRow("credential of an unknown provider") << QByteArray(R"({"version": 1,
              "authProviders": [{"name": "Public", "authorizeUrl": "http://127.0.0.1:9/auth",
                                 "tokenUrl": "http://127.0.0.1:9/token", "clientId": "public-client"}],
              "namedCredentials": [{"name": "PublicApi", "url": "http://127.0.0.1:9/api",
                                    "authProvider": "Nowhere"}]})")
                                                       << u"Nowhere"_s;
    QTest::newRow("provider without clientId") << QByteArray(R"({"version": 1,
              "authProviders": [{"name": "Public", "authorizeUrl": "http://127.0.0.1:9/auth",
                                 "tokenUrl": "http://127.0.0.1:9/token"}],
              "namedCredentials": [{"name": "PublicApi", "url": "http://127.0.0.1:9/api",
                                    "authProvider": "Public"}]})")
                                               << u"clientId"_s;
}

void TestCalloutctl::malformedImportIsRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, named);
    if (!m_agent->start())
        return;
    const Run run = m_agent->ctl({u"import"_s, u"-"_s}, document);
    COMPARE_EXIT(run, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(named), qPrintable(run.describe(1)));
    // All or nothing: not even the valid provider was added.
    const Run list = m_agent->ctl({u"list"_s, u"--json"_s});
    COMPARE_EXIT(list, 0);
    QVERIFY(QJsonDocument::fromJson(list.out).isArray() || QJsonDocument::fromJson(list.out).isObject());
    QCOMPARE(credentialsIn(list.out).size(), 0);
}

void TestCalloutctl::changedEntryNeedsReplace()
{
    if (!m_agent->start() || !importProviders(*m_server))
        return;
    const QByteArray changed = importDocument(*m_server, u"Renamed public API"_s);

    const Run refused = m_agent->ctl({u"import"_s, u"-"_s}, changed);
    COMPARE_EXIT(refused, 1);
    QVERIFY2(!refused.err.trimmed().isEmpty(), "no reason on stderr");
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"label"_s).toString(), u"Public API"_s);

    const Run replaced = m_agent->ctl({u"import"_s, u"-"_s, u"--replace"_s}, changed);
    COMPARE_EXIT(replaced, 0);
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"label"_s).toString(), u"Renamed public API"_s);
}

void TestCalloutctl::listAndStatus()
{
    if (!m_agent->start() || !importProviders(*m_server))
        return;
    const Run table = m_agent->ctl({u"list"_s});
    COMPARE_EXIT(table, 0);
    QVERIFY2(table.out.contains("PublicApi") && table.out.contains("PostApi"), table.out.constData());

    const Run list = m_agent->ctl({u"list"_s, u"--json"_s});
    COMPARE_EXIT(list, 0);
    QJsonParseError parseError;
    QJsonDocument::fromJson(list.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, list.out.constData());
    const QJsonArray records = credentialsIn(list.out);
    QCOMPARE(records.size(), 2);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        for (const QString &field : recordFields())
            QVERIFY2(record.contains(field), qPrintable(field + u" is missing in "_s + QString::fromUtf8(list.out)));
        QCOMPARE(record.value(u"status"_s).toString(), u"signed-out"_s);
        QCOMPARE(record.value(u"url"_s).toString(), m_server->issuer() + u"/api"_s);
        QVERIFY(record.value(u"accessTokenExpiry"_s).isNull());
        QVERIFY(record.value(u"lastError"_s).isNull());
    }
    QCOMPARE(recordNamed(records, u"PostApi"_s).value(u"label"_s).toString(), u"Post API"_s);

    const Run status = m_agent->ctl({u"status"_s, u"PostApi"_s});
    COMPARE_EXIT(status, 0);
    QVERIFY(!status.out.trimmed().isEmpty());

    const QJsonObject record = statusRecord(u"PostApi"_s);
    for (const QString &field : recordFields())
        QVERIFY2(record.contains(field), qPrintable(field + u" is missing in status --json"_s));
    QCOMPARE(record.value(u"name"_s).toString(), u"PostApi"_s);
    QCOMPARE(record.value(u"provider"_s).toString(), u"Post"_s);
    QCOMPARE(record.value(u"status"_s).toString(), u"signed-out"_s);
}

void TestCalloutctl::statusOfUnknownNameFails()
{
    if (!m_agent->start() || !importProviders(*m_server))
        return;
    for (const QStringList &args :
         {QStringList{u"status"_s, u"NoSuchApi"_s}, QStringList{u"status"_s, u"NoSuchApi"_s, u"--json"_s}}) {
        const Run run = m_agent->ctl(args);
        COMPARE_EXIT(run, 1);
        QVERIFY2(run.oneLineError(), run.err.constData());
    }
}

// ---- sign-in and tokens -----------------------------------------------------------------------

void TestCalloutctl::loginOutcomes_data()
{
    QTest::addColumn<QByteArray>("browserMode");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("signed in") << QByteArray("normal") << u"60"_s << 0 << u"signed-in"_s;
    QTest::newRow("denied") << QByteArray("deny") << u"60"_s << 7 << u"signed-out"_s;
    QTest::newRow("user never comes back") << QByteArray("none") << u"3"_s << 6 << u"signed-out"_s;
}

void TestCalloutctl::loginOutcomes()
{
    QFETCH(QByteArray, browserMode);
    QFETCH(QString, timeout);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    if (!m_agent->start(browserMode) || !importProviders(*m_server))
        return;
    const Run run = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, timeout}, {}, 90000);
    COMPARE_EXIT(run, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());

    // The sign-in URL, on stderr, is the agent's one-time start page (it redirects to the provider),
    // so neither the state nor the PKCE challenge is ever printed or passed on a command line.
    const QRegularExpressionMatch url = QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)/start/[A-Za-z0-9_-]{43}"_s)
                                            .match(QString::fromUtf8(run.err));
    QVERIFY2(url.hasMatch(), run.err.constData());
    QVERIFY(url.captured(1).toInt() != int(m_server->port()));
    QVERIFY2(!run.err.contains("state=") && !run.err.contains("code_challenge"), run.err.constData());

    const QJsonObject record = statusRecord(u"PublicApi"_s);
    QCOMPARE(record.value(u"status"_s).toString(), status);
    if (exitCode == 0) {
        QCOMPARE(record.value(u"user"_s).toString(), u"alice"_s);
        QVERIFY(!record.value(u"accessTokenExpiry"_s).toString().isEmpty());
    } else {
        QVERIFY(m_server->requestLog(u"token"_s).isEmpty()); // no code was exchanged
    }
}

void TestCalloutctl::tokenIsPrintedAloneAndWorks()
{
    if (!m_agent->start() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    // Everything logged, even debug: none of it may reach stdout.
    const Run run = m_agent->ctl({u"token"_s, u"PublicApi"_s}, {}, 60000,
                                 {{u"QT_LOGGING_RULES"_s, u"*.debug=true"_s}, {u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s}});
    COMPARE_EXIT(run, 0);
    QByteArray accessToken = run.out;
    if (accessToken.endsWith('\n'))
        accessToken.chop(1);
    QVERIFY(!accessToken.isEmpty());
    // One line, no blanks: nothing but the token (a log line would add words or lines).
    QVERIFY2(!accessToken.contains('\n') && !accessToken.contains(' ') && accessToken == accessToken.trimmed(),
             run.out.constData());
    QCOMPARE(apiStatus(*m_server, accessToken), 200);
}

void TestCalloutctl::tokenOfSignedOutCredentialNeedsSignIn()
{
    if (!m_agent->start() || !importProviders(*m_server))
        return;
    const Run run = m_agent->ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(run, 3);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.oneLineError(), run.err.constData());
    QCOMPARE(m_server->requestLog(u"token"_s).size(), 0);
}

// 20 processes report at once that the same token was refused: one refresh, one new token for all.
// (Expiry-driven refresh has the same single flight; a token short enough to expire during a test
// counts as having no expiry, so that path is tested with a manual clock in tst_tokenmanager.)
void TestCalloutctl::concurrentReportsShareOneRefresh()
{
    if (!m_agent->start() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    const QByteArray refused = token(u"PublicApi"_s).toUtf8();
    QVERIFY(!refused.isEmpty());
    QVERIFY(m_server->clearRequestLog());

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 20; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_agent->environment());
        process->start(AgentProcess::calloutctlBin(), {u"report-expired"_s, u"PublicApi"_s});
        process->write(refused + '\n');
        process->closeWriteChannel();
        processes.push_back(std::move(process));
    }
    QSet<QByteArray> tokens;
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        tokens.insert(process->readAllStandardOutput().trimmed());
    }
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!tokens.begin()->isEmpty());
    QVERIFY(*tokens.begin() != refused);

    int refreshes = 0;
    const QJsonArray log = m_server->requestLog(u"token"_s);
    for (const QJsonValue &entry : log)
        refreshes += entry.toObject().value(u"grant_type"_s).toString() == u"refresh_token"_s ? 1 : 0;
    QCOMPARE(refreshes, 1);
}

void TestCalloutctl::reportExpiredRefreshes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("tokenFile"); // the refused token in a file, else on stdin
    QTest::newRow("public client, stdin") << u"PublicApi"_s << false;
    QTest::newRow("client_secret_post, --token-file") << u"PostApi"_s << true;
}

// The refused token goes on stdin or in a file, never on the command line (other users see that in
// ps); the token to use now comes back on stdout.
void TestCalloutctl::reportExpiredRefreshes()
{
    QFETCH(QString, name);
    QFETCH(bool, tokenFile);
    if (!m_agent->start() || !importProviders(*m_server) || !login(name))
        return;
    const QString before = token(name);
    QVERIFY(!before.isEmpty());
    const QString file = m_agent->filePath(u"refused-token"_s);
    test::writeFile(file, before.toUtf8() + '\n');
    const Run run = tokenFile ? m_agent->ctl({u"report-expired"_s, name, u"--token-file"_s, file})
                              : m_agent->ctl({u"report-expired"_s, name}, before.toUtf8() + '\n');
    COMPARE_EXIT(run, 0);
    const QString after = token(name);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(QString::fromUtf8(run.out.trimmed()), after);
    QCOMPARE(apiStatus(*m_server, after.toUtf8()), 200);
}

// Two scripts got the same token and both calls were refused; they report a second apart. The
// first report renews the token, the second gets the renewed one: one refresh, no sign-in.
void TestCalloutctl::twoScriptsReportingTheSameTokenRefreshOnce()
{
    if (!m_agent->start() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    const QByteArray refused = token(u"PublicApi"_s).toUtf8();
    QVERIFY(!refused.isEmpty());
    QVERIFY(m_server->clearRequestLog());

    const Run first = m_agent->ctl({u"report-expired"_s, u"PublicApi"_s}, refused + '\n');
    COMPARE_EXIT(first, 0);
    QTest::qWait(1000);
    const Run second = m_agent->ctl({u"report-expired"_s, u"PublicApi"_s}, refused + '\n');
    COMPARE_EXIT(second, 0);
    const QByteArray renewed = first.out.trimmed();
    QVERIFY(renewed != refused);
    QCOMPARE(second.out.trimmed(), renewed);
    QCOMPARE(m_server->requestLog(u"token"_s).size(), 1);
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"status"_s).toString(), u"signed-in"_s);
    QCOMPARE(apiStatus(*m_server, renewed), 200);

    // Without a token (empty stdin): the current token, nothing refreshed.
    const Run without = m_agent->ctl({u"report-expired"_s, u"PublicApi"_s});
    COMPARE_EXIT(without, 0);
    QCOMPARE(without.out.trimmed(), renewed);
    QCOMPARE(m_server->requestLog(u"token"_s).size(), 1);
}

void TestCalloutctl::logoutRevokesAndRemoveDeletes()
{
    if (!m_agent->start() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    QVERIFY(!token(u"PublicApi"_s).isEmpty());
    QVERIFY(m_server->clearRequestLog());

    const Run logout = m_agent->ctl({u"logout"_s, u"PublicApi"_s});
    COMPARE_EXIT(logout, 0);
    QVERIFY2(!m_server->requestLog(u"revocation"_s).isEmpty(), "no revocation request (RFC 7009)");
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"status"_s).toString(), u"signed-out"_s);
    // A program asking for it now needs the user (item 8 of issue 16: the prompt is raised).
    const Run afterLogout = m_agent->ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(afterLogout, 3);

    const Run remove = m_agent->ctl({u"remove"_s, u"PublicApi"_s});
    COMPARE_EXIT(remove, 0);
    const QJsonArray records = credentialsIn(m_agent->ctl({u"list"_s, u"--json"_s}).out);
    QVERIFY(recordNamed(records, u"PublicApi"_s).isEmpty());
    QVERIFY(!recordNamed(records, u"PostApi"_s).isEmpty());
    COMPARE_EXIT(m_agent->ctl({u"status"_s, u"PublicApi"_s}), 1);
}

void TestCalloutctl::refusedRefreshNeedsSignIn()
{
    if (!m_agent->start() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"token"_s},
                                {u"grant_type"_s, u"refresh_token"_s},
                                {u"mode"_s, u"oauth-error"_s},
                                {u"error"_s, u"invalid_grant"_s}}));
    const Run reported = m_agent->ctl({u"report-expired"_s, u"PublicApi"_s}, token(u"PublicApi"_s).toUtf8());
    COMPARE_EXIT(reported, 3);
    QVERIFY2(reported.oneLineError(), reported.err.constData());
    const Run next = m_agent->ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(next, 3);
    QVERIFY2(next.out.isEmpty(), next.out.constData());
}

// ---- the agent's life -------------------------------------------------------------------------

void TestCalloutctl::agentIsStartedOnDemandAndReused()
{
    QVERIFY(m_agent->agentPids().isEmpty());
    const Run first = m_agent->ctl({u"list"_s});
    COMPARE_EXIT(first, 0);
    const QList<qint64> agents = m_agent->agentPids();
    QCOMPARE(agents.size(), 1);
    const QList<QByteArray> commandLine = commandLineOf(agents.first());
    QVERIFY2(commandLine.contains("--headless"), commandLine.join(' ').constData()); // no DISPLAY
    for (int fd = 0; fd <= 2; ++fd) // detached, standard streams on /dev/null
        QCOMPARE(QFile::symLinkTarget(u"/proc/%1/fd/%2"_s.arg(agents.first()).arg(fd)), u"/dev/null"_s);

    const Run second = m_agent->ctl({u"list"_s});
    COMPARE_EXIT(second, 0);
    QCOMPARE(m_agent->agentPids(), agents);
}

void TestCalloutctl::noStartWithoutAgentFails()
{
    const Run run = m_agent->ctl({u"list"_s, u"--no-start"_s});
    COMPARE_EXIT(run, 5);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY(m_agent->agentPids().isEmpty());
    const Run token = m_agent->ctl({u"--no-start"_s, u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(token, 5);
    QVERIFY(m_agent->agentPids().isEmpty());
}

void TestCalloutctl::secondAgentExitsAndFirstKeepsRunning()
{
    if (!m_agent->start())
        return;
    QProcess second;
    second.setProcessEnvironment(m_agent->environment());
    second.setStandardOutputFile(m_agent->filePath(u"second.log"_s));
    second.setStandardErrorFile(m_agent->filePath(u"second.log"_s));
    second.start(AgentProcess::calloutBin(), {u"--headless"_s});
    QVERIFY(second.waitForStarted(10000));
    const bool finished = second.waitForFinished(10000);
    if (!finished)
        second.kill();
    QVERIFY2(finished, "a second callout with the same folders keeps running");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, test::readFile(m_agent->filePath(u"second.log"_s)).constData());

    QCOMPARE(m_agent->process()->state(), QProcess::Running);
    QVERIFY(m_agent->answersHello());
    COMPARE_EXIT(m_agent->ctl({u"list"_s, u"--no-start"_s}), 0);
    QCOMPARE(m_agent->agentPids(), QList<qint64>{m_agent->process()->processId()});
}

// docs/security-checklist.md, B12 through the agent: the secret of post-client goes into the
// keychain only.
void TestCalloutctl::clientSecretNeverLeavesTheKeychain()
{
    const QString secret = TestServer::client(u"post-client"_s).value(u"client_secret"_s).toString();
    QVERIFY(!secret.isEmpty());
    if (!m_agent->start())
        return;
    if (!m_agent->import(importDocument(*m_server)))
        return;
    // The secret is used: sign-in and a refresh at the token endpoint.
    if (!login(u"PostApi"_s))
        return;
    const QString refused = token(u"PostApi"_s);
    QVERIFY(!refused.isEmpty());
    COMPARE_EXIT(m_agent->ctl({u"report-expired"_s, u"PostApi"_s}, refused.toUtf8()), 0);
    QCOMPARE(apiStatus(*m_server, token(u"PostApi"_s).toUtf8()), 200);
    const QJsonArray log = m_server->requestLog(u"token"_s);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().toObject().value(u"client_auth"_s).toString(), u"client_secret_post"_s);

    const Run exported = m_agent->ctl({u"export"_s});
    COMPARE_EXIT(exported, 0);
    const QJsonDocument document = QJsonDocument::fromJson(exported.out);
    QVERIFY2(document.isObject(), exported.out.constData());
    QStringList keys;
    collectKeys(document.object(), &keys);
    QVERIFY2(!keys.contains(u"clientSecret"_s), exported.out.constData());
    QVERIFY2(!keys.contains(u"id"_s), exported.out.constData());
    QVERIFY(exported.out.contains("post-client"));
    QVERIFY(exported.out.contains("PostApi"));
    COMPARE_EXIT(m_agent->ctl({u"list"_s, u"--json"_s}), 0);
    COMPARE_EXIT(m_agent->ctl({u"status"_s, u"PostApi"_s}), 0);
    COMPARE_EXIT(m_agent->ctl({u"status"_s, u"PostApi"_s, u"--json"_s}), 0);
    m_agent->stop(); // its log is complete now

    const QList<QByteArray> forms{secret.toUtf8(), percentEncoded(secret), QByteArray(secret.toUtf8()).toBase64()};
    for (const Run &run : m_agent->runs()) {
        for (const QByteArray &form : forms)
            QVERIFY2(!run.outAndErr().contains(form), qPrintable(u"calloutctl "_s + run.args.join(u' ')));
    }
    const QByteArray log2 = m_agent->log();
    QVERIFY2(!log2.isEmpty(), "the agent logged nothing with callout.*.debug=true: the check would prove nothing");
    for (const QByteArray &form : forms)
        QVERIFY2(!log2.contains(form), "the client secret is in the agent's output");

    QVERIFY(QFile::exists(m_agent->configDir() + u"/callout/callout.json"_s));
    QVERIFY(QFile::exists(m_agent->dataDir() + u"/callout/state.json"_s));
    for (const QString &dir : {m_agent->configDir(), m_agent->dataDir(), m_agent->runtimeDir()}) {
        for (const QByteArray &form : forms)
            QVERIFY2(test::filesContaining(dir, form).isEmpty(),
                     qPrintable(test::filesContaining(dir, form).join(u", "_s)));
    }
}

// docs/security-checklist.md D2: the agent on a session bus of its own where no Secret Service
// runs (and none can be started: the bus has no service folders). Nothing falls back to plain files.
void TestCalloutctl::keychainUnavailableExits8()
{
    QTemporaryDir busDir;
    const QString config = busDir.filePath(u"session.conf"_s);
    test::writeFile(config, R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>)");
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY2(bus.waitForStarted(10000), "dbus-daemon (package dbus) is needed");
    QTRY_VERIFY(bus.canReadLine());
    const QByteArray address = bus.readLine().trimmed();
    QVERIFY(address.startsWith("unix:"));

    const QByteArray sessionBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    m_agent = std::make_unique<AgentProcess>(); // takes the environment as it is now
    qputenv("DBUS_SESSION_BUS_ADDRESS", sessionBus);
    QVERIFY(m_agent->start());

    // The client secret cannot be stored: the whole import is refused, with exit 8 and one clear line.
    const Run imported = m_agent->ctl({u"import"_s, u"-"_s}, importDocument(*m_server));
    COMPARE_EXIT(imported, 8);
    QVERIFY2(imported.oneLineError(), imported.err.constData());
    QVERIFY2(imported.err.contains("Secret Service"), imported.err.constData());
    const Run exported = m_agent->ctl({u"export"_s});
    COMPARE_EXIT(exported, 0);
    QVERIFY2(!exported.out.contains("PostApi"), exported.out.constData());
    QVERIFY(test::filesContaining(m_agent->path(),
                                  TestServer::client(u"post-client"_s).value(u"client_secret"_s).toString().toUtf8())
                .isEmpty());

    m_agent.reset();
    bus.terminate();
    bus.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestCalloutctl)
#include "tst_calloutctl.moc"
