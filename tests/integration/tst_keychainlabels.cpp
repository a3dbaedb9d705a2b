// Issue 16, item 7: keychain items say what they are. QtKeychain labels every Secret Service item
// with its service name alone ("callout"); Callout labels its items "Callout — <credential label>
// (tokens)" and "Callout — <provider name> (client secret)". Checked against the real
// gnome-keyring (tests/run.sh) with `secret-tool`, as a user browsing the keychain would see them.
#include "Awaited.h"
#include "TestEnvironment.h"
#include "callout/model/Configuration.h"
#include "callout/store/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

class TestKeychainLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void labelNamesWhatTheItemIs_data();
    void labelNamesWhatTheItemIs();
    void writtenItemsAreLabelled();
    void labelsFollowLaterChanges();
    void unlabelledWithoutALabelFunction();

private:
    bool write(const QString &key, const QByteArray &value);
    // The labels of this test's items, from `secret-tool search --all server <service>`.
    QStringList labels();
    static Configuration sample();

    // A service name of its own, so the test never touches a user's real `callout` items.
    QString m_service = u"callout-test-"_s + QString::number(QRandomGenerator::system()->generate(), 16);
    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_written;
};

Configuration TestKeychainLabels::sample()
{
    const QByteArray json = R"({"version":1,
        "authProviders":[{"id":"p1","name":"Demo","authorizeUrl":"https://id.example/a","tokenUrl":"https://id.example/t",
                          "clientId":"c"}],
        "namedCredentials":[{"id":"c1","name":"TestApi","label":"Test API","url":"https://api.example/",
                             "authProvider":"Demo"},
                            {"id":"c2","name":"Plain","url":"https://plain.example/","authProvider":"Demo"}]})";
    QList<Error> problems;
    Configuration configuration = Configuration::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    [&] { QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString())); }();
    return configuration;
}

void TestKeychainLabels::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        QFAIL("secret-tool (libsecret-tools) is needed");
    m_store = std::make_unique<KeychainSecretStore>(m_service);
}

void TestKeychainLabels::cleanup()
{
    for (const QString &key : std::as_const(m_written)) {
        test::Awaited<void> removed;
        m_store->remove(key, removed.context(), removed.callback());
        removed.wait();
    }
    m_written.clear();
    m_store.reset();
}

bool TestKeychainLabels::write(const QString &key, const QByteArray &value)
{
    test::Awaited<void> written;
    m_store->write(key, value, written.context(), written.callback());
    if (!written.wait().ok()) {
        test::keychainUnusable(written.result().error().message);
        return false;
    }
    m_written.append(key);
    return true;
}

QStringList TestKeychainLabels::labels()
{
    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, m_service});
    if (!search.waitForFinished(10000))
        return {u"secret-tool did not finish"_s};
    QStringList found;
    const QStringList lines = QString::fromUtf8(search.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"label = "_s))
            found.append(line.mid(8));
    }
    found.sort();
    return found;
}

void TestKeychainLabels::labelNamesWhatTheItemIs_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("tokens") << secretkeys::credentialTokens(u"c1"_s) << u"Callout — Test API (tokens)"_s;
    QTest::newRow("tokens, no label") << secretkeys::credentialTokens(u"c2"_s) << u"Callout — Plain (tokens)"_s;
    QTest::newRow("client secret") << secretkeys::providerClientSecret(u"p1"_s) << u"Callout — Demo (client secret)"_s;
    QTest::newRow("unknown credential") << secretkeys::credentialTokens(u"gone"_s) << QString();
    QTest::newRow("other key") << u"something/else"_s << QString();
}

void TestKeychainLabels::labelNamesWhatTheItemIs()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(secretkeys::itemLabel(sample(), key), label);
}

void TestKeychainLabels::writtenItemsAreLabelled()
{
    const Configuration configuration = sample();
    m_store->setItemLabels([&configuration](const QString &key) { return secretkeys::itemLabel(configuration, key); });
    if (!write(secretkeys::credentialTokens(u"c1"_s), "tokens"))
        return;
    QVERIFY(write(secretkeys::providerClientSecret(u"p1"_s), "secret"));
    QCOMPARE(labels(), (QStringList{u"Callout — Demo (client secret)"_s, u"Callout — Test API (tokens)"_s}));
    // A rewrite (every refresh) keeps the label, though the item is replaced.
    QVERIFY(write(secretkeys::credentialTokens(u"c1"_s), "tokens, refreshed"));
    QCOMPARE(labels(), (QStringList{u"Callout — Demo (client secret)"_s, u"Callout — Test API (tokens)"_s}));
}

// A client secret is written before its provider is saved, and a credential can be renamed: the
// labels follow once the configuration says.
void TestKeychainLabels::labelsFollowLaterChanges()
{
    Configuration configuration; // the provider is not saved yet
    m_store->setItemLabels([&configuration](const QString &key) { return secretkeys::itemLabel(configuration, key); });
    if (!write(secretkeys::providerClientSecret(u"p1"_s), "secret"))
        return;
    QVERIFY(write(secretkeys::credentialTokens(u"c1"_s), "tokens"));
    QCOMPARE(labels(), (QStringList{m_service, m_service})); // QtKeychain's own label

    configuration = sample();
    configuration.namedCredentials[0].label = u"Renamed API"_s;
    bool done = false;
    m_store->refreshLabels([&done] { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(labels(), (QStringList{u"Callout — Demo (client secret)"_s, u"Callout — Renamed API (tokens)"_s}));
}

void TestKeychainLabels::unlabelledWithoutALabelFunction()
{
    if (!write(u"plain/key"_s, "value"))
        return;
    QCOMPARE(labels(), QStringList{m_service});
}

QTEST_MAIN(TestKeychainLabels)
#include "tst_keychainlabels.moc"
