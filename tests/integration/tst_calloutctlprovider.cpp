// Issue 15, "a GitHub provider is added from its preset with only a client id and secret":
// `calloutctl provider add --preset …` against the real `callout --headless` agent and the real
// keychain (tests/run.sh). The provider goes through the agent's import; the client secret, read
// from stdin, lands in the keychain and nowhere else. Also: the presets listing, the usage errors,
// and that calloutctl still loads neither the keychain nor the OAuth library.
#include "AgentProcess.h"
#include "Awaited.h"
#include "TestEnvironment.h"
#include "callout/store/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using callout::test::AgentProcess;
using Run = callout::test::CtlRun;
namespace test = callout::test;

#define COMPARE_EXIT(run, expected)                                                                                    \
    do {                                                                                                               \
        const Run &checkedRun = (run);                                                                                 \
        QVERIFY2(checkedRun.exitCode == (expected), qPrintable(checkedRun.describe(expected)));                        \
    } while (false)

namespace {

const QString Secret = u"gh-s3cr3t-Preset-71qz"_s;

QJsonObject providerNamed(const QByteArray &exported, const QString &name)
{
    for (const QJsonValue &p : QJsonDocument::fromJson(exported).object().value(u"authProviders"_s).toArray()) {
        if (p.toObject().value(u"name"_s).toString() == name)
            return p.toObject();
    }
    return {};
}

} // namespace

class TestCalloutctlProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void gitHubFromItsPresetWithOnlyClientIdAndSecret();
    void placeholderIsSubstituted();
    void presetsAreListed();
    void usageErrors_data();
    void usageErrors();
    void calloutctlLoadsNoKeychainNorOAuth();

private:
    QString providerId(const QString &name) const;

    std::unique_ptr<AgentProcess> m_agent;
    std::unique_ptr<callout::KeychainSecretStore> m_keychain;
    QStringList m_keychainKeys; // removed in cleanup(): the run's keyring is shared
};

void TestCalloutctlProvider::initTestCase()
{
    QVERIFY(AgentProcess::checkPrograms());
}

void TestCalloutctlProvider::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_agent = std::make_unique<AgentProcess>();
    QVERIFY(m_agent->isValid());
    m_keychain = std::make_unique<callout::KeychainSecretStore>();
}

void TestCalloutctlProvider::cleanup()
{
    for (const QString &key : std::as_const(m_keychainKeys)) {
        test::Awaited<void> removed;
        m_keychain->remove(key, removed.context(), removed.callback());
        removed.wait();
    }
    m_keychainKeys.clear();
    m_agent.reset();
}

// The id the agent gave the provider, from its callout.json.
QString TestCalloutctlProvider::providerId(const QString &name) const
{
    const QByteArray config = test::readFile(m_agent->configDir() + u"/callout/callout.json"_s);
    for (const QJsonValue &p : QJsonDocument::fromJson(config).object().value(u"authProviders"_s).toArray()) {
        if (p.toObject().value(u"name"_s).toString() == name)
            return p.toObject().value(u"id"_s).toString();
    }
    return {};
}

void TestCalloutctlProvider::gitHubFromItsPresetWithOnlyClientIdAndSecret()
{
    if (!m_agent->start())
        return;
    const Run added = m_agent->ctl({u"provider"_s, u"add"_s, u"--preset"_s, u"github-oauth-app"_s, u"--client-id"_s,
                                    u"Iv1.0123456789abcdef"_s, u"--client-secret-file"_s, u"-"_s},
                                   Secret.toUtf8() + '\n');
    if (!AgentProcess::imported(added)) // exit 8: skipped where no keychain runs, a failure in CI
        return;
    QVERIFY2(added.out.contains("added: authProvider GitHub"), added.out.constData());
    QVERIFY2(added.out.contains("Register the client"), added.out.constData()); // the redirect to register

    // The preset's facts, through the agent's own export.
    const Run exported = m_agent->ctl({u"export"_s});
    COMPARE_EXIT(exported, 0);
    const QJsonObject github = providerNamed(exported.out, u"GitHub"_s);
    QCOMPARE(github.value(u"clientId"_s).toString(), u"Iv1.0123456789abcdef"_s);
    QCOMPARE(github.value(u"authorizeUrl"_s).toString(), u"https://github.com/login/oauth/authorize"_s);
    QCOMPARE(github.value(u"tokenUrl"_s).toString(), u"https://github.com/login/oauth/access_token"_s);
    QCOMPARE(github.value(u"clientAuthentication"_s).toString(), u"post"_s);
    QCOMPARE(github.value(u"defaultScopes"_s).toString(), u"read:user user:email"_s);
    QVERIFY(!github.contains(u"clientSecret"_s));

    // The secret is in the keychain under the provider's id, and in no file nor any output.
    const QString id = providerId(u"GitHub"_s);
    QVERIFY(!id.isEmpty());
    const QString key = callout::secretkeys::providerClientSecret(id);
    m_keychainKeys.append(key);
    test::Awaited<QByteArray> stored;
    m_keychain->read(key, stored.context(), stored.callback());
    const callout::Result<QByteArray> &read = stored.wait();
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value(), Secret.toUtf8()); // without the line break
    m_agent->stop();
    for (const QString &dir : {m_agent->configDir(), m_agent->dataDir(), m_agent->runtimeDir()})
        QVERIFY2(test::filesContaining(dir, Secret.toUtf8()).isEmpty(),
                 qPrintable(test::filesContaining(dir, Secret.toUtf8()).join(u", "_s)));
    for (const Run &run : m_agent->runs()) {
        QVERIFY(!run.args.join(u' ').contains(Secret));
        QVERIFY(!run.outAndErr().contains(Secret.toUtf8()));
    }
    QVERIFY(!m_agent->log().contains(Secret.toUtf8()));
}

void TestCalloutctlProvider::placeholderIsSubstituted()
{
    if (!m_agent->start())
        return;
    const Run added = m_agent->ctl({u"provider"_s, u"add"_s, u"--preset"_s, u"microsoft-entra-id"_s, u"--client-id"_s,
                                    u"11111111-2222-3333-4444-555555555555"_s, u"--set"_s,
                                    u"tenant=contoso.onmicrosoft.com"_s, u"--name"_s, u"Contoso"_s});
    COMPARE_EXIT(added, 0);
    const QJsonObject entra = providerNamed(m_agent->ctl({u"export"_s}).out, u"Contoso"_s);
    QCOMPARE(entra.value(u"tokenUrl"_s).toString(),
             u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s);
    QCOMPARE(entra.value(u"clientAuthentication"_s).toString(), u"none"_s);

    // The same again changes nothing; another tenant needs --replace.
    const Run again = m_agent->ctl({u"provider"_s, u"add"_s, u"--preset"_s, u"microsoft-entra-id"_s, u"--client-id"_s,
                                    u"11111111-2222-3333-4444-555555555555"_s, u"--set"_s,
                                    u"tenant=fabrikam.onmicrosoft.com"_s, u"--name"_s, u"Contoso"_s});
    COMPARE_EXIT(again, 1);
    QVERIFY2(again.err.contains("--replace"), again.err.constData());
}

void TestCalloutctlProvider::presetsAreListed()
{
    const Run list = m_agent->ctl({u"provider"_s, u"presets"_s, u"--no-start"_s});
    COMPARE_EXIT(list, 0);
    for (const char *id :
         {"salesforce-production", "salesforce-my-domain", "github-oauth-app", "github-app", "gitlab-self-managed",
          "google", "microsoft-entra-id", "slack", "atlassian", "dropbox", "zoom", "openid-connect"})
        QVERIFY2(list.out.contains(id), id);
    const Run one = m_agent->ctl({u"provider"_s, u"presets"_s, u"microsoft-entra-id"_s, u"--no-start"_s});
    COMPARE_EXIT(one, 0);
    QVERIFY2(one.out.contains("--set tenant=VALUE"), one.out.constData());
    QVERIFY2(one.out.contains("Source: https://"), one.out.constData());
    const Run json = m_agent->ctl({u"provider"_s, u"presets"_s, u"--json"_s, u"--no-start"_s});
    COMPARE_EXIT(json, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 14);
    QVERIFY(m_agent->agentPids().isEmpty()); // listing needs no agent
}

void TestCalloutctlProvider::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("named"); // what stderr must say
    const QStringList github{u"provider"_s, u"add"_s, u"--preset"_s, u"github-oauth-app"_s};
    const QStringList entra{u"provider"_s, u"add"_s, u"--preset"_s, u"microsoft-entra-id"_s, u"--client-id"_s, u"c"_s};
    QTest::newRow("no subcommand") << QStringList{u"provider"_s} << QByteArray() << u"add or presets"_s;
    QTest::newRow("no preset") << QStringList{u"provider"_s, u"add"_s} << QByteArray() << u"--preset"_s;
    QTest::newRow("unknown preset") << QStringList{u"provider"_s, u"add"_s, u"--preset"_s, u"gitbub"_s} << QByteArray()
                                    << u"gitbub"_s;
    QTest::newRow("unknown preset shown")
        << QStringList{u"provider"_s, u"presets"_s, u"gitbub"_s} << QByteArray() << u"gitbub"_s;
    QTest::newRow("no client id") << github + QStringList{u"--client-secret-file"_s, u"-"_s} << QByteArray("s\n")
                                  << u"clientId: is required"_s;
    QTest::newRow("no client secret") << github + QStringList{u"--client-id"_s, u"c"_s} << QByteArray()
                                      << u"clientSecret: is required"_s;
    QTest::newRow("secret for a public client")
        << entra + QStringList{u"--set"_s, u"tenant=common"_s, u"--client-secret-file"_s, u"-"_s} << QByteArray("s\n")
        << u"clientSecret: is not used"_s;
    QTest::newRow("no tenant") << entra << QByteArray() << u"tenant: is required"_s;
    QTest::newRow("tenant ../x") << entra + QStringList{u"--set"_s, u"tenant=../x"_s} << QByteArray()
                                 << u"tenant: must be"_s;
    QTest::newRow("unknown --set") << entra + QStringList{u"--set"_s, u"host=x"_s} << QByteArray() << u"tenant"_s;
    QTest::newRow("bad name") << entra + QStringList{u"--set"_s, u"tenant=common"_s, u"--name"_s, u"My Entra"_s}
                              << QByteArray() << u"name: "_s;
}

void TestCalloutctlProvider::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, named);
    const Run run = m_agent->ctl(args + QStringList{u"--no-start"_s}, input);
    COMPARE_EXIT(run, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(named), qPrintable(run.describe(2)));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

// calloutctl links the core library for the presets' rules only: --as-needed keeps it lean.
void TestCalloutctlProvider::calloutctlLoadsNoKeychainNorOAuth()
{
    if (QStandardPaths::findExecutable(u"readelf"_s).isEmpty())
        QSKIP("readelf (binutils) is not installed");
    QProcess readelf;
    readelf.start(u"readelf"_s, {u"-d"_s, AgentProcess::calloutctlQtBin()});
    QVERIFY(readelf.waitForFinished(10000));
    const QByteArray needed = readelf.readAllStandardOutput();
    QVERIFY2(needed.contains("libQt6Core"), needed.constData());
    for (const char *library : {"keychain", "NetworkAuth", "DBus", "Widgets", "http_parser"})
        QVERIFY2(!needed.contains(library), needed.constData());
}

QTEST_GUILESS_MAIN(TestCalloutctlProvider)
#include "tst_calloutctlprovider.moc"
