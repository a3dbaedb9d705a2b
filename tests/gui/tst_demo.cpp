// The issue's "done when" for demo mode, end to end: the real `callout --demo` under Xvfb with the
// real tray and dunst, beside the user's own agent in the same folders. The Demo caller's first call
// waits for a sign-in; the scripted browser clicks Allow on the demo service's page; the caller's
// calls go through silent refreshes; the forced
// end of the session raises exactly one notification while the caller's call waits; its
// Re-authenticate action (dunst's default action) → the browser → the waiting call completes.
// Afterwards the user's configuration, sign-in records and keychain items are as they were.
#include "AgentProcess.h"
#include "TestServer.h"
#include "callout/store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using test::AgentProcess;

namespace {

bool ci()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

// What a program prints, or an empty string when it fails (with a warning saying why).
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << program << arguments << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The keychain items of a service as `secret-tool` shows them, without the secrets themselves;
// only those of `keys` when given (other tests of the run share the keyring). secret-tool prints an
// item's label and dates on stdout but its attributes on stderr, so the items are searched key by
// key rather than told apart by their attributes.
QString keychainItems(const QString &service, const QStringList &keys = {})
{
    const auto search = [&service](const QString &key) {
        QStringList arguments{u"search"_s, u"--all"_s, u"server"_s, service};
        if (!key.isEmpty())
            arguments << u"user"_s << key;
        QProcess process;
        process.start(u"secret-tool"_s, arguments);
        process.waitForFinished(10000);
        QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.startsWith(u"secret = "_s); });
        return lines.join(u'\n');
    };
    if (keys.isEmpty())
        return search({});
    QStringList items;
    for (const QString &key : keys)
        items.append(key + u":\n"_s + search(key));
    return items.join(u"\n\n"_s);
}

// The keychain keys of every entry of a callout.json: each provider's client secret, each
// credential's tokens.
QStringList keychainKeysOf(const QByteArray &configuration)
{
    QStringList keys;
    const QJsonObject json = QJsonDocument::fromJson(configuration).object();
    for (const QJsonValue &entry : json.value(u"authProviders"_s).toArray())
        keys.append(secretkeys::providerClientSecret(entry.toObject().value(u"id"_s).toString()));
    for (const QJsonValue &entry : json.value(u"namedCredentials"_s).toArray())
        keys.append(secretkeys::credentialTokens(entry.toObject().value(u"id"_s).toString()));
    return keys;
}

int notificationsShown()
{
    return run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).toInt()
        + run(u"dunstctl"_s, {u"count"_s, u"history"_s}).toInt();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void demoShowsTheWholeLoop();

private:
    bool startDunst();
    bool startDemo(const QProcessEnvironment &environment);
    // The demo agent's terminal: the Demo caller writes each of its log lines there.
    QString demoLog() const { return QString::fromUtf8(m_demoOutput); }
    // The Demo caller's log lines (not the agent's own) that contain `text`.
    int linesContaining(const QString &text) const { return int(demoLog().count(u"callout demo caller: "_s + text)); }
    void screenshot(const QString &name);

    QTemporaryDir m_dunstDir;
    std::unique_ptr<QProcess> m_dunst;
    std::unique_ptr<QProcess> m_demo;
    QByteArray m_demoOutput;
};

void TestDemo::initTestCase()
{
    for (const QString &program : {u"dunst"_s, u"dunstctl"_s, u"secret-tool"_s}) {
        if (QStandardPaths::findExecutable(program).isEmpty()) {
            if (ci())
                QFAIL(qPrintable(program + u" is needed in CI (packaging/install-deps.sh installs it)"_s));
            QSKIP(qPrintable(program + u" is not installed"_s));
        }
    }
    if (QGuiApplication::platformName() != u"xcb"_s)
        QSKIP("needs the X display, tray and session bus of tests/run.sh");
    QVERIFY(AgentProcess::checkPrograms());
}

void TestDemo::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo("demo agent's output:\n%s", m_demoOutput.constData());
    for (auto *process : {m_demo.get(), m_dunst.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
    m_demo.reset();
    m_dunst.reset();
}

bool TestDemo::startDunst()
{
    const QString config = m_dunstDir.filePath(u"dunstrc"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("[global]\n    font = Monospace 8\n    origin = bottom-right\n");
    file.close();
    m_dunst = std::make_unique<QProcess>();
    m_dunst->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dunst->setStandardOutputFile(QProcess::nullDevice());
    m_dunst->start(u"dunst"_s, {u"-config"_s, config});
    return m_dunst->waitForStarted();
}

bool TestDemo::startDemo(const QProcessEnvironment &environment)
{
    m_demo = std::make_unique<QProcess>();
    m_demo->setProcessEnvironment(environment);
    m_demo->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_demo.get(), &QProcess::readyRead, this, [this] { m_demoOutput += m_demo->readAll(); });
    // Short enough to watch in a test: tokens of 30 s (the shortest Callout refreshes ahead of
    // expiry: RefreshSchedule's MinimumRefreshInterval), a session of 45 s, a call every 2 s.
    m_demo->start(
        AgentProcess::calloutBin(),
        {u"--demo"_s, u"--demo-token-ttl"_s, u"30"_s, u"--demo-session"_s, u"45"_s, u"--demo-call-interval"_s, u"2"_s});
    return m_demo->waitForStarted();
}

void TestDemo::screenshot(const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty())
        return;
    QTest::qWait(300); // let the window and dunst paint
    QDir().mkpath(artifacts);
    QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u'/' + name));
}

void TestDemo::demoShowsTheWholeLoop()
{
    // The user's own agent and credential, in the folders the demo will share.
    AgentProcess user;
    QVERIFY(user.isValid());
    QVERIFY(user.start());
    const QByteArray document = R"({"version": 1,
        "authProviders": [{"name": "Work", "authorizeUrl": "https://login.example.com/authorize",
                           "tokenUrl": "https://login.example.com/token", "clientId": "work-desktop",
                           "clientAuthentication": "post", "clientSecret": "the-users-own-secret"}],
        "namedCredentials": [{"name": "Mail", "url": "https://mail.example.com", "authProvider": "Work"}]})";
    QVERIFY(user.import(document));
    // Another item of the same service, as the other tests of a run leave in the shared keyring.
    QProcess decoy;
    decoy.start(u"secret-tool"_s,
                {u"store"_s, u"--label=Not the user's"_s, u"server"_s, u"callout"_s, u"user"_s,
                 u"credential/tst_demo-decoy/tokens"_s});
    decoy.write("decoy");
    decoy.closeWriteChannel();
    QVERIFY(decoy.waitForFinished(10000) && decoy.exitCode() == 0);
    const QString userConfig = user.configDir() + u"/callout/callout.json"_s;
    const QString userState = user.dataDir() + u"/callout/state.json"_s;
    const QByteArray configBefore = readAll(userConfig);
    const QByteArray stateBefore = readAll(userState);
    const QStringList userKeys = keychainKeysOf(configBefore);
    QCOMPARE(userKeys.size(), 2);
    const QString keychainBefore = keychainItems(u"callout"_s, userKeys);
    QVERIFY2(keychainBefore.contains(u"client secret"_s), qPrintable(keychainBefore));

    QVERIFY(startDunst());
    QProcessEnvironment environment = user.environment();
    environment.insert(u"DISPLAY"_s, qEnvironmentVariable("DISPLAY"));
    // xdg-open takes $BROWSER first; the scripted user needs no display.
    environment.insert(u"BROWSER"_s, u"env -u DISPLAY "_s + test::TestServer::browserScript());
    QVERIFY(startDemo(environment));

    // Nobody signed in yet: the caller's first call waits for the user, who is asked (a program
    // needs a credential never signed in) with one notification.
    QTRY_VERIFY_WITH_TIMEOUT(demoLog().contains(u"waiting for you to sign in"_s), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}), u"1"_s, 15000);
    screenshot(u"demo-1-not-signed-in.png"_s);

    // Sign in (calloutctl --demo reaches the demo's agent, not the user's): the browser clicks Allow,
    // the waiting call completes and the notification goes.
    const test::CtlRun login = user.ctl({u"--demo"_s, u"login"_s, u"DemoApi"_s});
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe(0)));
    QTRY_VERIFY_WITH_TIMEOUT(demoLog().contains(u"the waiting call completed"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}), u"0"_s, 10000);
    const int notificationsAtSignIn = notificationsShown();
    // The caller sees refreshes it never had to wait for.
    QTRY_VERIFY_WITH_TIMEOUT(demoLog().contains(u"token refreshed silently"_s), 45000);
    const test::CtlRun call = user.ctl({u"--demo"_s, u"call"_s, u"callout:DemoApi/me"_s});
    QVERIFY2(call.exitCode == 0 && call.out.contains("Demo User"), qPrintable(call.describe(0)));
    QVERIFY2(keychainItems(u"callout-demo"_s).contains(u"Demo API"_s), qPrintable(keychainItems(u"callout-demo"_s)));
    screenshot(u"demo-2-signed-in.png"_s);
    QCOMPARE(notificationsShown(), notificationsAtSignIn); // silent refreshes bother nobody

    // The service ends the session: one notification, one waiting call.
    QTRY_VERIFY_WITH_TIMEOUT(demoLog().contains(u"ended the session"_s), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}), u"1"_s, 15000);
    QTest::qWait(4000); // two more ticks of the caller: they wait behind the first, nothing new is raised
    QCOMPARE(linesContaining(u"The service ended the session"_s), 1);
    QCOMPARE(notificationsShown(), notificationsAtSignIn + 1);
    // Refresh was tried and the service said why in its own words (they reach the sign-in record).
    const QString state = QString::fromUtf8(readAll(user.dataDir() + u"/callout-demo/state.json"_s));
    QVERIFY2(state.contains(u"The demo service ended the session after 45 seconds"_s), qPrintable(state));
    screenshot(u"demo-3-session-ended.png"_s);

    // One click on the notification's Re-authenticate (dunst's default action): the browser clicks
    // Allow again and the call that waited completes.
    const int completedBefore = linesContaining(u"200 — the waiting call completed"_s);
    QCOMPARE(run(u"dunstctl"_s, {u"action"_s, u"0"_s}), QString());
    QTRY_COMPARE_WITH_TIMEOUT(linesContaining(u"200 — the waiting call completed"_s), completedBefore + 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}), u"0"_s, 10000);
    QCOMPARE(notificationsShown(), notificationsAtSignIn + 1);
    screenshot(u"demo-4-reauthenticated.png"_s);
    QCOMPARE(QString::fromUtf8(readAll(user.filePath(u"browser.log"_s))).count(u"delivered to the app"_s), 2);

    // The user's agent still answers with the user's own credential, whose files and keychain
    // items the demo never touched.
    const test::CtlRun names = user.ctl({u"list"_s, u"--names"_s});
    QVERIFY2(names.exitCode == 0 && names.out.trimmed() == "Mail", qPrintable(names.describe(0)));
    QCOMPARE(readAll(userConfig), configBefore);
    QCOMPARE(readAll(userState), stateBefore);
    QCOMPARE(keychainItems(u"callout"_s, userKeys), keychainBefore);
    QVERIFY(!QFile::exists(user.configDir() + u"/callout/callout.json.corrupt"_s));
    QVERIFY(QFile::exists(user.configDir() + u"/callout-demo/callout.json"_s));
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
