// The agent's local API as any program sees it: JSON lines on $XDG_RUNTIME_DIR/callout/agent.sock
// (README.md, "Local API"; docs/security-checklist.md, C1 and C2). Every test starts its own
// `callout --headless` with private XDG folders and talks to the socket with QLocalSocket, or as
// another user with python3.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
namespace test = callout::test;

namespace {

QByteArray line(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject request(int id, const QString &method, const QJsonObject &params = {})
{
    QJsonObject message{{u"v"_s, 1}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isEmpty())
        message.insert(u"params"_s, params);
    return message;
}

// One connection to the agent, used synchronously.
class LineClient
{
public:
    bool connectTo(const QString &path, int timeoutMs = 5000)
    {
        m_socket.connectToServer(path);
        return m_socket.waitForConnected(timeoutMs);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(5000)) { }
    }
    void send(const QJsonObject &message) { send(line(message)); }
    // The next line (without its newline); nothing when none came in time or the connection closed.
    std::optional<QByteArray> readLine(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_socket.canReadLine()) {
            if (m_socket.state() != QLocalSocket::ConnectedState || deadline.hasExpired())
                return std::nullopt;
            m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        return m_socket.readLine().chopped(1);
    }
    QJsonObject readMessage(int timeoutMs = 10000)
    {
        const std::optional<QByteArray> bytes = readLine(timeoutMs);
        return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    }
    // Sends and returns the answer (an empty object when none came).
    QJsonObject call(const QJsonObject &message, int timeoutMs = 10000)
    {
        send(message);
        return readMessage(timeoutMs);
    }
    QLocalSocket &socket() { return m_socket; }

private:
    QLocalSocket m_socket;
};

// What came back while a client wrote one long line without a newline.
struct Exchange {
    bool connected = false;
    bool closed = false; // the agent closed the connection
    QByteArray received;
};

// Writes `size` bytes of a never-ending line while reading the answers, with plain POSIX calls:
// when the agent closes while the client still writes, a QLocalSocket would drop what it had
// received, and the agent's answer with it.
Exchange sendWithoutNewline(const QString &path, qsizetype size)
{
    Exchange exchange;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    if (size_t(encoded.size()) >= sizeof(address.sun_path))
        return exchange;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return exchange;
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0)
        return exchange;
    exchange.connected = true;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

    const QByteArray payload
        = QByteArray("{\"v\": 1, \"id\": 5, \"method\": \"hello\", \"padding\": \"") + QByteArray(size, 'a');
    qsizetype sent = 0;
    bool writing = true;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        pollfd poll = {fd, short(POLLIN | (writing ? POLLOUT : 0)), 0};
        if (::poll(&poll, 1, 100) < 0 && errno != EINTR)
            break;
        if (poll.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[65536];
            const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
            if (n > 0) {
                exchange.received.append(buffer, n);
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                exchange.closed = true; // what was sent before the close has been read by now
                break;
            }
        }
        if (writing && (poll.revents & POLLOUT)) {
            const ssize_t n = ::send(fd, payload.constData() + sent, size_t(payload.size() - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                writing = sent < payload.size();
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                writing = false; // EPIPE / ECONNRESET: the agent stopped reading; keep reading its answer
            }
        }
    }
    return exchange;
}

// Sends `payload` whole (as far as the agent reads it) and collects what comes back, until the
// agent closes the connection or, once an answer line came, nothing more comes for 500 ms.
Exchange sendRaw(const QString &path, const QByteArray &payload)
{
    Exchange exchange;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(std::min<qsizetype>(encoded.size(), 100)));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0)
        return exchange;
    exchange.connected = true;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    qsizetype sent = 0;
    QDeadlineTimer deadline(20000);
    QDeadlineTimer quiet(QDeadlineTimer::Forever);
    while (!deadline.hasExpired() && !quiet.hasExpired()) {
        const bool writing = sent < payload.size();
        pollfd poll = {fd, short(POLLIN | (writing ? POLLOUT : 0)), 0};
        if (::poll(&poll, 1, 50) < 0 && errno != EINTR)
            break;
        if (poll.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[65536];
            const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
            if (n > 0) {
                exchange.received.append(buffer, n);
                quiet.setRemainingTime(500);
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                exchange.closed = true;
                break;
            }
        }
        if (writing && (poll.revents & POLLOUT)) {
            const ssize_t n = ::send(fd, payload.constData() + sent, size_t(payload.size() - sent), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EAGAIN && errno != EINTR)
                sent = payload.size(); // the agent stopped reading: keep reading its answer
        }
    }
    return exchange;
}

// A hello request padded with spaces to exactly `bytes` bytes (no newline).
QByteArray paddedHello(int id, qsizetype bytes)
{
    QByteArray message = R"({"v": 1, "id": )" + QByteArray::number(id) + R"(, "method": "hello"})";
    return message.insert(message.size() - 1, QByteArray(bytes - message.size(), ' '));
}

// The descriptors process `pid` has open.
int openDescriptors(qint64 pid)
{
    return int(
        QDir(u"/proc/%1/fd"_s.arg(pid)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}

// The python3 client run as root and as nobody: connects, sends hello, prints the answer line,
// "closed" when the agent closed without answering, or why it could not even connect.
constexpr auto PythonClient = R"(
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(10)
try:
    s.connect(sys.argv[1])
except OSError as e:
    print("connect-failed:", e)
    sys.exit(3)
data = b""
try:
    s.sendall(b'{"v": 1, "id": 1, "method": "hello"}\n')
    while not data.endswith(b"\n"):
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
except socket.timeout:
    print("timeout: the connection stayed open without an answer")
    sys.exit(4)
except OSError:
    pass
print(data.decode().strip() or "closed")
)";

// A python3 that a user without a home can run (pyenv shims under /root are not).
QString systemPython()
{
    for (const QString &candidate : {u"/usr/bin/python3"_s, u"/usr/local/bin/python3"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(u"python3"_s);
}

} // namespace

class TestLocalApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void socketIsPrivateAndNeverAbstract();
    void helloAnswersVersionOne();
    void errorAnswersEchoTheId_data();
    void errorAnswersEchoTheId();
    void malformedMessageKeepsTheConnection_data();
    void malformedMessageKeepsTheConnection();
    void oversizedLineIsRefusedAndClosed();
    void lineLimitIsExact_data();
    void lineLimitIsExact();
    void idleConnectionFloodKeepsTheApi();
    void removedSocketIsListenedAgain();
    void openFileLimitIsRaised();
    void fiftyConnectionsAtOnce();
    void otherUsersAreRefused();
    void loginSendsTheSignInUrlEventFirst();

private:
    QString socketPath() const { return m_agent->socketPath(); }
    QString runPython(const QStringList &prefix);

    std::unique_ptr<AgentProcess> m_agent; // started for every test
};

void TestLocalApi::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
}

void TestLocalApi::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
    QVERIFY(m_agent->start());
}

void TestLocalApi::cleanup()
{
    m_agent.reset();
}

// ---- C1 ---------------------------------------------------------------------------------------

void TestLocalApi::socketIsPrivateAndNeverAbstract()
{
    struct stat directory = {};
    QCOMPARE(::stat(QFile::encodeName(m_agent->runtimeDir() + u"/callout"_s).constData(), &directory), 0);
    QVERIFY(S_ISDIR(directory.st_mode));
    QCOMPARE(directory.st_mode & 07777, mode_t(0700));
    QCOMPARE(directory.st_uid, ::getuid());

    struct stat socket = {};
    QCOMPARE(::stat(QFile::encodeName(socketPath()).constData(), &socket), 0);
    QVERIFY(S_ISSOCK(socket.st_mode));
    QCOMPARE(socket.st_mode & 07777, mode_t(0600));
    QCOMPARE(socket.st_uid, ::getuid());

    // /proc/net/unix: "Num RefCount Protocol Flags Type St Inode Path"; abstract names start with '@'.
    // The path is the one bound, which may be a temporary name renamed to agent.sock afterwards
    // (QLocalServer does so to set the mode first): it must be under the runtime folder.
    bool listensInTheFolder = false;
    const QByteArray folder = QFile::encodeName(m_agent->runtimeDir() + u"/callout/"_s);
    const QList<QByteArray> lines = test::readFile(u"/proc/net/unix"_s).split('\n');
    QVERIFY(lines.size() > 1);
    for (const QByteArray &entry : lines.mid(1)) {
        const QList<QByteArray> fields = entry.simplified().split(' ');
        if (fields.size() < 8)
            continue;
        const QByteArray path = fields.mid(7).join(' ');
        QVERIFY2(!(path.startsWith('@') && path.contains("callout")), path.constData());
        if (path.startsWith(folder))
            listensInTheFolder = true;
    }
    QVERIFY2(listensInTheFolder, "no socket under $XDG_RUNTIME_DIR/callout/ in /proc/net/unix");
}

// ---- protocol ---------------------------------------------------------------------------------

void TestLocalApi::helloAnswersVersionOne()
{
    LineClient client;
    QVERIFY(client.connectTo(socketPath()));
    const QJsonObject answer = client.call(request(7, u"hello"_s));
    QCOMPARE(answer.value(u"v"_s).toInt(), 1);
    QCOMPARE(answer.value(u"id"_s).toInt(), 7);
    QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    const QJsonObject result = answer.value(u"result"_s).toObject();
    QCOMPARE(result.value(u"version"_s).toInt(), 1);
    QVERIFY(!result.value(u"agent"_s).toString().isEmpty());
    // The connection serves more than one request.
    QCOMPARE(client.call(request(8, u"hello"_s)).value(u"id"_s).toInt(), 8);
}

void TestLocalApi::errorAnswersEchoTheId_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown method") << request(42, u"frobnicate"_s) << u"unknown-method"_s;
    QTest::newRow("status of an unknown name")
        << request(43, u"status"_s, {{u"name"_s, u"NoSuchApi"_s}}) << u"not-found"_s;
    QTest::newRow("token of an unknown name")
        << request(44, u"token"_s, {{u"name"_s, u"NoSuchApi"_s}}) << u"not-found"_s;
}

void TestLocalApi::errorAnswersEchoTheId()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, code);
    LineClient client;
    QVERIFY(client.connectTo(socketPath()));
    const QJsonObject answer = client.call(message);
    QCOMPARE(answer.value(u"v"_s).toInt(), 1);
    QCOMPARE(answer.value(u"id"_s).toInt(), message.value(u"id"_s).toInt());
    QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QVERIFY(!answer.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
}

void TestLocalApi::malformedMessageKeepsTheConnection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray(R"({"v": 1, "id": 1, "method": )"
                                            "\n");
    QTest::newRow("a JSON array") << QByteArray(R"([{"v": 1, "id": 1, "method": "hello"}])"
                                                "\n");
    QTest::newRow("a JSON string") << QByteArray(R"("hello")"
                                                 "\n");
    QTest::newRow("a JSON number") << QByteArray("7\n");
    QTest::newRow("no method") << QByteArray(R"({"v": 1, "id": 1})"
                                             "\n");
    QTest::newRow("method not a string") << QByteArray(R"({"v": 1, "id": 1, "method": 5})"
                                                       "\n");
    QTest::newRow("id an object") << QByteArray(R"({"v": 1, "id": {"n": 1}, "method": "hello"})"
                                                "\n");
    QTest::newRow("id an array") << QByteArray(R"({"v": 1, "id": [1], "method": "hello"})"
                                               "\n");
}

void TestLocalApi::malformedMessageKeepsTheConnection()
{
    QFETCH(QByteArray, bytes);
    LineClient client;
    QVERIFY(client.connectTo(socketPath()));
    client.send(bytes);
    const std::optional<QByteArray> answerLine = client.readLine();
    QVERIFY2(answerLine.has_value(), "no answer (or the connection was closed)");
    const QJsonObject answer = QJsonDocument::fromJson(*answerLine).object();
    QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toString(), u"bad-request"_s);

    // Still usable, and the agent still serves everybody else.
    const QJsonObject hello = client.call(request(99, u"hello"_s));
    QCOMPARE(hello.value(u"id"_s).toInt(), 99);
    QCOMPARE(hello.value(u"ok"_s).toBool(), true);
    QVERIFY(m_agent->answersHello());
}

void TestLocalApi::oversizedLineIsRefusedAndClosed()
{
    const Exchange exchange = sendWithoutNewline(socketPath(), 2 * 1024 * 1024);
    QVERIFY2(exchange.connected, "could not connect");
    QVERIFY2(exchange.closed, "the agent kept the connection open");
    const QByteArray first = exchange.received.split('\n').first();
    QVERIFY2(!first.isEmpty(), "no error answer before the close");
    const QJsonObject answer = QJsonDocument::fromJson(first).object();
    QCOMPARE(answer.value(u"v"_s).toInt(), 1);
    QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toString(), u"too-large"_s);

    // Neither crashed nor blocked.
    QCOMPARE(m_agent->process()->state(), QProcess::Running);
    QVERIFY(m_agent->answersHello());
}

void TestLocalApi::lineLimitIsExact_data()
{
    const qsizetype max = 1024 * 1024;
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exactly 1 MiB") << paddedHello(5, max) + '\n' << true;
    QTest::newRow("1 MiB + 1 byte") << paddedHello(5, max + 1) + '\n' << false;
    // The finding: the first 1 MiB + 1 byte were read as one message, the tail as another.
    QTest::newRow("1 MiB + 1 byte of junk, then a request")
        << QByteArray(max + 1, 'x') + R"({"v": 1, "id": 66, "method": "hello"})" + '\n'
        << false;
    QTest::newRow("2 MiB in one line") << paddedHello(5, 2 * max) + '\n' << false;
}

void TestLocalApi::lineLimitIsExact()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, accepted);
    const Exchange exchange = sendRaw(socketPath(), payload);
    QVERIFY2(exchange.connected, "could not connect");
    const QList<QByteArray> lines = exchange.received.trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // one answer, never one for a tail
    const QJsonObject answer = QJsonDocument::fromJson(lines.first()).object();
    if (accepted) {
        QVERIFY(!exchange.closed);
        QCOMPARE(answer.value(u"id"_s).toInt(), 5);
        QVERIFY2(answer.value(u"ok"_s).toBool(), lines.first().constData());
    } else {
        QVERIFY2(exchange.closed, "the agent kept the connection open");
        QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
        QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toString(), u"too-large"_s);
    }
    QVERIFY(m_agent->answersHello());
}

// ---- availability (security review, issue 11) -------------------------------------------------

// The finding: ~1,060 idle connections ran the agent out of descriptors; Qt's QLocalServer then
// stopped listening and removed the socket, while the agent kept the lock. Here the agent has 256
// descriptors, as if much of its limit were used already.
void TestLocalApi::idleConnectionFloodKeepsTheApi()
{
    const qint64 pid = m_agent->process()->processId();
    struct rlimit limit = {};
    QCOMPARE(::prlimit(pid_t(pid), RLIMIT_NOFILE, nullptr, &limit), 0);
    limit.rlim_cur = 256;
    QCOMPARE(::prlimit(pid_t(pid), RLIMIT_NOFILE, &limit, nullptr), 0);

    std::vector<int> flood;
    auto closeFlood = qScopeGuard([&flood] {
        for (int fd : flood)
            ::close(fd);
    });
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath());
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const timeval timeout = {2, 0};
    for (int i = 0; i < 400; ++i) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0)
            flood.push_back(fd);
        else
            ::close(fd);
    }
    QVERIFY(flood.size() > 300);

    LineClient client;
    QVERIFY2(client.connectTo(socketPath()), "the socket is gone");
    QCOMPARE(client.call(request(9, u"hello"_s)).value(u"ok"_s).toBool(), true);
    QVERIFY(m_agent->answersHello());
    QVERIFY2(openDescriptors(pid) < 200, qPrintable(QString::number(openDescriptors(pid))));
    QCOMPARE(m_agent->process()->state(), QProcess::Running);
}

// Whatever removed the socket file (a cleaner of $XDG_RUNTIME_DIR, a stopped QLocalServer), the
// agent listens again rather than hold the lock unreachable.
void TestLocalApi::removedSocketIsListenedAgain()
{
    QVERIFY(QFile::remove(socketPath()));
    QVERIFY(!m_agent->answersHello());
    QTRY_VERIFY_WITH_TIMEOUT(m_agent->answersHello(), 15000);
    struct stat socket = {};
    QCOMPARE(::stat(QFile::encodeName(socketPath()).constData(), &socket), 0);
    QCOMPARE(socket.st_mode & 07777, mode_t(0600));
    const test::CtlRun list = m_agent->ctl({u"list"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe(0)));
}

void TestLocalApi::openFileLimitIsRaised()
{
    // Started with a soft limit below the hard one, as desktop sessions often do (1024).
    m_agent->stop();
    struct rlimit before = {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &before), 0);
    if (before.rlim_max <= 512)
        QSKIP("the hard open file limit is too low to tell");
    struct rlimit low = before;
    low.rlim_cur = 512;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
    const bool started = m_agent->start();
    ::setrlimit(RLIMIT_NOFILE, &before);
    QVERIFY(started);

    struct rlimit agent = {};
    QCOMPARE(::prlimit(pid_t(m_agent->process()->processId()), RLIMIT_NOFILE, nullptr, &agent), 0);
    QCOMPARE(agent.rlim_cur, before.rlim_max);
}

void TestLocalApi::fiftyConnectionsAtOnce()
{
    std::vector<std::unique_ptr<QLocalSocket>> sockets;
    for (int i = 0; i < 50; ++i) {
        sockets.push_back(std::make_unique<QLocalSocket>());
        sockets.back()->connectToServer(socketPath());
    }
    auto allConnected = [&] {
        return std::all_of(sockets.begin(), sockets.end(),
                           [](const auto &s) { return s->state() == QLocalSocket::ConnectedState; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allConnected(), 20000);
    for (int i = 0; i < 50; ++i)
        sockets[size_t(i)]->write(line(request(1000 + i, u"hello"_s)));
    auto allAnswered
        = [&] { return std::all_of(sockets.begin(), sockets.end(), [](const auto &s) { return s->canReadLine(); }); };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 20000);
    for (int i = 0; i < 50; ++i) {
        const QJsonObject answer = QJsonDocument::fromJson(sockets[size_t(i)]->readLine()).object();
        QCOMPARE(answer.value(u"id"_s).toInt(), 1000 + i);
        QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    }
}

// ---- C2 ---------------------------------------------------------------------------------------

QString TestLocalApi::runPython(const QStringList &prefix)
{
    QStringList command = prefix;
    command << systemPython() << u"-I"_s << u"-c"_s << QString::fromLatin1(PythonClient) << socketPath();
    QProcess process;
    process.setWorkingDirectory(u"/"_s);
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return u"(python did not finish)"_s;
    }
    return QString::fromUtf8(process.readAllStandardOutput().trimmed() + process.readAllStandardError().trimmed());
}

void TestLocalApi::otherUsersAreRefused()
{
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is missing: cannot connect as another user");
    if (::getuid() != 0)
        QSKIP("connecting as another user needs root (setpriv --reuid)");
    QVERIFY2(!systemPython().isEmpty(), "python3 is needed for the other user's client");

    // Let anybody reach the socket: only the agent's SO_PEERCRED check stands in the way now.
    const QString runtimeDir = m_agent->runtimeDir();
    const QList<std::pair<QString, mode_t>> opened{
        {m_agent->path(), 0755}, {runtimeDir, 0777}, {runtimeDir + u"/callout"_s, 0777}, {socketPath(), 0666}};
    const QList<std::pair<QString, mode_t>> restored{
        {socketPath(), 0600}, {runtimeDir + u"/callout"_s, 0700}, {runtimeDir, 0700}, {m_agent->path(), 0700}};
    auto restore = qScopeGuard([&] {
        for (const auto &[path, mode] : restored)
            ::chmod(QFile::encodeName(path).constData(), mode);
    });
    for (const auto &[path, mode] : opened)
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);

    const QStringList asNobody{setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    const QString nobody = runPython(asNobody);
    QVERIFY2(!nobody.startsWith(u"connect-failed"_s), qPrintable(u"the test could not reach the socket: "_s + nobody));
    QCOMPARE(nobody, u"closed"_s);

    const QString root = runPython({});
    const QJsonObject answer = QJsonDocument::fromJson(root.toUtf8()).object();
    QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(root));
    QCOMPARE(answer.value(u"id"_s).toInt(), 1);

    restore.dismiss();
    for (const auto &[path, mode] : restored)
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
    QVERIFY(m_agent->answersHello());
}

// ---- events -----------------------------------------------------------------------------------

void TestLocalApi::loginSendsTheSignInUrlEventFirst()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    test::ServerImport document(server);
    document.provider(u"Public"_s, u"public-client"_s).credential(u"PublicApi"_s, u"Public"_s);
    if (!m_agent->import(document.toJson(), {u"--no-start"_s}))
        return;

    LineClient client;
    QVERIFY(client.connectTo(socketPath()));
    client.send(request(11, u"login"_s, {{u"name"_s, u"PublicApi"_s}, {u"timeout"_s, 60}}));
    const QJsonObject event = client.readMessage(30000);
    QCOMPARE(event.value(u"v"_s).toInt(), 1);
    QCOMPARE(event.value(u"id"_s).toInt(), 11);
    QCOMPARE(event.value(u"event"_s).toString(), u"sign-in-url"_s);
    QVERIFY(!event.contains(u"ok"_s));
    // The one-time start URL on the loopback listener, which redirects to the authorization URL;
    // `state` and the PKCE challenge are never part of it (README, "Local API").
    const QUrl url(event.value(u"url"_s).toString());
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY2(url.path().startsWith(u"/start/"_s), qPrintable(url.toString()));
    QVERIFY(!url.hasQuery());
    QVERIFY(event.value(u"browserOpened"_s).isBool());
    QCOMPARE(event.value(u"browserOpened"_s).toBool(), true); // xdg-open ran the scripted browser

    const QJsonObject result = client.readMessage(90000);
    const QString code = result.value(u"error"_s).toObject().value(u"code"_s).toString();
    if (code.startsWith(u"keychain-"_s) && !test::keychainRequired())
        QSKIP("the keychain is not usable; run the tests with tests/run.sh");
    QCOMPARE(result.value(u"id"_s).toInt(), 11);
    QVERIFY2(result.value(u"ok"_s).toBool(), qPrintable(QString::fromUtf8(QJsonDocument(result).toJson())));
    QVERIFY(result.value(u"result"_s).isObject());

    // Signed in: the record says so and the token works.
    const QJsonObject status = client.call(request(12, u"status"_s, {{u"name"_s, u"PublicApi"_s}}));
    QCOMPARE(status.value(u"result"_s).toObject().value(u"status"_s).toString(), u"signed-in"_s);
    QCOMPARE(status.value(u"result"_s).toObject().value(u"user"_s).toString(), u"alice"_s);
    const QJsonObject token = client.call(request(13, u"token"_s, {{u"name"_s, u"PublicApi"_s}}));
    const QByteArray accessToken = token.value(u"result"_s).toObject().value(u"token"_s).toString().toUtf8();
    QVERIFY(!accessToken.isEmpty());
    QCOMPARE(server.request("GET", server.url(u"/api/me"_s), {}, {{"Authorization", "Bearer " + accessToken}}).status,
             200);
}

QTEST_GUILESS_MAIN(TestLocalApi)
#include "tst_localapi.moc"
