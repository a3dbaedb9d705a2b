#include "callout/TokenDiscard.h"

#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(callout::Configuration)

using namespace callout;

namespace {

// Before: Acme with two credentials, Globex with one.
Configuration before()
{
    AuthProvider acme;
    acme.id = u"p-acme"_qs;
    acme.name = u"Acme"_qs;
    acme.issuer = u"https://login.acme.test"_qs;
    acme.authorizeUrl = QUrl(u"https://login.acme.test/authorize"_qs);
    acme.tokenUrl = QUrl(u"https://login.acme.test/token"_qs);
    acme.clientId = u"callout"_qs;
    acme.clientAuthentication = ClientAuthentication::Basic;
    acme.defaultScopes = u"openid api"_qs;
    AuthProvider globex;
    globex.id = u"p-globex"_qs;
    globex.name = u"Globex"_qs;
    globex.authorizeUrl = QUrl(u"https://idp.globex.test/authorize"_qs);
    globex.tokenUrl = QUrl(u"https://idp.globex.test/token"_qs);
    globex.clientId = u"callout"_qs;

    auto credential = [](const QString &id, const QString &name, const QString &url, const QString &provider) {
        NamedCredential c;
        c.id = id;
        c.name = name;
        c.url = QUrl(url);
        c.authProvider = provider;
        return c;
    };
    Configuration config;
    config.authProviders = {acme, globex};
    config.namedCredentials = {credential(u"c-api"_qs, u"AcmeApi"_qs, u"https://api.acme.test/v1"_qs, u"Acme"_qs),
                               credential(u"c-files"_qs, u"AcmeFiles"_qs, u"https://files.acme.test"_qs, u"Acme"_qs),
                               credential(u"c-globex"_qs, u"GlobexApi"_qs, u"https://api.globex.test"_qs,
                                          u"Globex"_qs)};
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
    void rules_data();
    void rules();
    void unchangedConfigurationDiscardsNothing();
    void removedCredentialIsDiscarded();
};

void TestTokenDiscard::rules_data()
{
    QTest::addColumn<Configuration>("after");
    QTest::addColumn<QStringList>("discarded"); // credential ids, in order

    const QStringList none;
    const QStringList apiOnly{u"c-api"_qs};
    const QStringList allOfAcme{u"c-api"_qs, u"c-files"_qs};

    // Credential rules
    QTest::newRow("credential: another host")
        << changed([](Configuration &c) { api(c).url = QUrl(u"https://api.evil.test/v1"_qs); }) << apiOnly;
    QTest::newRow("credential: another port")
        << changed([](Configuration &c) { api(c).url = QUrl(u"https://api.acme.test:8443/v1"_qs); }) << apiOnly;
    QTest::newRow("credential: another scheme")
        << changed([](Configuration &c) { api(c).url = QUrl(u"http://localhost/v1"_qs); }) << apiOnly;
    QTest::newRow("credential: another provider")
        << changed([](Configuration &c) { api(c).authProvider = u"Globex"_qs; }) << apiOnly;
    QTest::newRow("credential: provider that does not exist")
        << changed([](Configuration &c) { api(c).authProvider = u"Nobody"_qs; }) << apiOnly;
    QTest::newRow("credential: removed")
        << changed([](Configuration &c) { c.namedCredentials.removeAt(1); }) << QStringList{u"c-files"_qs};
    QTest::newRow("credential: another path") << changed([](Configuration &c) {
        api(c).url = QUrl(u"https://api.acme.test/v2/accounts"_qs);
    }) << none;
    QTest::newRow("credential: label") << changed([](Configuration &c) { api(c).label = u"Acme"_qs; }) << none;
    QTest::newRow("credential: scopes") << changed([](Configuration &c) { api(c).scopes = u"api"_qs; }) << none;
    QTest::newRow("credential: headers")
        << changed([](Configuration &c) { api(c).headers.insert(u"X-Api"_qs, u"2"_qs); }) << none;
    QTest::newRow("credential: renamed") << changed([](Configuration &c) { api(c).name = u"AcmeRest"_qs; }) << none;
    QTest::newRow("credential: moved in the list")
        << changed([](Configuration &c) { c.namedCredentials.move(0, 2); }) << none;

    // Provider rules: every credential of the provider loses its tokens.
    QTest::newRow("provider: tokenUrl")
        << changed([](Configuration &c) { acme(c).tokenUrl = QUrl(u"https://login.acme.test/v2/token"_qs); })
        << allOfAcme;
    QTest::newRow("provider: clientId") << changed([](Configuration &c) { acme(c).clientId = u"other"_qs; })
                                        << allOfAcme;
    QTest::newRow("provider: clientAuthentication")
        << changed([](Configuration &c) { acme(c).clientAuthentication = ClientAuthentication::None; }) << allOfAcme;
    QTest::newRow("provider: issuer") << changed([](Configuration &c) { acme(c).issuer.clear(); }) << allOfAcme;
    QTest::newRow("provider: replaced by another with the same name") << changed([](Configuration &c) {
        acme(c).id = u"p-acme-2"_qs;
    }) << allOfAcme;
    QTest::newRow("provider: renamed, credentials follow") << changed([](Configuration &c) {
        acme(c).name = u"AcmeCorp"_qs;
        c.namedCredentials[0].authProvider = u"AcmeCorp"_qs;
        c.namedCredentials[1].authProvider = u"AcmeCorp"_qs;
    }) << none;
    QTest::newRow("provider: defaultScopes")
        << changed([](Configuration &c) { acme(c).defaultScopes = u"openid"_qs; }) << none;
    QTest::newRow("provider: extra parameters")
        << changed([](Configuration &c) { acme(c).extraAuthorizeParameters.insert(u"prompt"_qs, u"login"_qs); })
        << none;
    QTest::newRow("provider: removed with its credentials") << changed([](Configuration &c) {
        c.authProviders.removeAt(1);
        c.namedCredentials.removeAt(2);
    }) << QStringList{u"c-globex"_qs};
    QTest::newRow("everything removed") << Configuration()
                                        << QStringList{u"c-api"_qs, u"c-files"_qs, u"c-globex"_qs};
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
    QCOMPARE(discards.constFirst().credentialId, u"c-api"_qs);
    QCOMPARE(discards.constFirst().credentialName, u"AcmeApi"_qs);
    QVERIFY(discards.constFirst().reason.contains(u"removed"_qs));

    // The same name with a new id is another credential: the old tokens go.
    after = before();
    api(after).id = u"c-api-2"_qs;
    QCOMPARE(tokensToDiscard(before(), after).size(), 1);
}

QTEST_GUILESS_MAIN(TestTokenDiscard)
#include "tst_tokendiscard.moc"
