// calloutctl's everyday habits (issue 16, items 8–13 and Ctrl-C): usage errors as curl and git
// report them, durations in words, re-runnable imports, readable JSON errors, the documented --json
// fields, bash completion, and Ctrl-C on a waiting sign-in. Against the real `callout --headless`
// agent, the real OAuth server of tests/server and the real keychain.
#include "AgentProcess.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"

#include <QJsonArray>
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

#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        const Run &checkedRun = (run);                                                                                 \
        QVERIFY2(checkedRun.exitCode == (expected), qPrintable(checkedRun.describe(expected)));                        \
    } while (false)

namespace {

QString sourceFile(const QString &relative)
{
    return QStringLiteral(CALLOUT_SOURCE_DIR) + u'/' + relative;
}

// The field names the man page documents: every `.B name` line of its "JSON OUTPUT" section.
QStringList documentedJsonFields()
{
    const QString page = QString::fromUtf8(test::readFile(sourceFile(u"packaging/calloutctl.1"_s)));
    const qsizetype start = page.indexOf(u".SH JSON OUTPUT"_s);
    const qsizetype end = page.indexOf(u".SH "_s, start + 1);
    QStringList fields;
    static const QRegularExpression field(u"^\\.B (\\w+)\\s*$"_s, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : field.globalMatch(page.mid(start, end - start)))
        fields.append(m.captured(1));
    return fields;
}

} // namespace

class TestCalloutctlHabits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void unknownOptionsAreUsageErrors_data();
    void unknownOptionsAreUsageErrors();
    void versionNamesCalloutctl();
    void helpAllShowsNoQtOptions();
    void calloutHelpExplainsTheApp();
    void bothProgramsSpeakTheUsersLanguage_data();
    void bothProgramsSpeakTheUsersLanguage();
    void unreadableFileGivesTheReason();
    void jsonErrorsGiveLineAndColumn();
    void importProblemsInDocumentOrder();
    void emptyImportSaysSo();
    void reimportAfterDiscoveryIsUnchanged();
    void loginTimeoutSaysTheRealDuration_data();
    void loginTimeoutSaysTheRealDuration();
    void tokenOfNeverSignedInNamesLoginAndAsks();
    void jsonFieldsAreDocumented();
    void bashCompletion_data();
    void bashCompletion();
    void ctrlCCancelsTheSignIn();

private:
    QByteArray publicImport(bool issuerOnly = false) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentProcess> m_agent;
};

void TestCalloutctlHabits::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestCalloutctlHabits::cleanupTestCase()
{
    m_server.reset();
}

void TestCalloutctlHabits::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_server->clearFaults());
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
}

void TestCalloutctlHabits::cleanup()
{
    m_agent.reset();
}

// One public provider and its credential; with `issuerOnly` the endpoints are left to discovery.
QByteArray TestCalloutctlHabits::publicImport(bool issuerOnly) const
{
    QJsonObject document = test::ServerImport(*m_server)
                               .provider(u"Public"_s, u"public-client"_s)
                               .credential(u"PublicApi"_s, u"Public"_s, u"Public API"_s)
                               .json();
    if (issuerOnly) {
        QJsonArray providers = document.value(u"authProviders"_s).toArray();
        QJsonObject provider = providers.at(0).toObject();
        for (const QString &key : {u"authorizeUrl"_s, u"tokenUrl"_s, u"revocationUrl"_s, u"userInfoUrl"_s})
            provider.remove(key);
        providers.replace(0, provider);
        document.insert(u"authProviders"_s, providers);
    }
    return QJsonDocument(document).toJson();
}

// ---- item 9: the command line ------------------------------------------------------------------

void TestCalloutctlHabits::unknownOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--bogus") << QStringList{u"--bogus"_s};
    QTest::newRow("-x") << QStringList{u"-x"_s, u"list"_s};
    QTest::newRow("list --jsn") << QStringList{u"list"_s, u"--jsn"_s};
    QTest::newRow("Qt's -platform") << QStringList{u"-platform"_s, u"offscreen"_s, u"list"_s};
    QTest::newRow("completion zsh") << QStringList{u"completion"_s, u"zsh"_s};
}

void TestCalloutctlHabits::unknownOptionsAreUsageErrors()
{
    QFETCH(QStringList, args);
    const Run run = m_agent->ctl(args + QStringList{u"--no-start"_s});
    COMPARE_EXIT(run, 2);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY2(run.err.startsWith("calloutctl: "), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

void TestCalloutctlHabits::versionNamesCalloutctl()
{
    const Run run = m_agent->ctl({u"--version"_s});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, "calloutctl " CALLOUT_VERSION "\n");
}

void TestCalloutctlHabits::helpAllShowsNoQtOptions()
{
    const Run help = m_agent->ctl({u"--help"_s});
    COMPARE_EXIT(help, 0);
    const Run all = m_agent->ctl({u"--help-all"_s});
    COMPARE_EXIT(all, 0);
    QCOMPARE(all.out, help.out);
    for (const char *qtOption : {"-platform", "-qmljsdebugger", "-reverse", "--help-all"})
        QVERIFY2(!all.out.contains(qtOption), qtOption);
    QVERIFY2(all.out.contains("completion bash"), all.out.constData());
}

void TestCalloutctlHabits::calloutHelpExplainsTheApp()
{
    QProcess callout;
    QProcessEnvironment environment = m_agent->environment();
    // No display at all (a terminal over ssh, a package's checks): the help needs none.
    for (const QString &display : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(display);
    callout.setProcessEnvironment(environment);
    callout.start(AgentProcess::calloutBin(), {u"--help"_s});
    QVERIFY(callout.waitForFinished(20000));
    QCOMPARE(callout.exitCode(), 0);
    const QString text = QString::fromUtf8(callout.readAllStandardOutput());
    for (const QString &must :
         {u"tray"_s, u"Settings"_s, u"calloutctl"_s, u"callout/callout.json"_s, u"callout/state.json"_s, u"keychain"_s})
        QVERIFY2(text.contains(must), qPrintable(must + u" is not in callout --help:\n"_s + text));
}

// Issue 15: LANGUAGE picks the translation, as desktop sessions set it (LANG stays C.UTF-8 here).
void TestCalloutctlHabits::bothProgramsSpeakTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("calloutctlSays");
    QTest::newRow("German") << u"de"_s << u"Die benannten Anmeldeinformationen des Callout-Agenten verwenden."_s;
    QTest::newRow("French") << u"fr"_s << u"Utiliser les identifiants nommés de l'agent Callout."_s;
    QTest::newRow("Spanish") << u"es"_s << u"Usar las credenciales con nombre del agente de Callout."_s;
}

void TestCalloutctlHabits::bothProgramsSpeakTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, calloutctlSays);
    const auto help = [this](const QString &program, const QString &inLanguage) {
        QProcess process;
        QProcessEnvironment environment = m_agent->environment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.remove(u"LC_ALL"_s);
        environment.remove(u"LC_MESSAGES"_s);
        if (inLanguage.isEmpty())
            environment.remove(u"LANGUAGE"_s);
        else
            environment.insert(u"LANGUAGE"_s, inLanguage);
        process.setProcessEnvironment(environment);
        process.start(program, {u"--help"_s});
        process.waitForFinished(20000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString calloutctl = help(AgentProcess::calloutctlBin(), language);
    QVERIFY2(calloutctl.contains(calloutctlSays), qPrintable(calloutctl));
    const QString english = help(AgentProcess::calloutBin(), {});
    const QString callout = help(AgentProcess::calloutBin(), language);
    QVERIFY2(english.contains(u"--demo"_s) && callout.contains(u"--demo"_s), qPrintable(callout));
    QVERIFY2(callout != english, qPrintable(callout));
}

// ---- item 12: errors that say where and why ----------------------------------------------------

void TestCalloutctlHabits::unreadableFileGivesTheReason()
{
    const Run run = m_agent->ctl({u"import"_s, m_agent->filePath(u"missing.json"_s), u"--no-start"_s});
    COMPARE_EXIT(run, 1);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY2(run.err.contains("No such file or directory"), run.err.constData());
}

void TestCalloutctlHabits::jsonErrorsGiveLineAndColumn()
{
    if (!m_agent->start())
        return;
    const Run run = m_agent->ctl({u"import"_s, u"-"_s}, "{\n  \"version\": 1,\n  \"authProviders\": [}\n");
    COMPARE_EXIT(run, 1);
    QVERIFY2(QRegularExpression(u"line 3, column 2[0-2]"_s).match(QString::fromUtf8(run.err)).hasMatch(),
             run.err.constData());
    QVERIFY2(!run.err.contains("offset"), run.err.constData());
}

void TestCalloutctlHabits::importProblemsInDocumentOrder()
{
    if (!m_agent->start())
        return;
    // Problems in three entries of two sections, the credentials' section first in the text.
    const QByteArray document = R"({"version": 1,
        "namedCredentials": [{"name": "A", "url": "ftp://x", "authProvider": "P0"},
                             {"name": "B", "url": "http://example.com/api", "authProvider": "Nowhere"}],
        "authProviders": [{"name": "P0", "authorizeUrl": "http://example.com/a", "tokenUrl": "https://x/t",
                           "clientId": "c"},
                          {"name": "P1", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t"},
                          {"name": "P2", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P3", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P4", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P5", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P6", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P7", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P8", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P9", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t", "clientId": "c"},
                          {"name": "P10", "authorizeUrl": "https://x/a", "tokenUrl": "https://x/t"}]})";
    const Run run = m_agent->ctl({u"import"_s, u"-"_s}, document);
    COMPARE_EXIT(run, 1);
    QStringList paths;
    static const QRegularExpression path(u"^  ((?:namedCredentials|authProviders)\\[\\d+\\])"_s,
                                         QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : path.globalMatch(QString::fromUtf8(run.err))) {
        if (!paths.contains(m.captured(1)))
            paths.append(m.captured(1));
    }
    const QStringList expected{u"namedCredentials[0]"_s, u"namedCredentials[1]"_s, u"authProviders[0]"_s,
                               u"authProviders[1]"_s, u"authProviders[10]"_s};
    QVERIFY2(paths == expected, qPrintable(paths.join(u", "_s) + u"\n"_s + QString::fromUtf8(run.err)));
}

// ---- item 11: imports that can be run again ----------------------------------------------------

void TestCalloutctlHabits::emptyImportSaysSo()
{
    if (!m_agent->start())
        return;
    const Run run = m_agent->ctl({u"import"_s, u"-"_s}, R"({"version": 1})");
    COMPARE_EXIT(run, 0);
    QVERIFY2(run.err.contains("no entries"), qPrintable(run.describe(0)));
}

void TestCalloutctlHabits::reimportAfterDiscoveryIsUnchanged()
{
    if (!m_agent->start() || !m_agent->import(publicImport(true)))
        return;
    const Run login = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000);
    COMPARE_EXIT(login, 0);
    QVERIFY2(m_agent->ctl({u"export"_s}).out.contains("/token"), "discovery did not fill in the endpoints");

    const Run again = m_agent->ctl({u"import"_s, u"-"_s}, publicImport(true));
    COMPARE_EXIT(again, 0);
    QCOMPARE(again.out, "unchanged: authProvider Public\nunchanged: namedCredential PublicApi\n");
    // Nothing was discarded: the session goes on.
    COMPARE_EXIT(m_agent->ctl({u"token"_s, u"PublicApi"_s}), 0);
}

// ---- item 10: the real duration ----------------------------------------------------------------

void TestCalloutctlHabits::loginTimeoutSaysTheRealDuration_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<QString>("said");
    QTest::newRow("1") << u"1"_s << u"within 1 second;"_s;
    QTest::newRow("3") << u"3"_s << u"within 3 seconds;"_s;
}

void TestCalloutctlHabits::loginTimeoutSaysTheRealDuration()
{
    QFETCH(QString, timeout);
    QFETCH(QString, said);
    if (!m_agent->start("none") || !m_agent->import(publicImport()))
        return;
    const Run run = m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, timeout});
    COMPARE_EXIT(run, 6);
    QVERIFY2(QString::fromUtf8(run.err).contains(said), qPrintable(run.describe(6)));
}

// ---- item 8: a credential never signed in -------------------------------------------------------

void TestCalloutctlHabits::tokenOfNeverSignedInNamesLoginAndAsks()
{
    if (!m_agent->start() || !m_agent->import(publicImport()))
        return;
    const Run run = m_agent->ctl({u"token"_s, u"PublicApi"_s});
    COMPARE_EXIT(run, 3);
    QVERIFY2(run.oneLineError(), run.err.constData());
    QVERIFY2(run.err.contains("`calloutctl login PublicApi`"), run.err.constData());
    // Exit 3 means the prompt is up: the record says the user is needed (AttentionTracker asks).
    const Run status = m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s});
    COMPARE_EXIT(status, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(u"status"_s).toString(), u"sign-in-required"_s);
    // And signing in ends it.
    COMPARE_EXIT(m_agent->ctl({u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"60"_s}, {}, 90000), 0);
    COMPARE_EXIT(m_agent->ctl({u"token"_s, u"PublicApi"_s}), 0);
}

// ---- item 13: --json and completion ------------------------------------------------------------

void TestCalloutctlHabits::jsonFieldsAreDocumented()
{
    const QStringList documented = documentedJsonFields();
    QVERIFY2(documented.size() > 10, qPrintable(documented.join(u' ')));
    if (!m_agent->start())
        return;
    const Run import = m_agent->ctl({u"import"_s, u"-"_s, u"--json"_s}, publicImport());
    COMPARE_EXIT(import, 0);
    const Run list = m_agent->ctl({u"list"_s, u"--json"_s});
    COMPARE_EXIT(list, 0);
    const Run status = m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s});
    COMPARE_EXIT(status, 0);
    QStringList keys = QJsonDocument::fromJson(import.out).object().keys();
    keys += QJsonDocument::fromJson(list.out).array().at(0).toObject().keys();
    keys += QJsonDocument::fromJson(status.out).object().keys();
    QVERIFY(keys.size() > 10);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(documented.contains(key), qPrintable(key + u" is not in the man page's JSON OUTPUT"_s));
}

void TestCalloutctlHabits::bashCompletion_data()
{
    QTest::addColumn<QStringList>("words"); // the command line being completed; the last is the current word
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("commands") << QStringList{u"calloutctl"_s, u"lo"_s} << QStringList{u"login"_s, u"logout"_s};
    QTest::newRow("options") << QStringList{u"calloutctl"_s, u"list"_s, u"--js"_s} << QStringList{u"--json"_s};
    QTest::newRow("names") << QStringList{u"calloutctl"_s, u"token"_s, u"Pu"_s} << QStringList{u"PublicApi"_s};
    QTest::newRow("names after an option")
        << QStringList{u"calloutctl"_s, u"--no-start"_s, u"status"_s, u""_s} << QStringList{u"PublicApi"_s};
    QTest::newRow("call addresses") << QStringList{u"calloutctl"_s, u"call"_s, u"cal"_s}
                                    << QStringList{u"callout:PublicApi/"_s};
    QTest::newRow("call options") << QStringList{u"calloutctl"_s, u"call"_s, u"--data"_s}
                                  << QStringList{u"--data"_s, u"--data-binary"_s};
}

void TestCalloutctlHabits::bashCompletion()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, offered);
    if (!m_agent->start() || !m_agent->import(publicImport()))
        return;
    const Run script = m_agent->ctl({u"completion"_s, u"bash"_s});
    COMPARE_EXIT(script, 0);
    test::writeFile(m_agent->filePath(u"completion.bash"_s), script.out);

    words[0] = AgentProcess::calloutctlBin(); // the script asks this very program for the names
    QStringList quoted;
    for (const QString &word : std::as_const(words))
        quoted.append(u"'"_s + word + u"'"_s);
    const QString program
        = u"source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _calloutctl; printf '%s\\n' \"${COMPREPLY[@]}\""_s
              .arg(m_agent->filePath(u"completion.bash"_s), quoted.join(u' '))
              .arg(words.size() - 1);
    QProcess bash;
    bash.setProcessEnvironment(m_agent->environment());
    bash.start(u"bash"_s, {u"-c"_s, program});
    QVERIFY(bash.waitForFinished(20000));
    QCOMPARE(bash.exitCode(), 0);
    const QStringList reply = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(reply, offered);
}

// ---- Ctrl-C ------------------------------------------------------------------------------------

void TestCalloutctlHabits::ctrlCCancelsTheSignIn()
{
    if (!m_agent->start("none") || !m_agent->import(publicImport()))
        return;
    QProcess login;
    login.setProcessEnvironment(m_agent->environment());
    login.start(AgentProcess::calloutctlBin(), {u"login"_s, u"PublicApi"_s, u"--timeout"_s, u"120"_s});
    QVERIFY(login.waitForStarted());
    QByteArray err;
    static const QRegularExpression startUrl(u"http://127\\.0\\.0\\.1:\\d+/start/\\S+"_s);
    QRegularExpressionMatch url;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += login.readAllStandardError(), url = startUrl.match(QString::fromUtf8(err)), url.hasMatch()), 20000);
    // (Not followed here: the start address works once, and the test checks it is dead afterwards.)

    ::kill(pid_t(login.processId()), SIGINT);
    QVERIFY(login.waitForFinished(10000));
    err += login.readAllStandardError();
    QCOMPARE(login.exitStatus(), QProcess::CrashExit); // died of SIGINT, as the shell expects
    QVERIFY2(err.contains("cancelled"), err.constData());

    // The agent cancelled the sign-in: back to signed-out, and the one-time address is dead.
    QTRY_VERIFY_WITH_TIMEOUT(m_agent->ctl({u"status"_s, u"PublicApi"_s, u"--json"_s}).out.contains("\"signed-out\""),
                             10000);
    const int afterwards = m_server->request("GET", QUrl(url.captured())).status;
    QVERIFY2(afterwards != 303, qPrintable(u"the start address still answers %1"_s.arg(afterwards)));
}

QTEST_GUILESS_MAIN(TestCalloutctlHabits)
#include "tst_calloutctlhabits.moc"
