// ProxyRequestRules: what the loopback proxy refuses and what it forwards (SECURITY.md C4–C7),
// one row per case, from request heads as HttpRequestReader reads them.
#include "callout/agent/HttpRequestReader.h"
#include "callout/agent/ProxyRequestRules.h"
#include "callout/core/ConstantTime.h"

#include <QTest>

using namespace callout;
using namespace std::chrono_literals;

namespace {

constexpr quint16 Port = 47123;
const QByteArray Secret = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-x"; // 43 characters

// A head with the right Host and secret, then `extra` header lines (each ending in CRLF).
QByteArray head(const QByteArray &requestLine, const QByteArray &extra = {}, bool withDefaults = true)
{
    QByteArray raw = requestLine + "\r\n";
    if (withDefaults)
        raw += "Host: 127.0.0.1:47123\r\nProxy-Authorization: Bearer " + Secret + "\r\n";
    return raw + extra + "\r\n";
}

HttpRequest parsed(const QByteArray &raw)
{
    HttpRequestReader reader;
    const HttpRequestReader::State state = reader.feed(raw);
    if (state != HttpRequestReader::State::HeadRead && state != HttpRequestReader::State::Complete)
        qWarning("the head did not parse: %s", raw.constData());
    return reader.request();
}

QList<QByteArray> names(const HeaderList &headers)
{
    QList<QByteArray> list;
    for (const auto &[name, value] : headers)
        list.append(name.toLower());
    return list;
}

} // namespace

class TestProxyRequestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void forwardsCredentialAndTarget_data();
    void forwardsCredentialAndTarget();
    void stripsCredentialsAndHopByHop();
    void waitIsRead();
    void responseHeadersNeverCarryCors_data();
    void responseHeadersNeverCarryCors();
    void constantTimeEquals();
    void noSecretRefusesEverything();
};

void TestProxyRequestRules::verdicts_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    const QByteArray get = "GET /callout/Api/items HTTP/1.1";
    QTest::addRow("forwarded") << head(get) << 0;
    // C4: the secret
    QTest::addRow("C4 no secret") << head(get, "Host: 127.0.0.1:47123\r\n", false) << 401;
    QTest::addRow("C4 wrong secret") << head(
        get, "Host: 127.0.0.1:47123\r\nProxy-Authorization: Bearer " + QByteArray(Secret).replace('x', 'y') + "\r\n",
        false) << 401;
    QTest::addRow("C4 secret prefix") << head(
        get, "Host: 127.0.0.1:47123\r\nProxy-Authorization: Bearer " + Secret.left(20) + "\r\n", false)
                                      << 401;
    QTest::addRow("C4 secret as Authorization")
        << head(get, "Host: 127.0.0.1:47123\r\nAuthorization: Bearer " + Secret + "\r\n", false) << 401;
    QTest::addRow("C4 Basic scheme") << head(
        get, "Host: 127.0.0.1:47123\r\nProxy-Authorization: Basic " + Secret + "\r\n", false)
                                     << 401;
    QTest::addRow("C4 two secrets") << head(get, "Proxy-Authorization: Bearer " + Secret + "\r\n") << 401;
    QTest::addRow("C4 scheme in lower case")
        << head(get, "Host: 127.0.0.1:47123\r\nProxy-Authorization: bearer " + Secret + "\r\n", false) << 0;
    // C5: Host (DNS rebinding)
    QTest::addRow("C5 localhost") << head(
        get, "Host: localhost:47123\r\nProxy-Authorization: Bearer " + Secret + "\r\n", false)
                                  << 0;
    QTest::addRow("C5 [::1]") << head(get, "Host: [::1]:47123\r\nProxy-Authorization: Bearer " + Secret + "\r\n", false)
                              << 0;
    QTest::addRow("C5 LOCALHOST") << head(
        get, "Host: LOCALHOST:47123\r\nProxy-Authorization: Bearer " + Secret + "\r\n", false)
                                  << 0;
    for (const QByteArray host : {"evil.example:47123", "127.0.0.1", "127.0.0.1:80", "localhost", "127.0.0.2:47123",
                                  "localhost.evil.example:47123", "0.0.0.0:47123", "[::ffff:127.0.0.1]:47123", ""}) {
        QTest::addRow("C5 Host %s", host.constData())
            << head(get, "Host: " + host + "\r\nProxy-Authorization: Bearer " + Secret + "\r\n", false) << 403;
    }
    QTest::addRow("C5 no Host") << head(get, "Proxy-Authorization: Bearer " + Secret + "\r\n", false) << 403;
    QTest::addRow("C5 two Hosts") << head(get, "Host: evil.example:47123\r\n") << 400;
    // C6: browsers
    QTest::addRow("C6 Origin") << head(get, "Origin: http://evil.example\r\n") << 403;
    QTest::addRow("C6 Origin null") << head(get, "Origin: null\r\n") << 403;
    QTest::addRow("C6 Sec-Fetch-Site") << head(get, "Sec-Fetch-Site: cross-site\r\n") << 403;
    QTest::addRow("C6 Sec-Fetch-Mode") << head(get, "sec-fetch-mode: no-cors\r\n") << 403;
    QTest::addRow("C6 Sec-Fetch-Dest") << head(get, "Sec-Fetch-Dest: empty\r\n") << 403;
    QTest::addRow("C6 browser without secret")
        << head(get, "Host: 127.0.0.1:47123\r\nOrigin: http://a\r\n", false) << 403;
    // C7: not an open proxy
    QTest::addRow("C7 absolute-form") << head("GET http://127.0.0.1:47123/callout/Api/x HTTP/1.1") << 400;
    QTest::addRow("C7 absolute-form elsewhere") << head("GET http://example.com/ HTTP/1.1") << 400;
    QTest::addRow("C7 CONNECT") << head("CONNECT example.com:443 HTTP/1.1") << 400;
    QTest::addRow("C7 asterisk") << head("OPTIONS * HTTP/1.1") << 400;
    QTest::addRow("C7 TRACE") << head("TRACE /callout/Api/x HTTP/1.1") << 405;
    QTest::addRow("C7 root") << head("GET / HTTP/1.1") << 404;
    QTest::addRow("C7 other path") << head("GET /api/me HTTP/1.1") << 404;
    QTest::addRow("C7 /callout") << head("GET /callout HTTP/1.1") << 404;
    QTest::addRow("C7 no name") << head("GET /callout/ HTTP/1.1") << 404;
    QTest::addRow("C7 no name, path") << head("GET /callout//x HTTP/1.1") << 404;
    QTest::addRow("C7 ..") << head("GET /callout/Api/../other HTTP/1.1") << 400;
    QTest::addRow("C7 trailing ..") << head("GET /callout/Api/a/.. HTTP/1.1") << 400;
    QTest::addRow("C7 .") << head("GET /callout/Api/./x HTTP/1.1") << 400;
    QTest::newRow("C7 %2e%2e") << head("GET /callout/Api/%2e%2e/x HTTP/1.1") << 400;
    QTest::newRow("C7 .%2E") << head("GET /callout/Api/.%2E/x HTTP/1.1") << 400;
    QTest::newRow("C7 ..%2F") << head("GET /callout/Api/..%2Fx HTTP/1.1") << 400;
    QTest::newRow("C7 %2f") << head("GET /callout/Api/a%2fb HTTP/1.1") << 400;
    QTest::newRow("C7 %5C") << head("GET /callout/Api/a%5Cb HTTP/1.1") << 400;
    QTest::addRow("C7 //host") << head("GET /callout/Api//evil.example/x HTTP/1.1") << 400;
    QTest::newRow("C7 %00") << head("GET /callout/Api/a%00 HTTP/1.1") << 400;
    QTest::addRow("C7 .. in the query is data") << head("GET /callout/Api/x?a=../b HTTP/1.1") << 0;
}

void TestProxyRequestRules::verdicts()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    const ProxyVerdict verdict = ProxyRequestRules(Secret, Port).check(parsed(raw));
    QVERIFY2(verdict.status == status,
             qPrintable(QString::number(verdict.status) + u' ' + verdict.message + u' ' + verdict.target));
    QCOMPARE(verdict.forwards(), status == 0);
    if (status != 0) {
        QVERIFY(!verdict.message.isEmpty());
        QVERIFY(verdict.credential.isEmpty()); // nothing goes upstream
        QVERIFY(!verdict.message.contains(QString::fromLatin1(Secret)));
    }
}

void TestProxyRequestRules::forwardsCredentialAndTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("path");
    QTest::addRow("path") << QByteArray("/callout/Api/items/1") << "Api"
                          << "/items/1";
    QTest::addRow("path and query") << QByteArray("/callout/Api/items?q=a%20b&x") << "Api"
                                    << "/items?q=a%20b&x";
    QTest::addRow("base only") << QByteArray("/callout/Api") << "Api"
                               << "";
    QTest::addRow("base slash") << QByteArray("/callout/Api/") << "Api"
                                << "/";
    QTest::addRow("query only") << QByteArray("/callout/Api?x=1") << "Api"
                                << "?x=1";
    QTest::addRow("encoded name") << QByteArray("/callout/My%20Api/x") << "My Api"
                                  << "/x";
}

void TestProxyRequestRules::forwardsCredentialAndTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, credential);
    QFETCH(QString, path);
    const ProxyVerdict verdict = ProxyRequestRules(Secret, Port).check(parsed(head("GET " + target + " HTTP/1.1")));
    QCOMPARE(verdict.status, 0);
    QCOMPARE(verdict.credential, credential);
    QCOMPARE(verdict.target, path);
}

void TestProxyRequestRules::stripsCredentialsAndHopByHop()
{
    const QByteArray raw = head("POST /callout/Api/x HTTP/1.1",
                                "Authorization: Bearer caller-token\r\nCookie: session=1\r\nCookie2: x\r\n"
                                "Connection: keep-alive, X-Hop\r\nX-Hop: 1\r\nKeep-Alive: timeout=5\r\n"
                                "TE: trailers\r\nTrailer: X-T\r\nUpgrade: websocket\r\nProxy-Connection: x\r\n"
                                "Expect: 100-continue\r\nCallout-Wait: 30\r\nContent-Length: 2\r\n"
                                "Content-Type: application/json\r\nAccept: */*\r\nX-Request-Id: 7\r\n");
    const ProxyVerdict verdict = ProxyRequestRules(Secret, Port).check(parsed(raw));
    QCOMPARE(verdict.status, 0);
    QCOMPARE(names(verdict.headers), (QList<QByteArray>{"content-type", "accept", "x-request-id"}));
    QCOMPARE(verdict.wait, 30s);
}

void TestProxyRequestRules::waitIsRead()
{
    const ProxyRequestRules rules(Secret, Port);
    auto check = [&rules](const QByteArray &value) {
        return rules.check(parsed(head("GET /callout/Api/x HTTP/1.1", "Callout-Wait: " + value + "\r\n")));
    };
    QCOMPARE(rules.check(parsed(head("GET /callout/Api/x HTTP/1.1"))).wait, 0s);
    QCOMPARE(check("0").wait, 0s);
    QCOMPARE(check("86400").wait, 86400s);
    for (const QByteArray bad : {"-1", "86401", "1.5", "abc", "", "0x10", "+3"})
        QVERIFY2(check(bad).status == 400, bad.constData());
}

void TestProxyRequestRules::responseHeadersNeverCarryCors_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("returned");
    QTest::addRow("content-type") << QByteArray("Content-Type") << true;
    QTest::addRow("set-cookie") << QByteArray("Set-Cookie") << true;
    QTest::addRow("location") << QByteArray("Location") << true;
    QTest::addRow("www-authenticate") << QByteArray("WWW-Authenticate") << true;
    QTest::addRow("acao") << QByteArray("Access-Control-Allow-Origin") << false;
    QTest::addRow("acac") << QByteArray("access-control-allow-credentials") << false;
    QTest::addRow("connection") << QByteArray("Connection") << false;
    QTest::addRow("transfer-encoding") << QByteArray("Transfer-Encoding") << false;
    QTest::addRow("content-length") << QByteArray("Content-Length") << false; // the proxy frames itself
    QTest::addRow("keep-alive") << QByteArray("Keep-Alive") << false;
}

void TestProxyRequestRules::responseHeadersNeverCarryCors()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, returned);
    QCOMPARE(ProxyRequestRules::isReturnable(name), returned);
}

void TestProxyRequestRules::constantTimeEquals()
{
    QVERIFY(callout::constantTimeEquals("abc", "abc"));
    QVERIFY(!callout::constantTimeEquals("abc", "abd"));
    QVERIFY(!callout::constantTimeEquals("abc", "ab"));
    QVERIFY(!callout::constantTimeEquals("", "a"));
}

void TestProxyRequestRules::noSecretRefusesEverything()
{
    const ProxyRequestRules rules({}, Port);
    QCOMPARE(rules.check(parsed(head("GET /callout/Api/x HTTP/1.1", {}, false) + "")).status, 403); // no Host
    QCOMPARE(rules
                 .check(parsed(head("GET /callout/Api/x HTTP/1.1",
                                    "Host: 127.0.0.1:47123\r\n"
                                    "Proxy-Authorization: Bearer \r\n",
                                    false)))
                 .status,
             401);
}

QTEST_GUILESS_MAIN(TestProxyRequestRules)
#include "tst_proxyrequestrules.moc"
