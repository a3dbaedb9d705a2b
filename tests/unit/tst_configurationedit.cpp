// configedit: the settings window's Save and Delete planned as pure functions, with the import's
// rules (validation, token and client secret discards) but matched by id, and every problem at the
// edited entry's own field.
#include "callout/model/ConfigurationEdit.h"

#include "ConfigurationSamples.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

Q_DECLARE_METATYPE(callout::AuthProvider)
Q_DECLARE_METATYPE(callout::NamedCredential)

namespace {

// Providers Acme (post, used by Api and Files) and Spare (unused); credentials Api and Files.
Configuration sample()
{
    Configuration config;
    AuthProvider acme = test::provider(u"Acme"_s, u"p-acme"_s);
    acme.clientAuthentication = ClientAuthentication::Post;
    acme.issuer = u"https://login.acme.test"_s;
    config.authProviders = {acme, test::provider(u"Spare"_s, u"p-spare"_s)};
    config.namedCredentials
        = {test::credential(u"Api"_s, u"Acme"_s, u"c-api"_s), test::credential(u"Files"_s, u"Acme"_s, u"c-files"_s)};
    return config;
}

AuthProvider acme()
{
    return *sample().providerById(u"p-acme"_s);
}

NamedCredential api()
{
    return *sample().credentialById(u"c-api"_s);
}

QStringList fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &e : errors)
        fields.append(e.field);
    return fields;
}

QStringList discardedCredentials(const EditPlan &plan)
{
    QStringList ids;
    for (const TokenDiscard &d : plan.discards)
        ids.append(d.credentialId);
    return ids;
}

QStringList discardedSecrets(const EditPlan &plan)
{
    QStringList ids;
    for (const ClientSecretDiscard &d : plan.secretDiscards)
        ids.append(d.providerId);
    return ids;
}

} // namespace

class TestConfigurationEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void providerProblemsAtFields_data();
    void providerProblemsAtFields();
    void credentialProblemsAtFields_data();
    void credentialProblemsAtFields();
    void otherEntriesProblemsAreNotTheEditors();
    void renameProviderIsAnEdit();
    void clientSecret_data();
    void clientSecret();
    void newProviderGetsAnId();
    void providerDeletedMeanwhile();
    void credentialDiscards_data();
    void credentialDiscards();
    void removeProviderRefusedNamingUsers();
    void removeProviderDeletesSecret();
    void removeCredentialDiscardsTokens();
};

void TestConfigurationEdit::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestConfigurationEdit::providerProblemsAtFields_data()
{
    QTest::addColumn<AuthProvider>("edited");
    QTest::addColumn<QStringList>("fields");

    AuthProvider p = acme();
    p.name = u"Spare"_s;
    QTest::newRow("duplicate name, provider earlier in the list") << p << QStringList{u"name"_s};
    p = acme();
    p.name = u"1bad"_s;
    QTest::newRow("invalid name") << p << QStringList{u"name"_s};
    p = acme();
    p.tokenUrl = QUrl(u"http://login.acme.test/token"_s);
    QTest::newRow("insecure token URL") << p << QStringList{u"tokenUrl"_s};
    p = acme();
    p.clientId.clear();
    QTest::newRow("no client id") << p << QStringList{u"clientId"_s};
    p = acme();
    p.extraAuthorizeParameters.insert(u"state"_s, u"x"_s);
    QTest::newRow("reserved parameter") << p << QStringList{u"extraAuthorizeParameters.state"_s};
    p = acme();
    p.redirectUri = QUrl(u"http://example.test/cb"_s);
    p.issuer.clear();
    p.authorizationResponseIssRequired = true;
    QTest::newRow("two problems") << p << QStringList{u"redirectUri"_s, u"authorizationResponseIssRequired"_s};
    p = test::provider(u"Acme"_s);
    QTest::newRow("new provider with a taken name") << p << QStringList{u"name"_s};
    QTest::newRow("valid") << acme() << QStringList{};
}

void TestConfigurationEdit::providerProblemsAtFields()
{
    QFETCH(AuthProvider, edited);
    QFETCH(QStringList, fields);
    const EditPlan plan = configedit::saveProvider(sample(), edited);
    QStringList found = fieldsOf(plan.problems);
    found.sort();
    fields.sort();
    QCOMPARE(found, fields);
    QCOMPARE(plan.isValid(), fields.isEmpty());
    QCOMPARE(plan.base, sample());
}

void TestConfigurationEdit::credentialProblemsAtFields_data()
{
    QTest::addColumn<NamedCredential>("edited");
    QTest::addColumn<QStringList>("fields");

    NamedCredential c = api();
    c.name = u"Files"_s;
    QTest::newRow("duplicate name") << c << QStringList{u"name"_s};
    c = api();
    c.authProvider = u"Nobody"_s;
    QTest::newRow("unknown provider") << c << QStringList{u"authProvider"_s};
    c = api();
    c.headers.insert(u"X-Api-Key"_s, u"a\nb"_s);
    QTest::newRow("header with a line break") << c << QStringList{u"headers.X-Api-Key"_s};
    c = api();
    c.url = QUrl(u"https://api.test/v1?x=1"_s);
    QTest::newRow("URL with a query") << c << QStringList{u"url"_s};
    c = test::credential(u"Api"_s, u"Acme"_s);
    QTest::newRow("new credential with a taken name") << c << QStringList{u"name"_s};
    c = test::credential(u"New"_s, u"Acme"_s);
    QTest::newRow("new credential, valid") << c << QStringList{};
}

void TestConfigurationEdit::credentialProblemsAtFields()
{
    QFETCH(NamedCredential, edited);
    QFETCH(QStringList, fields);
    const EditPlan plan = configedit::saveCredential(sample(), edited);
    QCOMPARE(fieldsOf(plan.problems), fields);
    QVERIFY(!plan.entryId.isEmpty());
    QVERIFY(plan.configuration.credentialById(plan.entryId));
}

void TestConfigurationEdit::otherEntriesProblemsAreNotTheEditors()
{
    Configuration broken = sample();
    broken.authProviders[1].clientId.clear(); // Spare: not the edited entry's problem
    NamedCredential c = api();
    c.label = u"Acme API"_s;
    const EditPlan plan = configedit::saveCredential(broken, c);
    QVERIFY2(plan.isValid(), qPrintable(plan.problems.value(0).toString()));
}

void TestConfigurationEdit::renameProviderIsAnEdit()
{
    AuthProvider renamed = acme();
    renamed.name = u"AcmeCorp"_s;
    const EditPlan plan = configedit::saveProvider(sample(), renamed);
    QVERIFY2(plan.isValid(), qPrintable(plan.problems.value(0).toString()));
    QCOMPARE(plan.entryId, u"p-acme"_s);
    QCOMPARE(plan.configuration.authProviders.size(), 2);
    QCOMPARE(plan.configuration.providerById(u"p-acme"_s)->name, u"AcmeCorp"_s);
    for (const NamedCredential &c : plan.configuration.namedCredentials) {
        QCOMPARE(c.authProvider, u"AcmeCorp"_s);
        // Same provider id, same endpoints: the tokens stay bound as they were.
        QCOMPARE(tokenBinding(plan.configuration, c), tokenBinding(sample(), *sample().credentialById(c.id)));
    }
    QVERIFY(plan.discards.isEmpty());
    QVERIFY(plan.secretDiscards.isEmpty());
}

void TestConfigurationEdit::clientSecret_data()
{
    QTest::addColumn<bool>("moveTokenUrl");
    QTest::addColumn<int>("kind"); // ClientSecretChange::Kind
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QStringList>("secretDiscards");
    QTest::addColumn<QStringList>("written");
    QTest::addColumn<QStringList>("warnings");

    using K = ClientSecretChange::Kind;
    QTest::newRow("keep") << false << int(K::Keep) << QString() << QStringList{} << QStringList{} << QStringList{}
                          << QStringList{};
    QTest::newRow("replace") << false << int(K::Replace) << u"s3cret"_s << QStringList{} << QStringList{}
                             << QStringList{u"p-acme"_s} << QStringList{};
    QTest::newRow("replace with nothing") << false << int(K::Replace) << QString() << QStringList{u"clientSecret"_s}
                                          << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("remove") << false << int(K::Remove) << QString() << QStringList{} << QStringList{u"p-acme"_s}
                            << QStringList{} << QStringList{u"clientSecret"_s};
    QTest::newRow("token URL moved: dropped")
        << true << int(K::Keep) << QString() << QStringList{} << QStringList{u"p-acme"_s} << QStringList{}
        << QStringList{u"tokenUrl"_s, u"clientSecret"_s};
    QTest::newRow("token URL moved, replaced: kept")
        << true << int(K::Replace) << u"new-s3cret"_s << QStringList{} << QStringList{} << QStringList{u"p-acme"_s}
        << QStringList{u"tokenUrl"_s};
}

void TestConfigurationEdit::clientSecret()
{
    QFETCH(bool, moveTokenUrl);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, secretDiscards);
    QFETCH(QStringList, written);
    QFETCH(QStringList, warnings);

    AuthProvider edited = acme();
    if (moveTokenUrl)
        edited.tokenUrl = QUrl(u"https://elsewhere.test/token"_s);
    const EditPlan plan = configedit::saveProvider(sample(), edited, {ClientSecretChange::Kind(kind), value});
    QCOMPARE(fieldsOf(plan.problems), problems);
    QCOMPARE(discardedSecrets(plan), secretDiscards);
    QCOMPARE(plan.clientSecrets.keys(), written);
    if (!written.isEmpty())
        QCOMPARE(plan.clientSecrets.value(u"p-acme"_s), value);
    QCOMPARE(fieldsOf(plan.warnings), warnings);
    // A new token URL gets no token issued for the old one.
    const QStringList tokenDiscards = moveTokenUrl ? QStringList{u"c-api"_s, u"c-files"_s} : QStringList{};
    QCOMPARE(discardedCredentials(plan), tokenDiscards);
}

void TestConfigurationEdit::newProviderGetsAnId()
{
    AuthProvider fresh = test::provider(u"Fresh"_s);
    fresh.clientAuthentication = ClientAuthentication::Basic;
    const EditPlan plan = configedit::saveProvider(sample(), fresh, ClientSecretChange::replaceWith(u"x"_s));
    QVERIFY(plan.isValid());
    QVERIFY(!plan.entryId.isEmpty());
    QCOMPARE(plan.configuration.providerById(plan.entryId)->name, u"Fresh"_s);
    QCOMPARE(plan.clientSecrets.keys(), QStringList{plan.entryId});
    QVERIFY(plan.warnings.isEmpty());

    // Without a secret, basic authentication sends none: a warning, not a problem.
    const EditPlan without = configedit::saveProvider(sample(), fresh);
    QVERIFY(without.isValid());
    QCOMPARE(fieldsOf(without.warnings), QStringList{u"clientSecret"_s});
}

void TestConfigurationEdit::providerDeletedMeanwhile()
{
    AuthProvider gone = acme();
    gone.id = u"p-gone"_s;
    const EditPlan plan = configedit::saveProvider(sample(), gone);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.constFirst().code, ErrorCode::NotFound);
    QCOMPARE(plan.configuration, sample());

    NamedCredential goneCredential = api();
    goneCredential.id = u"c-gone"_s;
    QCOMPARE(configedit::saveCredential(sample(), goneCredential).problems.constFirst().code, ErrorCode::NotFound);
}

void TestConfigurationEdit::credentialDiscards_data()
{
    QTest::addColumn<NamedCredential>("edited");
    QTest::addColumn<bool>("discarded");

    NamedCredential c = api();
    c.label = u"Another label"_s;
    c.scopes = u"read"_s;
    QTest::newRow("label and scopes: kept") << c << false;
    c = api();
    c.url = QUrl(u"https://api.example.test/v2"_s);
    QTest::newRow("same origin, other path: kept") << c << false;
    c = api();
    c.url = QUrl(u"https://other.example.test/api"_s);
    QTest::newRow("other host: discarded") << c << true;
    c = api();
    c.authProvider = u"Spare"_s;
    QTest::newRow("other provider: discarded") << c << true;
}

void TestConfigurationEdit::credentialDiscards()
{
    QFETCH(NamedCredential, edited);
    QFETCH(bool, discarded);
    const EditPlan plan = configedit::saveCredential(sample(), edited);
    QVERIFY(plan.isValid());
    QCOMPARE(discardedCredentials(plan), discarded ? QStringList{u"c-api"_s} : QStringList{});
    if (discarded)
        QVERIFY(plan.discards.constFirst().reason.contains(u"Api"_s));
}

void TestConfigurationEdit::removeProviderRefusedNamingUsers()
{
    const EditPlan plan = configedit::removeProvider(sample(), u"p-acme"_s);
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY(plan.problems.constFirst().field.isEmpty());
    QVERIFY2(plan.problems.constFirst().message.contains(u"Api, Files"_s),
             qPrintable(plan.problems.constFirst().message));
    QCOMPARE(plan.configuration, sample());
    QVERIFY(plan.secretDiscards.isEmpty());
}

void TestConfigurationEdit::removeProviderDeletesSecret()
{
    const EditPlan plan = configedit::removeProvider(sample(), u"p-spare"_s);
    QVERIFY(plan.isValid());
    QVERIFY(!plan.configuration.providerById(u"p-spare"_s));
    QCOMPARE(plan.configuration.authProviders.size(), 1);
    QCOMPARE(discardedSecrets(plan), QStringList{u"p-spare"_s});
    QVERIFY(plan.discards.isEmpty());
}

void TestConfigurationEdit::removeCredentialDiscardsTokens()
{
    const EditPlan plan = configedit::removeCredential(sample(), u"c-api"_s);
    QVERIFY(plan.isValid());
    QVERIFY(!plan.configuration.credentialById(u"c-api"_s));
    QVERIFY(plan.configuration.credentialById(u"c-files"_s));
    QCOMPARE(discardedCredentials(plan), QStringList{u"c-api"_s});
    QCOMPARE(configedit::removeCredential(sample(), u"c-none"_s).problems.constFirst().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestConfigurationEdit)
#include "tst_configurationedit.moc"
