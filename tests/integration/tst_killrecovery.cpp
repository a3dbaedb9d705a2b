// docs/security-checklist.md D3 (issue 11): `kill -9` of the agent at any point of a refresh with
// rotation or of a sign-in leaves every credential usable (`token` works) or explicitly in need of
// the user (`sign-in-required` / `signed-out`), and never a half-written or stray file. The real
// agent, calloutctl, keychain, test OAuth server (rotating refresh tokens) and scripted browser.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;
using Run = callout::test::CtlRun;
namespace test = callout::test;

namespace {

// Bounded, so that the suite stays quick: as many kills as fit, at least MinIterations.
constexpr int MaxIterations = 30;
constexpr int MinIterations = 8;
constexpr qint64 BudgetMs = 45'000;

enum class Interrupted { Refresh, SignIn };

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedAgentLeavesUsableOrExplicitCredentials();

private:
    bool restartAgent();
    bool signInCleanly();
    // Starts calloutctl with `args` (never starting an agent itself) and SIGKILLs the agent after
    // `killAfterMs`; returns once calloutctl has ended.
    void killDuring(const QStringList &args, const QByteArray &input, int killAfterMs);
    bool filesAreWhole();
    // After a restart: `token` works, or the credential says it needs the user. Returns whether it is signed in.
    bool credentialIsUsableOrExplicit(bool *signedIn);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
    QString m_lastToken;
};

void TestKillRecovery::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    TestServer::Options options;
    options.rotateRefreshTokens = true;
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
}

void TestKillRecovery::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
}

void TestKillRecovery::cleanup()
{
    m_agent.reset();
    m_server.reset();
}

bool TestKillRecovery::restartAgent()
{
    m_agent->stop(); // reaps the killed one
    return m_agent->start("normal");
}

bool TestKillRecovery::signInCleanly()
{
    const Run run = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s, u"--no-start"_s}, {}, 90000);
    CHECK_OR_RETURN_FALSE(run.exitCode == 0, qPrintable(run.describe(0)));
    const Run token = m_agent->ctl({u"token"_s, u"PublicApi"_s, u"--no-start"_s});
    CHECK_OR_RETURN_FALSE(token.exitCode == 0, qPrintable(token.describe(0)));
    m_lastToken = QString::fromUtf8(token.out.trimmed());
    return true;
}

void TestKillRecovery::killDuring(const QStringList &args, const QByteArray &input, int killAfterMs)
{
    QProcess ctl;
    ctl.setProcessEnvironment(m_agent->environment());
    ctl.start(AgentProcess::calloutctlBin(), args + QStringList{u"--no-start"_s});
    QVERIFY(ctl.waitForStarted(10000));
    ctl.write(input);
    ctl.closeWriteChannel();
    QTest::qWait(killAfterMs);
    const qint64 pid = m_agent->process()->processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    if (!ctl.waitForFinished(20000))
        ctl.kill();
    ctl.waitForFinished(5000);
}

bool TestKillRecovery::filesAreWhole()
{
    const QList<std::pair<QString, QString>> expected{{m_agent->configDir() + u"/callout"_s, u"callout.json"_s},
                                                      {m_agent->dataDir() + u"/callout"_s, u"state.json"_s}};
    for (const auto &[dir, name] : expected) {
        // No temporary file left behind, and nothing moved aside as corrupt: only the file itself.
        const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        CHECK_OR_RETURN_FALSE(entries == QStringList{name}, qPrintable(dir + u": "_s + entries.join(u", "_s)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(test::readFile(dir + u'/' + name), &error);
        CHECK_OR_RETURN_FALSE(error.error == QJsonParseError::NoError && document.isObject(),
                              qPrintable(name + u": "_s + error.errorString()));
    }
    return true;
}

bool TestKillRecovery::credentialIsUsableOrExplicit(bool *signedIn)
{
    const Run status = m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s, u"--no-start"_s});
    CHECK_OR_RETURN_FALSE(status.exitCode == 0, qPrintable(status.describe(0)));
    const QString state = QJsonDocument::fromJson(status.out).object().value(u"status"_s).toString();
    const Run token = m_agent->ctl({u"token"_s, u"PublicApi"_s, u"--no-start"_s});
    if (token.exitCode == 0) {
        const QByteArray accessToken = token.out.trimmed();
        const int api
            = m_server->request("GET", m_server->url(u"/api/me"_s), {}, {{"Authorization", "Bearer " + accessToken}})
                  .status;
        CHECK_OR_RETURN_FALSE(api == 200, qPrintable(u"a token the API refuses (%1), status %2"_s.arg(api).arg(state)));
        m_lastToken = QString::fromUtf8(accessToken);
        *signedIn = true;
        return true;
    }
    // Not usable: then it must say so (exit 3), and its status must ask for the user.
    CHECK_OR_RETURN_FALSE(token.exitCode == 3, qPrintable(token.describe(3) + u"\nstatus: "_s + state));
    const Run after = m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s, u"--no-start"_s});
    const QString explicitState = QJsonDocument::fromJson(after.out).object().value(u"status"_s).toString();
    CHECK_OR_RETURN_FALSE(explicitState == u"sign-in-required"_s || explicitState == u"signed-out"_s,
                          qPrintable(u"status after a kill: %1 (before token: %2)"_s.arg(explicitState, state)));
    *signedIn = false;
    return true;
}

void TestKillRecovery::killedAgentLeavesUsableOrExplicitCredentials()
{
    const quint32 seed = qEnvironmentVariableIsSet("CALLOUT_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("CALLOUT_KILL_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo("CALLOUT_KILL_SEED=%u", seed); // to replay a failure
    QRandomGenerator random(seed);

    QVERIFY(m_agent->start("normal"));
    if (!m_agent->import(test::ServerImport(*m_server)
                             .provider(u"Public"_s, u"public-client"_s)
                             .credential(u"PublicApi"_s, u"Public"_s)
                             .toJson()))
        return;
    QVERIFY(signInCleanly());

    QElapsedTimer elapsed;
    elapsed.start();
    int iterations = 0;
    int refreshKills = 0;
    int signInKills = 0;
    bool signedIn = true;
    for (; iterations < MaxIterations && (elapsed.elapsed() < BudgetMs || iterations < MinIterations); ++iterations) {
        // Mostly refreshes; every third round, and whenever there is nothing to refresh, a sign-in.
        const Interrupted what = signedIn && iterations % 3 != 2 ? Interrupted::Refresh : Interrupted::SignIn;
        if (what == Interrupted::Refresh) {
            // The token is refused: the agent refreshes (rotating the refresh token) while it dies.
            killDuring({u"report-expired"_s, u"PublicApi"_s}, m_lastToken.toUtf8() + '\n', int(random.bounded(600)));
            ++refreshKills;
        } else {
            killDuring({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, int(random.bounded(3000)));
            ++signInKills;
        }
        if (QTest::currentTestFailed())
            return;
        const QString context = u"iteration %1 (seed %2)"_s.arg(iterations).arg(seed);
        QVERIFY2(filesAreWhole(), qPrintable(context));
        QVERIFY2(restartAgent(), qPrintable(context));
        QVERIFY2(filesAreWhole(), qPrintable(context));
        QVERIFY2(credentialIsUsableOrExplicit(&signedIn), qPrintable(context));
        if (!signedIn && random.bounded(2) == 0) { // else the next round kills a sign-in from there
            QVERIFY2(signInCleanly(), qPrintable(context));
            signedIn = true;
        }
    }
    qInfo("%d kills (%d during refreshes, %d during sign-ins) in %lld ms", iterations, refreshKills, signInKills,
          elapsed.elapsed());
    QVERIFY(iterations >= MinIterations);
    QVERIFY(refreshKills > 0);
    QVERIFY(signInKills > 0);
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
