// HttpRequestReader: the loopback proxy's request parser (libhttp_parser) with its limits, one
// request at a time, in any split of the bytes.
#include "callout/agent/HttpRequestReader.h"

#include <QTest>

using namespace callout;
using State = HttpRequestReader::State;

Q_DECLARE_METATYPE(callout::HttpRequestReader::State)

namespace {

// Feeds `bytes` in pieces of `step` bytes; continues past the head like the proxy does.
State readAll(HttpRequestReader &reader, const QByteArray &bytes, qsizetype step)
{
    State state = State::ReadingHead;
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        state = reader.feed(bytes.mid(at, step));
        while (state == State::HeadRead && reader.feed({}) != State::HeadRead)
            state = reader.state();
        if (state == State::Complete || state == State::Failed)
            return state;
    }
    return state;
}

const QByteArray Head = "Host: 127.0.0.1:8080\r\n";

} // namespace

class TestHttpRequestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRequestInAnySplit_data();
    void readsRequestInAnySplit();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void stopsAtHeadBeforeBody();
    void announcedBodyTooLargeFailsAtHead();
    void chunkedBodyTooLargeFails();
    void tooManyHeadersFail();
    void headersTooLargeFail();
    void pipelinedRequestsWaitForNext();
    void keepAliveFollowsVersionAndConnection_data();
    void keepAliveFollowsVersionAndConnection();
    void connectIsReadAsAHead();
    void foldedHeaderIsOneLine();
};

void TestHttpRequestReader::readsRequestInAnySplit_data()
{
    QTest::addColumn<qsizetype>("step");
    for (const qsizetype step : {1, 2, 7, 64, 100000})
        QTest::addRow("%lld bytes at a time", qlonglong(step)) << step;
}

void TestHttpRequestReader::readsRequestInAnySplit()
{
    QFETCH(qsizetype, step);
    const QByteArray raw = "POST /callout/Api/items?x=1 HTTP/1.1\r\n" + Head
        + "Content-Type: application/json\r\nX-Empty:\r\nContent-Length: 11\r\n\r\n{\"a\": true}";
    HttpRequestReader reader;
    QCOMPARE(readAll(reader, raw, step), State::Complete);
    const HttpRequest &request = reader.request();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/callout/Api/items?x=1"));
    QCOMPARE(request.versionMinor, 1);
    QCOMPARE(request.body, QByteArray("{\"a\": true}"));
    QCOMPARE(request.values("content-type"), QList<QByteArray>{"application/json"});
    QCOMPARE(request.values("X-EMPTY"), QList<QByteArray>{""});
    QCOMPARE(request.headers.size(), 4);
    QVERIFY(request.keepAlive);
}

void TestHttpRequestReader::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addRow("garbage") << QByteArray("hello\r\n\r\n") << 400;
    QTest::addRow("unknown method") << QByteArray("BREW /callout/A/ HTTP/1.1\r\n" + Head + "\r\n") << 400;
    QTest::addRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n" + Head + "\r\n") << 400;
    QTest::addRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nX-A : a\r\n" + Head + "\r\n") << 400;
    QTest::addRow("two content lengths") << QByteArray("POST / HTTP/1.1\r\n" + Head
                                                       + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                         << 400;
    QTest::addRow("length and chunked") << QByteArray(
        "POST / HTTP/1.1\r\n" + Head + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n")
                                        << 400;
    QTest::addRow("unknown transfer coding")
        << QByteArray("POST / HTTP/1.1\r\n" + Head + "Transfer-Encoding: gzip\r\n\r\nabc") << 501;
    QTest::addRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\n" + Head
                                                  + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::addRow("HTTP/2.0 text") << QByteArray("GET / HTTP/2.0\r\n" + Head + "\r\n") << 505;
    QTest::addRow("NUL in a value") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n", 24) + Head + "\r\n" << 400;
    QTest::addRow("CR in a value") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n" + Head + "\r\n") << 400;
}

void TestHttpRequestReader::refusesMalformedRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    HttpRequestReader reader;
    QVERIFY2(readAll(reader, raw, raw.size()) == State::Failed,
             reader.request().headers.isEmpty()
                 ? "no headers"
                 : (reader.request().headers.constLast().first + '=' + reader.request().headers.constLast().second)
                       .toPercentEncoding()
                       .constData());
    QCOMPARE(reader.failureStatus(), status);
    // Failed for good: nothing more is read on that connection.
    QCOMPARE(reader.feed("GET / HTTP/1.1\r\n" + Head + "\r\n"), State::Failed);
}

void TestHttpRequestReader::stopsAtHeadBeforeBody()
{
    HttpRequestReader reader;
    QCOMPARE(reader.feed("PUT /x HTTP/1.1\r\n" + Head + "Content-Length: 5\r\nExpect: 100-continue\r\n\r\nab"),
             State::HeadRead);
    QVERIFY(reader.request().body.isEmpty()); // nothing of the body is read before the head is checked
    QVERIFY(reader.request().expectsContinue);
    QCOMPARE(reader.announcedBodyLength(), 5);
    QCOMPARE(reader.feed({}), State::HeadRead); // the body so far
    QCOMPARE(reader.request().body, QByteArray("ab"));
    QCOMPARE(reader.feed("cde"), State::Complete);
    QCOMPARE(reader.request().body, QByteArray("abcde"));
}

void TestHttpRequestReader::announcedBodyTooLargeFailsAtHead()
{
    HttpRequestReader reader(HttpRequestReader::Limits{100, 64 * 1024, 1000});
    QCOMPARE(reader.feed("POST /x HTTP/1.1\r\n" + Head + "Content-Length: 1001\r\n\r\n"), State::Failed);
    QCOMPARE(reader.failureStatus(), 413);

    HttpRequestReader exact(HttpRequestReader::Limits{100, 64 * 1024, 1000});
    QCOMPARE(
        readAll(exact, "POST /x HTTP/1.1\r\n" + Head + "Content-Length: 1000\r\n\r\n" + QByteArray(1000, 'a'), 4096),
        State::Complete);
    QCOMPARE(exact.request().body.size(), 1000);
}

void TestHttpRequestReader::chunkedBodyTooLargeFails()
{
    HttpRequestReader reader(HttpRequestReader::Limits{100, 64 * 1024, 1000});
    QByteArray raw = "POST /x HTTP/1.1\r\n" + Head + "Transfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 3; ++i)
        raw += "190\r\n" + QByteArray(400, 'a') + "\r\n";
    raw += "0\r\n\r\n";
    QCOMPARE(readAll(reader, raw, 100), State::Failed);
    QCOMPARE(reader.failureStatus(), 413);
}

void TestHttpRequestReader::tooManyHeadersFail()
{
    QByteArray raw = "GET / HTTP/1.1\r\n" + Head;
    for (int i = 0; i < 100; ++i)
        raw += "X-" + QByteArray::number(i) + ": v\r\n";
    HttpRequestReader reader;
    QCOMPARE(readAll(reader, raw + "\r\n", 512), State::Failed);
    QCOMPARE(reader.failureStatus(), 431);
}

void TestHttpRequestReader::headersTooLargeFail()
{
    HttpRequestReader reader;
    QCOMPARE(readAll(reader, "GET / HTTP/1.1\r\n" + Head + "X-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n", 4096),
             State::Failed);
    QCOMPARE(reader.failureStatus(), 431);
    HttpRequestReader longTarget;
    QCOMPARE(readAll(longTarget, "GET /" + QByteArray(70 * 1024, 'a') + " HTTP/1.1\r\n" + Head + "\r\n", 4096),
             State::Failed);
    QCOMPARE(longTarget.failureStatus(), 431);
}

void TestHttpRequestReader::pipelinedRequestsWaitForNext()
{
    HttpRequestReader reader;
    const QByteArray second = "POST /second HTTP/1.1\r\n" + Head + "Content-Length: 2\r\n\r\nhi";
    QCOMPARE(readAll(reader, "GET /first HTTP/1.1\r\n" + Head + "\r\n" + second, 1 << 20), State::Complete);
    QCOMPARE(reader.request().target, QByteArray("/first"));
    QCOMPARE(reader.feed("more"), State::Complete); // kept until next()
    QCOMPARE(reader.request().target, QByteArray("/first"));
    State state = reader.next();
    QCOMPARE(state, State::HeadRead);
    QCOMPARE(reader.request().target, QByteArray("/second"));
    QCOMPARE(reader.feed({}), State::Complete);
    QCOMPARE(reader.request().body, QByteArray("hi"));
    QCOMPARE(reader.next(), State::Failed); // "more" is no request
}

void TestHttpRequestReader::keepAliveFollowsVersionAndConnection_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepAlive");
    QTest::addRow("1.1") << QByteArray("GET / HTTP/1.1\r\n" + Head + "\r\n") << true;
    QTest::addRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\n" + Head + "Connection: close\r\n\r\n") << false;
    QTest::addRow("1.0") << QByteArray("GET / HTTP/1.0\r\n" + Head + "\r\n") << false;
    QTest::addRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\n" + Head + "Connection: keep-alive\r\n\r\n")
                                    << true;
}

void TestHttpRequestReader::keepAliveFollowsVersionAndConnection()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, keepAlive);
    HttpRequestReader reader;
    QCOMPARE(readAll(reader, raw, raw.size()), State::Complete);
    QCOMPARE(reader.request().keepAlive, keepAlive);
}

void TestHttpRequestReader::connectIsReadAsAHead()
{
    HttpRequestReader reader;
    QCOMPARE(reader.feed("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nxx"), State::HeadRead);
    QCOMPARE(reader.request().method, QByteArray("CONNECT"));
    QCOMPARE(reader.request().target, QByteArray("example.com:443"));
}

// obs-fold (RFC 9112 §5.2): the parser joins the lines; nothing of the fold reaches a value.
void TestHttpRequestReader::foldedHeaderIsOneLine()
{
    HttpRequestReader reader;
    QCOMPARE(readAll(reader, "GET / HTTP/1.1\r\nX-A: a\r\n b\r\n" + Head + "\r\n", 1000), State::Complete);
    const QByteArray value = reader.request().values("X-A").value(0);
    QVERIFY2(!value.contains('\r') && !value.contains('\n'), value.toPercentEncoding().constData());
}

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "tst_httprequestreader.moc"
