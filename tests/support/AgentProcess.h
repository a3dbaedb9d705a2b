#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace callout::test {

// One finished calloutctl process.
struct CtlRun {
    QStringList args;
    int exitCode = -1; // -1: did not start, -2: timed out (killed), -3: crashed
    QByteArray out;
    QByteArray err;

    QString describe(int expected) const;
    // stderr holds exactly one non-empty line ("Errors are one sentence on stderr").
    bool oneLineError() const;
    QByteArray outAndErr() const { return out + '\n' + err; }
};

// The real `callout --headless` agent of this build for one test, with XDG folders of its own
// (config, data, runtime; mode 0700) in a temporary folder, and calloutctl run against it. There is
// no display: xdg-open takes the $BROWSER path (the scripted browser of tests/server) and calloutctl
// starts agents --headless. When destroyed it stops everything it started (agents calloutctl
// started included) and, when the test failed, prints the agent's log.
class AgentProcess
{
public:
    AgentProcess();
    ~AgentProcess();
    AgentProcess(const AgentProcess &) = delete;
    AgentProcess &operator=(const AgentProcess &) = delete;

    // This build's programs, or those in $CALLOUT_INSTALLED_BIN_DIR when it is set (an installed package).
    static QString calloutBin();
    static QString calloutctlBin();
    // The full calloutctl (Qt) that calloutctlBin(), a front without Qt, runs for all but `token`:
    // beside it in a build, in ../libexec/callout/ when installed.
    static QString calloutctlQtBin();
    // Both programs are built, and xdg-open (the agent's way to the scripted browser) is installed;
    // false, with the failure recorded, when not.
    static bool checkPrograms();

    bool isValid() const { return m_valid; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); } // outside the XDG folders
    QString path() const { return m_dir.path(); }
    QString configDir() const;
    QString dataDir() const;
    QString runtimeDir() const;
    QString socketPath() const;
    // What the agent and calloutctl run with.
    const QProcessEnvironment &environment() const { return m_env; }

    // Starts the agent and waits until it answers hello on its socket; `browserMode` is what the
    // scripted browser does (CALLOUT_BROWSER_MODE). False, with the failure recorded, when it does not.
    bool start(const QByteArray &browserMode = "normal");
    // SIGTERM, then SIGKILL.
    void stop();
    // The agent start() started; nullptr before.
    const QProcess *process() const { return m_agent.get(); }
    bool answersHello() const;
    // What the agent start() started wrote on stdout and stderr.
    QByteArray log() const;

    // Runs calloutctl with `args` and `input` on its stdin; every run is kept in runs().
    CtlRun ctl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000,
               const QHash<QString, QString> &extraEnvironment = {});
    const QList<CtlRun> &runs() const { return m_runs; }
    // `calloutctl import -` of `document`: true when it succeeded. When the keychain is not usable
    // (exit code 8) the test is skipped (fails in CI); any other failure is recorded.
    bool import(const QByteArray &document, const QStringList &options = {});
    // The same judgement of a run of `calloutctl import` the test made itself.
    static bool imported(const CtlRun &run);

    // The callout agents running with this runtime folder (those calloutctl started as well).
    QList<qint64> agentPids() const;
    // Everything left with this runtime folder: SIGTERM, then SIGKILL.
    void stopStrayProcesses();

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_agent;
    QList<CtlRun> m_runs;
};

} // namespace callout::test
