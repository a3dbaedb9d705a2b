// calloutctl's lean front (app/calloutctl/lean, issue 17): `calloutctl token NAME` answered without
// Qt, and every other answer left to the Qt program (calloutctl-qt), which the front runs in its own
// process. A fake agent (QLocalServer on a private XDG_RUNTIME_DIR) scripts the answers and sees
// who asks: the peer's pid and program on each connection tell the front from the Qt program.
#include "AgentProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

#include <memory>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;

namespace {

const QByteArray Token = "lean-token-5f2c9a";

// One connection the fake agent took: the request line and who sent it.
struct Request {
    QByteArray line;
    qint64 pid = 0;
    QString program;        // /proc/PID/exe when the request came
    QByteArray commandLine; // /proc/PID/cmdline, NUL-separated
};

// The agent's side of the local API for one test: answers the n-th request with answers[n] (raw bytes;
// empty: silence), the last one for every later request.
class FakeAgent : public QObject
{
public:
    FakeAgent(const QString &socketPath, QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
        QDir().mkpath(QFileInfo(socketPath).absolutePath());
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        m_listening = m_server.listen(socketPath);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

    bool isListening() const { return m_listening; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void read(QLocalSocket *socket)
    {
        if (!socket->canReadLine())
            return;
        Request request;
        request.line = socket->readLine();
        ucred peer{};
        socklen_t size = sizeof(peer);
        if (::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0) {
            request.pid = peer.pid;
            request.program = QFileInfo(u"/proc/%1/exe"_s.arg(peer.pid)).canonicalFilePath();
            QFile cmdline(u"/proc/%1/cmdline"_s.arg(peer.pid));
            if (cmdline.open(QIODevice::ReadOnly))
                request.commandLine = cmdline.readAll();
        }
        const QByteArray answer = m_answers.value(m_requests.size(), m_answers.constLast());
        m_requests.append(request);
        if (!answer.isEmpty())
            socket->write(answer);
    }

    QLocalServer m_server;
    bool m_listening = false;
    QList<QByteArray> m_answers;
    QList<Request> m_requests;
};

struct Finished {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray okAnswer(int id = 1)
{
    return "{\"id\":" + QByteArray::number(id) + ",\"ok\":true,\"result\":{\"token\":\"" + Token + "\"},\"v\":1}\n";
}

// JSON written with single quotes, for readability (and moc, which trips over raw strings); a line.
QByteArray jsonLine(QByteArray text)
{
    return text.replace('\'', '"') + '\n';
}

const QByteArray NotFound
    = jsonLine("{'error':{'code':'not-found','message':'There is no named credential Api.'},'id':1,'ok':false,'v':1}");

} // namespace

class TestCalloutctlLean : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void linksNoQt();
    void answersTokenWithoutQt_data();
    void answersTokenWithoutQt();
    void fallsBackToQtProgram_data();
    void fallsBackToQtProgram();
    void saysWhenQtProgramIsMissing_data();
    void saysWhenQtProgramIsMissing();
    void qtProgramKeepsItsMessages();

private:
    // Runs `program` with `args` against the private runtime folder; the event loop turns meanwhile,
    // so the fake agent answers.
    Finished run(const QString &program, const QStringList &args);
    QString socketPath(bool demo = false) const;
    // The front copied into a folder of its own: there is no Qt program to run.
    QString aloneFront();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCalloutctlLean::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"runtime"_s)));
    QFile::setPermissions(m_dir->filePath(u"runtime"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString TestCalloutctlLean::socketPath(bool demo) const
{
    return m_dir->filePath(demo ? u"runtime/callout-demo/agent.sock"_s : u"runtime/callout/agent.sock"_s);
}

QString TestCalloutctlLean::aloneFront()
{
    QString alone = m_dir->filePath(u"alone/calloutctl"_s);
    QDir().mkpath(QFileInfo(alone).absolutePath());
    if (!QFile::exists(alone)) {
        QFile::copy(AgentProcess::calloutctlBin(), alone);
        QFile::setPermissions(alone, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    return alone;
}

Finished TestCalloutctlLean::run(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"runtime"_s));
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    // No agent is ever started: a bare PATH holds no `callout`.
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {};
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, {}};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Loading no Qt library is the point of the front: its start is what `calloutctl token` costs.
void TestCalloutctlLean::linksNoQt()
{
    if (QStandardPaths::findExecutable(u"readelf"_s).isEmpty())
        QSKIP("readelf (binutils) is not installed");
    QProcess readelf;
    readelf.start(u"readelf"_s, {u"-d"_s, AgentProcess::calloutctlBin()});
    QVERIFY(readelf.waitForFinished(10000));
    const QByteArray needed = readelf.readAllStandardOutput();
    QVERIFY2(needed.contains("(NEEDED)"), needed.constData());
    QVERIFY2(!needed.contains("Qt"), needed.constData());
    // And the Qt program is there, for everything else.
    QVERIFY2(QFileInfo(AgentProcess::calloutctlQtBin()).isExecutable(), qPrintable(AgentProcess::calloutctlQtBin()));
}

void TestCalloutctlLean::answersTokenWithoutQt_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("demo");
    QTest::newRow("token NAME") << QStringList{u"token"_s, u"Api"_s} << false;
    QTest::newRow("--no-start") << QStringList{u"token"_s, u"Api"_s, u"--no-start"_s} << false;
    QTest::newRow("--demo before") << QStringList{u"--demo"_s, u"token"_s, u"Api"_s} << true;
    QTest::newRow("--demo after") << QStringList{u"token"_s, u"Api"_s, u"--demo"_s} << true;
}

// Alone in its folder, the front has nothing to fall back on: exit 0 and the token prove it answered.
void TestCalloutctlLean::answersTokenWithoutQt()
{
    QFETCH(QStringList, args);
    QFETCH(bool, demo);
    FakeAgent agent(socketPath(demo), {okAnswer()});
    QVERIFY(agent.isListening());
    const Finished finished = run(aloneFront(), args);
    QCOMPARE(finished.exitCode, 0);
    QCOMPARE(finished.out, Token + '\n');
    QCOMPARE(finished.err, QByteArray());
    QCOMPARE(agent.requests().size(), 1);
    QCOMPARE(agent.requests().first().line, jsonLine("{'id':1,'method':'token','params':{'name':'Api'},'v':1}"));
}

void TestCalloutctlLean::fallsBackToQtProgram_data()
{
    QTest::addColumn<QByteArray>("firstAnswer");
    QTest::newRow("error answer") << NotFound;
    QTest::newRow("keychain-locked event") << jsonLine("{'event':'keychain-locked','id':1,'v':1}");
    QTest::newRow("garbage") << QByteArray("this is not JSON\n");
    QTest::newRow("another id") << okAnswer(7);
    QTest::newRow("token not a string") << jsonLine("{'id':1,'ok':true,'result':{'token':42},'v':1}");
    QTest::newRow("control characters") << jsonLine("{'id':1,'ok':true,'result':{'token':'a\\u001b[2Jb'},'v':1}");
    QTest::newRow("oversized line") << QByteArray(1024 * 1024 + 16, 'x') + '\n';
    QTest::newRow("silence") << QByteArray();
}

// Whatever the front does not take as a token goes to the Qt program, in the same process, with
// the same arguments: it asks again (the agent answers it with the token) and prints what it prints.
void TestCalloutctlLean::fallsBackToQtProgram()
{
    QFETCH(QByteArray, firstAnswer);
    FakeAgent agent(socketPath(), {firstAnswer, okAnswer()});
    QVERIFY(agent.isListening());
    const QStringList args{u"token"_s, u"Api"_s, u"--no-start"_s};
    const Finished finished = run(AgentProcess::calloutctlBin(), args);
    QCOMPARE(finished.exitCode, 0);
    QCOMPARE(finished.out, Token + '\n');
    QVERIFY2(!finished.err.contains(Token), finished.err.constData());
    QCOMPARE(agent.requests().size(), 2);
    const Request &front = agent.requests().at(0);
    const Request &qt = agent.requests().at(1);
    QCOMPARE(front.program, QFileInfo(AgentProcess::calloutctlBin()).canonicalFilePath());
    QCOMPARE(qt.program, QFileInfo(AgentProcess::calloutctlQtBin()).canonicalFilePath());
    QCOMPARE(qt.pid, front.pid); // exec, not a child
    // The front asks exactly as the Qt client does, and passes the arguments on unchanged.
    QCOMPARE(front.line, qt.line);
    const QByteArray expectedCommandLine
        = AgentProcess::calloutctlBin().toUtf8() + '\0' + args.join(QChar(u'\0')).toUtf8() + '\0';
    QCOMPARE(qt.commandLine, expectedCommandLine);
    QVERIFY(!qt.commandLine.contains(Token));
}

void TestCalloutctlLean::saysWhenQtProgramIsMissing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("error answer") << QStringList{u"token"_s, u"Api"_s} << NotFound;
    QTest::newRow("no agent") << QStringList{u"token"_s, u"Api"_s, u"--no-start"_s} << QByteArray();
    QTest::newRow("--help") << QStringList{u"--help"_s} << okAnswer();
    QTest::newRow("list") << QStringList{u"list"_s} << okAnswer();
    QTest::newRow("--timeout") << QStringList{u"token"_s, u"Api"_s, u"--timeout"_s, u"5"_s} << okAnswer();
    QTest::newRow("two names") << QStringList{u"token"_s, u"Api"_s, u"Other"_s} << okAnswer();
}

// Without the Qt program the front cannot answer but the plain token: one clear line and exit 5.
void TestCalloutctlLean::saysWhenQtProgramIsMissing()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, answer);
    std::unique_ptr<FakeAgent> agent;
    if (!answer.isEmpty()) {
        agent = std::make_unique<FakeAgent>(socketPath(), QList<QByteArray>{answer});
        QVERIFY(agent->isListening());
    }
    const Finished finished = run(aloneFront(), args);
    QCOMPARE(finished.exitCode, 5);
    QCOMPARE(finished.out, QByteArray());
    QVERIFY2(finished.err.startsWith("calloutctl: cannot run calloutctl-qt"), finished.err.constData());
    QCOMPARE(finished.err.count('\n'), 1);
    QVERIFY(!finished.err.contains(Token));
}

// Through the front, the Qt program's answers are unchanged: its message and exit code.
void TestCalloutctlLean::qtProgramKeepsItsMessages()
{
    FakeAgent agent(socketPath(), {NotFound});
    QVERIFY(agent.isListening());
    const Finished finished = run(AgentProcess::calloutctlBin(), {u"token"_s, u"Api"_s, u"--no-start"_s});
    QCOMPARE(finished.exitCode, 1);
    QCOMPARE(finished.out, QByteArray());
    QCOMPARE(finished.err, "calloutctl: There is no named credential Api.\n"_ba);
    QCOMPARE(agent.requests().size(), 2);

    QFile::remove(socketPath());
    const Finished noAgent = run(AgentProcess::calloutctlBin(), {u"token"_s, u"Api"_s, u"--no-start"_s});
    QCOMPARE(noAgent.exitCode, 5);
    QCOMPARE(noAgent.err, "calloutctl: the callout agent is not running (--no-start).\n"_ba);
}

QTEST_GUILESS_MAIN(TestCalloutctlLean)
#include "tst_calloutctllean.moc"
