// Issue 15, provider presets: the built-in catalogue (resources/presets/providers.json) loads, every
// preset applied with sample answers passes the configuration rules, each preset's key facts are
// what its service documents, a typed value cannot change more of a URL than its own part, and a
// broken catalogue is refused with the path of each problem.
#include "callout/model/ProviderPresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

const QString SampleSecret = u"s3cr3t-Preset-9x"_s;

// Answers every question of `preset` with a sample value.
PresetAnswers sampleAnswers(const ProviderPreset &preset)
{
    PresetAnswers answers;
    answers.clientId = u"client-123"_s;
    if (preset.asks(u"clientSecret"_s))
        answers.clientSecret = SampleSecret;
    for (const PresetQuestion &q : preset.placeholders())
        answers.values.insert(q.key, ProviderPreset::sampleValue(q.kind));
    return answers;
}

// The built-in catalogue's JSON with `edit` applied to its first preset.
QByteArray catalogueWith(const std::function<void(QJsonObject &)> &edit)
{
    QFile file(u":/presets/providers.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray presets = root.value(u"presets"_s).toArray();
    QJsonObject first = presets.at(0).toObject();
    edit(first);
    presets.replace(0, first);
    root.insert(u"presets"_s, presets);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProviderPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void builtInCatalogueLoads();
    void everyPresetAppliesAndValidates();
    void keyFacts_data();
    void keyFacts();
    void placeholdersAreSubstituted_data();
    void placeholdersAreSubstituted();
    void hostileValuesAreRefused_data();
    void hostileValuesAreRefused();
    void answersAreChecked();
    void importDocumentCarriesTheSecret();
    void badCatalogueIsRefused_data();
    void badCatalogueIsRefused();

private:
    const ProviderPreset &preset(const QString &id) const;
    std::optional<ProviderPresets> m_catalogue;
};

void TestProviderPresets::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    const Result<ProviderPresets> loaded = ProviderPresets::builtIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().details.join(u'\n')));
    m_catalogue = loaded.value();
}

const ProviderPreset &TestProviderPresets::preset(const QString &id) const
{
    const ProviderPreset *found = m_catalogue->find(id);
    if (!found)
        qFatal("no preset %s", qPrintable(id));
    return *found;
}

void TestProviderPresets::builtInCatalogueLoads()
{
    QStringList ids;
    for (const ProviderPreset &p : m_catalogue->presets())
        ids.append(p.id);
    // The services issue 15 names, and any OpenID Connect issuer.
    QCOMPARE(ids,
             (QStringList{u"salesforce-production"_s, u"salesforce-sandbox"_s, u"salesforce-my-domain"_s,
                          u"github-oauth-app"_s, u"github-app"_s, u"gitlab-com"_s, u"gitlab-self-managed"_s,
                          u"google"_s, u"microsoft-entra-id"_s, u"slack"_s, u"atlassian"_s, u"dropbox"_s, u"zoom"_s,
                          u"openid-connect"_s}));
    for (const ProviderPreset &p : m_catalogue->presets()) {
        QVERIFY2(!p.sources.isEmpty(), qPrintable(p.id)); // every fact cites the service's documentation
        QVERIFY2(!p.redirectNote.isEmpty() && !p.refresh.isEmpty(), qPrintable(p.id));
        QCOMPARE(p.questions.first().key, u"clientId"_s);
        QCOMPARE(p.questions.first().label, u"Client ID"_s);
    }
    QVERIFY(!m_catalogue->find(u"nonexistent"_s));
}

void TestProviderPresets::everyPresetAppliesAndValidates()
{
    for (const ProviderPreset &p : m_catalogue->presets()) {
        const Result<AuthProvider> applied = p.apply(sampleAnswers(p));
        QVERIFY2(applied.ok(),
                 qPrintable(p.id + u": "_s + (applied.ok() ? QString() : applied.error().details.join(u"; "_s))));
        QVERIFY2(applied->validate({}).isEmpty(), qPrintable(p.id));
        QCOMPARE(applied->name, p.defaultName);
        QCOMPARE(applied->clientId, u"client-123"_s);
        QVERIFY2(applied->hasEndpoints() || !applied->issuer.isEmpty(), qPrintable(p.id));
        // Nothing of a placeholder is left.
        const QByteArray json = QJsonDocument(applied->toJson()).toJson();
        QVERIFY2(!QString::fromUtf8(json).contains(QRegularExpression(u"\\{[A-Za-z]+\\}"_s)), json.constData());
    }
}

void TestProviderPresets::keyFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<ClientAuthentication>("clientAuthentication");
    QTest::addColumn<QString>("redirectUri"); // empty: Callout's default (any loopback port)
    QTest::addColumn<bool>("asksSecret");
    using CA = ClientAuthentication;
    const QString sf = u"http://localhost:1717/OauthRedirect"_s;
    QTest::newRow("salesforce-production")
        << u"salesforce-production"_s << u"https://login.salesforce.com/services/oauth2/token"_s << CA::Post << sf
        << true;
    QTest::newRow("salesforce-sandbox") << u"salesforce-sandbox"_s
                                        << u"https://test.salesforce.com/services/oauth2/token"_s << CA::Post << sf
                                        << true;
    QTest::newRow("salesforce-my-domain")
        << u"salesforce-my-domain"_s << u"https://example.my.salesforce.com/services/oauth2/token"_s << CA::Post << sf
        << true;
    QTest::newRow("github-oauth-app") << u"github-oauth-app"_s << u"https://github.com/login/oauth/access_token"_s
                                      << CA::Post << QString() << true;
    QTest::newRow("github-app") << u"github-app"_s << u"https://github.com/login/oauth/access_token"_s << CA::Post
                                << u"http://127.0.0.1:1718/callback"_s << true;
    QTest::newRow("gitlab-com") << u"gitlab-com"_s << u"https://gitlab.com/oauth/token"_s << CA::None
                                << u"http://127.0.0.1:1719/callback"_s << false;
    QTest::newRow("gitlab-self-managed") << u"gitlab-self-managed"_s << u"https://example.test/oauth/token"_s
                                         << CA::None << u"http://127.0.0.1:1719/callback"_s << false;
    QTest::newRow("google") << u"google"_s << u"https://oauth2.googleapis.com/token"_s << CA::Post << QString() << true;
    QTest::newRow("microsoft-entra-id") << u"microsoft-entra-id"_s
                                        << u"https://login.microsoftonline.com/example/oauth2/v2.0/token"_s << CA::None
                                        << QString() << false;
    QTest::newRow("slack") << u"slack"_s << u"https://slack.com/api/oauth.v2.access"_s << CA::Basic
                           << u"http://127.0.0.1:1722/callback"_s << true;
    QTest::newRow("atlassian") << u"atlassian"_s << u"https://auth.atlassian.com/oauth/token"_s << CA::Post
                               << u"http://127.0.0.1:1720/callback"_s << true;
    QTest::newRow("dropbox") << u"dropbox"_s << u"https://api.dropboxapi.com/oauth2/token"_s << CA::None
                             << u"http://127.0.0.1:1721/callback"_s << false;
    QTest::newRow("zoom") << u"zoom"_s << u"https://zoom.us/oauth/token"_s << CA::None << QString() << false;
    // Discovery fills in the endpoints from the issuer's metadata.
    QTest::newRow("openid-connect") << u"openid-connect"_s << QString() << CA::None << QString() << false;
}

void TestProviderPresets::keyFacts()
{
    QFETCH(QString, id);
    QFETCH(QString, tokenUrl);
    QFETCH(ClientAuthentication, clientAuthentication);
    QFETCH(QString, redirectUri);
    QFETCH(bool, asksSecret);
    const ProviderPreset &p = preset(id);
    const Result<AuthProvider> applied = p.apply(sampleAnswers(p));
    QVERIFY(applied.ok());
    QCOMPARE(applied->tokenUrl.toString(), tokenUrl);
    QCOMPARE(applied->clientAuthentication, clientAuthentication);
    QCOMPARE(applied->redirectUri.toString(), redirectUri);
    QCOMPARE(p.asks(u"clientSecret"_s), asksSecret);
}

void TestProviderPresets::placeholdersAreSubstituted_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("authorizeUrl");
    QTest::addColumn<QString>("issuer");
    QTest::newRow("My Domain") << u"salesforce-my-domain"_s << u"myDomain"_s << u"MyCompany"_s
                               << u"https://mycompany.my.salesforce.com/services/oauth2/authorize"_s << QString();
    QTest::newRow("My Domain sandbox")
        << u"salesforce-my-domain"_s << u"myDomain"_s << u"MyCompany--Dev.sandbox"_s
        << u"https://mycompany--dev.sandbox.my.salesforce.com/services/oauth2/authorize"_s << QString();
    QTest::newRow("tenant id") << u"microsoft-entra-id"_s << u"tenant"_s << u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s
                               << u"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/"
                                  u"authorize"_s
                               << QString();
    QTest::newRow("tenant domain")
        << u"microsoft-entra-id"_s << u"tenant"_s << u"contoso.onmicrosoft.com"_s
        << u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"_s << QString();
    QTest::newRow("GitLab, trailing slash")
        << u"gitlab-self-managed"_s << u"instanceUrl"_s << u" https://gitlab.example.com/ "_s
        << u"https://gitlab.example.com/oauth/authorize"_s << QString();
    QTest::newRow("GitLab under a path") << u"gitlab-self-managed"_s << u"instanceUrl"_s
                                         << u"https://example.com/gitlab"_s
                                         << u"https://example.com/gitlab/oauth/authorize"_s << QString();
    QTest::newRow("issuer kept exactly") << u"openid-connect"_s << u"issuer"_s << u"https://tenant.auth0.test/"_s
                                         << QString() << u"https://tenant.auth0.test/"_s;
}

void TestProviderPresets::placeholdersAreSubstituted()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, authorizeUrl);
    QFETCH(QString, issuer);
    PresetAnswers answers = sampleAnswers(preset(id));
    answers.values.insert(key, value);
    const Result<AuthProvider> applied = preset(id).apply(answers);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().details.join(u"; "_s)));
    QCOMPARE(applied->authorizeUrl.toString(), authorizeUrl);
    QCOMPARE(applied->issuer, issuer);
}

void TestProviderPresets::hostileValuesAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QString sf = u"salesforce-my-domain"_s;
    const QString ms = u"microsoft-entra-id"_s;
    const QString gl = u"gitlab-self-managed"_s;
    const QString oidc = u"openid-connect"_s;
    QTest::newRow("empty tenant") << ms << u"tenant"_s << u"  "_s;
    QTest::newRow("tenant ../x") << ms << u"tenant"_s << u"../x"_s;
    QTest::newRow("tenant ..") << ms << u"tenant"_s << u".."_s;
    QTest::newRow("tenant with /") << ms << u"tenant"_s << u"common/../../evil"_s;
    QTest::newRow("tenant %2e%2e") << ms << u"tenant"_s << u"%2e%2e"_s;
    QTest::newRow("tenant with ?") << ms << u"tenant"_s << u"x?redirect=evil"_s;
    QTest::newRow("tenant with #") << ms << u"tenant"_s << u"x#"_s;
    QTest::newRow("tenant with @") << ms << u"tenant"_s << u"a@evil.test"_s;
    QTest::newRow("My Domain as URL") << sf << u"myDomain"_s << u"https://MyCompany.my.salesforce.com"_s;
    QTest::newRow("My Domain with /") << sf << u"myDomain"_s << u"evil.test/x"_s;
    QTest::newRow("My Domain with @") << sf << u"myDomain"_s << u"evil.test@x"_s;
    QTest::newRow("My Domain with :") << sf << u"myDomain"_s << u"evil.test:8443"_s;
    QTest::newRow("My Domain with #") << sf << u"myDomain"_s << u"evil.test#"_s;
    QTest::newRow("My Domain leading dot") << sf << u"myDomain"_s << u".evil"_s;
    QTest::newRow("My Domain space") << sf << u"myDomain"_s << u"my company"_s;
    QTest::newRow("GitLab http") << gl << u"instanceUrl"_s << u"http://gitlab.example.com"_s;
    QTest::newRow("GitLab not a URL") << gl << u"instanceUrl"_s << u"gitlab.example.com"_s;
    QTest::newRow("GitLab query") << gl << u"instanceUrl"_s << u"https://gitlab.example.com?x="_s;
    QTest::newRow("GitLab fragment") << gl << u"instanceUrl"_s << u"https://gitlab.example.com/#"_s;
    QTest::newRow("GitLab user info") << gl << u"instanceUrl"_s << u"https://user@gitlab.example.com"_s;
    QTest::newRow("GitLab dot segment") << gl << u"instanceUrl"_s << u"https://gitlab.example.com/a/.."_s;
    QTest::newRow("issuer http") << oidc << u"issuer"_s << u"http://id.example.test"_s;
    QTest::newRow("issuer javascript") << oidc << u"issuer"_s << u"javascript:alert(1)"_s;
}

void TestProviderPresets::hostileValuesAreRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, value);
    PresetAnswers answers = sampleAnswers(preset(id));
    answers.values.insert(key, value);
    const Result<AuthProvider> applied = preset(id).apply(answers);
    QVERIFY2(!applied.ok(), qPrintable(applied.ok() ? applied->authorizeUrl.toString() : QString()));
    QCOMPARE(applied.error().code, ErrorCode::InvalidConfiguration);
    QCOMPARE(applied.error().field, key);
    QCOMPARE(applied.error().details.size(), 1);
    QVERIFY2(applied.error().details.first().startsWith(key + u": "_s), qPrintable(applied.error().details.first()));
}

void TestProviderPresets::answersAreChecked()
{
    const ProviderPreset &github = preset(u"github-oauth-app"_s);
    auto problemsOf = [&github](const PresetAnswers &answers) {
        const Result<AuthProvider> applied = github.apply(answers);
        return applied.ok() ? QStringList() : applied.error().details;
    };
    PresetAnswers answers = sampleAnswers(github);
    QVERIFY(problemsOf(answers).isEmpty());

    PresetAnswers noSecret = answers;
    noSecret.clientSecret.clear();
    QCOMPARE(problemsOf(noSecret), QStringList{u"clientSecret: is required"_s});
    PresetAnswers noClient = answers;
    noClient.clientId = u" "_s;
    QCOMPARE(problemsOf(noClient), QStringList{u"clientId: is required"_s});
    PresetAnswers badName = answers;
    badName.name = u"My GitHub"_s;
    QCOMPARE(problemsOf(badName).size(), 1);
    QVERIFY(problemsOf(badName).first().startsWith(u"name: "_s));
    PresetAnswers named = answers;
    named.name = u"WorkGitHub"_s;
    QCOMPARE(github.apply(named)->name, u"WorkGitHub"_s);
    PresetAnswers newline = answers;
    newline.clientSecret = u"abc\ndef"_s;
    QCOMPARE(problemsOf(newline).size(), 1);

    // A public client takes no secret: it would never be sent.
    const ProviderPreset &gitlab = preset(u"gitlab-com"_s);
    PresetAnswers withSecret = sampleAnswers(gitlab);
    withSecret.clientSecret = SampleSecret;
    const Result<AuthProvider> refused = gitlab.apply(withSecret);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"clientSecret"_s);
}

void TestProviderPresets::importDocumentCarriesTheSecret()
{
    const ProviderPreset &github = preset(u"github-oauth-app"_s);
    const Result<AuthProvider> applied = github.apply(sampleAnswers(github));
    QVERIFY(applied.ok());
    const QJsonObject document
        = QJsonDocument::fromJson(ProviderPreset::importDocument(*applied, SampleSecret)).object();
    QCOMPARE(document.value(u"version"_s).toInt(), 1);
    const QJsonArray providers = document.value(u"authProviders"_s).toArray();
    QCOMPARE(providers.size(), 1);
    const QJsonObject entry = providers.at(0).toObject();
    QVERIFY(!entry.contains(u"id"_s));
    QCOMPARE(entry.value(u"name"_s).toString(), u"GitHub"_s);
    QCOMPARE(entry.value(u"clientSecret"_s).toString(), SampleSecret);
    QCOMPARE(entry.value(u"authorizeUrl"_s).toString(), u"https://github.com/login/oauth/authorize"_s);
    QCOMPARE(entry.value(u"clientAuthentication"_s).toString(), u"post"_s);
    const QJsonObject noSecret = QJsonDocument::fromJson(ProviderPreset::importDocument(*applied, {}))
                                     .object()
                                     .value(u"authProviders"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QVERIFY(!noSecret.contains(u"clientSecret"_s));
}

void TestProviderPresets::badCatalogueIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // in the error's details (or message)
    using Edit = std::function<void(QJsonObject &)>;
    auto with = [](const Edit &edit) { return catalogueWith(edit); };
    QTest::newRow("not JSON") << QByteArray("{\"presets\": [") << u"not a JSON object"_s;
    QTest::newRow("no presets") << QByteArray(R"({"version": 1, "presets": []})") << u"presets: must be"_s;
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "presets": []})") << u"version: must be 1"_s;
    QTest::newRow("no sources") << with([](QJsonObject &p) { p.insert(u"sources"_s, QJsonArray()); })
                                << u"presets[0].sources: must not be empty"_s;
    QTest::newRow("source not https") << with([](QJsonObject &p) {
        p.insert(u"sources"_s, QJsonArray{u"http://help.example.test"_s});
    }) << u"presets[0].sources: http://help.example.test is not an https URL"_s;
    QTest::newRow("http token URL") << with([](QJsonObject &p) {
        QJsonObject provider = p.value(u"provider"_s).toObject();
        provider.insert(u"tokenUrl"_s, u"http://login.example.test/token"_s);
        p.insert(u"provider"_s, provider);
    }) << u"presets[0].provider: tokenUrl: must be an absolute https URL"_s;
    QTest::newRow("unknown provider field") << with([](QJsonObject &p) {
        QJsonObject provider = p.value(u"provider"_s).toObject();
        provider.insert(u"tokenURL"_s, u"https://login.example.test/token"_s);
        p.insert(u"provider"_s, provider);
    }) << u"presets[0].provider.tokenURL"_s;
    QTest::newRow("unknown placeholder") << with([](QJsonObject &p) {
        QJsonObject provider = p.value(u"provider"_s).toObject();
        provider.insert(u"tokenUrl"_s, u"https://{host}/token"_s);
        p.insert(u"provider"_s, provider);
    }) << u"uses {host}, which is no placeholder"_s;
    QTest::newRow("secret asked for a public client") << with([](QJsonObject &p) {
        QJsonObject provider = p.value(u"provider"_s).toObject();
        provider.insert(u"clientAuthentication"_s, u"none"_s);
        p.insert(u"provider"_s, provider);
    }) << u"presets[0].asks: must contain clientSecret exactly when"_s;
    QTest::newRow("client id in the preset") << with([](QJsonObject &p) {
        QJsonObject provider = p.value(u"provider"_s).toObject();
        provider.insert(u"clientId"_s, u"someone"_s);
        p.insert(u"provider"_s, provider);
    }) << u"presets[0].provider.clientId: comes from the user"_s;
    QTest::newRow("bad name") << with([](QJsonObject &p) { p.insert(u"name"_s, u"Sales force"_s); })
                              << u"presets[0].name: must start with a letter"_s;
    QTest::newRow("bad id") << with([](QJsonObject &p) { p.insert(u"id"_s, u"Sales Force"_s); })
                            << u"presets[0].id: must be lowercase"_s;
    QTest::newRow("unknown kind") << with([](QJsonObject &p) {
        p.insert(u"asks"_s, QJsonArray{u"clientId"_s, u"clientSecret"_s, u"host"_s});
        p.insert(u"placeholders"_s,
                 QJsonObject{
                     {u"host"_s,
                      QJsonObject{{u"label"_s, u"Host"_s}, {u"kind"_s, u"anything"_s}, {u"help"_s, u"The host"_s}}}});
    }) << u"presets[0].placeholders.host.kind: must be host-label"_s;
    QTest::newRow("unknown key") << with([](QJsonObject &p) { p.insert(u"sorces"_s, QJsonArray()); })
                                 << u"presets[0].sorces"_s;
    QTest::newRow("duplicate id") << [] {
        QFile file(u":/presets/providers.json"_s);
        file.open(QIODevice::ReadOnly);
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray presets = root.value(u"presets"_s).toArray();
        presets.append(presets.at(0));
        root.insert(u"presets"_s, presets);
        return QJsonDocument(root).toJson();
    }() << u"presets[14].id: salesforce-production is used twice"_s;
}

void TestProviderPresets::badCatalogueIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QVERIFY(!json.isEmpty());
    const Result<ProviderPresets> loaded = ProviderPresets::fromJson(json);
    QVERIFY(!loaded.ok());
    const QString all = loaded.error().message + u'\n' + loaded.error().details.join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"
