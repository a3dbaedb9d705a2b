#include "callout/oauth/LoopbackListener.h"
#include "callout/oauth/OAuthRandom.h"

#include "TestEnvironment.h"

#include <QFile>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::ErrorCode)

using namespace callout;

namespace {

// What came back on a connection: the status, headers (names lower-cased) and body.
struct HttpAnswer {
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    static HttpAnswer parse(const QByteArray &raw)
    {
        HttpAnswer answer;
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return answer;
        const QList<QByteArray> lines = raw.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
            return answer;
        answer.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                      lines.at(i).mid(colon + 1).trimmed());
        }
        answer.body = raw.mid(end + 4);
        return answer;
    }
};

// A browser's connection to the redirect listener: sends raw bytes, collects whatever comes back.
class BrowserConnection
{
public:
    explicit BrowserConnection(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        m_socket.waitForConnected(5000);
    }
    Q_DISABLE_COPY_MOVE(BrowserConnection)

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    QByteArray received()
    {
        m_received += m_socket.readAll();
        return m_received;
    }
    HttpAnswer answer() { return HttpAnswer::parse(received()); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// Every signal the listener can send about a callback.
struct CallbackSpies {
    explicit CallbackSpies(LoopbackListener *listener)
        : code(listener, &LoopbackListener::authorizationCodeReceived)
        , failed(listener, &LoopbackListener::authorizationFailed)
        , rejected(listener, &LoopbackListener::callbackRejected)
    { }
    QSignalSpy code;
    QSignalSpy failed;
    QSignalSpy rejected;

    Error failure(int i = 0) const { return failed.at(i).at(0).value<Error>(); }
};

QByteArray get(const QByteArray &target)
{
    return "GET " + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Mozilla/5.0 (test)\r\nAccept: text/html\r\n\r\n";
}

} // namespace

// Callout's loopback redirect listener (docs/security-checklist.md, A2, A5–A8), driven by real sockets.
class TestLoopbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void closeRefusesConnections();
    void pathMustMatchExactly_data();
    void pathMustMatchExactly();
    void onlyGetRequests_data();
    void onlyGetRequests();
    void headersInSeveralSegments_data();
    void headersInSeveralSegments();
    void oversizedHeaders_data();
    void oversizedHeaders();
    void wrongStateIsRejected_data();
    void wrongStateIsRejected();
    void errorCallbackNeedsTheState_data();
    void errorCallbackNeedsTheState();
    void stateIsSingleUse();
    void issuerCheck_data();
    void issuerCheck();
    void callbackWithoutCode();
    void codeIsDecodedExactly_data();
    void codeIsDecodedExactly();
    void browserWaitsForTheAnswer();
    void answerSurvivesClose();
    void secretsAreNotLogged();
    void pageIsEscapedAndSelfContained();

private:
    QByteArray callbackTarget(const QByteArray &query) const;
    HttpAnswer exchange(const QByteArray &request) const;

    std::unique_ptr<LoopbackListener> m_listener;
    quint16 m_port = 0;
    QByteArray m_state;
};

void TestLoopbackListener::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_listener = std::make_unique<LoopbackListener>();
    const Result<void> listening = m_listener->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error().message));
    m_port = quint16(QUrl(m_listener->redirectUri()).port());
    QVERIFY(m_port > 0);
    m_state = randomUrlSafeToken(32);
    m_listener->expect(QString::fromLatin1(m_state), {}, false);
}

void TestLoopbackListener::cleanup()
{
    m_listener.reset();
    // Answered connections are deleted once closed: let that happen before the next test.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QByteArray TestLoopbackListener::callbackTarget(const QByteArray &query) const
{
    return "/callback?" + query;
}

HttpAnswer TestLoopbackListener::exchange(const QByteArray &request) const
{
    BrowserConnection browser(m_port);
    browser.send(request);
    if (!QTest::qWaitFor([&browser] { return browser.isClosed(); }, 5000))
        return {}; // status 0: no complete answer
    return browser.answer();
}

void TestLoopbackListener::listensOnLoopbackOnly()
{
    const QUrl callback(m_listener->redirectUri());
    QCOMPARE(callback.scheme(), u"http"_s);
    QCOMPARE(callback.host(), u"127.0.0.1"_s); // RFC 8252 §7.3: the literal, not localhost
    QCOMPARE(callback.path(), u"/callback"_s);
    QVERIFY(callback.port() > 0);
    QVERIFY(m_listener->isListening());

    // An ephemeral port: another listener gets another one.
    LoopbackListener other;
    QVERIFY(other.listen().ok());
    const int otherPort = QUrl(other.redirectUri()).port();
    QVERIFY(otherPort > 0);
    QVERIFY(otherPort != callback.port());

    // Reachable on 127.0.0.1…
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    QVERIFY2(socket.waitForConnected(5000), qPrintable(socket.errorString()));

    // …and on no other address.
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket outside;
        outside.connectToHost(address, m_port);
        QVERIFY2(!outside.waitForConnected(3000), qPrintable(address.toString()));
    }

#ifdef Q_OS_LINUX
    // The kernel's view: every socket on the port is bound to 127.0.0.1, none on IPv6.
    const QByteArray portHex = QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
    auto socketsOnPort = [&portHex](const QString &table) {
        QFile file(table);
        QList<QList<QByteArray>> rows;
        if (!file.open(QIODevice::ReadOnly))
            return rows;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() > 3 && fields.at(1).endsWith(':' + portHex))
                rows.append(fields);
        }
        return rows;
    };
    const QList<QList<QByteArray>> ipv4 = socketsOnPort(u"/proc/net/tcp"_s);
    int listening = 0;
    for (const QList<QByteArray> &fields : ipv4) {
        QCOMPARE(fields.at(1), "0100007F:" + portHex); // local address 127.0.0.1
        if (fields.at(3) == "0A")                      // TCP_LISTEN
            ++listening;
    }
    QCOMPARE(listening, 1);
    for (const QList<QByteArray> &fields : socketsOnPort(u"/proc/net/tcp6"_s))
        QVERIFY2(fields.at(3) != "0A", fields.at(1).constData());
#endif
}

void TestLoopbackListener::closeRefusesConnections()
{
    // A browser that connected but never finished its request is cut off too.
    BrowserConnection pending(m_port);
    QVERIFY(pending.isConnected());
    pending.send("GET /callback?code=c&sta");

    m_listener->close();
    QVERIFY(!m_listener->isListening());
    QTRY_VERIFY(pending.isClosed());
    QVERIFY(pending.received().isEmpty());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    QVERIFY(!socket.waitForConnected(5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);

    m_listener->close(); // harmless a second time
    QVERIFY(!m_listener->isListening());

    // The next attempt listens again.
    QVERIFY(m_listener->listen().ok());
    QVERIFY(m_listener->isListening());
    QVERIFY(QUrl(m_listener->redirectUri()).port() > 0);
}

void TestLoopbackListener::pathMustMatchExactly_data()
{
    QTest::addColumn<QByteArray>("path");

    QTest::newRow("sub-path") << QByteArray("/callback/x");
    QTest::newRow("longer name") << QByteArray("/callbackx");
    QTest::newRow("root") << QByteArray("/");
    QTest::newRow("trailing slash") << QByteArray("/callback/");
    QTest::newRow("upper case") << QByteArray("/CALLBACK");
    QTest::newRow("prefix") << QByteArray("/call");
    QTest::newRow("other path") << QByteArray("/favicon.ico");
    QTest::newRow("dot segments") << QByteArray("/x/../callback");
    QTest::newRow("absolute form") << QByteArray("http://127.0.0.1/callback");
    QTest::newRow("asterisk") << QByteArray("*");
}

void TestLoopbackListener::pathMustMatchExactly()
{
    QFETCH(QByteArray, path);

    CallbackSpies spies(m_listener.get());
    const HttpAnswer answer = exchange(get(path + "?code=c-1&state=" + m_state));
    QCOMPARE(answer.status, 404);
    QCOMPARE(spies.code.count(), 0);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(spies.rejected.count(), 1);

    // The attempt is untouched: its real callback still works.
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("code=c-2&state=" + m_state)));
    QTRY_COMPARE(spies.code.count(), 1);
    QCOMPARE(spies.code.at(0).at(0).toString(), u"c-2"_s);
}

void TestLoopbackListener::onlyGetRequests_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QList<int>>("statuses");

    QTest::newRow("POST") << QByteArray("POST /callback?code=c&state={state} HTTP/1.1") << QList<int>{405};
    QTest::newRow("lower-case get") << QByteArray("get /callback?code=c&state={state} HTTP/1.1")
                                    << QList<int>{405, 400};
    QTest::newRow("HEAD") << QByteArray("HEAD /callback?code=c&state={state} HTTP/1.1") << QList<int>{405};
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS /callback?code=c&state={state} HTTP/1.1") << QList<int>{405};
    QTest::newRow("no HTTP version") << QByteArray("GET /callback?code=c&state={state}") << QList<int>{400};
    QTest::newRow("not HTTP") << QByteArray("GET /callback?code=c&state={state} SPDY/3") << QList<int>{400};
    QTest::newRow("two spaces") << QByteArray("GET  /callback?code=c&state={state} HTTP/1.1") << QList<int>{400};
    QTest::newRow("space in the target") << QByteArray("GET /callback?code=c d&state={state} HTTP/1.1")
                                         << QList<int>{400};
}

void TestLoopbackListener::onlyGetRequests()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(QList<int>, statuses);

    CallbackSpies spies(m_listener.get());
    const HttpAnswer answer
        = exchange(requestLine.replace("{state}", m_state) + "\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    QVERIFY2(statuses.contains(answer.status), QByteArray::number(answer.status).constData());
    QCOMPARE(spies.code.count(), 0);
    QCOMPARE(spies.failed.count(), 0);
}

void TestLoopbackListener::headersInSeveralSegments_data()
{
    QTest::addColumn<QByteArrayList>("segments");

    const QByteArray line = "GET /callback?code=seg-code&state={state} HTTP/1.1\r\n";
    const QByteArray headers = "Host: 127.0.0.1\r\nAccept: text/html\r\n\r\n";
    QTest::newRow("request line, then headers") << QByteArrayList{line, headers};
    QTest::newRow("inside the request line") << QByteArrayList{line.left(10), line.mid(10) + headers};
    QTest::newRow("inside the query") << QByteArrayList{line.left(25), line.mid(25) + headers};
    QTest::newRow("inside the blank line") << QByteArrayList{line + headers.chopped(2), headers.right(2)};
    QTest::newRow("first byte alone") << QByteArrayList{line.left(1), line.mid(1) + headers};
    QTest::newRow("four segments") << QByteArrayList{line.left(5), line.mid(5), headers.left(17), headers.mid(17)};
}

void TestLoopbackListener::headersInSeveralSegments()
{
    QFETCH(QByteArrayList, segments);

    CallbackSpies spies(m_listener.get());
    BrowserConnection browser(m_port);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        browser.send(QByteArray(segments.at(i)).replace("{state}", m_state));
        if (i + 1 < segments.size()) {
            QTest::qWait(100); // the listener sees this segment alone
            QCOMPARE(spies.code.count(), 0);
            QCOMPARE(spies.rejected.count(), 0);
            QVERIFY(browser.isConnected());
            QVERIFY(browser.received().isEmpty());
        }
    }
    QTRY_COMPARE(spies.code.count(), 1);
    QCOMPARE(spies.code.at(0).at(0).toString(), u"seg-code"_s);
    QCOMPARE(spies.rejected.count(), 0);
}

void TestLoopbackListener::oversizedHeaders_data()
{
    QTest::addColumn<int>("headerBytes");
    QTest::addColumn<bool>("complete"); // the blank line that ends the headers is sent
    QTest::addColumn<bool>("accepted");

    QTest::newRow("20 KiB, never ending") << 20 * 1024 << false << false;
    QTest::newRow("20 KiB, complete") << 20 * 1024 << true << false;
    QTest::newRow("17 KiB, complete") << 17 * 1024 << true << false;
    QTest::newRow("8 KiB of cookies, complete") << 8 * 1024 << true << true;
}

void TestLoopbackListener::oversizedHeaders()
{
    QFETCH(int, headerBytes);
    QFETCH(bool, complete);
    QFETCH(bool, accepted);

    CallbackSpies spies(m_listener.get());
    BrowserConnection browser(m_port);
    QByteArray request = "GET /callback?code=big&state=" + m_state
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + QByteArray(headerBytes, 'a') + "\r\n";
    if (complete)
        request += "\r\n";
    browser.send(request);
    if (accepted) {
        QTRY_COMPARE(spies.code.count(), 1);
        QCOMPARE(spies.code.at(0).at(0).toString(), u"big"_s);
        return;
    }
    QTRY_VERIFY(browser.isClosed());
    QCOMPARE(browser.answer().status, 431);
    QCOMPARE(spies.code.count(), 0);
}

void TestLoopbackListener::wrongStateIsRejected_data()
{
    QTest::addColumn<QString>("variant");

    QTest::newRow("another state") << u"other"_s;
    QTest::newRow("no state") << u"missing"_s;
    QTest::newRow("empty state") << u"empty"_s;
    QTest::newRow("prefix of the state") << u"prefix"_s;
    QTest::newRow("state plus a character") << u"suffix"_s;
    QTest::newRow("state in another case") << u"case"_s;
    QTest::newRow("no sign-in in progress") << u"none expected"_s;
}

void TestLoopbackListener::wrongStateIsRejected()
{
    QFETCH(QString, variant);

    QByteArray query = "code=stolen-code";
    if (variant == u"other"_s)
        query += "&state=" + randomUrlSafeToken(32);
    else if (variant == u"empty"_s)
        query += "&state=";
    else if (variant == u"prefix"_s)
        query += "&state=" + m_state.chopped(1);
    else if (variant == u"suffix"_s)
        query += "&state=" + m_state + 'A';
    else if (variant == u"case"_s)
        query += "&state=" + m_state.toUpper();
    else if (variant == u"none expected"_s) {
        m_listener->expect({}, {}, false);
        query += "&state="; // an empty expected state must not match an empty state
    }
    if (variant == u"case"_s && m_state.toUpper() == m_state)
        QSKIP("the random state has no lower-case letter");

    CallbackSpies spies(m_listener.get());
    test::expectRejectedRedirect(test::RejectedRedirect::WrongState);
    const HttpAnswer answer = exchange(get(callbackTarget(query)));
    // Answered at once with an error page; nothing reaches the flow.
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("<h1>"));
    QCOMPARE(spies.rejected.count(), 1);
    QCOMPARE(spies.code.count(), 0);
    QCOMPARE(spies.failed.count(), 0);

    if (variant == u"none expected"_s)
        return;
    // The rejected request did not use up the attempt.
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("code=real-code&state=" + m_state)));
    QTRY_COMPARE(spies.code.count(), 1);
    QCOMPARE(spies.code.at(0).at(0).toString(), u"real-code"_s);
}

void TestLoopbackListener::errorCallbackNeedsTheState_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("access_denied") << QByteArray("access_denied") << ErrorCode::AccessDenied;
    QTest::newRow("login_required") << QByteArray("login_required") << ErrorCode::SignInRequired;
    QTest::newRow("invalid_scope") << QByteArray("invalid_scope") << ErrorCode::ClientConfiguration;
    QTest::newRow("temporarily_unavailable") << QByteArray("temporarily_unavailable") << ErrorCode::ServerUnavailable;
}

void TestLoopbackListener::errorCallbackNeedsTheState()
{
    QFETCH(QByteArray, error);
    QFETCH(ErrorCode, code);

    CallbackSpies spies(m_listener.get());

    // Any web page can send the browser to the listener with error=…: without the attempt's state
    // it must not end the sign-in.
    // The first is logged, the second only counted (said when the listener closes).
    test::expectRejectedRedirect(test::RejectedRedirect::WrongState);
    QTest::ignoreMessage(QtWarningMsg, "ignored 1 more redirects whose state does not match the sign-in in progress");
    const HttpAnswer ignored = exchange(get(callbackTarget("error=" + error + "&state=" + randomUrlSafeToken(32))));
    QCOMPARE(ignored.status, 400);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(spies.rejected.count(), 1);
    const HttpAnswer noState = exchange(get(callbackTarget("error=" + error)));
    QCOMPARE(noState.status, 400);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(spies.rejected.count(), 2);

    // With the right state it ends the attempt, with the server's description.
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("error=" + error + "&error_description=The+user+said+no%21&state=" + m_state)));
    QTRY_COMPARE(spies.failed.count(), 1);
    QCOMPARE(errorCodeName(spies.failure().code), errorCodeName(code));
    QVERIFY2(spies.failure().message.contains(u"The user said no!"_s), qPrintable(spies.failure().message));
    QCOMPARE(spies.code.count(), 0);

    // The browser learns the outcome when the attempt says so.
    m_listener->answerBrowser(false, u"Sign-in did not complete"_s, u"Access was denied."_s);
    QTRY_VERIFY(browser.isClosed());
    const HttpAnswer answer = browser.answer();
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("Access was denied."));
    m_listener->close(); // says how many rejections it did not log
}

void TestLoopbackListener::stateIsSingleUse()
{
    CallbackSpies spies(m_listener.get());
    const QByteArray request = get(callbackTarget("code=once&state=" + m_state));

    BrowserConnection first(m_port);
    first.send(request);
    QTRY_COMPARE(spies.code.count(), 1);
    m_listener->answerBrowser(true, u"Signed in"_s, u"Done"_s);
    QTRY_VERIFY(first.isClosed());
    QCOMPARE(first.answer().status, 200);

    // The same callback again (a reload, a replay): refused, no second code.
    test::expectRejectedRedirect(test::RejectedRedirect::WrongState);
    const HttpAnswer replay = exchange(request);
    QCOMPARE(replay.status, 400);
    QCOMPARE(spies.rejected.count(), 1);
    QCOMPARE(spies.code.count(), 1);
    QCOMPARE(spies.failed.count(), 0);
}

void TestLoopbackListener::issuerCheck_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("issRequired");
    QTest::addColumn<QByteArray>("issParameter"); // empty: no iss in the callback
    QTest::addColumn<bool>("accepted");

    const QString issuer = u"https://as.example/realms/one"_s;
    const QByteArray encoded = "iss=https%3A%2F%2Fas.example%2Frealms%2Fone";
    QTest::newRow("matching iss") << issuer << false << encoded << true;
    QTest::newRow("matching iss, unencoded")
        << issuer << false << QByteArray("iss=https://as.example/realms/one") << true;
    QTest::newRow("matching iss, required") << issuer << true << encoded << true;
    QTest::newRow("foreign iss") << issuer << false << QByteArray("iss=https%3A%2F%2Fevil.example") << false;
    QTest::newRow("foreign iss, required") << issuer << true << QByteArray("iss=https%3A%2F%2Fevil.example") << false;
    QTest::newRow("iss with a trailing slash") << issuer << false << encoded + "%2F" << false;
    QTest::newRow("empty iss") << issuer << false << QByteArray("iss=") << false;
    QTest::newRow("missing iss, allowed") << issuer << false << QByteArray() << true;
    QTest::newRow("missing iss, required") << issuer << true << QByteArray() << false;
    QTest::newRow("no issuer configured") << QString() << false << QByteArray("iss=https%3A%2F%2Fany.example") << true;
}

void TestLoopbackListener::issuerCheck()
{
    QFETCH(QString, issuer);
    QFETCH(bool, issRequired);
    QFETCH(QByteArray, issParameter);
    QFETCH(bool, accepted);

    m_listener->expect(QString::fromLatin1(m_state), issuer, issRequired);
    CallbackSpies spies(m_listener.get());
    BrowserConnection browser(m_port);
    QByteArray query = "code=iss-code&state=" + m_state;
    if (!issParameter.isEmpty())
        query += '&' + issParameter;
    if (!accepted)
        test::expectRejectedRedirect(test::RejectedRedirect::WrongIss);
    browser.send(get(callbackTarget(query)));

    if (accepted) {
        QTRY_COMPARE(spies.code.count(), 1);
        QCOMPARE(spies.code.at(0).at(0).toString(), u"iss-code"_s);
        QCOMPARE(spies.failed.count(), 0);
        return;
    }
    // Refused before any code exchange: the code never reaches the flow.
    QTRY_COMPARE(spies.failed.count(), 1);
    QCOMPARE(errorCodeName(spies.failure().code), errorCodeName(ErrorCode::ProtocolError));
    QCOMPARE(spies.code.count(), 0);
}

void TestLoopbackListener::callbackWithoutCode()
{
    CallbackSpies spies(m_listener.get());
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("state=" + m_state)));
    QTRY_COMPARE(spies.failed.count(), 1);
    QCOMPARE(errorCodeName(spies.failure().code), errorCodeName(ErrorCode::ProtocolError));
    QCOMPARE(spies.code.count(), 0);
}

void TestLoopbackListener::codeIsDecodedExactly_data()
{
    QTest::addColumn<QByteArray>("sent"); // as it appears in the query
    QTest::addColumn<QString>("code");

    // Google-style codes: '/' and '+' encoded, and a literal "%2F" in the code itself.
    QTest::newRow("4/0A+b%2Fc") << QByteArray("4%2F0A%2Bb%252Fc") << u"4/0A+b%2Fc"_s;
    QTest::newRow("plain") << QByteArray("SplxlOBeZQQYbYS6WxSbIA") << u"SplxlOBeZQQYbYS6WxSbIA"_s;
    QTest::newRow("unencoded slash") << QByteArray("4/0A-b_c.d~e") << u"4/0A-b_c.d~e"_s;
    QTest::newRow("'+' is a space") << QByteArray("a+b") << u"a b"_s;
    QTest::newRow("encoded '='") << QByteArray("abc%3D%3D") << u"abc=="_s;
    QTest::newRow("encoded '&'") << QByteArray("a%26state%3Dx") << u"a&state=x"_s;
    QTest::newRow("UTF-8") << QByteArray("caf%C3%A9") << u"café"_s;
}

void TestLoopbackListener::codeIsDecodedExactly()
{
    QFETCH(QByteArray, sent);
    QFETCH(QString, code);

    CallbackSpies spies(m_listener.get());

    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("code=" + sent + "&state=" + m_state + "&scope=openid")));
    QTRY_COMPARE(spies.code.count(), 1);
    QCOMPARE(spies.code.at(0).at(0).toString(), code);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(spies.rejected.count(), 0);
}

void TestLoopbackListener::browserWaitsForTheAnswer()
{
    CallbackSpies spies(m_listener.get());
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("code=c-wait&state=" + m_state)));
    QTRY_COMPARE(spies.code.count(), 1);

    // A full exchange on another connection: the listener's event loop ran well past the
    // callback, and still the browser has no answer.
    QCOMPARE(exchange(get("/favicon.ico")).status, 404);
    QVERIFY(browser.isConnected());
    QVERIFY(browser.received().isEmpty());

    const QString heading = u"<script>alert(1)</script> signed in"_s;
    const QString message = u"Close this tab & go \"back\" to <b>Callout</b>"_s;
    m_listener->answerBrowser(true, heading, message);
    QTRY_VERIFY(browser.isClosed());
    const HttpAnswer answer = browser.answer();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(answer.headers.value("referrer-policy"), QByteArray("no-referrer"));
    QVERIFY(answer.headers.value("content-type").startsWith("text/html"));
    const QByteArray csp = answer.headers.value("content-security-policy");
    QVERIFY2(csp.contains("default-src 'none'"), csp.constData());
    QCOMPARE(answer.headers.value("content-length").toInt(), answer.body.size());

    QVERIFY2(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; signed in"), answer.body.constData());
    QVERIFY2(answer.body.contains("Close this tab &amp; go &quot;back&quot; to &lt;b&gt;Callout&lt;/b&gt;"),
             answer.body.constData());
    QVERIFY(!answer.body.contains("<script"));
    QVERIFY(!answer.body.contains("<b>"));

    // Answered once: a second answer finds no browser.
    m_listener->answerBrowser(false, u"again"_s, u"again"_s);
    QCOMPARE(spies.code.count(), 1);
}

void TestLoopbackListener::answerSurvivesClose()
{
    // The sign-in answers the browser, then closes the listener right away: the page still arrives
    // whole.
    CallbackSpies spies(m_listener.get());
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("code=c-close&state=" + m_state)));
    QTRY_COMPARE(spies.code.count(), 1);

    const QString message(4000, u'm');
    m_listener->answerBrowser(true, u"Signed in"_s, message);
    m_listener->close();
    QTRY_VERIFY(browser.isClosed());
    const HttpAnswer answer = browser.answer();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-length").toInt(), answer.body.size());
    QVERIFY(answer.body.contains(message.toLatin1()));
    QVERIFY(answer.body.endsWith("</html>"));
}

void TestLoopbackListener::secretsAreNotLogged()
{
    const QString code = u"SplxlOBeZQQYbYS6WxSbIA-code"_s;
    const callout::test::LogCapture capture;
    CallbackSpies spies(m_listener.get());
    {
        // A rejected callback logs a warning: not the state it carried, nor the expected one.
        const QByteArray otherState = randomUrlSafeToken(32);
        test::expectRejectedRedirect(test::RejectedRedirect::WrongState);

        QCOMPARE(exchange(get(callbackTarget("code=" + code.toLatin1() + "&state=" + otherState))).status, 400);
        QVERIFY(!capture.contains(QString::fromLatin1(otherState)));
    }
    BrowserConnection browser(m_port);
    browser.send(get(callbackTarget("code=" + code.toLatin1() + "&state=" + m_state)));
    QTRY_COMPARE(spies.code.count(), 1);
    m_listener->answerBrowser(true, u"Signed in"_s, u"Done"_s);
    QTRY_VERIFY(browser.isClosed());

    QVERIFY(!capture.lines().isEmpty()); // the capture works: the rejection was logged
    QVERIFY(!capture.contains(code));
    QVERIFY(!capture.contains(QString::fromLatin1(m_state)));
}

void TestLoopbackListener::pageIsEscapedAndSelfContained()
{
    const QByteArray page = LoopbackListener::page(400, u"<img src=x onerror=alert(1)>"_s,
                                                   u"' \" & <a href=\"https://evil.example\">x</a>"_s);
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY2(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page.constData());
    QVERIFY(page.contains("&quot; &amp; &lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;"));
    QVERIFY(!page.contains("<img"));
    QVERIFY(!page.contains("<a "));

    // Nothing is loaded from anywhere: no scripts, images, style sheets, fonts or links.
    const QByteArray plain = LoopbackListener::page(200, u"Signed in"_s, u"You can close this tab."_s);
    QVERIFY(plain.contains("Signed in"));
    QVERIFY(plain.contains("You can close this tab."));
    for (const char *external : {"src=", "href=", "http:", "https:", "url(", "@import", "<script", "<link", "<iframe"})
        QVERIFY2(!plain.toLower().contains(external), external);
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
