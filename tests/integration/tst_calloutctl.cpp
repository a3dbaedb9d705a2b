// `calloutctl` against the real `callout --headless` agent, the real OAuth server of tests/server,
// the real keychain and the real xdg-open running the scripted browser: the command-line contract
// of README.md ("The agent, `calloutctl` and the local API"). Every test has its own XDG folders and
// so its own agent; DISPLAY is unset for the processes it starts.
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

using callout::test::TestServer;
namespace test = callout::test;

// Like QVERIFY2, inside a helper that returns bool: records the failure and returns false.
#define CHECK_OR_RETURN_FALSE(condition, message)                                                                      \
    do {                                                                                                               \
        if (!QTest::qVerify(static_cast<bool>(condition), #condition, (message), __FILE__, __LINE__))                  \
            return false;                                                                                              \
    } while (false)

// The exit code of a calloutctl run, with its output in the failure message. `run` is evaluated once.
#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        const Run &checkedRun = (run);                                                                                 \
        QVERIFY2(checkedRun.exitCode == (expected), qPrintable(checkedRun.describe(expected)));                        \
    } while (false)

namespace {

QString calloutBin()
{
    return QString::fromUtf8(CALLOUT_BIN);
}

QString calloutctlBin()
{
    return QString::fromUtf8(CALLOUTCTL_BIN);
}

const QStringList &recordFields()
{
    static const QStringList fields {u"name"_s,        u"label"_s,     u"provider"_s,      u"url"_s,
                                     u"status"_s,      u"user"_s,      u"grantedScopes"_s, u"accessTokenExpiry"_s,
                                     u"lastRefresh"_s, u"nextRetry"_s, u"lastError"_s,     u"notice"_s};
    return fields;
}

// One finished calloutctl process.
struct Run {
    QStringList args;
    int exitCode = -1; // -1: did not start, -2: timed out (killed), -3: crashed
    QByteArray out;
    QByteArray err;

    QString describe(int expected) const
    {
        return u"calloutctl %1: exit %2, expected %3\nstdout: %4\nstderr: %5"_s.arg(
            args.join(u' '), QString::number(exitCode), QString::number(expected), QString::fromUtf8(out),
            QString::fromUtf8(err));
    }
    // stderr holds exactly one non-empty line ("Errors are one sentence on stderr").
    bool oneLineError() const
    {
        const QByteArray e = err.trimmed();
        return !e.isEmpty() && !e.contains('\n');
    }
    QByteArray outAndErr() const { return out + '\n' + err; }
};

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

// Processes (not this one) whose environment holds `entry` exactly, e.g. "XDG_RUNTIME_DIR=/tmp/x".
QList<qint64> processesWithEnvironment(const QByteArray &entry)
{
    QList<qint64> pids;
    const QStringList names = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool numeric = false;
        const qint64 pid = name.toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        const QList<QByteArray> environment = test::readFile(u"/proc/%1/environ"_s.arg(pid)).split('\0');
        if (environment.contains(entry))
            pids.append(pid);
    }
    return pids;
}

bool isCalloutAgent(qint64 pid)
{
    const QString exe = QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(pid));
    return !exe.isEmpty() && exe == QFileInfo(calloutBin()).canonicalFilePath();
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
    void concurrentTokenCallsShareOneRefresh();
    void reportExpiredRefreshes_data();
    void reportExpiredRefreshes();
    void logoutRevokesAndRemoveDeletes();
    void refusedRefreshNeedsSignIn();
    void agentIsStartedOnDemandAndReused();
    void noStartWithoutAgentFails();
    void secondAgentExitsAndFirstKeepsRunning();
    void clientSecretNeverLeavesTheKeychain();

private:
    bool startAgent(const QByteArray &browserMode = "normal");
    void stopAgent();
    void stopStrayProcesses();
    bool agentAnswersHello() const;
    QList<qint64> agentPids() const;
    QString socketPath() const { return m_runtimeDir + u"/callout/agent.sock"_s; }
    QByteArray agentLog() const { return test::readFile(m_dir->filePath(u"agent.log"_s)); }

    Run ctl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000,
            const QHash<QString, QString> &extraEnvironment = {});
    QByteArray importDocument(const TestServer &server, const QString &publicLabel = u"Public API"_s) const;
    bool importProviders(const TestServer &server);
    bool login(const QString &name);
    QString token(const QString &name);
    QJsonObject statusRecord(const QString &name);
    int apiStatus(TestServer &server, const QByteArray &token);

    std::unique_ptr<TestServer> m_server; // shared by the tests; log and faults cleared in init()
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configDir;
    QString m_dataDir;
    QString m_runtimeDir;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_agent;
    QList<Run> m_runs; // every calloutctl run of the current test
};

void TestCalloutctl::initTestCase()
{
    QVERIFY2(QFileInfo(calloutBin()).isExecutable(), CALLOUT_BIN);
    QVERIFY2(QFileInfo(calloutctlBin()).isExecutable(), CALLOUTCTL_BIN);
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed: the agent opens the scripted browser through it");
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestCalloutctl::cleanupTestCase()
{
    m_server.reset();
}

void TestCalloutctl::init()
{
    QVERIFY(m_server->clearFaults());
    QVERIFY(m_server->clearRequestLog());
    m_runs.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QFile::Permissions privateDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    m_configDir = m_dir->filePath(u"config"_s);
    m_dataDir = m_dir->filePath(u"data"_s);
    m_runtimeDir = m_dir->filePath(u"runtime"_s);
    for (const QString &dir : {m_configDir, m_dataDir, m_runtimeDir})
        QVERIFY(QDir().mkdir(dir, privateDir));

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(u"DISPLAY"_s); // headless: xdg-open takes the $BROWSER path, calloutctl starts --headless
    m_env.remove(u"WAYLAND_DISPLAY"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_configDir);
    m_env.insert(u"XDG_DATA_HOME"_s, m_dataDir);
    m_env.insert(u"XDG_RUNTIME_DIR"_s, m_runtimeDir);
    m_env.insert(u"BROWSER"_s, TestServer::browserScript());
    m_env.insert(u"CALLOUT_BROWSER_MODE"_s, u"normal"_s);
    m_env.insert(u"CALLOUT_BROWSER_LOG"_s, m_dir->filePath(u"browser.log"_s));
    m_env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s); // never the journal: the logs are checked
    // calloutctl may look for `callout` on PATH or next to itself; both lead to the build's agent.
    m_env.insert(u"PATH"_s, QFileInfo(calloutBin()).absolutePath() + u':' + m_env.value(u"PATH"_s));
}

void TestCalloutctl::cleanup()
{
    stopAgent();
    if (QTest::currentTestFailed() && m_dir) // what the agent said, to tell why
        qInfo("agent log:\n%s", agentLog().constData());
    stopStrayProcesses();
    m_dir.reset();
}

// ---- fixtures ---------------------------------------------------------------------------------

bool TestCalloutctl::startAgent(const QByteArray &browserMode)
{
    QProcessEnvironment env = m_env;
    env.insert(u"CALLOUT_BROWSER_MODE"_s, QString::fromLatin1(browserMode));
    env.insert(u"QT_LOGGING_RULES"_s, u"callout.*.debug=true"_s); // the most it ever logs
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessEnvironment(env);
    m_agent->setStandardInputFile(QProcess::nullDevice());
    // A file, not a pipe: nobody reads a pipe while the test waits for calloutctl.
    m_agent->setStandardOutputFile(m_dir->filePath(u"agent.log"_s), QIODevice::Append);
    m_agent->setStandardErrorFile(m_dir->filePath(u"agent.log"_s), QIODevice::Append);
    m_agent->start(calloutBin(), {u"--headless"_s});
    CHECK_OR_RETURN_FALSE(m_agent->waitForStarted(10000), qPrintable(m_agent->errorString()));
    QDeadlineTimer deadline(20000);
    while (!agentAnswersHello()) {
        CHECK_OR_RETURN_FALSE(m_agent->state() == QProcess::Running,
                              qPrintable(u"the agent exited: "_s + QString::fromUtf8(agentLog())));
        CHECK_OR_RETURN_FALSE(
            !deadline.hasExpired(),
            qPrintable(u"the agent does not answer hello on its socket: "_s + QString::fromUtf8(agentLog())));
        QTest::qWait(50);
    }
    return true;
}

void TestCalloutctl::stopAgent()
{
    if (!m_agent)
        return;
    if (m_agent->state() != QProcess::NotRunning) {
        m_agent->terminate();
        if (!m_agent->waitForFinished(10000)) {
            m_agent->kill();
            m_agent->waitForFinished(5000);
        }
    }
    m_agent.reset();
}

// Agents calloutctl started (and anything else left with this test's runtime folder): SIGTERM, then SIGKILL.
void TestCalloutctl::stopStrayProcesses()
{
    const QByteArray entry = "XDG_RUNTIME_DIR=" + m_runtimeDir.toUtf8();
    const QList<qint64> pids = processesWithEnvironment(entry);
    for (const qint64 pid : pids)
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    QDeadlineTimer deadline(10000);
    while (!processesWithEnvironment(entry).isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    const QList<qint64> left = processesWithEnvironment(entry);
    for (const qint64 pid : left)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

bool TestCalloutctl::agentAnswersHello() const
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(R"({"v": 1, "id": 1, "method": "hello"})"
                 "\n");
    socket.waitForBytesWritten(1000);
    QDeadlineTimer deadline(2000);
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired())
        socket.waitForReadyRead(int(deadline.remainingTime()));
    return socket.canReadLine() && QJsonDocument::fromJson(socket.readLine()).object().value(u"ok"_s).toBool();
}

// The running callout agents of this test (by its unique runtime folder).
QList<qint64> TestCalloutctl::agentPids() const
{
    QList<qint64> agents;
    const QList<qint64> pids = processesWithEnvironment("XDG_RUNTIME_DIR=" + m_runtimeDir.toUtf8());
    for (const qint64 pid : pids) {
        if (isCalloutAgent(pid))
            agents.append(pid);
    }
    return agents;
}

Run TestCalloutctl::ctl(const QStringList &args, const QByteArray &input, int timeoutMs,
                        const QHash<QString, QString> &extraEnvironment)
{
    Run run;
    run.args = args;
    QProcessEnvironment env = m_env;
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(calloutctlBin(), args);
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        m_runs.append(run);
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel(); // stdin ends: `import -` reads to the end
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.exitCode = -2;
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    m_runs.append(run);
    return run;
}

// Two providers and their credentials on `server`, as tst_signin imports them; Post carries its secret.
QByteArray TestCalloutctl::importDocument(const TestServer &server, const QString &publicLabel) const
{
    const QString issuer = server.issuer();
    auto provider = [&](const QString &name, const QString &clientId, const QString &auth) {
        QJsonObject p {{u"name"_s, name},
                       {u"issuer"_s, issuer},
                       {u"authorizeUrl"_s, issuer + u"/auth"_s},
                       {u"tokenUrl"_s, issuer + u"/token"_s},
                       {u"revocationUrl"_s, issuer + u"/token/revocation"_s},
                       {u"clientId"_s, clientId},
                       {u"clientAuthentication"_s, auth},
                       {u"defaultScopes"_s, u"openid api"_s}};
        const QString secret = TestServer::client(clientId).value(u"client_secret"_s).toString();
        if (!secret.isEmpty())
            p.insert(u"clientSecret"_s, secret);
        return p;
    };
    auto credential = [&](const QString &name, const QString &label, const QString &providerName) {
        return QJsonObject {{u"name"_s, name},
                            {u"label"_s, label},
                            {u"url"_s, issuer + u"/api"_s},
                            {u"authProvider"_s, providerName}};
    };
    const QJsonObject document {{u"version"_s, 1},
                                {u"authProviders"_s,
                                 QJsonArray {provider(u"Public"_s, u"public-client"_s, u"none"_s),
                                             provider(u"Post"_s, u"post-client"_s, u"post"_s)}},
                                {u"namedCredentials"_s,
                                 QJsonArray {credential(u"PublicApi"_s, publicLabel, u"Public"_s),
                                             credential(u"PostApi"_s, u"Post API"_s, u"Post"_s)}}};
    return QJsonDocument(document).toJson();
}

// Imports importDocument(server) from a file; skips (or fails in CI) when the keychain is unusable.
bool TestCalloutctl::importProviders(const TestServer &server)
{
    const QString file = m_dir->filePath(u"import.json"_s); // outside the XDG folders
    test::writeFile(file, importDocument(server));
    const Run run = ctl({u"import"_s, file});
    if (run.exitCode == 8) {
        const QString why = u"the keychain is not usable (%1); run the tests with tests/run.sh"_s.arg(
            QString::fromUtf8(run.err.trimmed()));
        if (test::keychainRequired())
            CHECK_OR_RETURN_FALSE(false, qPrintable(why));
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
        return false;
    }
    CHECK_OR_RETURN_FALSE(run.exitCode == 0, qPrintable(run.describe(0)));
    return true;
}

bool TestCalloutctl::login(const QString &name)
{
    const Run run = ctl({u"login"_s, name, u"--timeout"_s, u"60"_s}, {}, 90000);
    CHECK_OR_RETURN_FALSE(run.exitCode == 0, qPrintable(run.describe(0)));
    return true;
}

// The token `calloutctl token` printed (without its newline), empty when it failed.
QString TestCalloutctl::token(const QString &name)
{
    const Run run = ctl({u"token"_s, name});
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
    const Run run = ctl({u"status"_s, name, u"--json"_s});
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
    const Run version = ctl({u"--version"_s});
    COMPARE_EXIT(version, 0);
    QVERIFY2(QRegularExpression(u"\\d+\\.\\d+"_s).match(QString::fromUtf8(version.out)).hasMatch(),
             version.out.constData());

    const Run help = ctl({u"--help"_s});
    COMPARE_EXIT(help, 0);
    const QString text = QString::fromUtf8(help.out);
    for (const QString &command : {u"import"_s, u"export"_s, u"list"_s, u"status"_s, u"login"_s, u"token"_s,
                                   u"report-expired"_s, u"logout"_s, u"remove"_s, u"--no-start"_s})
        QVERIFY2(text.contains(command), qPrintable(command + u" is not in --help:\n"_s + text));
}

void TestCalloutctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("unknown command with a name") << QStringList {u"frobnicate"_s, u"PublicApi"_s};
    QTest::newRow("import without FILE") << QStringList {u"import"_s};
    QTest::newRow("status without NAME") << QStringList {u"status"_s};
    QTest::newRow("login without NAME") << QStringList {u"login"_s};
    QTest::newRow("token without NAME") << QStringList {u"token"_s};
    QTest::newRow("report-expired without NAME") << QStringList {u"report-expired"_s};
    QTest::newRow("logout without NAME") << QStringList {u"logout"_s};
    QTest::newRow("remove without NAME") << QStringList {u"remove"_s};
}

void TestCalloutctl::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = ctl(args);
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
    if (!startAgent())
        return;
    const QByteArray document = importDocument(*m_server);
    const QString file = m_dir->filePath(u"import.json"_s);
    test::writeFile(file, document);
    const Run run = fromStdin ? ctl({u"import"_s, u"-"_s}, document) : ctl({u"import"_s, file});
    if (run.exitCode == 8 && !test::keychainRequired())
        QSKIP("the keychain is not usable; run the tests with tests/run.sh");
    COMPARE_EXIT(run, 0);
    QVERIFY2(!run.out.trimmed().isEmpty(), "no summary on stdout");

    const Run list = ctl({u"list"_s, u"--json"_s});
    COMPARE_EXIT(list, 0);
    const QJsonArray records = credentialsIn(list.out);
    QCOMPARE(records.size(), 2);
    QCOMPARE(recordNamed(records, u"PublicApi"_s).value(u"provider"_s).toString(), u"Public"_s);
    QCOMPARE(recordNamed(records, u"PostApi"_s).value(u"provider"_s).toString(), u"Post"_s);

    // Again with --replace: the same two entries (a carried client secret counts as a change,
    // so without --replace an identical document is refused).
    const Run again = ctl({u"import"_s, u"-"_s, u"--replace"_s}, document);
    COMPARE_EXIT(again, 0);
    QCOMPARE(credentialsIn(ctl({u"list"_s, u"--json"_s}).out).size(), 2);
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
    if (!startAgent())
        return;
    const Run run = ctl({u"import"_s, u"-"_s}, document);
    COMPARE_EXIT(run, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(named), qPrintable(run.describe(1)));
    // All or nothing: not even the valid provider was added.
    const Run list = ctl({u"list"_s, u"--json"_s});
    COMPARE_EXIT(list, 0);
    QVERIFY(QJsonDocument::fromJson(list.out).isArray() || QJsonDocument::fromJson(list.out).isObject());
    QCOMPARE(credentialsIn(list.out).size(), 0);
}

void TestCalloutctl::changedEntryNeedsReplace()
{
    if (!startAgent() || !importProviders(*m_server))
        return;
    const QByteArray changed = importDocument(*m_server, u"Renamed public API"_s);

    const Run refused = ctl({u"import"_s, u"-"_s}, changed);
    COMPARE_EXIT(refused, 1);
    QVERIFY2(!refused.err.trimmed().isEmpty(), "no reason on stderr");
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"label"_s).toString(), u"Public API"_s);

    const Run replaced = ctl({u"import"_s, u"-"_s, u"--replace"_s}, changed);
    COMPARE_EXIT(replaced, 0);
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"label"_s).toString(), u"Renamed public API"_s);
}

void TestCalloutctl::listAndStatus()
{
    if (!startAgent() || !importProviders(*m_server))
        return;
    const Run table = ctl({u"list"_s});
    COMPARE_EXIT(table, 0);
    QVERIFY2(table.out.contains("PublicApi") && table.out.contains("PostApi"), table.out.constData());

    const Run list = ctl({u"list"_s, u"--json"_s});
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

    const Run status = ctl({u"status"_s, u"PostApi"_s});
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
    if (!startAgent() || !importProviders(*m_server))
        return;
    for (const QStringList &args :
         {QStringList {u"status"_s, u"NoSuchApi"_s}, QStringList {u"status"_s, u"NoSuchApi"_s, u"--json"_s}}) {
        const Run run = ctl(args);
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
    if (!startAgent(browserMode) || !importProviders(*m_server))
        return;
    const Run run = ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, timeout}, {}, 90000);
    COMPARE_EXIT(run, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());

    // The sign-in URL, on stderr, is the authorization endpoint of the provider.
    const QRegularExpressionMatch url
        = QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)/auth\\?\\S+"_s).match(QString::fromUtf8(run.err));
    QVERIFY2(url.hasMatch(), run.err.constData());
    QCOMPARE(url.captured(1).toInt(), int(m_server->port()));
    QVERIFY(url.captured(0).contains(u"client_id=public-client"_s));

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
    if (!startAgent() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    // Everything logged, even debug: none of it may reach stdout.
    const Run run = ctl({u"token"_s, u"PublicApi"_s}, {}, 60000,
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
    if (!startAgent() || !importProviders(*m_server))
        return;
    const Run run = ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(run, 3);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.oneLineError(), run.err.constData());
    QCOMPARE(m_server->requestLog(u"token"_s).size(), 0);
}

// 20 processes ask at once for an expired token: one refresh, one token for all.
void TestCalloutctl::concurrentTokenCallsShareOneRefresh()
{
    TestServer server;
    TestServer::Options options;
    options.accessTtlSeconds = 2;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    if (!startAgent() || !importProviders(server) || !login(u"PublicApi"_s))
        return;
    QVERIFY(server.clearRequestLog());
    QTest::qWait(3500); // the access token expires; unused, so nothing refreshes it in the background

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 20; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_env);
        process->start(calloutctlBin(), {u"token"_s, u"PublicApi"_s});
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

    int refreshes = 0;
    const QJsonArray log = server.requestLog(u"token"_s);
    for (const QJsonValue &entry : log)
        refreshes += entry.toObject().value(u"grant_type"_s).toString() == u"refresh_token"_s ? 1 : 0;
    QCOMPARE(refreshes, 1);
}

void TestCalloutctl::reportExpiredRefreshes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("public client") << u"PublicApi"_s;
    QTest::newRow("client_secret_post") << u"PostApi"_s;
}

void TestCalloutctl::reportExpiredRefreshes()
{
    QFETCH(QString, name);
    if (!startAgent() || !importProviders(*m_server) || !login(name))
        return;
    const QString before = token(name);
    QVERIFY(!before.isEmpty());
    const Run run = ctl({u"report-expired"_s, name});
    COMPARE_EXIT(run, 0);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString after = token(name);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(apiStatus(*m_server, after.toUtf8()), 200);
}

void TestCalloutctl::logoutRevokesAndRemoveDeletes()
{
    if (!startAgent() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    QVERIFY(!token(u"PublicApi"_s).isEmpty());
    QVERIFY(m_server->clearRequestLog());

    const Run logout = ctl({u"logout"_s, u"PublicApi"_s});
    COMPARE_EXIT(logout, 0);
    QVERIFY2(!m_server->requestLog(u"revocation"_s).isEmpty(), "no revocation request (RFC 7009)");
    const Run afterLogout = ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(afterLogout, 3);
    QCOMPARE(statusRecord(u"PublicApi"_s).value(u"status"_s).toString(), u"signed-out"_s);

    const Run remove = ctl({u"remove"_s, u"PublicApi"_s});
    COMPARE_EXIT(remove, 0);
    const QJsonArray records = credentialsIn(ctl({u"list"_s, u"--json"_s}).out);
    QVERIFY(recordNamed(records, u"PublicApi"_s).isEmpty());
    QVERIFY(!recordNamed(records, u"PostApi"_s).isEmpty());
    COMPARE_EXIT(ctl({u"status"_s, u"PublicApi"_s}), 1);
}

void TestCalloutctl::refusedRefreshNeedsSignIn()
{
    if (!startAgent() || !importProviders(*m_server) || !login(u"PublicApi"_s))
        return;
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"token"_s},
                                {u"grant_type"_s, u"refresh_token"_s},
                                {u"mode"_s, u"oauth-error"_s},
                                {u"error"_s, u"invalid_grant"_s}}));
    const Run reported = ctl({u"report-expired"_s, u"PublicApi"_s});
    COMPARE_EXIT(reported, 3);
    QVERIFY2(reported.oneLineError(), reported.err.constData());
    const Run next = ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(next, 3);
    QVERIFY2(next.out.isEmpty(), next.out.constData());
}

// ---- the agent's life -------------------------------------------------------------------------

void TestCalloutctl::agentIsStartedOnDemandAndReused()
{
    QVERIFY(agentPids().isEmpty());
    const Run first = ctl({u"list"_s});
    COMPARE_EXIT(first, 0);
    const QList<qint64> agents = agentPids();
    QCOMPARE(agents.size(), 1);
    const QList<QByteArray> commandLine = commandLineOf(agents.first());
    QVERIFY2(commandLine.contains("--headless"), commandLine.join(' ').constData()); // no DISPLAY
    for (int fd = 0; fd <= 2; ++fd) // detached, standard streams on /dev/null
        QCOMPARE(QFile::symLinkTarget(u"/proc/%1/fd/%2"_s.arg(agents.first()).arg(fd)), u"/dev/null"_s);

    const Run second = ctl({u"list"_s});
    COMPARE_EXIT(second, 0);
    QCOMPARE(agentPids(), agents);
}

void TestCalloutctl::noStartWithoutAgentFails()
{
    const Run run = ctl({u"list"_s, u"--no-start"_s});
    COMPARE_EXIT(run, 5);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY(agentPids().isEmpty());
    const Run token = ctl({u"--no-start"_s, u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(token, 5);
    QVERIFY(agentPids().isEmpty());
}

void TestCalloutctl::secondAgentExitsAndFirstKeepsRunning()
{
    if (!startAgent())
        return;
    QProcess second;
    second.setProcessEnvironment(m_env);
    second.setStandardOutputFile(m_dir->filePath(u"second.log"_s));
    second.setStandardErrorFile(m_dir->filePath(u"second.log"_s));
    second.start(calloutBin(), {u"--headless"_s});
    QVERIFY(second.waitForStarted(10000));
    const bool finished = second.waitForFinished(10000);
    if (!finished)
        second.kill();
    QVERIFY2(finished, "a second callout with the same folders keeps running");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, test::readFile(m_dir->filePath(u"second.log"_s)).constData());

    QCOMPARE(m_agent->state(), QProcess::Running);
    QVERIFY(agentAnswersHello());
    COMPARE_EXIT(ctl({u"list"_s, u"--no-start"_s}), 0);
    QCOMPARE(agentPids(), QList<qint64> {m_agent->processId()});
}

// SECURITY.md B12 through the agent: the secret of post-client goes into the keychain only.
void TestCalloutctl::clientSecretNeverLeavesTheKeychain()
{
    const QString secret = TestServer::client(u"post-client"_s).value(u"client_secret"_s).toString();
    QVERIFY(!secret.isEmpty());
    if (!startAgent())
        return;
    const Run imported = ctl({u"import"_s, u"-"_s}, importDocument(*m_server));
    if (imported.exitCode == 8 && !test::keychainRequired())
        QSKIP("the keychain is not usable; run the tests with tests/run.sh");
    COMPARE_EXIT(imported, 0);
    // The secret is used: sign-in and a refresh at the token endpoint.
    if (!login(u"PostApi"_s))
        return;
    QVERIFY(!token(u"PostApi"_s).isEmpty());
    COMPARE_EXIT(ctl({u"report-expired"_s, u"PostApi"_s}), 0);
    QCOMPARE(apiStatus(*m_server, token(u"PostApi"_s).toUtf8()), 200);
    const QJsonArray log = m_server->requestLog(u"token"_s);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().toObject().value(u"client_auth"_s).toString(), u"client_secret_post"_s);

    const Run exported = ctl({u"export"_s});
    COMPARE_EXIT(exported, 0);
    const QJsonDocument document = QJsonDocument::fromJson(exported.out);
    QVERIFY2(document.isObject(), exported.out.constData());
    QStringList keys;
    collectKeys(document.object(), &keys);
    QVERIFY2(!keys.contains(u"clientSecret"_s), exported.out.constData());
    QVERIFY2(!keys.contains(u"id"_s), exported.out.constData());
    QVERIFY(exported.out.contains("post-client"));
    QVERIFY(exported.out.contains("PostApi"));
    COMPARE_EXIT(ctl({u"list"_s, u"--json"_s}), 0);
    COMPARE_EXIT(ctl({u"status"_s, u"PostApi"_s}), 0);
    COMPARE_EXIT(ctl({u"status"_s, u"PostApi"_s, u"--json"_s}), 0);
    stopAgent(); // its log is complete now

    const QList<QByteArray> forms {secret.toUtf8(), percentEncoded(secret), QByteArray(secret.toUtf8()).toBase64()};
    for (const Run &run : std::as_const(m_runs)) {
        for (const QByteArray &form : forms)
            QVERIFY2(!run.outAndErr().contains(form), qPrintable(u"calloutctl "_s + run.args.join(u' ')));
    }
    const QByteArray log2 = agentLog();
    QVERIFY2(!log2.isEmpty(), "the agent logged nothing with callout.*.debug=true: the check would prove nothing");
    for (const QByteArray &form : forms)
        QVERIFY2(!log2.contains(form), "the client secret is in the agent's output");

    QVERIFY(QFile::exists(m_configDir + u"/callout/callout.json"_s));
    QVERIFY(QFile::exists(m_dataDir + u"/callout/state.json"_s));
    for (const QString &dir : {m_configDir, m_dataDir, m_runtimeDir}) {
        for (const QByteArray &form : forms)
            QVERIFY2(test::filesContaining(dir, form).isEmpty(),
                     qPrintable(test::filesContaining(dir, form).join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestCalloutctl)
#include "tst_calloutctl.moc"
