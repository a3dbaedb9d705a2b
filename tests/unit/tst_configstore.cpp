#include "callout/store/ConfigStore.h"

#include "ConfigurationSamples.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;
using callout::test::fileMode;
using callout::test::readFile;
using callout::test::StoreFixture;
using callout::test::writeFile;

namespace {

// ManualClock starts at 2026-11-28 12:00:00 UTC.
const QString Stamp = u"20261128-120000"_s;

Configuration sample()
{
    Configuration config;
    config.authProviders = {test::provider(u"Acme"_s, u"p-acme"_s)};
    config.namedCredentials = {test::credential(u"AcmeApi"_s, u"Acme"_s, u"c-acme"_s, u"https://api.acme.test/v1"_s)};
    return config;
}

// callout.json with a good provider and credential, a bad provider (http token URL) with a credential
// that refers to it, and a credential with a misspelt field.
QByteArray fileWithOneInvalidEntry()
{
    auto provider = [](const QString &id, const QString &name, const QString &tokenUrl) {
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, name},
                           {u"authorizeUrl"_s, u"https://login.acme.test/authorize"_s},
                           {u"tokenUrl"_s, tokenUrl},
                           {u"clientId"_s, u"callout"_s}};
    };
    auto credential = [](const QString &id, const QString &name, const QString &url, const QString &providerName) {
        return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"url"_s, url}, {u"authProvider"_s, providerName}};
    };
    QJsonObject typo = credential(u"c-typo"_s, u"Typo"_s, u"https://api.acme.test/v1"_s, u"Acme"_s);
    typo.insert(u"lable"_s, u"x"_s);
    const QJsonObject json{
        {u"version"_s, 1},
        {u"authProviders"_s,
         QJsonArray{provider(u"p-acme"_s, u"Acme"_s, u"https://login.acme.test/token"_s),
                    provider(u"p-bad"_s, u"Bad"_s, u"http://login.bad.test/token"_s)}},
        {u"namedCredentials"_s,
         QJsonArray{credential(u"c-acme"_s, u"AcmeApi"_s, u"https://api.acme.test/v1"_s, u"Acme"_s),
                    credential(u"c-bad"_s, u"BadApi"_s, u"https://api.bad.test"_s, u"Bad"_s), typo}}};
    return QJsonDocument(json).toJson();
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void missingFileIsEmpty();
    void saveAndLoadRoundTrip();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void asideNameIsUnique();
    void newerVersionIsNeverOverwritten();
    void invalidEntryKeepsTheValidOnes();
    void editedFileIsNotOverwritten();
    void unparsableOnReloadStaysInPlace();
    void wrongVersionIsReported();
    void atomicWriteWithPrivateMode();
    void existingFileBecomesPrivate();
    void saveWhereFolderCannotBeCreated();

private:
    QStringList entriesOfConfigDir() const { return StoreFixture::entriesNextTo(m_path); }

    std::unique_ptr<StoreFixture> m_files; // its clock() starts at 2026-11-28 12:00:00 UTC
    QString m_path;
};

void TestConfigStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConfigStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_files = std::make_unique<StoreFixture>();
    QVERIFY(m_files->isValid());
    m_path = m_files->configPath();
}

void TestConfigStore::cleanup()
{
    m_files.reset();
}

void TestConfigStore::missingFileIsEmpty()
{
    ConfigStore store(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = store.load();
    QVERIFY(loaded.problems.isEmpty());
    QVERIFY(loaded.configuration == Configuration());
    QVERIFY(store.isWritable());
    QCOMPARE(store.path(), m_path);
    QVERIFY(!QFile::exists(m_path)); // loading creates nothing
}

void TestConfigStore::saveAndLoadRoundTrip()
{
    ConfigStore store(m_path, m_files->clock());
    (void)store.load();
    const Result<void> saved = store.save(sample());
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));

    ConfigStore again(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = again.load();
    QVERIFY(loaded.problems.isEmpty());
    QVERIFY(loaded.configuration == sample());
    QCOMPARE(entriesOfConfigDir(), QStringList{u"callout.json"_s});
}

void TestConfigStore::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("broken JSON") << QByteArray("{\"version\": 1, \"authProviders\": [");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4);
}

void TestConfigStore::corruptFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    writeFile(m_path, content);
    QVERIFY(QFile::exists(m_path));

    StoreFixture::expectMovedAside(m_path, m_path + u".corrupt-"_s + Stamp);
    ConfigStore store(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = store.load();
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.constFirst().code, ErrorCode::ConfigurationUnreadable);
    QVERIFY(!loaded.problems.constFirst().message.isEmpty());
    QVERIFY(loaded.configuration == Configuration());

    const QString aside = m_path + u".corrupt-"_s + Stamp;
    QVERIFY(loaded.problems.constFirst().message.contains(aside));
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(QFile::exists(aside));
    QCOMPARE(readFile(aside), content);

    // Callout starts empty and can write a fresh file.
    QVERIFY(store.isWritable());
    QVERIFY(store.save(sample()).ok());
    QCOMPARE(readFile(aside), content);
    QVERIFY(ConfigStore(m_path, m_files->clock()).load().configuration == sample());
}

void TestConfigStore::asideNameIsUnique()
{
    StoreFixture::expectMovedAside(m_path, m_path + u".corrupt-"_s + Stamp);
    StoreFixture::expectMovedAside(m_path, m_path + u".corrupt-"_s + Stamp + u"-2"_s);
    StoreFixture::expectMovedAside(m_path, m_path + u".corrupt-20261128-130000"_s);
    writeFile(m_path, "garbage one");
    ConfigStore store(m_path, m_files->clock());
    (void)store.load();
    writeFile(m_path, "garbage two");
    (void)store.load(); // the same second: the first copy must not be overwritten
    QCOMPARE(readFile(m_path + u".corrupt-"_s + Stamp), QByteArray("garbage one"));
    const QStringList entries = entriesOfConfigDir();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.filter(u"callout.json.corrupt-"_s + Stamp).size() == 2);

    m_files->clock().advance(3600);
    writeFile(m_path, "garbage three");
    (void)store.load();
    QCOMPARE(readFile(m_path + u".corrupt-20261128-130000"_s), QByteArray("garbage three"));
}

void TestConfigStore::newerVersionIsNeverOverwritten()
{
    const QByteArray content = R"({"version": 2, "authProviders": [], "namedCredentials": [], "future": true})";
    writeFile(m_path, content);

    ConfigStore store(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = store.load();
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.constFirst().code, ErrorCode::ConfigurationTooNew);
    QVERIFY(!loaded.problems.constFirst().message.isEmpty());
    QVERIFY(loaded.configuration == Configuration());
    QVERIFY(!store.isWritable());

    const Result<void> saved = store.save(sample());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::ConfigurationReadOnly);
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(readFile(m_path), content);
    QCOMPARE(entriesOfConfigDir(), QStringList{u"callout.json"_s});
}

void TestConfigStore::invalidEntryKeepsTheValidOnes()
{
    const QByteArray original = fileWithOneInvalidEntry();
    writeFile(m_path, original);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^configuration has \\d+ problems$"_s));
    ConfigStore store(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = store.load();
    QVERIFY(loaded.fileRead);
    QVERIFY(loaded.configuration == sample());
    QStringList fields;
    for (const Error &problem : loaded.problems) {
        fields.append(problem.field);
        QCOMPARE(problem.code, ErrorCode::InvalidConfiguration);
        QVERIFY(!problem.message.isEmpty());
    }
    QVERIFY2(fields.contains(u"authProviders[1].tokenUrl"_s), qPrintable(fields.join(u", "_s)));
    QVERIFY2(fields.contains(u"namedCredentials[2].lable"_s), qPrintable(fields.join(u", "_s)));

    // The credentials that cannot be used are disabled, not dropped: their ids are still in the file.
    QStringList disabled;
    for (const InvalidCredential &c : loaded.invalidCredentials) {
        disabled.append(c.id + u' ' + c.name);
        QVERIFY(!c.problems.isEmpty());
    }
    QCOMPARE(disabled, (QStringList{u"c-bad BadApi"_s, u"c-typo Typo"_s}));
    QCOMPARE(loaded.invalidCredentials.constFirst().problems.constFirst().field, u"namedCredentials[1].authProvider"_s);
    QCOMPARE(loaded.invalidCredentials.constLast().problems.constFirst().field, u"namedCredentials[2].lable"_s);

    // The user's text is never written over while it has problems: saving says why.
    QVERIFY(!store.isWritable());
    const Result<void> saved = store.save(loaded.configuration);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::ConfigurationReadOnly);
    QVERIFY(saved.error().message.contains(m_path));
    QVERIFY(saved.error().details.contains(u"namedCredentials[2].lable: is not a known field"_s));
    QCOMPARE(readFile(m_path), original);
    QCOMPARE(entriesOfConfigDir(), QStringList{u"callout.json"_s});
}

void TestConfigStore::editedFileIsNotOverwritten()
{
    ConfigStore store(m_path, m_files->clock());
    QVERIFY(store.load().problems.isEmpty());
    QVERIFY(store.save(sample()).ok());
    QVERIFY(!store.changedOnDisk()); // its own save is not an edit

    // Edited since: a save would lose the edit, until the file is read again.
    const QByteArray edited = readFile(m_path).replace("AcmeApi", "AcmeEdited");
    writeFile(m_path, edited);
    QVERIFY(store.changedOnDisk());
    const Result<void> refused = store.save(sample());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ConfigurationReadOnly);
    QCOMPARE(readFile(m_path), edited);

    const ConfigStore::Loaded reloaded = store.load(StoreFile::Unparsable::KeepInPlace);
    QVERIFY(reloaded.configuration.credentialByName(u"AcmeEdited"_s));
    QVERIFY(!store.changedOnDisk());
    QVERIFY(store.save(reloaded.configuration).ok());
}

void TestConfigStore::unparsableOnReloadStaysInPlace()
{
    writeFile(m_path, "{ \"version\": 1, ");
    ConfigStore store(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = store.load(StoreFile::Unparsable::KeepInPlace);
    QVERIFY(!loaded.fileRead);
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.constFirst().code, ErrorCode::ConfigurationUnreadable);
    QVERIFY(!store.isWritable());
    QVERIFY(!store.save(sample()).ok());
    QCOMPARE(readFile(m_path), QByteArray("{ \"version\": 1, "));
    QCOMPARE(entriesOfConfigDir(), QStringList{u"callout.json"_s});
}

void TestConfigStore::wrongVersionIsReported()
{
    writeFile(m_path, QJsonDocument(QJsonObject{{u"version"_s, u"one"_s}}).toJson());
    QTest::ignoreMessage(QtWarningMsg, "configuration has 1 problems");
    ConfigStore store(m_path, m_files->clock());
    const ConfigStore::Loaded loaded = store.load();
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.constFirst().field, u"version"_s);
    QVERIFY(!store.isWritable()); // a file with problems is the user's to fix
}

void TestConfigStore::atomicWriteWithPrivateMode()
{
    ConfigStore store(m_path, m_files->clock());
    (void)store.load();
    QVERIFY(store.save(sample()).ok());

    QCOMPARE(fileMode(m_path), 0600);
    QCOMPARE(fileMode(QFileInfo(m_path).absolutePath()), 0700);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(m_path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QList<Error> problems;
    QVERIFY(Configuration::fromJson(document.object(), &problems) == sample());
    QVERIFY(problems.isEmpty());
    QCOMPARE(document.object().value(u"version"_s).toInt(), Configuration::CurrentVersion);

    // Overwriting leaves no temporary file behind either.
    Configuration next = sample();
    next.namedCredentials.first().label = u"Changed"_s;
    QVERIFY(store.save(next).ok());
    QCOMPARE(entriesOfConfigDir(), QStringList{u"callout.json"_s});
    QCOMPARE(fileMode(m_path), 0600);
    QVERIFY(ConfigStore(m_path, m_files->clock()).load().configuration == next);
}

void TestConfigStore::existingFileBecomesPrivate()
{
    writeFile(m_path, QJsonDocument(sample().toJson()).toJson());
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(fileMode(m_path), 0644);

    ConfigStore store(m_path, m_files->clock());
    QVERIFY(store.load().problems.isEmpty());
    QVERIFY(store.save(sample()).ok());
    QCOMPARE(fileMode(m_path), 0600);
}

void TestConfigStore::saveWhereFolderCannotBeCreated()
{
    // A regular file stands where the folder should be.
    const QString blocker = m_files->filePath(u"blocker"_s);
    writeFile(blocker, "previous content");
    const QString path = blocker + u"/callout/callout.json"_s;

    ConfigStore store(path, m_files->clock());
    QVERIFY(store.load().problems.isEmpty());
    const Result<void> saved = store.save(sample());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::FileError);
    QVERIFY(!saved.error().message.isEmpty());
    QVERIFY(QFileInfo(blocker).isFile());
    QCOMPARE(readFile(blocker), QByteArray("previous content"));

    // A save that fails (its path is a folder) leaves the callout.json inside it untouched.
    writeFile(m_path, QJsonDocument(sample().toJson()).toJson());
    const QByteArray before = readFile(m_path);
    ConfigStore intoDirectory(QFileInfo(m_path).absolutePath(), m_files->clock()); // the path is a folder
    const Result<void> refused = intoDirectory.save(Configuration());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::FileError);
    QCOMPARE(readFile(m_path), before);
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
