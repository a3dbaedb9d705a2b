// The public Qt client library as a program outside this build uses it: `cmake --install` the
// CalloutClientLibrary and CalloutClient components into a temporary prefix, build examples/CalloutClientExample
// against it with find_package(CalloutClient), and run it against the real agent and the real test server's protected
// API (README, "Calling from Qt programs").
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using callout::test::TestServer;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &environment = {},
        int timeoutMs = 240000)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.exitCode = -2;
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestClientExample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void packageInstallsOnlyThePublicLibrary();
    void exampleCallsTheApiThroughTheAgent();
    void exampleReportsAnUnknownName();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
    QTemporaryDir m_dir;
    QString m_prefix;
    QString m_example; // the built example program
};

void TestClientExample::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    QVERIFY(m_dir.isValid());
    m_prefix = m_dir.filePath(u"prefix"_s);

    // The library (what a program needs to run), then what building against it needs.
    for (const QString &component : {u"CalloutClientLibrary"_s, u"CalloutClient"_s}) {
        const Run install = run(
            QStringLiteral(CMAKE_COMMAND),
            {u"--install"_s, QStringLiteral(CALLOUT_BINARY_DIR), u"--prefix"_s, m_prefix, u"--component"_s, component});
        QVERIFY2(install.exitCode == 0, qPrintable(install.describe()));
    }

    // The same generator and compiler as this build; ccache keeps it quick.
    const QString build = m_dir.filePath(u"build"_s);
    QStringList configure{u"-S"_s,
                          QStringLiteral(CALLOUT_SOURCE_DIR "/examples/CalloutClientExample"),
                          u"-B"_s,
                          build,
                          u"-G"_s,
                          QStringLiteral(CMAKE_GENERATOR),
                          u"-DCMAKE_CXX_COMPILER="_s + QStringLiteral(CMAKE_CXX_COMPILER),
                          u"-DCMAKE_PREFIX_PATH="_s + m_prefix,
                          u"-DCMAKE_BUILD_TYPE=Debug"_s};
    if (!QStringLiteral(CALLOUT_CXX_FLAGS).isEmpty())
        configure << u"-DCMAKE_CXX_FLAGS="_s + QStringLiteral(CALLOUT_CXX_FLAGS);
    if (!QStringLiteral(CALLOUT_EXE_LINKER_FLAGS).isEmpty())
        configure << u"-DCMAKE_EXE_LINKER_FLAGS="_s + QStringLiteral(CALLOUT_EXE_LINKER_FLAGS);
    if (!QStringLiteral(CMAKE_CXX_COMPILER_LAUNCHER).isEmpty())
        configure << u"-DCMAKE_CXX_COMPILER_LAUNCHER="_s + QStringLiteral(CMAKE_CXX_COMPILER_LAUNCHER);
    const Run configured = run(QStringLiteral(CMAKE_COMMAND), configure);
    QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));
    // It found the installed package, not this build tree.
    const QByteArray cache = callout::test::readFile(build + u"/CMakeCache.txt"_s);
    QVERIFY2(cache.contains("CalloutClient_DIR:PATH=" + m_prefix.toUtf8()), cache.constData());
    const Run built = run(QStringLiteral(CMAKE_COMMAND), {u"--build"_s, build});
    QVERIFY2(built.exitCode == 0, qPrintable(built.describe()));
    m_example = build + u"/callout-example"_s;
    QVERIFY(QFileInfo(m_example).isExecutable());

    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
    QVERIFY(m_agent->start());
    QVERIFY(m_agent->import(callout::test::ServerImport(*m_server)
                                .provider(u"Public"_s, u"public-client"_s)
                                .credential(u"PublicApi"_s, u"Public"_s)
                                .toJson()));
    const callout::test::CtlRun login = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe(0)));
}

void TestClientExample::cleanupTestCase()
{
    m_agent.reset();
    m_server.reset();
}

// The header, the library with its soname and the package files; no internal header, and the
// library exports the public class only.
void TestClientExample::packageInstallsOnlyThePublicLibrary()
{
    const Run find = run(u"find"_s, {m_prefix, u"-type"_s, u"f"_s, u"-o"_s, u"-type"_s, u"l"_s});
    const QString files = QString::fromUtf8(find.out);
    for (const QString &expected :
         {u"/include/CalloutClient/CalloutNetworkAccessManager.h"_s, u"/include/CalloutClient/calloutclient_export.h"_s,
          u"/libCalloutClient.so"_s, u"/libCalloutClient.so.0"_s, u"/CalloutClientConfig.cmake"_s,
          u"/CalloutClientConfigVersion.cmake"_s, u"/CalloutClientTargets.cmake"_s})
        QVERIFY2(files.contains(expected), qPrintable(expected + u" is not installed:\n"_s + files));
    QVERIFY2(!files.contains(u"calloutclient/"_s) && !files.contains(u"/bin/"_s), qPrintable(files));

    const QString library = files.split(u'\n').filter(u"/libCalloutClient.so.0"_s).first();
    const Run symbols = run(u"nm"_s, {u"-DC"_s, u"--defined-only"_s, library});
    QCOMPARE(symbols.exitCode, 0);
    QVERIFY(symbols.out.contains("callout::CalloutNetworkAccessManager::"));
    for (const QByteArray &line : symbols.out.split('\n')) {
        if (line.contains("callout::"))
            QVERIFY2(line.contains("callout::CalloutNetworkAccessManager"), line.constData());
    }
}

void TestClientExample::exampleCallsTheApiThroughTheAgent()
{
    QVERIFY(m_server->clearRequestLog());
    const Run call = run(m_example, {u"callout:PublicApi/me"_s}, m_agent->environment(), 60000);
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
    QVERIFY2(call.out.startsWith("HTTP 200\n"), qPrintable(call.describe()));
    const QJsonObject me = QJsonDocument::fromJson(call.out.mid(call.out.indexOf('\n') + 1)).object();
    QCOMPARE(me.value(u"client_id"_s).toString(), u"public-client"_s);
    QVERIFY(!me.value(u"sub"_s).toString().isEmpty());
}

void TestClientExample::exampleReportsAnUnknownName()
{
    const Run call = run(m_example, {u"callout:NoSuchApi/me"_s}, m_agent->environment(), 60000);
    QVERIFY2(call.exitCode == 1, qPrintable(call.describe()));
    QVERIFY2(call.out.isEmpty() && call.err.startsWith("error: ") && call.err.size() > 10, qPrintable(call.describe()));
}

QTEST_GUILESS_MAIN(TestClientExample)
#include "tst_clientexample.moc"
