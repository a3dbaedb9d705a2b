// The loopback proxy through the real `callout --headless` agent and the real OAuth test server
// (tests/server): SECURITY.md C3–C8 as a caller meets them. Requests are written as raw bytes on a
// TCP connection, so that what the proxy refuses is exactly what a hostile caller could send.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
using Run = callout::test::CtlRun;
namespace test = callout::test;

namespace {

// One HTTP response as the caller reads it.
struct Response {
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool chunked = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    bool hasHeaderStartingWith(const QByteArray &prefix) const
    {
        return std::any_of(headers.begin(), headers.end(),
                           [&](const auto &h) { return h.first.toLower().startsWith(prefix); });
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A caller's connection to the proxy: raw requests out, parsed responses in (blocking, with a deadline).
class Caller
{
public:
    explicit Caller(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        m_socket.connectToHost(address, port);
        m_socket.waitForConnected(5000);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &raw)
    {
        m_socket.write(raw);
        m_socket.flush();
    }
    // Reads one response; `hashOnly`: the body is hashed, not kept (large bodies).
    Response read(int timeoutMs = 30000, QCryptographicHash *hashOnly = nullptr, qint64 *length = nullptr)
    {
        Response response;
        QByteArray head;
        QDeadlineTimer deadline(timeoutMs);
        while (!m_buffer.contains("\r\n\r\n") && fill(deadline)) { }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return response;
        head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        if (response.status == 100) // Continue: the real answer follows
            return read(timeoutMs, hashOnly, length);
        auto take = [&](qint64 n) {
            while (m_buffer.size() < n && fill(deadline)) { }
            const QByteArray part = m_buffer.left(n);
            m_buffer.remove(0, part.size());
            return part;
        };
        auto keep = [&](const QByteArray &part) {
            if (length)
                *length += part.size();
            if (hashOnly)
                hashOnly->addData(part);
            else
                response.body += part;
        };
        if (response.header("Transfer-Encoding") == "chunked") {
            response.chunked = true;
            for (;;) {
                while (!m_buffer.contains("\r\n") && fill(deadline)) { }
                const qsizetype lineEnd = m_buffer.indexOf("\r\n");
                if (lineEnd < 0)
                    return response;
                const qint64 size = m_buffer.left(lineEnd).toLongLong(nullptr, 16);
                m_buffer.remove(0, lineEnd + 2);
                if (size == 0) {
                    take(2);
                    return response;
                }
                keep(take(size));
                take(2);
            }
        }
        qint64 remaining = response.header("Content-Length").toLongLong();
        while (remaining > 0) {
            const QByteArray part = take(std::min<qint64>(remaining, 1 << 20));
            if (part.isEmpty())
                break;
            remaining -= part.size();
            keep(part);
        }
        return response;
    }
    // True when the proxy closed the connection (within the deadline).
    bool closedByPeer(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
            m_socket.waitForReadyRead(50) ? (void)m_buffer.append(m_socket.readAll()) : (void)0;
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill(const QDeadlineTimer &deadline)
    {
        if (m_socket.bytesAvailable() == 0
            && !m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class TestCalloutProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listensOnLoopbackOnlyWithPrivateSecret();
    void refusedRequestsReachNothing_data();
    void refusedRequestsReachNothing();
    void forwardsWithTheTokenOnly();
    void refusedTokenIsRefreshedOnceAndRetried();
    void keepAliveServesRequestsInTurn();
    void largeResponseStreams();
    void unknownLengthIsChunked();
    void bodyAboveLimitIs413();
    void signInRequiredIs503();
    void rememberedAcrossRestartAndOffRemovesSecret();

private:
    bool turnOn(quint16 port = 0);
    QByteArray request(const QByteArray &line, const QByteArray &extra = {}, const QByteArray &body = {}) const;
    int apiRequestsLogged();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
    quint16 m_port = 0;
    QByteArray m_secret;
    QString m_secretFile;
};

void TestCalloutProxy::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestCalloutProxy::init()
{
    QVERIFY(m_server->clearFaults());
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
    QVERIFY(m_agent->start());
    QVERIFY(m_agent->import(test::ServerImport(*m_server)
                                .provider(u"Public"_s, u"public-client"_s)
                                .credential(u"PublicApi"_s, u"Public"_s)
                                .toJson()));
    const Run login = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe(0)));
    QVERIFY(turnOn());
    QVERIFY(m_server->clearRequestLog());
}

void TestCalloutProxy::cleanup()
{
    m_agent.reset();
}

bool TestCalloutProxy::turnOn(quint16 port)
{
    QStringList args{u"proxy"_s, u"on"_s, u"--json"_s};
    if (port != 0)
        args << u"--port"_s << QString::number(port);
    const Run on = m_agent->ctl(args);
    CHECK_OR_RETURN_FALSE(on.exitCode == 0, qPrintable(on.describe(0)));
    const QJsonObject status = QJsonDocument::fromJson(on.out).object();
    CHECK_OR_RETURN_FALSE(status.value(u"listening"_s).toBool(), on.out.constData());
    m_port = quint16(status.value(u"port"_s).toInt());
    m_secretFile = status.value(u"secretFile"_s).toString();
    const Run env = m_agent->ctl({u"proxy-env"_s});
    CHECK_OR_RETURN_FALSE(env.exitCode == 0, qPrintable(env.describe(0)));
    const QRegularExpressionMatch match
        = QRegularExpression(
              u"^export CALLOUT_PROXY_URL=http://127\\.0\\.0\\.1:(\\d+)/callout CALLOUT_PROXY_SECRET=([A-Za-z0-9_-]+)\n$"_s)
              .match(QString::fromUtf8(env.out));
    CHECK_OR_RETURN_FALSE(match.hasMatch(), env.out.constData());
    CHECK_OR_RETURN_FALSE(match.captured(1).toInt() == m_port, env.out.constData());
    m_secret = match.captured(2).toLatin1();
    return true;
}

QByteArray TestCalloutProxy::request(const QByteArray &line, const QByteArray &extra, const QByteArray &body) const
{
    QByteArray raw = line + "\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\nProxy-Authorization: Bearer "
        + m_secret + "\r\n" + extra;
    if (!body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

int TestCalloutProxy::apiRequestsLogged()
{
    return int(m_server->requestLog(u"api"_s).size());
}

// C3: only loopback; the secret: ≥ 128 bits, in a 0600 file.
void TestCalloutProxy::listensOnLoopbackOnlyWithPrivateSecret()
{
    QProcess ss;
    ss.start(u"ss"_s, {u"-Hltn"_s, u"sport = :%1"_s.arg(m_port)});
    QVERIFY(ss.waitForFinished(10000));
    const QString out = QString::fromUtf8(ss.readAllStandardOutput());
    QStringList locals;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        locals.append(line.simplified().section(u' ', 3, 3));
    QVERIFY2(!locals.isEmpty(), qPrintable(out));
    for (const QString &local : std::as_const(locals))
        QVERIFY2(local == u"127.0.0.1:%1"_s.arg(m_port) || local == u"[::1]:%1"_s.arg(m_port), qPrintable(out));

    const QFileInfo file(m_secretFile);
    QVERIFY(file.exists());
    QVERIFY(file.absolutePath() == QFileInfo(m_agent->runtimeDir()).absoluteFilePath()
            || file.absolutePath().startsWith(m_agent->runtimeDir()));
    QCOMPARE(file.permissions() & 0x7777, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QVERIFY(m_secret.size() >= 22); // 128 bits in base64url
}

// C4–C7: refused before anything goes upstream; never a CORS header.
void TestCalloutProxy::refusedRequestsReachNothing_data()
{
    QTest::addColumn<QByteArray>("raw"); // %PORT% and %SECRET% are filled in
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: 127.0.0.1:%PORT%\r\n";
    const QByteArray secret = "Proxy-Authorization: Bearer %SECRET%\r\n";
    const QByteArray get = "GET /callout/PublicApi/echo HTTP/1.1\r\n";
    QTest::addRow("C4 no secret") << get + host + "\r\n" << 401;
    QTest::addRow("C4 wrong secret") << get + host
            + "Proxy-Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n\r\n"
                                     << 401;
    QTest::addRow("C4 secret as Authorization") << get + host + "Authorization: Bearer %SECRET%\r\n\r\n" << 401;
    QTest::addRow("C5 other Host") << get + "Host: evil.example:%PORT%\r\n" + secret + "\r\n" << 403;
    QTest::addRow("C5 Host without port") << get + "Host: localhost\r\n" + secret + "\r\n" << 403;
    QTest::addRow("C6 Origin") << get + host + secret + "Origin: http://evil.example\r\n\r\n" << 403;
    QTest::addRow("C6 Sec-Fetch-Site") << get + host + secret + "Sec-Fetch-Site: same-origin\r\n\r\n" << 403;
    QTest::addRow("C7 absolute-form") << "GET http://127.0.0.1:" + QByteArray::number(0) + "/api/echo HTTP/1.1\r\n"
            + host + secret + "\r\n" << 400;
    QTest::addRow("C7 CONNECT") << "CONNECT 127.0.0.1:443 HTTP/1.1\r\n" + host + secret + "\r\n" << 400;
    QTest::newRow("C7 ..%2F") << "GET /callout/PublicApi/..%2F_test/log HTTP/1.1\r\n" + host + secret + "\r\n" << 400;
    QTest::addRow("C7 ..") << "GET /callout/PublicApi/../_test/log HTTP/1.1\r\n" + host + secret + "\r\n" << 400;
    QTest::newRow("C7 %2e%2e") << "GET /callout/PublicApi/%2e%2e/_test/log HTTP/1.1\r\n" + host + secret + "\r\n"
                               << 400;
    QTest::addRow("C7 other path") << "GET /_test/log HTTP/1.1\r\n" + host + secret + "\r\n" << 404;
    QTest::addRow("C7 unknown credential") << "GET /callout/Nobody/echo HTTP/1.1\r\n" + host + secret + "\r\n" << 404;
    QTest::addRow("malformed") << QByteArray("GET /callout/PublicApi/x HTTP/1.1\r\nBad Header\r\n\r\n") << 400;
}

void TestCalloutProxy::refusedRequestsReachNothing()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    raw.replace("%PORT%", QByteArray::number(m_port)).replace("%SECRET%", m_secret);
    Caller caller(m_port);
    QVERIFY(caller.isConnected());
    caller.send(raw);
    const Response response = caller.read();
    QCOMPARE(response.status, status);
    QVERIFY(!response.hasHeaderStartingWith("access-control-"));
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(response.json().value(u"error"_s).toObject().contains(u"message"_s));
    QVERIFY(!response.body.contains(m_secret));
    QCOMPARE(apiRequestsLogged(), 0);
}

// C7: the caller's Authorization, Cookie and secret stay behind; the credential's token goes.
void TestCalloutProxy::forwardsWithTheTokenOnly()
{
    Caller caller(m_port);
    caller.send(request("POST /callout/PublicApi/echo?a=1 HTTP/1.1",
                        "Authorization: Bearer caller-token\r\nCookie: session=abc\r\nConnection: X-Hop\r\n"
                        "X-Hop: 1\r\nCallout-Wait: 0\r\nX-Kept: yes\r\nContent-Type: text/plain\r\n",
                        "hello"));
    const Response response = caller.read();
    QCOMPARE(response.status, 200);
    const QJsonObject echo = response.json();
    QCOMPARE(echo.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(echo.value(u"path"_s).toString(), u"/api/echo"_s);
    QCOMPARE(echo.value(u"query"_s).toString(), u"a=1"_s);
    QCOMPARE(echo.value(u"body_length"_s).toInt(), 5);
    const QJsonObject headers = echo.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"bearer-valid"_s); // the credential's, not the caller's
    QCOMPARE(headers.value(u"x-kept"_s).toString(), u"yes"_s);
    for (const QString &gone : {u"cookie"_s, u"proxy-authorization"_s, u"x-hop"_s, u"callout-wait"_s})
        QVERIFY2(!headers.contains(gone), qPrintable(gone));
    QCOMPARE(headers.value(u"host"_s).toString(), u"127.0.0.1:%1"_s.arg(m_server->port()));
    QVERIFY(!response.hasHeaderStartingWith("access-control-"));
}

// C8: a 401 from the API → one refresh → the request again.
void TestCalloutProxy::refusedTokenIsRefreshedOnceAndRetried()
{
    QVERIFY(m_server->addFault({{u"endpoint"_s, u"api"_s}, {u"mode"_s, u"status"_s}, {u"status"_s, 401}}));
    Caller caller(m_port);
    caller.send(request("GET /callout/PublicApi/echo HTTP/1.1"));
    const Response response = caller.read();
    QCOMPARE(response.status, 200);
    int refreshes = 0;
    for (const QJsonValue &entry : m_server->requestLog(u"token"_s))
        refreshes += entry.toObject().value(u"grant_type"_s).toString() == u"refresh_token"_s;
    QCOMPARE(refreshes, 1);
    QCOMPARE(apiRequestsLogged(), 2);
}

void TestCalloutProxy::keepAliveServesRequestsInTurn()
{
    Caller caller(m_port);
    // Two requests at once (pipelined): answered in order on the same connection.
    caller.send(request("GET /callout/PublicApi/echo?n=1 HTTP/1.1")
                + request("GET /callout/PublicApi/echo?n=2 HTTP/1.1"));
    const Response first = caller.read();
    const Response second = caller.read();
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"query"_s).toString(), u"n=1"_s);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"query"_s).toString(), u"n=2"_s);
    caller.send(request("GET /callout/PublicApi/echo?n=3 HTTP/1.1"));
    QCOMPARE(caller.read().json().value(u"query"_s).toString(), u"n=3"_s);
    QVERIFY(caller.isConnected());
}

void TestCalloutProxy::largeResponseStreams()
{
    constexpr qint64 Size = 50'000'000;
    Caller caller(m_port);
    caller.send(request("GET /callout/PublicApi/bytes?n=" + QByteArray::number(Size) + " HTTP/1.1"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 length = 0;
    const Response response = caller.read(120000, &hash, &length);
    QCOMPARE(response.status, 200);
    QCOMPARE(length, Size);
    QCOMPARE(hash.result().toHex(), response.header("X-Sha256"));
}

void TestCalloutProxy::unknownLengthIsChunked()
{
    const QByteArray body(3 * 1024 * 1024, 'x');
    Caller caller(m_port);
    caller.send(
        request("POST /callout/PublicApi/echo-body?length=none HTTP/1.1", "Content-Type: text/plain\r\n", body));
    const Response response = caller.read(60000);
    QCOMPARE(response.status, 200);
    QVERIFY(response.chunked);
    QCOMPARE(response.body.size(), body.size());
    QCOMPARE(response.body, body);
}

void TestCalloutProxy::bodyAboveLimitIs413()
{
    Caller caller(m_port);
    caller.send(request("POST /callout/PublicApi/echo HTTP/1.1",
                        "Content-Length: " + QByteArray::number(32 * 1024 * 1024 + 1) + "\r\n"));
    QCOMPARE(caller.read().status, 413);
    QVERIFY(caller.closedByPeer());

    // Chunked, without a length: refused once it grows past the limit.
    Caller chunked(m_port);
    chunked.send(request("POST /callout/PublicApi/echo HTTP/1.1", "Transfer-Encoding: chunked\r\n"));
    const QByteArray chunk = "100000\r\n" + QByteArray(0x100000, 'a') + "\r\n";
    for (int i = 0; i < 33 && chunked.isConnected(); ++i) {
        chunked.send(chunk);
        chunked.socket().waitForBytesWritten(5000);
    }
    QCOMPARE(chunked.read().status, 413);
    QCOMPARE(apiRequestsLogged(), 0);
}

// The user is needed and the wait is 0 (or ended): 503 with Retry-After, a JSON error.
void TestCalloutProxy::signInRequiredIs503()
{
    const Run logout = m_agent->ctl({u"logout"_s, u"PublicApi"_s});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.describe(0)));
    Caller caller(m_port);
    caller.send(request("GET /callout/PublicApi/echo HTTP/1.1"));
    Response response = caller.read();
    QCOMPARE(response.status, 503);
    QVERIFY(response.header("Retry-After").toInt() > 0);
    QCOMPARE(response.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"sign-in-required"_s);

    caller.send(request("GET /callout/PublicApi/echo HTTP/1.1", "Callout-Wait: 1\r\n"));
    response = caller.read();
    QCOMPARE(response.status, 503);
    QVERIFY(response.header("Retry-After").toInt() > 0);
    QCOMPARE(apiRequestsLogged(), 0);
}

void TestCalloutProxy::rememberedAcrossRestartAndOffRemovesSecret()
{
    const quint16 port = m_port;
    const QByteArray secret = m_secret;
    m_agent->stop();
    QVERIFY(m_agent->start());
    const Run status = m_agent->ctl({u"proxy"_s, u"status"_s, u"--json"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe(0)));
    const QJsonObject record = QJsonDocument::fromJson(status.out).object();
    QVERIFY(record.value(u"enabled"_s).toBool());
    QVERIFY(record.value(u"listening"_s).toBool());
    QCOMPARE(record.value(u"port"_s).toInt(), int(port));
    QVERIFY(turnOn());
    QCOMPARE(m_port, port);
    QCOMPARE(m_secret, secret); // the scripts' secret still works
    Caller caller(m_port);
    caller.send(request("GET /callout/PublicApi/echo HTTP/1.1"));
    QCOMPARE(caller.read().status, 200);

    const Run off = m_agent->ctl({u"proxy"_s, u"off"_s});
    QVERIFY2(off.exitCode == 0, qPrintable(off.describe(0)));
    QVERIFY(!QFileInfo::exists(m_secretFile));
    Caller refused(m_port);
    QVERIFY(!refused.isConnected());
    QCOMPARE(m_agent->ctl({u"proxy-env"_s}).exitCode, 1);
    m_agent->stop();
    QVERIFY(m_agent->start());
    const Run stillOff = m_agent->ctl({u"proxy"_s, u"status"_s, u"--json"_s});
    QVERIFY(!QJsonDocument::fromJson(stillOff.out).object().value(u"enabled"_s).toBool());
}

QTEST_GUILESS_MAIN(TestCalloutProxy)
#include "tst_calloutproxy.moc"
