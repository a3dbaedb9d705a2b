// An agent killed while a sign-in waits for the browser: the next agent comes back to what the
// stored tokens say, never to a credential stuck in "signing-in" (docs/security-checklist.md, D3).
// The real `callout --headless`, calloutctl, the OAuth server of tests/server and the keychain.
// The same rules without processes: tests/unit/tst_pendingsignin.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
using Run = callout::test::CtlRun;
namespace test = callout::test;

class TestInterruptedSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void killedMidSignInLeavesTheCredentialUsable_data();
    void killedMidSignInLeavesTheCredentialUsable();

private:
    QString status();
    QByteArray token(int expectedExit);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
};

void TestInterruptedSignIn::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestInterruptedSignIn::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
}

void TestInterruptedSignIn::cleanup()
{
    m_agent.reset();
}

void TestInterruptedSignIn::cleanupTestCase()
{
    m_server.reset();
}

QString TestInterruptedSignIn::status()
{
    const Run run = m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s, u"--no-start"_s});
    return QJsonDocument::fromJson(run.out).object().value(u"status"_s).toString();
}

// What `calloutctl token` printed, without the newline; a test failure when it exits otherwise.
QByteArray TestInterruptedSignIn::token(int expectedExit)
{
    const Run run = m_agent->ctl({u"token"_s, u"PublicApi"_s, u"--no-start"_s});
    [&] { QVERIFY2(run.exitCode == expectedExit, qPrintable(run.describe(expectedExit))); }();
    return run.out.trimmed();
}

void TestInterruptedSignIn::killedMidSignInLeavesTheCredentialUsable_data()
{
    QTest::addColumn<bool>("signedInBefore");
    QTest::newRow("re-authentication") << true;
    QTest::newRow("first sign-in") << false;
}

void TestInterruptedSignIn::killedMidSignInLeavesTheCredentialUsable()
{
    QFETCH(bool, signedInBefore);
    const QByteArray document = test::ServerImport(*m_server)
                                    .provider(u"Public"_s, u"public-client"_s)
                                    .credential(u"PublicApi"_s, u"Public"_s, u"Public API"_s)
                                    .toJson();
    if (!m_agent->start("normal") || !m_agent->import(document))
        return;
    QByteArray before;
    if (signedInBefore) {
        const Run login = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe(0)));
        before = token(0);
        QVERIFY(!before.isEmpty());
    }

    // Sign in again; the user is still at the browser when the agent is killed.
    m_agent->stop();
    if (!m_agent->start("none"))
        return;
    QProcess login;
    login.setProcessEnvironment(m_agent->environment());
    login.start(AgentProcess::calloutctlBin(), {u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s});
    QVERIFY(login.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(status(), u"signing-in"_s, 20000);
    QCOMPARE(::kill(pid_t(m_agent->process()->processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_agent->process()->state(), QProcess::NotRunning, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(login.state(), QProcess::NotRunning, 20000);
    QVERIFY(login.exitCode() != 0); // its agent is gone

    if (!m_agent->start("normal"))
        return;
    if (signedInBefore) {
        QCOMPARE(status(), u"signed-in"_s);
        const QByteArray after = token(0);
        QCOMPARE(after, before); // still valid: handed out as it is
        QCOMPARE(
            m_server->request("GET", m_server->url(u"/api/me"_s), {}, {{"Authorization", "Bearer " + after}}).status,
            200);
    } else {
        QCOMPARE(status(), u"signed-out"_s);
        token(3);
    }
    const Run again = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe(0)));
    QVERIFY(!token(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestInterruptedSignIn)
#include "tst_interruptedsignin.moc"
