// The "done when", end to end: a call that meets an ended session completes by itself after
// one click on Re-authenticate. The agent's object graph as main() builds it (core, local API on its
// socket, tray, prompt), the real calloutctl, the real OAuth server and the scripted browser; under
// Xvfb (tests/run.sh).
#include "AgentProcess.h"
#include "ManualClock.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"
#include "callout/agent/CalloutCore.h"
#include "callout/agent/LocalApiServer.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/session/AttentionTracker.h"
#include "callout/store/KeychainSecretStore.h"
#include "gui/ReauthPrompt.h"
#include "gui/ReauthPromptRow.h"
#include "gui/SignInPrompter.h"
#include "gui/TrayController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

using namespace callout;
using test::TestServer;

class TestWaitingCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void waitingCallCompletesAfterOneClick();
    void waitRunsOutWithoutAClick();

private:
    void signInAndEndTheSession();
    // `calloutctl call … --wait SECONDS callout:Api/echo` against this agent; it runs while the
    // test's event loop serves it (never waitForFinished: the agent is this process).
    void startCall(QProcess &process, const QByteArray &body, int waitSeconds);
    bool waitsForTheUser(QProcess &process, QByteArray &err);
    ReauthPromptRow *row() const { return m_prompt->row(id()); }
    QPushButton *reauthButton() const;
    void screenshot(const QString &name);
    QString id() const { return m_core->catalog.configuration().credentialByName(u"Api"_s)->id; }
    AuthStatus status() const { return m_core->catalog.externalAuthentication(id()).status; }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtime; // calloutctl's XDG_RUNTIME_DIR: where it finds this agent
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<KeychainSecretStore> m_secrets;
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<CalloutCore> m_core;
    std::unique_ptr<LocalApiServer> m_api;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<AttentionTracker> m_tracker;
    std::unique_ptr<ReauthPrompt> m_prompt;
    std::unique_ptr<SignInPrompter> m_prompter;
};

void TestWaitingCall::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed");
    QVERIFY2(QFileInfo(test::AgentProcess::calloutctlBin()).isExecutable(),
             qPrintable(test::AgentProcess::calloutctlBin()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // xdg-open takes the $BROWSER path only outside a desktop: hide the display from it alone.
    qputenv("BROWSER", (u"env -u DISPLAY "_s + TestServer::browserScript()).toUtf8());
    qputenv("CALLOUT_BROWSER_MODE", "normal");
    m_dir = std::make_unique<QTemporaryDir>();
    m_runtime = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<KeychainSecretStore>(u"callout-test-"_s
                                                      + QString::number(QRandomGenerator::system()->generate(), 16));
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           *m_secrets, m_browser, m_clock);
    QVERIFY(m_core->load().isEmpty());
    m_api = std::make_unique<LocalApiServer>(m_core->api);
    const Result<void> listening = m_api->listen(m_runtime->filePath(u"callout/agent.sock"_s));
    QVERIFY2(listening.ok(), qPrintable(test::failureOf(listening)));

    // As main()'s runDesktop wires them, without notifications: the prompt is the way in.
    m_tray = std::make_unique<TrayController>(m_core->catalog);
    m_tray->show();
    m_tracker = std::make_unique<AttentionTracker>(m_core->catalog, m_clock);
    m_tracker->setOnlineCheck([] { return true; });
    m_prompt = std::make_unique<ReauthPrompt>(m_core->catalog);
    m_prompter = std::make_unique<SignInPrompter>(m_core->catalog, *m_tracker, m_core->signIn, m_core->signOut,
                                                  *m_prompt, nullptr, m_tray.get());
    m_prompter->followWaitingCalls(m_core->calls);
}

void TestWaitingCall::cleanup()
{
    if (m_core && m_core->catalog.configuration().credentialByName(u"Api"_s)) {
        bool removed = false;
        m_core->catalog.removeCredential(u"Api"_s, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }
    m_prompter.reset();
    m_prompt.reset();
    m_tracker.reset();
    m_tray.reset();
    m_api.reset();
    m_core.reset();
    m_secrets.reset();
    m_runtime.reset();
    m_dir.reset();
    m_server.stop();
}

// Signed in, then the service forgets every grant: the access token Callout holds (still fresh by
// its clock) is refused by the API, and the refresh token gets invalid_grant. Only a call finds out.
void TestWaitingCall::signInAndEndTheSession()
{
    test::ServerImport document(m_server);
    document.provider(u"Demo"_s, u"public-client"_s).credential(u"Api"_s, u"Demo"_s, u"Demo API"_s);
    if (!document.importInto(m_core->catalog))
        return;
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(id());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(status(), AuthStatus::SignedIn);
    QVERIFY(m_server.restart());
    QVERIFY(m_server.clearRequestLog());
    QCOMPARE(status(), AuthStatus::SignedIn); // nobody knows yet
    QVERIFY(!m_prompt->isVisible());
}

void TestWaitingCall::startCall(QProcess &process, const QByteArray &body, int waitSeconds)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime->path());
    process.setProcessEnvironment(env);
    process.start(test::AgentProcess::calloutctlBin(),
                  {u"call"_s, u"--no-start"_s, u"-X"_s, u"POST"_s, u"-d"_s, QString::fromUtf8(body), u"--wait"_s,
                   QString::number(waitSeconds), u"callout:Api/echo"_s});
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
}

// The call met the ended session and now waits: calloutctl says so, and the prompt's row says a
// call is waiting.
bool TestWaitingCall::waitsForTheUser(QProcess &process, QByteArray &err)
{
    std::ignore = QTest::qWaitFor(
        [&] {
            return (err += process.readAllStandardError()).contains("Waiting up to")
                || process.state() == QProcess::NotRunning;
        },
        30000);
    CHECK_OR_RETURN_FALSE(process.state() == QProcess::Running,
                          qPrintable(u"calloutctl exited %1: %2"_s.arg(process.exitCode())
                                         .arg(QString::fromUtf8(err + process.readAllStandardError()))));
    CHECK_OR_RETURN_FALSE(err.contains("Waiting up to"), err.constData());
    CHECK_OR_RETURN_FALSE(
        QTest::qWaitFor([this] { return m_prompt->isVisible() && row() && row()->waitingCalls() == 1; }, 10000),
        "the prompt does not show the waiting call");
    CHECK_OR_RETURN_FALSE(row()->waitingCallsText().startsWith(u"A call is waiting"_s),
                          qPrintable(row()->waitingCallsText()));
    CHECK_OR_RETURN_FALSE(row()->state() == ReauthPromptRow::State::NeedsUser,
                          "the row does not offer Re-authenticate");
    CHECK_OR_RETURN_FALSE(status() == AuthStatus::SignInRequired, "the credential is not marked sign-in-required");
    return true;
}

QPushButton *TestWaitingCall::reauthButton() const
{
    QWidget *r = m_prompt->findChild<QWidget *>(u"row-Api"_s);
    return r ? r->findChild<QPushButton *>(u"reauthenticateButton"_s) : nullptr;
}

void TestWaitingCall::screenshot(const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty() || !QTest::qWaitForWindowExposed(m_prompt.get()))
        return;
    QTest::qWait(200); // let the window manager-less X server paint it
    QDir().mkpath(artifacts);
    QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u'/' + name));
}

void TestWaitingCall::waitingCallCompletesAfterOneClick()
{
    signInAndEndTheSession();
    if (QTest::currentTestFailed())
        return;

    // Bytes a shell would mangle if they were lost or re-encoded on the way.
    const QByteArray body = "the user's work: {\"n\": 42, \"text\": \"grüße & ç\"}";
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^token request failed: \"sign-in-required\""_s));
    QProcess call;
    const auto stop = qScopeGuard([&call] { // a failed test leaves no calloutctl behind
        call.kill();
        call.waitForFinished(5000);
    });
    startCall(call, body, 120);
    QByteArray err;
    QVERIFY(waitsForTheUser(call, err));
    screenshot(u"waiting-call-prompt.png"_s);
    QCOMPARE(call.state(), QProcess::Running);

    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    QTest::mouseClick(reauthButton(), Qt::LeftButton); // the one click
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::None);

    // The call goes on by itself.
    QTRY_COMPARE_WITH_TIMEOUT(call.state(), QProcess::NotRunning, 30000);
    err += call.readAllStandardError();
    const QByteArray out = call.readAllStandardOutput();
    QVERIFY2(call.exitStatus() == QProcess::NormalExit && call.exitCode() == 0,
             qPrintable(u"exit %1\nstdout: %2\nstderr: %3"_s.arg(call.exitCode())
                            .arg(QString::fromUtf8(out), QString::fromUtf8(err))));
    const QJsonObject echo = QJsonDocument::fromJson(out).object();
    QCOMPARE(echo.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(echo.value(u"path"_s).toString(), u"/api/echo"_s);
    QCOMPARE(echo.value(u"body_length"_s).toInteger(), qint64(body.size()));
    QCOMPARE(echo.value(u"body_sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QTRY_VERIFY(!m_prompt->isVisible());
    QCOMPARE(m_core->calls.waitingCalls(id()), 0);

    // The server's view: the refused attempt (401), the refresh refused, the new sign-in's
    // code exchange, then the original request exactly once, with its body.
    const QJsonArray log = m_server.requestLog();
    qsizetype codeExchange = -1;
    QList<qsizetype> echoes;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QJsonObject entry = log.at(i).toObject();
        if (entry.value(u"endpoint"_s).toString() == u"token"_s
            && entry.value(u"grant_type"_s).toString() == u"authorization_code"_s && codeExchange < 0)
            codeExchange = i;
        if (entry.value(u"path"_s).toString() == u"/api/echo"_s)
            echoes.append(i);
    }
    const QString logText = QString::fromUtf8(QJsonDocument(log).toJson());
    QVERIFY2(codeExchange >= 0, qPrintable(logText));
    QList<qsizetype> after;
    for (qsizetype i : echoes) {
        const QJsonObject entry = log.at(i).toObject();
        if (i > codeExchange) {
            after.append(i);
            QCOMPARE(entry.value(u"method"_s).toString(), u"POST"_s);
            QCOMPARE(entry.value(u"status"_s).toInt(), 200);
            QCOMPARE(entry.value(u"body_length"_s).toInteger(), qint64(body.size()));
        } else {
            QVERIFY2(entry.value(u"status"_s).toInt() == 401, qPrintable(logText)); // the refused attempt
        }
    }
    QVERIFY2(after.size() == 1, qPrintable(logText));
    QVERIFY2(echoes.size() == 2, qPrintable(logText)); // the grant was lost: the first attempt was refused
}

void TestWaitingCall::waitRunsOutWithoutAClick()
{
    signInAndEndTheSession();
    if (QTest::currentTestFailed())
        return;

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^token request failed: \"sign-in-required\""_s));
    QProcess call;
    const auto stop = qScopeGuard([&call] { // a failed test leaves no calloutctl behind
        call.kill();
        call.waitForFinished(5000);
    });
    startCall(call, "never sent", 3);
    QByteArray err;
    QVERIFY(waitsForTheUser(call, err));

    // Nobody clicks: the wait runs out, calloutctl says why and exits 3; the prompt stays (the
    // credential still needs the user) but no longer says that a call is waiting.
    QTRY_COMPARE_WITH_TIMEOUT(call.state(), QProcess::NotRunning, 30000);
    err += call.readAllStandardError();
    QVERIFY2(call.exitStatus() == QProcess::NormalExit && call.exitCode() == 3,
             qPrintable(u"exit %1\nstderr: %2"_s.arg(call.exitCode()).arg(QString::fromUtf8(err))));
    QVERIFY(call.readAllStandardOutput().isEmpty());
    const QByteArray message = err.mid(err.indexOf("(Ctrl-C gives up).") + 18).trimmed();
    QVERIFY2(!message.isEmpty() && !message.contains('\n'), err.constData());
    QTRY_COMPARE(m_core->calls.waitingCalls(id()), 0);
    QTRY_COMPARE(row()->waitingCalls(), 0);
    QVERIFY(row()->waitingCallsText().isEmpty());
    QVERIFY(m_prompt->isVisible());
    QCOMPARE(status(), AuthStatus::SignInRequired);
    screenshot(u"waiting-call-ran-out.png"_s);

    const QJsonArray log = m_server.requestLog();
    int echoes = 0;
    for (const QJsonValue &value : log) { // nothing but the refused attempt reached the API
        const QJsonObject entry = value.toObject();
        if (entry.value(u"path"_s).toString() == u"/api/echo"_s) {
            QCOMPARE(entry.value(u"status"_s).toInt(), 401);
            ++echoes;
        }
        QVERIFY(entry.value(u"grant_type"_s).toString() != u"authorization_code"_s);
    }
    QCOMPARE(echoes, 1);
}

QTEST_MAIN(TestWaitingCall)
#include "tst_waitingcall.moc"
