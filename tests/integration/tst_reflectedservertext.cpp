// Finding 7 (issue 11): text a server controls (a forged `iss`, a user name) is sanitised where it
// enters the agent, and calloutctl never prints a terminal control sequence, whatever the agent
// sends. The real agent, calloutctl, test OAuth server and scripted browser.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
using Run = callout::test::CtlRun;
namespace test = callout::test;

namespace {

// An OSC sequence that retitles the terminal, then an SGR colour and a carriage return.
const QByteArray Hostile = "\x1b]0;pwned\x07\x1b[31m<b>x</b>\r";

// The first control character a terminal would act on (anything below 0x20 but \n and \t, DEL, C1).
QString firstControl(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            return u"U+%1 in: %2"_s.arg(uint(u), 4, 16, QChar(u'0')).arg(text);
    }
    return {};
}

} // namespace

class TestReflectedServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void forgedIssNeverReachesTheTerminalRaw();
    void hostileUserNameIsSanitizedWhereItEnters();
    void calloutctlStripsControlCharacters();

private:
    bool startAgent(const QByteArray &browserMode, const QString &label = u"Public API"_s);
    // Every way calloutctl shows a credential: status, status --json, list, list --json.
    void checkEveryOutputOf(const QString &name);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
};

void TestReflectedServerText::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestReflectedServerText::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_server->clearFaults());
}

void TestReflectedServerText::cleanup()
{
    m_agent.reset();
    qunsetenv("CALLOUT_BROWSER_ISS");
    qunsetenv("CALLOUT_BROWSER_USER");
}

void TestReflectedServerText::cleanupTestCase()
{
    m_server.reset();
}

bool TestReflectedServerText::startAgent(const QByteArray &browserMode, const QString &label)
{
    m_agent = std::make_unique<AgentProcess>(); // takes the environment as it is now
    CHECK_OR_RETURN_FALSE(m_agent->isValid(), "no folders for the agent");
    CHECK_OR_RETURN_FALSE(m_agent->start(browserMode), "the agent did not start");
    return m_agent->import(test::ServerImport(*m_server)
                               .provider(u"Public"_s, u"public-client"_s)
                               .credential(u"PublicApi"_s, u"Public"_s, label)
                               .toJson());
}

void TestReflectedServerText::checkEveryOutputOf(const QString &name)
{
    for (const QStringList &args : {QStringList{u"status"_s, name}, QStringList{u"status"_s, name, u"--json"_s},
                                    QStringList{u"list"_s}, QStringList{u"list"_s, u"--json"_s}}) {
        const Run run = m_agent->ctl(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe(0)));
        QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(args.join(u' ') + u": "_s + firstControl(run.out)));
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(args.join(u' ') + u": "_s + firstControl(run.err)));
    }
}

void TestReflectedServerText::forgedIssNeverReachesTheTerminalRaw()
{
    qputenv("CALLOUT_BROWSER_ISS", "http://evil.example/" + Hostile);
    if (!startAgent("forge-iss"))
        return;
    const Run login = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    QVERIFY2(login.exitCode != 0 && login.exitCode > 0, qPrintable(login.describe(1)));
    QVERIFY2(login.err.contains("iss"), login.err.constData());
    QVERIFY2(login.err.contains("evil.example"), login.err.constData()); // shown, made harmless
    QVERIFY2(firstControl(login.outAndErr()).isEmpty(), qPrintable(firstControl(login.outAndErr())));
    QVERIFY(m_server->requestLog(u"token"_s).isEmpty()); // refused before any code exchange

    // The agent stored the reason already sanitised: no control character in the record either.
    const QJsonObject record
        = QJsonDocument::fromJson(m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s}).out).object();
    const QString reason = record.value(u"lastError"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(reason.contains(u"evil.example"_s), qPrintable(reason));
    QVERIFY2(firstControl(reason.toUtf8()).isEmpty(), qPrintable(firstControl(reason.toUtf8())));
    checkEveryOutputOf(u"PublicApi"_s);
}

void TestReflectedServerText::hostileUserNameIsSanitizedWhereItEnters()
{
    qputenv("CALLOUT_BROWSER_USER", "mallory" + Hostile); // becomes sub, preferred_username and email
    if (!startAgent("normal"))
        return;
    const Run login = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe(0)));
    const QJsonObject record
        = QJsonDocument::fromJson(m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s}).out).object();
    const QString user = record.value(u"user"_s).toString();
    QVERIFY2(user.startsWith(u"mallory"_s), qPrintable(user));
    QVERIFY2(firstControl(user.toUtf8()).isEmpty(), qPrintable(firstControl(user.toUtf8())));
    checkEveryOutputOf(u"PublicApi"_s);
}

// Text that is not the server's (a label in callout.json) can hold control characters too: the
// command line removes them from whatever it prints.
void TestReflectedServerText::calloutctlStripsControlCharacters()
{
    if (!startAgent("normal", u"Public"_s + QString::fromUtf8(Hostile) + u"\u009b2J API"_s))
        return;
    const Run status = m_agent->ctl({u"status"_s, u"PublicApi"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe(0)));
    QVERIFY2(status.out.contains("Public]0;pwned[31m<b>x</b>2J API"), status.out.constData());
    checkEveryOutputOf(u"PublicApi"_s);
}

QTEST_GUILESS_MAIN(TestReflectedServerText)
#include "tst_reflectedservertext.moc"
