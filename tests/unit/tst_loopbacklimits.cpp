// What any local user can do to the loopback redirect listener while a sign-in waits: open
// connections by the hundred, hold them idle, send forged redirects over and over. None of it may
// exhaust the agent's descriptors, lock out the browser or flood the log (security review, issue 11).
#include "callout/oauth/LoopbackListener.h"
#include "callout/oauth/OAuthRandom.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;

namespace {

// A browser's (or an attacker's) connection to the listener.
class Client
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        // During a flood the kernel's accept queue can be full: a SYN is then dropped and sent again
        // after 1, 3 and 7 s, as a real browser's would be.
        m_socket.waitForConnected(15000);
    }
    Q_DISABLE_COPY_MOVE(Client)

    void get(const QByteArray &target)
    {
        m_socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        m_socket.flush();
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    QByteArray statusLine()
    {
        m_received += m_socket.readAll();
        return m_received.left(m_received.indexOf("\r\n"));
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// The descriptors this process has open now.
int openDescriptors()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}

} // namespace

class TestLoopbackLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void oldestIdleConnectionGivesWay_data();
    void oldestIdleConnectionGivesWay();
    void browserWaitingForItsAnswerIsNeverDropped();
    void idleConnectionsAreClosed();
    void floodDuringSignInStillCompletes();
    void forgedRedirectsAreLoggedOnce();

private:
    void startListener(const LoopbackLimits &limits);
    QByteArray callback(const QByteArray &code) const { return "/callback?code=" + code + "&state=" + m_state; }

    std::unique_ptr<LoopbackListener> m_listener;
    quint16 m_port = 0;
    QByteArray m_state;
};

void TestLoopbackLimits::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_state = randomUrlSafeToken(32);
}

void TestLoopbackLimits::cleanup()
{
    m_listener.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestLoopbackLimits::startListener(const LoopbackLimits &limits)
{
    m_listener = std::make_unique<LoopbackListener>(limits);
    const Result<void> listening = m_listener->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error().message));
    m_port = quint16(QUrl(m_listener->redirectUri()).port());
    m_listener->expect(QString::fromLatin1(m_state), {}, false);
}

void TestLoopbackLimits::oldestIdleConnectionGivesWay_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("connections");
    QTest::newRow("cap 4, 5 connections") << 4 << 5;
    QTest::newRow("cap 4, 12 connections") << 4 << 12;
    QTest::newRow("default cap 16, 17 connections") << LoopbackLimits{}.maxConnections << 17;
}

void TestLoopbackLimits::oldestIdleConnectionGivesWay()
{
    QFETCH(int, cap);
    QFETCH(int, connections);
    startListener({cap, 30s, 30s});
    QSignalSpy code(m_listener.get(), &LoopbackListener::authorizationCodeReceived);

    std::vector<std::unique_ptr<Client>> idle;
    for (int i = 0; i < connections; ++i)
        idle.push_back(std::make_unique<Client>(m_port));
    QTRY_VERIFY(idle.front()->isClosed()); // the oldest went first
    QTRY_COMPARE(m_listener->connectionCount(), cap);
    QVERIFY(idle.back()->isConnected()); // the newest stayed

    // One more: the browser, with the callback. It is served.
    Client browser(m_port);
    browser.get(callback("after-the-flood"));
    QTRY_COMPARE(code.count(), 1);
    QCOMPARE(code.at(0).at(0).toString(), u"after-the-flood"_s);
    QVERIFY(m_listener->connectionCount() <= cap);
}

void TestLoopbackLimits::browserWaitingForItsAnswerIsNeverDropped()
{
    startListener({2, 30s, 30s});
    QSignalSpy code(m_listener.get(), &LoopbackListener::authorizationCodeReceived);
    Client browser(m_port);
    browser.get(callback("c"));
    QTRY_COMPARE(code.count(), 1);

    std::vector<std::unique_ptr<Client>> idle;
    for (int i = 0; i < 6; ++i)
        idle.push_back(std::make_unique<Client>(m_port));
    QTRY_VERIFY(idle.front()->isClosed());
    QTRY_COMPARE(m_listener->connectionCount(), 2);
    QVERIFY(browser.isConnected());

    m_listener->answerBrowser(true, u"Signed in"_s, u"Done"_s);
    QTRY_VERIFY(browser.isClosed());
    QCOMPARE(browser.statusLine(), QByteArray("HTTP/1.1 200 OK"));
}

void TestLoopbackLimits::idleConnectionsAreClosed()
{
    startListener({16, 300ms, 30s});
    QSignalSpy code(m_listener.get(), &LoopbackListener::authorizationCodeReceived);
    Client idle(m_port);
    Client browser(m_port);
    browser.get(callback("slow-exchange"));
    QTRY_COMPARE(code.count(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(idle.isClosed(), 3000);
    QCOMPARE(m_listener->connectionCount(), 1);
    QTest::qWait(500); // the browser waits for the code exchange as long as it takes
    QVERIFY(browser.isConnected());
    QVERIFY(browser.statusLine().isEmpty());
}

// The finding as reported: ~1,000 connections held by another local user while a sign-in waits.
// The process may have only a few descriptors to spare, as an agent would after the flood.
void TestLoopbackLimits::floodDuringSignInStillCompletes()
{
    if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
        QSKIP("bash is needed for the flood (its /dev/tcp)");
    startListener({});
    QSignalSpy code(m_listener.get(), &LoopbackListener::authorizationCodeReceived);

    // Another process floods: 400 connections held open, then 1,000 more while the browser comes.
    QProcess flood;
    flood.start(u"bash"_s, {u"-c"_s, uR"(ulimit -n 4096 || exit 2
        for i in $(seq 400); do exec {fd}<>/dev/tcp/127.0.0.1/%1 || exit 1; done
        echo ready
        for i in $(seq 1000); do exec {fd}<>/dev/tcp/127.0.0.1/%1 || exit 1; done
        echo done
        sleep 60)"_s.arg(m_port)});
    QVERIFY(flood.waitForStarted(10000));
    auto stopFlood = qScopeGuard([&flood] {
        flood.kill();
        flood.waitForFinished(5000);
    });

    // From now on this process has 64 descriptors to spare.
    struct rlimit before = {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &before), 0);
    struct rlimit tight = before;
    tight.rlim_cur = rlim_t(openDescriptors() + 64);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &tight), 0);
    auto restoreLimit = qScopeGuard([&before] { ::setrlimit(RLIMIT_NOFILE, &before); });

    QByteArray floodOutput;
    QTRY_VERIFY2_WITH_TIMEOUT((floodOutput += flood.readAllStandardOutput()).contains("ready")
                                  || flood.state() != QProcess::Running,
                              flood.readAllStandardError().constData(), 90000);
    QVERIFY2(flood.state() == QProcess::Running, flood.readAllStandardError().constData());

    Client browser(m_port);
    QVERIFY(browser.isConnected());
    browser.get(callback("flooded"));
    QTRY_COMPARE_WITH_TIMEOUT(code.count(), 1, 60000);
    QCOMPARE(code.at(0).at(0).toString(), u"flooded"_s);
    QVERIFY(m_listener->connectionCount() <= LoopbackLimits{}.maxConnections);
    m_listener->answerBrowser(true, u"Signed in"_s, u"Done"_s);
    QTRY_VERIFY(browser.isClosed());
    QCOMPARE(browser.statusLine(), QByteArray("HTTP/1.1 200 OK"));
}

// Any web page can send the browser to the listener with a forged state, as often as it likes.
void TestLoopbackLimits::forgedRedirectsAreLoggedOnce()
{
    startListener({});
    const test::LogCapture capture;
    QSignalSpy rejected(m_listener.get(), &LoopbackListener::callbackRejected);
    test::expectRejectedRedirect(test::RejectedRedirect::WrongState);
    constexpr int Forged = 200;
    for (int i = 0; i < Forged; ++i) {
        Client page(m_port);
        page.get("/callback?error=access_denied&state=forged-" + QByteArray::number(i));
        QTRY_VERIFY(page.isClosed());
        QCOMPARE(page.statusLine(), QByteArray("HTTP/1.1 400 Bad Request"));
    }
    QCOMPARE(rejected.count(), Forged);

    // The rest is counted, and said once when the attempt ends.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^ignored %1 more redirects whose state"_s.arg(Forged - 1)));
    m_listener->close();
    const QStringList lines = capture.lines().filter(u"redirect"_s);
    QVERIFY2(lines.size() == 2, qPrintable(lines.mid(0, 5).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLoopbackLimits)
#include "tst_loopbacklimits.moc"
