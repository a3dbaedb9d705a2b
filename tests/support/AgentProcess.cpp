#include "AgentProcess.h"

#include "TestEnvironment.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace callout::test {

namespace {

// Processes (not this one) whose environment holds `entry` exactly, e.g. "XDG_RUNTIME_DIR=/tmp/x".
QList<qint64> processesWithEnvironment(const QByteArray &entry)
{
    QList<qint64> pids;
    const QStringList names = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool numeric = false;
        const qint64 pid = name.toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        const QList<QByteArray> environment = readFile(u"/proc/%1/environ"_s.arg(pid)).split('\0');
        if (environment.contains(entry))
            pids.append(pid);
    }
    return pids;
}

bool isCalloutAgent(qint64 pid)
{
    const QString exe = QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(pid));
    return !exe.isEmpty() && exe == QFileInfo(AgentProcess::calloutBin()).canonicalFilePath();
}

} // namespace

QString CtlRun::describe(int expected) const
{
    return u"calloutctl %1: exit %2, expected %3\nstdout: %4\nstderr: %5"_s.arg(
        args.join(u' '), QString::number(exitCode), QString::number(expected), QString::fromUtf8(out),
        QString::fromUtf8(err));
}

bool CtlRun::oneLineError() const
{
    const QByteArray e = err.trimmed();
    return !e.isEmpty() && !e.contains('\n');
}

AgentProcess::AgentProcess()
{
    const QFile::Permissions privateDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    m_valid = m_dir.isValid();
    for (const QString &dir : {configDir(), dataDir(), runtimeDir()})
        m_valid = m_valid && QDir().mkdir(dir, privateDir);

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(u"DISPLAY"_s); // headless: xdg-open takes the $BROWSER path, calloutctl starts --headless
    m_env.remove(u"WAYLAND_DISPLAY"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, configDir());
    m_env.insert(u"XDG_DATA_HOME"_s, dataDir());
    m_env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
    m_env.insert(u"BROWSER"_s, TestServer::browserScript());
    m_env.insert(u"CALLOUT_BROWSER_MODE"_s, u"normal"_s);
    m_env.insert(u"CALLOUT_BROWSER_LOG"_s, filePath(u"browser.log"_s));
    m_env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s); // never the journal: the logs are checked
    // calloutctl may look for `callout` on PATH or next to itself; both lead to the build's agent.
    m_env.insert(u"PATH"_s, QFileInfo(calloutBin()).absolutePath() + u':' + m_env.value(u"PATH"_s));
}

AgentProcess::~AgentProcess()
{
    stop();
    if (QTest::currentTestFailed() && !log().isEmpty()) // what the agent said, to tell why
        qInfo("agent log:\n%s", log().constData());
    stopStrayProcesses();
}

// The installed programs instead of this build's when CALLOUT_INSTALLED_BIN_DIR names their folder
// (packaging/check-deb.sh runs tests against the installed package that way).
QString AgentProcess::calloutBin()
{
    const QString installed = qEnvironmentVariable("CALLOUT_INSTALLED_BIN_DIR");
    return installed.isEmpty() ? QStringLiteral(CALLOUT_BIN) : installed + u"/callout"_s;
}

QString AgentProcess::calloutctlBin()
{
    const QString installed = qEnvironmentVariable("CALLOUT_INSTALLED_BIN_DIR");
    return installed.isEmpty() ? QStringLiteral(CALLOUTCTL_BIN) : installed + u"/calloutctl"_s;
}

QString AgentProcess::calloutctlQtBin()
{
    const QString folder = QFileInfo(calloutctlBin()).absolutePath();
    const QString installed = QFileInfo(folder + u"/../libexec/callout/calloutctl-qt"_s).absoluteFilePath();
    return QFileInfo::exists(installed) ? installed : folder + u"/calloutctl-qt"_s;
}

bool AgentProcess::checkPrograms()
{
    CHECK_OR_RETURN_FALSE(QFileInfo(calloutBin()).isExecutable(), qPrintable(calloutBin()));
    CHECK_OR_RETURN_FALSE(QFileInfo(calloutctlBin()).isExecutable(), qPrintable(calloutctlBin()));
    CHECK_OR_RETURN_FALSE(!QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty(),
                          "xdg-open (xdg-utils) is needed: the agent opens the scripted browser through it");
    return true;
}

QString AgentProcess::configDir() const
{
    return m_dir.filePath(u"config"_s);
}

QString AgentProcess::dataDir() const
{
    return m_dir.filePath(u"data"_s);
}

QString AgentProcess::runtimeDir() const
{
    return m_dir.filePath(u"runtime"_s);
}

QString AgentProcess::socketPath() const
{
    return runtimeDir() + u"/callout/agent.sock"_s;
}

bool AgentProcess::start(const QByteArray &browserMode)
{
    QProcessEnvironment env = m_env;
    env.insert(u"CALLOUT_BROWSER_MODE"_s, QString::fromLatin1(browserMode));
    env.insert(u"QT_LOGGING_RULES"_s, u"callout.*.debug=true"_s); // the most it ever logs
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessEnvironment(env);
    m_agent->setStandardInputFile(QProcess::nullDevice());
    // A file, not a pipe: nobody reads a pipe while the test waits for calloutctl.
    m_agent->setStandardOutputFile(filePath(u"agent.log"_s), QIODevice::Append);
    m_agent->setStandardErrorFile(filePath(u"agent.log"_s), QIODevice::Append);
    m_agent->start(calloutBin(), {u"--headless"_s});
    CHECK_OR_RETURN_FALSE(m_agent->waitForStarted(10000), qPrintable(m_agent->errorString()));
    QDeadlineTimer deadline(20000);
    while (!answersHello()) {
        CHECK_OR_RETURN_FALSE(m_agent->state() == QProcess::Running,
                              qPrintable(u"the agent exited: "_s + QString::fromUtf8(log())));
        CHECK_OR_RETURN_FALSE(
            !deadline.hasExpired(),
            qPrintable(u"the agent does not answer hello on "_s + socketPath() + u": "_s + QString::fromUtf8(log())));
        QTest::qWait(50);
    }
    return true;
}

void AgentProcess::stop()
{
    if (!m_agent || m_agent->state() == QProcess::NotRunning)
        return;
    m_agent->terminate();
    if (!m_agent->waitForFinished(10000)) {
        m_agent->kill();
        m_agent->waitForFinished(5000);
    }
}

bool AgentProcess::answersHello() const
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(R"({"v": 1, "id": 1, "method": "hello"})"
                 "\n");
    socket.waitForBytesWritten(1000);
    QDeadlineTimer deadline(2000);
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired())
        socket.waitForReadyRead(int(deadline.remainingTime()));
    if (!socket.canReadLine())
        return false;
    const QJsonObject answer = QJsonDocument::fromJson(socket.readLine()).object();
    return answer.value(u"ok"_s).toBool() && answer.value(u"id"_s).toInt() == 1;
}

QByteArray AgentProcess::log() const
{
    return readFile(filePath(u"agent.log"_s));
}

CtlRun AgentProcess::ctl(const QStringList &args, const QByteArray &input, int timeoutMs,
                         const QHash<QString, QString> &extraEnvironment)
{
    CtlRun run;
    run.args = args;
    QProcessEnvironment env = m_env;
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(calloutctlBin(), args);
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        m_runs.append(run);
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel(); // stdin ends: `import -` reads to the end
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.exitCode = -2;
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    m_runs.append(run);
    return run;
}

bool AgentProcess::import(const QByteArray &document, const QStringList &options)
{
    return imported(ctl(options + QStringList{u"import"_s, u"-"_s}, document));
}

bool AgentProcess::imported(const CtlRun &run)
{
    if (run.exitCode == 8) {
        keychainUnusable(QString::fromUtf8(run.err.trimmed()));
        return false;
    }
    CHECK_OR_RETURN_FALSE(run.exitCode == 0, qPrintable(run.describe(0)));
    return true;
}

QList<qint64> AgentProcess::agentPids() const
{
    QList<qint64> agents;
    const QList<qint64> pids = processesWithEnvironment("XDG_RUNTIME_DIR=" + runtimeDir().toUtf8());
    for (const qint64 pid : pids) {
        if (isCalloutAgent(pid))
            agents.append(pid);
    }
    return agents;
}

void AgentProcess::stopStrayProcesses()
{
    const QByteArray entry = "XDG_RUNTIME_DIR=" + runtimeDir().toUtf8();
    const QList<qint64> pids = processesWithEnvironment(entry);
    for (const qint64 pid : pids)
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    QDeadlineTimer deadline(10000);
    while (!processesWithEnvironment(entry).isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    const QList<qint64> left = processesWithEnvironment(entry);
    for (const qint64 pid : left)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

} // namespace callout::test
