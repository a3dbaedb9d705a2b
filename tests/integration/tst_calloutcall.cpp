// `calloutctl call` against the real `callout --headless` agent and the real OAuth server of
// tests/server with its protected echo API (issue 13, "Tests"): every method with bodies and
// headers, binary and 50 MB bodies both ways, the merge field, 401 → one refresh → retry, a call
// that waits for a scripted re-authentication and is then sent exactly once, path escapes, a 302
// to another origin returned untouched, and the caller's Authorization refused. One agent, signed
// in once, for the whole suite; each test clears the server's log and faults.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <memory>

#include <csignal>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
using Run = callout::test::CtlRun;
namespace test = callout::test;

#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        const Run &checkedRun = (run);                                                                                 \
        QVERIFY2(checkedRun.exitCode == (expected), qPrintable(checkedRun.describe(expected)));                        \
    } while (false)

namespace {

const QString Credential = u"PublicApi"_s;
constexpr qint64 FiftyMegabytes = qint64(50) * 1000 * 1000;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qint64 i = size - size % 4; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// tests/server/README.md: byte i of /api/bytes is (i * 31 + 7) & 255.
QByteArray bytesPattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + 7) & 255);
    return bytes;
}

QJsonObject echoOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonArray entriesFor(const QJsonArray &log, const QString &path)
{
    QJsonArray matching;
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value(u"path"_s).toString() == path)
            matching.append(entry);
    }
    return matching;
}

} // namespace

class TestCalloutCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void methodsWithBodiesAndHeaders_data();
    void methodsWithBodiesAndHeaders();
    void callerContentTypeAndQueryPassUnchanged();
    void binaryBodiesBothWays();
    void largeBodiesBothWays();
    void bytesEndpointStreamsToStdout();
    void mergeFieldHeaderCarriesTheToken();
    void refusedTokenIsRefreshedOnceAndRetried();
    void httpErrorsExitZeroUnlessFail();
    void pathEscapesAreRefused_data();
    void pathEscapesAreRefused();
    void absoluteUrlInThePathStaysUnderTheBase();
    void redirectToAnotherOriginIsReturned();
    void callerAuthorizationIsRefused();
    void usageErrors_data();
    void usageErrors();
    void noAgentExits5();
    void waitCompletesAfterReauthentication(); // last: it restarts the server's provider

private:
    Run call(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000);
    QString token();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
};

void TestCalloutCall::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
    QVERIFY(m_agent->start());
    QJsonObject document = test::ServerImport(*m_server)
                               .provider(u"Public"_s, u"public-client"_s)
                               .credential(Credential, u"Public"_s, u"Public API"_s)
                               .json();
    // The merge field: the token also goes into a header of the credential's own.
    QJsonArray credentials = document.value(u"namedCredentials"_s).toArray();
    QJsonObject credential = credentials.first().toObject();
    credential.insert(u"headers"_s, QJsonObject{{u"X-Api-Token"_s, u"{!$Credential.OAuthToken}"_s}});
    credentials.replace(0, credential);
    document.insert(u"namedCredentials"_s, credentials);
    if (!m_agent->import(QJsonDocument(document).toJson()))
        return;
    const Run login = m_agent->ctl({u"login"_s, Credential, u"--timeout"_s, u"60"_s}, {}, 90000);
    COMPARE_EXIT(login, 0);
}

void TestCalloutCall::init()
{
    QVERIFY(m_server->clearFaults());
    QVERIFY(m_server->clearRequestLog());
}

void TestCalloutCall::cleanupTestCase()
{
    m_agent.reset();
    m_server.reset();
}

Run TestCalloutCall::call(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return m_agent->ctl(QStringList{u"call"_s} + args, input, timeoutMs);
}

QString TestCalloutCall::token()
{
    const Run run = m_agent->ctl({u"token"_s, Credential});
    return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
}

// ---- methods, bodies, headers -----------------------------------------------------------------

void TestCalloutCall::methodsWithBodiesAndHeaders_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QStringList{} << u"GET"_s << QByteArray();
    QTest::newRow("-d implies POST") << QStringList{u"-d"_s, u"a=1&b=two"_s} << u"POST"_s << QByteArray("a=1&b=two");
    QTest::newRow("two -d joined with &")
        << QStringList{u"-d"_s, u"a=1"_s, u"-d"_s, u"b=2"_s} << u"POST"_s << QByteArray("a=1&b=2");
    QTest::newRow("PUT") << QStringList{u"-X"_s, u"PUT"_s, u"-d"_s, u"put body"_s} << u"PUT"_s
                         << QByteArray("put body");
    QTest::newRow("PATCH") << QStringList{u"-X"_s, u"PATCH"_s, u"--data-binary"_s, u"patch\nbody"_s} << u"PATCH"_s
                           << QByteArray("patch\nbody");
    QTest::newRow("DELETE with a body") << QStringList{u"-X"_s, u"DELETE"_s, u"-d"_s, u"gone"_s} << u"DELETE"_s
                                        << QByteArray("gone");
    QTest::newRow("DELETE") << QStringList{u"-X"_s, u"DELETE"_s} << u"DELETE"_s << QByteArray();
}

void TestCalloutCall::methodsWithBodiesAndHeaders()
{
    QFETCH(QStringList, args);
    QFETCH(QString, method);
    QFETCH(QByteArray, body);
    const Run run = call(
        QStringList{u"callout:PublicApi/echo"_s, u"-H"_s, u"X-Test: one two"_s, u"-H"_s, u"X-Other:three"_s} + args);
    COMPARE_EXIT(run, 0);
    const QJsonObject echo = echoOf(run);
    QCOMPARE(echo.value(u"method"_s).toString(), method);
    QCOMPARE(echo.value(u"path"_s).toString(), u"/api/echo"_s);
    const QJsonObject headers = echo.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"x-test"_s).toString(), u"one two"_s);
    QCOMPARE(headers.value(u"x-other"_s).toString(), u"three"_s);
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"bearer-valid"_s);
    QCOMPARE(headers.value(u"accept-encoding"_s).toString(), u"identity"_s);
    QVERIFY2(!headers.contains(u"cookie"_s), run.out.constData());
    QCOMPARE(echo.value(u"body_length"_s).toInteger(), body.size());
    QCOMPARE(echo.value(u"body_sha256"_s).toString().toLatin1(), sha256(body));
    if (!body.isEmpty()) // curl's default for -d and --data-binary
        QCOMPARE(headers.value(u"content-type"_s).toString(), u"application/x-www-form-urlencoded"_s);
    QVERIFY(run.err.isEmpty());

    const QJsonArray api = m_server->requestLog(u"api"_s);
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.first().toObject().value(u"method"_s).toString(), method);
    QCOMPARE(api.first().toObject().value(u"body_length"_s).toInteger(), body.size());
}

void TestCalloutCall::callerContentTypeAndQueryPassUnchanged()
{
    const Run run = call({u"callout:PublicApi/echo?q=a%20b&x=%2F&y"_s, u"-H"_s, u"Content-Type: application/json"_s,
                          u"-d"_s, u"{\"a\": 1}"_s});
    COMPARE_EXIT(run, 0);
    const QJsonObject echo = echoOf(run);
    QCOMPARE(echo.value(u"query"_s).toString(), u"q=a%20b&x=%2F&y"_s);
    QCOMPARE(echo.value(u"headers"_s).toObject().value(u"content-type"_s).toString(), u"application/json"_s);
    QCOMPARE(echo.value(u"body_sha256"_s).toString().toLatin1(), sha256("{\"a\": 1}"));
}

void TestCalloutCall::binaryBodiesBothWays()
{
    QByteArray binary = randomBytes(100000);
    binary.prepend(QByteArray("\0\r\n\x1b[31m\xff", 8));
    const QString in = m_agent->filePath(u"binary.in"_s);
    const QString out = m_agent->filePath(u"binary.out"_s);
    test::writeFile(in, binary);

    // From a file, back into a file, with the caller's Content-Type.
    Run run = call({u"callout:PublicApi/echo-body"_s, u"-X"_s, u"PUT"_s, u"-H"_s,
                    u"Content-Type: application/octet-stream"_s, u"--data-binary"_s, u"@"_s + in, u"-o"_s, out});
    COMPARE_EXIT(run, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileSha256(out), sha256(binary));

    // From stdin, back on stdout.
    run = call({u"callout:PublicApi/echo-body"_s, u"--data-binary"_s, u"@-"_s}, binary);
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.out.size(), binary.size());
    QCOMPARE(sha256(run.out), sha256(binary));

    // -d @FILE removes CR and LF, as curl does.
    test::writeFile(in, "a=1\r\nb=2\n");
    run = call({u"callout:PublicApi/echo-body"_s, u"-d"_s, u"@"_s + in});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray("a=1b=2"));
}

void TestCalloutCall::largeBodiesBothWays()
{
    const QByteArray large = randomBytes(FiftyMegabytes);
    const QByteArray expected = sha256(large);
    const QString in = m_agent->filePath(u"large.in"_s);
    const QString out = m_agent->filePath(u"large.out"_s);
    test::writeFile(in, large);

    Run run = call({u"callout:PublicApi/echo"_s, u"--data-binary"_s, u"@"_s + in});
    COMPARE_EXIT(run, 0);
    QCOMPARE(echoOf(run).value(u"body_length"_s).toInteger(), FiftyMegabytes);
    QCOMPARE(echoOf(run).value(u"body_sha256"_s).toString().toLatin1(), expected);

    run = call({u"callout:PublicApi/echo-body"_s, u"--data-binary"_s, u"@"_s + in, u"-o"_s, out});
    COMPARE_EXIT(run, 0);
    QCOMPARE(QFileInfo(out).size(), FiftyMegabytes);
    QCOMPARE(fileSha256(out), expected);

    // 50 MB on stdin: read to its end first (so a retry could send it again), then sent.
    run = call({u"callout:PublicApi/echo"_s, u"-X"_s, u"PUT"_s, u"--data-binary"_s, u"@-"_s}, large);
    COMPARE_EXIT(run, 0);
    QCOMPARE(echoOf(run).value(u"body_sha256"_s).toString().toLatin1(), expected);

    const QJsonArray api = m_server->requestLog(u"api"_s);
    QCOMPARE(api.size(), 3);
    for (const QJsonValue &entry : api)
        QCOMPARE(entry.toObject().value(u"body_length"_s).toInteger(), FiftyMegabytes);

    // Above 64 MiB, stdin is kept in a temporary file in the runtime folder, gone afterwards.
    const QByteArray larger = randomBytes(qint64(64) * 1024 * 1024 + 4099);
    run = call({u"callout:PublicApi/echo"_s, u"--data-binary"_s, u"@-"_s}, larger);
    COMPARE_EXIT(run, 0);
    QCOMPARE(echoOf(run).value(u"body_length"_s).toInteger(), larger.size());
    QCOMPARE(echoOf(run).value(u"body_sha256"_s).toString().toLatin1(), sha256(larger));
    const QStringList left = QDir(m_agent->runtimeDir() + u"/callout"_s).entryList({u"call-body-*"_s}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestCalloutCall::bytesEndpointStreamsToStdout()
{
    const QString out = m_agent->filePath(u"bytes.out"_s);
    Run run = call({u"callout:PublicApi/bytes?n=%1"_s.arg(FiftyMegabytes), u"-o"_s, out});
    COMPARE_EXIT(run, 0);
    QCOMPARE(fileSha256(out), sha256(bytesPattern(FiftyMegabytes)));

    // -i: the status line and headers first (X-Sha256 among them), then the body on stdout.
    run = call({u"-i"_s, u"callout:PublicApi/bytes?n=1000"_s});
    COMPARE_EXIT(run, 0);
    const qsizetype headEnd = run.out.indexOf("\r\n\r\n");
    QVERIFY2(headEnd > 0, run.out.left(400).constData());
    const QByteArray head = run.out.left(headEnd);
    QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head.constData());
    QVERIFY2(head.toLower().contains("\r\nx-sha256: " + sha256(bytesPattern(1000))), head.constData());
    QCOMPARE(run.out.mid(headEnd + 4), bytesPattern(1000));
}

void TestCalloutCall::mergeFieldHeaderCarriesTheToken()
{
    const Run run = call({u"callout:PublicApi/echo"_s});
    COMPARE_EXIT(run, 0);
    const QString accessToken = token();
    QVERIFY(!accessToken.isEmpty());
    QCOMPARE(echoOf(run).value(u"headers"_s).toObject().value(u"x-api-token"_s).toString(), accessToken);
}

// ---- refusal, retry, wait -----------------------------------------------------------------------

void TestCalloutCall::refusedTokenIsRefreshedOnceAndRetried()
{
    const QString before = token();
    QVERIFY(m_server->clearRequestLog());
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"api"_s}, {u"mode"_s, u"status"_s}, {u"status"_s, 401}}));
    const Run run = call({u"callout:PublicApi/echo"_s, u"-d"_s, u"retried body"_s});
    COMPARE_EXIT(run, 0);
    QCOMPARE(echoOf(run).value(u"body_length"_s).toInteger(), 12);

    int refreshes = 0;
    for (const QJsonValue &entry : m_server->requestLog(u"token"_s))
        refreshes += entry.toObject().value(u"grant_type"_s).toString() == u"refresh_token"_s ? 1 : 0;
    QCOMPARE(refreshes, 1);
    const QJsonArray echo = entriesFor(m_server->requestLog(u"api"_s), u"/api/echo"_s);
    QCOMPARE(echo.size(), 2); // refused, then the retry with the same body
    QCOMPARE(echo.at(0).toObject().value(u"status"_s).toInt(), 401);
    QCOMPARE(echo.at(1).toObject().value(u"status"_s).toInt(), 200);
    for (const QJsonValue &entry : echo)
        QCOMPARE(entry.toObject().value(u"body_length"_s).toInteger(), 12);
    QVERIFY(token() != before);
}

void TestCalloutCall::httpErrorsExitZeroUnlessFail()
{
    Run run = call({u"callout:PublicApi/no-such-endpoint"_s});
    COMPARE_EXIT(run, 0);
    QVERIFY2(run.out.contains("not_found"), run.out.constData());

    run = call({u"--fail"_s, u"callout:PublicApi/no-such-endpoint"_s});
    COMPARE_EXIT(run, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.oneLineError() && run.err.contains("404"), run.err.constData());
}

void TestCalloutCall::waitCompletesAfterReauthentication()
{
    // Every grant is lost: the next call is refused, the refresh gets invalid_grant, the user is needed.
    QVERIFY(m_server->restart());
    QElapsedTimer timer;
    timer.start();
    const Run atOnce = call({u"callout:PublicApi/echo"_s, u"-d"_s, u"no wait"_s});
    COMPARE_EXIT(atOnce, 3);
    QVERIFY2(atOnce.oneLineError(), atOnce.err.constData());
    QVERIFY2(timer.elapsed() < 20000, "without --wait the call does not wait");
    QVERIFY(m_server->clearRequestLog());

    QProcess waiting;
    waiting.setProcessEnvironment(m_agent->environment());
    const QByteArray body = "sent once after sign-in";
    waiting.start(AgentProcess::calloutctlBin(),
                  {u"call"_s, u"--wait"_s, u"60"_s, u"-d"_s, QString::fromLatin1(body), u"callout:PublicApi/echo"_s});
    QVERIFY(waiting.waitForStarted(10000));
    waiting.closeWriteChannel();
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += waiting.readAllStandardError()).contains("Waiting up to"), 30000);
    QCOMPARE(waiting.state(), QProcess::Running);

    // Ctrl-C on another waiting call cancels it: it dies of the signal, and is never sent.
    QProcess interrupted;
    interrupted.setProcessEnvironment(m_agent->environment());
    interrupted.start(AgentProcess::calloutctlBin(),
                      {u"call"_s, u"--wait"_s, u"60"_s, u"-d"_s, u"never sent"_s, u"callout:PublicApi/echo"_s});
    QVERIFY(interrupted.waitForStarted(10000));
    interrupted.closeWriteChannel();
    QByteArray interruptedErr;
    QTRY_VERIFY_WITH_TIMEOUT((interruptedErr += interrupted.readAllStandardError()).contains("Waiting up to"), 30000);
    ::kill(pid_t(interrupted.processId()), SIGINT);
    QVERIFY(interrupted.waitForFinished(10000));
    interruptedErr += interrupted.readAllStandardError();
    QCOMPARE(interrupted.exitStatus(), QProcess::CrashExit); // died of SIGINT, as the shell expects
    QVERIFY2(interruptedErr.contains("cancelled"), interruptedErr.constData());

    // The token that calloutctl holds is in neither its command line nor its environment.
    const QByteArray environ = test::readFile(u"/proc/%1/environ"_s.arg(waiting.processId()));
    QVERIFY(!environ.contains("Bearer"));

    const Run login = m_agent->ctl({u"login"_s, Credential, u"--timeout"_s, u"60"_s}, {}, 90000);
    COMPARE_EXIT(login, 0);
    QTRY_COMPARE_WITH_TIMEOUT(waiting.state(), QProcess::NotRunning, 60000);
    err += waiting.readAllStandardError();
    const QByteArray out = waiting.readAllStandardOutput();
    QVERIFY2(waiting.exitStatus() == QProcess::NormalExit && waiting.exitCode() == 0, (out + '\n' + err).constData());
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"body_length"_s).toInteger(), body.size());

    // The original request arrives exactly once after the sign-in, with its body.
    const QJsonArray log = m_server->requestLog();
    qsizetype signedIn = -1;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i).toObject().value(u"grant_type"_s).toString() == u"authorization_code"_s)
            signedIn = i;
    }
    QVERIFY2(signedIn >= 0, QJsonDocument(log).toJson().constData());
    const QJsonArray after
        = entriesFor(QJsonArray::fromVariantList(log.toVariantList().mid(signedIn + 1)), u"/api/echo"_s);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(u"status"_s).toInt(), 200);
    QCOMPARE(after.first().toObject().value(u"body_length"_s).toInteger(), body.size());
    QCOMPARE(entriesFor(log, u"/api/echo"_s).size(), 1); // and the interrupted call never
}

// ---- what the call refuses --------------------------------------------------------------------

void TestCalloutCall::pathEscapesAreRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("..") << u"callout:PublicApi/../token"_s;
    QTest::newRow("../ deeper") << u"callout:PublicApi/a/../../token"_s;
    QTest::newRow("%2e%2e") << u"callout:PublicApi/%2e%2e/token"_s;
    QTest::newRow(".%2E") << u"callout:PublicApi/.%2E/token"_s;
    QTest::newRow("%2f") << u"callout:PublicApi/..%2ftoken"_s;
    QTest::newRow("%5c") << u"callout:PublicApi/..%5ctoken"_s;
    QTest::newRow("backslash") << u"callout:PublicApi/..\\token"_s;
    QTest::newRow("//host") << u"callout:PublicApi//evil.example/x"_s;
    QTest::newRow("fragment") << u"callout:PublicApi/echo#x"_s;
    QTest::newRow("control character") << u"callout:PublicApi/echo\r\nX: y"_s;
}

void TestCalloutCall::pathEscapesAreRefused()
{
    QFETCH(QString, address);
    const Run run = call({address});
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.describe(2)));
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QJsonArray log = m_server->requestLog();
    QVERIFY2(log.isEmpty(), QJsonDocument(log).toJson().constData());
}

// Not an escape: "http://evil.example/x" after the credential's URL is a path under it.
void TestCalloutCall::absoluteUrlInThePathStaysUnderTheBase()
{
    const Run run = call({u"callout:PublicApi/http://evil.example/x"_s});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1 || run.exitCode == 2, qPrintable(run.describe(0)));
    const QJsonArray log = m_server->requestLog();
    QVERIFY(log.size() <= 1);
    for (const QJsonValue &entry : log) {
        QVERIFY2(entry.toObject().value(u"path"_s).toString().startsWith(u"/api/http:"_s),
                 QJsonDocument(log).toJson().constData());
        QCOMPARE(entry.toObject().value(u"host"_s).toString(), u"127.0.0.1:%1"_s.arg(m_server->port()));
    }
}

void TestCalloutCall::redirectToAnotherOriginIsReturned()
{
    const Run run = call({u"-i"_s, u"callout:PublicApi/redirect"_s});
    COMPARE_EXIT(run, 0);
    QVERIFY2(run.out.startsWith("HTTP/1.1 302"), run.out.constData());
    const QByteArray location
        = "location: http://localhost:" + QByteArray::number(m_server->port()) + "/api/echo-headers\r\n";
    QVERIFY2(run.out.toLower().contains(location), run.out.constData());

    const QJsonArray api = m_server->requestLog(u"api"_s);
    QCOMPARE(api.size(), 1); // not followed: the other origin saw nothing, with or without a token
    QCOMPARE(api.first().toObject().value(u"path"_s).toString(), u"/api/redirect"_s);
    QVERIFY(entriesFor(api, u"/api/echo-headers"_s).isEmpty());
}

void TestCalloutCall::callerAuthorizationIsRefused()
{
    const Run run = call({u"callout:PublicApi/echo"_s, u"-H"_s, u"Authorization: x"_s});
    COMPARE_EXIT(run, 1);
    QVERIFY2(run.oneLineError() && run.err.contains("Authorization"), run.err.constData());
    QVERIFY(m_server->requestLog(u"api"_s).isEmpty());
}

void TestCalloutCall::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no address") << QStringList{};
    QTest::newRow("two addresses") << QStringList{u"callout:PublicApi/a"_s, u"callout:PublicApi/b"_s};
    QTest::newRow("not a callout address") << QStringList{u"https://example.org/"_s};
    QTest::newRow("header without colon") << QStringList{u"callout:PublicApi/echo"_s, u"-H"_s, u"X-Test"_s};
    QTest::newRow("header with CR LF") << QStringList{u"callout:PublicApi/echo"_s, u"-H"_s, u"X-A: b\r\nX-C: d"_s};
    QTest::newRow("--wait not a number") << QStringList{u"callout:PublicApi/echo"_s, u"--wait"_s, u"soon"_s};
    QTest::newRow("--wait negative") << QStringList{u"callout:PublicApi/echo"_s, u"--wait"_s, u"-1"_s};
    QTest::newRow("--wait too long") << QStringList{u"callout:PublicApi/echo"_s, u"--wait"_s, u"86401"_s};
    QTest::newRow("-d and --data-binary")
        << QStringList{u"callout:PublicApi/echo"_s, u"-d"_s, u"a"_s, u"--data-binary"_s, u"b"_s};
    QTest::newRow("unknown option") << QStringList{u"callout:PublicApi/echo"_s, u"--frobnicate"_s};
    QTest::newRow("-X not a method") << QStringList{u"callout:PublicApi/echo"_s, u"-X"_s, u"GET /x"_s};
}

void TestCalloutCall::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = call(args);
    COMPARE_EXIT(run, 2);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestCalloutCall::noAgentExits5()
{
    AgentProcess none; // folders of its own, no agent
    QVERIFY(none.isValid());
    const Run run = none.ctl({u"call"_s, u"--no-start"_s, u"callout:PublicApi/echo"_s});
    COMPARE_EXIT(run, 5);
    QVERIFY2(run.oneLineError(), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCalloutCall)
#include "tst_calloutcall.moc"
