#include "callout/model/TokenDiscard.h"

#include "ConfigurationSamples.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callout::Configuration)

using namespace callout;

namespace {

// Before: Acme with two credentials, Globex with one.
Configuration before()
{
    AuthProvider acme = test::provider(u"Acme"_s, u"p-acme"_s);
    acme.issuer = u"https://login.acme.test"_s;
    acme.clientAuthentication = ClientAuthentication::Basic;
    acme.defaultScopes = u"openid api"_s;
    Configuration config;
    config.authProviders = {acme, test::provider(u"Globex"_s, u"p-globex"_s)};
    config.namedCredentials
        = {test::credential(u"AcmeApi"_s, u"Acme"_s, u"c-api"_s, u"https://api.acme.test/v1"_s),
           test::credential(u"AcmeFiles"_s, u"Acme"_s, u"c-files"_s, u"https://files.acme.test"_s),
           test::credential(u"GlobexApi"_s, u"Globex"_s, u"c-globex"_s, u"https://api.globex.test"_s)};
    return config;
}

Configuration changed(const std::function<void(Configuration &)> &change)
{
    Configuration config = before();
    change(config);
    return config;
}

NamedCredential &api(Configuration &config)
{
    return config.namedCredentials[0];
}

AuthProvider &acme(Configuration &config)
{
    return config.authProviders[0];
}

} // namespace

class TestTokenDiscard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rules_data();
    void rules();
    void unchangedConfigurationDiscardsNothing();
    void removedCredentialIsDiscarded();
};

void TestTokenDiscard::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestTokenDiscard::rules_data()
{
    QTest::addColumn<Configuration>("after");
    QTest::addColumn<QStringList>("discarded"); // credential ids, in order

    const QStringList none;
    const QStringList apiOnly{u"c-api"_s};
    const QStringList allOfAcme{u"c-api"_s, u"c-files"_s};

    // Credential rules
    QTest::newRow("credential: another host")
        << changed([](Configuration &c) { api(c).url = QUrl(u"https://api.evil.test/v1"_s); }) << apiOnly;
    QTest::newRow("credential: another port")
        << changed([](Configuration &c) { api(c).url = QUrl(u"https://api.acme.test:8443/v1"_s); }) << apiOnly;
    QTest::newRow("credential: another scheme")
        << changed([](Configuration &c) { api(c).url = QUrl(u"http://localhost/v1"_s); }) << apiOnly;
    QTest::newRow("credential: another provider")
        << changed([](Configuration &c) { api(c).authProvider = u"Globex"_s; }) << apiOnly;
    QTest::newRow("credential: provider that does not exist")
        << changed([](Configuration &c) { api(c).authProvider = u"Nobody"_s; }) << apiOnly;
    QTest::newRow("credential: removed") << changed([](Configuration &c) { c.namedCredentials.removeAt(1); })
                                         << QStringList{u"c-files"_s};
    QTest::newRow("credential: another path")
        << changed([](Configuration &c) { api(c).url = QUrl(u"https://api.acme.test/v2/accounts"_s); }) << none;
    QTest::newRow("credential: label") << changed([](Configuration &c) { api(c).label = u"Acme"_s; }) << none;
    QTest::newRow("credential: scopes") << changed([](Configuration &c) { api(c).scopes = u"api"_s; }) << none;
    QTest::newRow("credential: headers") << changed([](Configuration &c) { api(c).headers.insert(u"X-Api"_s, u"2"_s); })
                                         << none;
    QTest::newRow("credential: renamed") << changed([](Configuration &c) { api(c).name = u"AcmeRest"_s; }) << none;
    QTest::newRow("credential: moved in the list")
        << changed([](Configuration &c) { c.namedCredentials.move(0, 2); }) << none;

    // Provider rules: every credential of the provider loses its tokens.
    QTest::newRow("provider: tokenUrl") << changed([](Configuration &c) {
        acme(c).tokenUrl = QUrl(u"https://login.acme.test/v2/token"_s);
    }) << allOfAcme;
    QTest::newRow("provider: clientId") << changed([](Configuration &c) { acme(c).clientId = u"other"_s; })
                                        << allOfAcme;
    QTest::newRow("provider: clientAuthentication")
        << changed([](Configuration &c) { acme(c).clientAuthentication = ClientAuthentication::None; }) << allOfAcme;
    QTest::newRow("provider: issuer") << changed([](Configuration &c) { acme(c).issuer.clear(); }) << allOfAcme;
    QTest::newRow("provider: replaced by another with the same name")
        << changed([](Configuration &c) { acme(c).id = u"p-acme-2"_s; }) << allOfAcme;
    QTest::newRow("provider: renamed, credentials follow") << changed([](Configuration &c) {
        acme(c).name = u"AcmeCorp"_s;
        c.namedCredentials[0].authProvider = u"AcmeCorp"_s;
        c.namedCredentials[1].authProvider = u"AcmeCorp"_s;
    }) << none;
    QTest::newRow("provider: defaultScopes")
        << changed([](Configuration &c) { acme(c).defaultScopes = u"openid"_s; }) << none;
    QTest::newRow("provider: extra parameters")
        << changed([](Configuration &c) { acme(c).extraAuthorizeParameters.insert(u"prompt"_s, u"login"_s); }) << none;
    QTest::newRow("provider: removed with its credentials") << changed([](Configuration &c) {
        c.authProviders.removeAt(1);
        c.namedCredentials.removeAt(2);
    }) << QStringList{u"c-globex"_s};
    QTest::newRow("everything removed") << Configuration() << QStringList{u"c-api"_s, u"c-files"_s, u"c-globex"_s};
}

void TestTokenDiscard::rules()
{
    QFETCH(Configuration, after);
    QFETCH(QStringList, discarded);

    const Configuration old = before();
    const QList<TokenDiscard> discards = tokensToDiscard(old, after);
    QStringList actual;
    for (const TokenDiscard &discard : discards) {
        actual.append(discard.credentialId);
        const NamedCredential *credential = old.credentialById(discard.credentialId);
        QVERIFY(credential);
        QCOMPARE(discard.credentialName, credential->name);
        QVERIFY(!discard.reason.isEmpty());
        QVERIFY2(discard.reason.contains(credential->name), qPrintable(discard.reason));
    }
    QCOMPARE(actual, discarded);
}

void TestTokenDiscard::unchangedConfigurationDiscardsNothing()
{
    QVERIFY(tokensToDiscard(before(), before()).isEmpty());
    QVERIFY(tokensToDiscard(Configuration(), before()).isEmpty()); // new credentials have no tokens
    QVERIFY(tokensToDiscard(Configuration(), Configuration()).isEmpty());
}

void TestTokenDiscard::removedCredentialIsDiscarded()
{
    Configuration after = before();
    after.namedCredentials.removeFirst();
    const QList<TokenDiscard> discards = tokensToDiscard(before(), after);
    QCOMPARE(discards.size(), 1);
    QCOMPARE(discards.constFirst().credentialId, u"c-api"_s);
    QCOMPARE(discards.constFirst().credentialName, u"AcmeApi"_s);
    QVERIFY(discards.constFirst().reason.contains(u"removed"_s));

    // The same name with a new id is another credential: the old tokens go.
    after = before();
    api(after).id = u"c-api-2"_s;
    QCOMPARE(tokensToDiscard(before(), after).size(), 1);
}

QTEST_GUILESS_MAIN(TestTokenDiscard)
#include "tst_tokendiscard.moc"
