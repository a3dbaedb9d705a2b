#include "callout/store/StateStore.h"

#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(callout::AuthStatus)

using namespace Qt::StringLiterals;

using namespace callout;
using callout::test::fileMode;
using callout::test::readFile;
using callout::test::StoreFixture;
using callout::test::writeFile;

namespace {

const QString Stamp = u"20261128-120000"_s;

StateStore::Records sampleRecords()
{
    ExternalAuthentication signedIn;
    signedIn.credentialId = u"c-acme"_s;
    signedIn.status = AuthStatus::SignedIn;
    signedIn.user = u"alice@acme.test"_s;
    signedIn.grantedScopes = u"openid api"_s;
    signedIn.accessTokenExpiry = QDateTime(QDate(2026, 11, 28), QTime(13, 0, 0, 250), Qt::UTC);
    signedIn.lastRefresh = QDateTime(QDate(2026, 11, 28), QTime(14, 0), Qt::OffsetFromUTC, 2 * 3600);
    signedIn.sessionStarted = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
    signedIn.serverSessionEnd = QDateTime(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
    signedIn.lastUsed = QDateTime(QDate(2026, 11, 28), QTime(11, 30), Qt::UTC);

    ExternalAuthentication failed;
    failed.credentialId = u"c-globex"_s;
    failed.status = AuthStatus::Error;
    failed.lastError
        = Error(ErrorCode::InvalidConfiguration, u"must be an absolute https URL"_s, u"authProviders[1].tokenUrl"_s);
    failed.notice = u"Tokens of GlobexApi were discarded: its URL now points to another server."_s;

    ExternalAuthentication required;
    required.credentialId = u"c-initech"_s;
    required.status = AuthStatus::SignInRequired;
    required.lastError = Error(ErrorCode::KeychainLocked, u"The keychain is locked."_s);

    return {{signedIn.credentialId, signedIn}, {failed.credentialId, failed}, {required.credentialId, required}};
}

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void missingFileIsEmpty();
    void roundTrip();
    void recordsAreKeyedById();
    void unknownStatusIsSignedOut();
    void signingInIsNeverKept_data();
    void signingInIsNeverKept();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void newerVersionIsNeverOverwritten();
    void atomicWriteWithPrivateMode();
    void saveWhereFolderCannotBeCreated();
    void observedSessionsRoundTrip();

private:
    QStringList entriesOfDataDir() const { return StoreFixture::entriesNextTo(m_path); }

    std::unique_ptr<StoreFixture> m_files; // its clock() starts at 2026-11-28 12:00:00 UTC
    QString m_path;
};

void TestStateStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStateStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_files = std::make_unique<StoreFixture>();
    QVERIFY(m_files->isValid());
    m_path = m_files->statePath();
}

void TestStateStore::cleanup()
{
    m_files.reset();
}

void TestStateStore::missingFileIsEmpty()
{
    StateStore store(m_path, m_files->clock());
    const StateStore::Loaded loaded = store.load();
    QVERIFY(loaded.records.isEmpty());
    QVERIFY(loaded.problems.isEmpty());
    QVERIFY(store.isWritable());
    QVERIFY(!QFile::exists(m_path));
}

void TestStateStore::roundTrip()
{
    StateStore store(m_path, m_files->clock());
    (void)store.load();
    const Result<void> saved = store.save(sampleRecords());
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));

    const StateStore::Loaded loaded = StateStore(m_path, m_files->clock()).load();
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.records.keys(), sampleRecords().keys());
    for (const QString &id : sampleRecords().keys()) {
        const ExternalAuthentication expected = sampleRecords().value(id);
        const ExternalAuthentication actual = loaded.records.value(id);
        QCOMPARE(actual.credentialId, expected.credentialId);
        QCOMPARE(actual.status, expected.status);
        QCOMPARE(actual.user, expected.user);
        QCOMPARE(actual.accessTokenExpiry, expected.accessTokenExpiry);
        QCOMPARE(actual.lastRefresh, expected.lastRefresh);
        QCOMPARE(actual.lastError, expected.lastError);
        QCOMPARE(actual.notice, expected.notice);
        QVERIFY(actual == expected);
    }
    QVERIFY(!loaded.records.value(u"c-globex"_s).accessTokenExpiry.isValid());
}

void TestStateStore::recordsAreKeyedById()
{
    StateStore store(m_path, m_files->clock());
    QVERIFY(store.save(sampleRecords()).ok());
    const QJsonObject json = QJsonDocument::fromJson(readFile(m_path)).object();
    QCOMPARE(json.value(u"version"_s).toInt(), StateStore::CurrentVersion);
    const QJsonObject records = json.value(u"externalAuthentications"_s).toObject();
    QCOMPARE(records.keys(), (QStringList{u"c-acme"_s, u"c-globex"_s, u"c-initech"_s}));
    QCOMPARE(records.value(u"c-acme"_s).toObject().value(u"status"_s).toString(), u"signed-in"_s);
    QCOMPARE(records.value(u"c-initech"_s).toObject().value(u"lastError"_s).toObject().value(u"code"_s).toString(),
             u"keychain-locked"_s);
}

void TestStateStore::unknownStatusIsSignedOut()
{
    writeFile(m_path, R"({"version": 1, "externalAuthentications": {"c-1": {"status": "dancing", "user": "bob"}}})");
    const StateStore::Loaded loaded = StateStore(m_path, m_files->clock()).load();
    QCOMPARE(loaded.records.size(), 1);
    QCOMPARE(loaded.records.value(u"c-1"_s).status, AuthStatus::SignedOut);
    QCOMPARE(loaded.records.value(u"c-1"_s).credentialId, u"c-1"_s);
    QCOMPARE(loaded.records.value(u"c-1"_s).user, u"bob"_s);
}

void TestStateStore::signingInIsNeverKept_data()
{
    QTest::addColumn<QString>("tokenBinding"); // set once a sign-in stored tokens
    QTest::addColumn<AuthStatus>("settled");
    QTest::newRow("re-authentication: tokens were stored") << u"b1nd1ng"_s << AuthStatus::SignedIn;
    QTest::newRow("first sign-in: no tokens yet") << QString() << AuthStatus::SignedOut;
}

// A sign-in lasts as long as the agent waits for the browser: an agent killed meanwhile must not
// leave the credential "signing-in" for ever. Neither a save nor an older file keeps that status;
// the stored tokens decide (TokenManager checks the keychain at the first use).
void TestStateStore::signingInIsNeverKept()
{
    QFETCH(QString, tokenBinding);
    QFETCH(AuthStatus, settled);
    ExternalAuthentication record;
    record.credentialId = u"c-acme"_s;
    record.status = AuthStatus::SigningIn;
    record.user = u"alice@acme.test"_s;
    record.tokenBinding = tokenBinding;

    StateStore store(m_path, m_files->clock());
    QVERIFY(store.save({{record.credentialId, record}}).ok());
    QVERIFY2(!readFile(m_path).contains("signing-in"), readFile(m_path).constData());
    QCOMPARE(StateStore(m_path, m_files->clock()).load().records.value(u"c-acme"_s).status, settled);

    // A file written before this rule still loads, settled the same way.
    QJsonObject old = record.toJson();
    QCOMPARE(old.value(u"status"_s).toString(), u"signing-in"_s);
    writeFile(
        m_path,
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"externalAuthentications"_s, QJsonObject{{u"c-acme"_s, old}}}})
            .toJson());
    const StateStore::Loaded loaded = StateStore(m_path, m_files->clock()).load();
    QVERIFY(loaded.problems.isEmpty());
    const ExternalAuthentication back = loaded.records.value(u"c-acme"_s);
    QCOMPARE(back.status, settled);
    QCOMPARE(back.user, record.user);
    QCOMPARE(back.tokenBinding, tokenBinding);
}

void TestStateStore::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("broken JSON") << QByteArray(R"({"version": 1, "externalAuthentications": {)");
    QTest::newRow("not an object") << QByteArray("\"signed-in\"");
    QTest::newRow("empty file") << QByteArray();
}

void TestStateStore::corruptFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    writeFile(m_path, content);

    StoreFixture::expectMovedAside(m_path, m_path + u".corrupt-"_s + Stamp);
    StateStore store(m_path, m_files->clock());
    const StateStore::Loaded loaded = store.load();
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.constFirst().code, ErrorCode::ConfigurationUnreadable);
    QVERIFY(!loaded.problems.constFirst().message.isEmpty());
    QVERIFY(loaded.records.isEmpty());

    const QString aside = m_path + u".corrupt-"_s + Stamp;
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(readFile(aside), content);
    QVERIFY(QFile::exists(aside));

    QVERIFY(store.isWritable());
    QVERIFY(store.save(sampleRecords()).ok());
    QCOMPARE(StateStore(m_path, m_files->clock()).load().records.size(), 3);
    QCOMPARE(readFile(aside), content);
}

void TestStateStore::newerVersionIsNeverOverwritten()
{
    const QByteArray content = R"({"version": 3, "externalAuthentications": {"c-1": {"status": "signed-in"}}})";
    writeFile(m_path, content);

    StateStore store(m_path, m_files->clock());
    const StateStore::Loaded loaded = store.load();
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.constFirst().code, ErrorCode::ConfigurationTooNew);
    QVERIFY(!loaded.problems.constFirst().message.isEmpty());
    QVERIFY(loaded.records.isEmpty());
    QVERIFY(!store.isWritable());

    const Result<void> saved = store.save(sampleRecords());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::ConfigurationReadOnly);
    QCOMPARE(readFile(m_path), content);
    QCOMPARE(entriesOfDataDir(), QStringList{u"state.json"_s});
}

void TestStateStore::atomicWriteWithPrivateMode()
{
    StateStore store(m_path, m_files->clock());
    QVERIFY(store.save(sampleRecords()).ok());
    QVERIFY(store.save({}).ok());
    QCOMPARE(entriesOfDataDir(), QStringList{u"state.json"_s});
    QCOMPARE(fileMode(m_path), 0600);
    QCOMPARE(fileMode(QFileInfo(m_path).absolutePath()), 0700);
    QJsonParseError error;
    (void)QJsonDocument::fromJson(readFile(m_path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(StateStore(m_path, m_files->clock()).load().records.isEmpty());
}

void TestStateStore::saveWhereFolderCannotBeCreated()
{
    const QString blocker = m_files->filePath(u"blocker"_s);
    writeFile(blocker, "previous content");
    StateStore store(blocker + u"/callout/state.json"_s, m_files->clock());
    QVERIFY(store.load().problems.isEmpty());
    const Result<void> saved = store.save(sampleRecords());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::FileError);
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(readFile(blocker), QByteArray("previous content"));
}

// How long sessions lasted, per provider (issue 18): kept beside the records, the last two; an
// unreadable entry is skipped.
void TestStateStore::observedSessionsRoundTrip()
{
    StateStore store(m_path, m_files->clock());
    (void)store.load();
    const StateStore::ObservedSessions observed{{u"p-acme"_s, {28800, 28500}}};
    QVERIFY(store.save(sampleRecords(), observed).ok());
    QCOMPARE(StateStore(m_path, m_files->clock()).load().observedSessions, observed);

    writeFile(m_path, R"({"version":1,"externalAuthentications":{},
        "observedSessions":{"p-acme":[100,"x",-5,200,300],"p-bad":"no","p-empty":[]}})");
    const StateStore::Loaded loaded = StateStore(m_path, m_files->clock()).load();
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.observedSessions, (StateStore::ObservedSessions{{u"p-acme"_s, {200, 300}}}));
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
