// preferences.json: defaults when missing, values out of range refused (on save) or replaced by the
// default (on load, reported), an unreadable file reported and kept, saves atomic.
#include "callout/store/PreferencesStore.h"

#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using callout::test::readFile;
using callout::test::StoreFixture;
using callout::test::writeFile;

class TestPreferencesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void missingFileMeansDefaults();
    void savedValuesAreReadBack();
    void saveRefusesOutOfRange_data();
    void saveRefusesOutOfRange();
    void loadReportsOutOfRange_data();
    void loadReportsOutOfRange();
    void unreadableFileIsKeptAndReported();
    void saveIsAtomic();
    void proxyIsRemembered();
    void loadReportsWrongProxyValues_data();
    void loadReportsWrongProxyValues();

private:
    QString path() const { return m_dir.filePath(u"callout/preferences.json"_s); }
    QTemporaryDir m_dir;
};

void TestPreferencesStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
    QFile::remove(path());
}

void TestPreferencesStore::missingFileMeansDefaults()
{
    PreferencesStore store(path());
    QVERIFY(store.load().isEmpty());
    QCOMPARE(store.preferences(), Preferences{});
    QCOMPARE(store.preferences().refreshLead, 60s);
    QCOMPARE(store.preferences().reminderSnooze, 15min);
    QVERIFY(!QFile::exists(path())); // reading writes nothing
}

void TestPreferencesStore::savedValuesAreReadBack()
{
    PreferencesStore store(path());
    QSignalSpy changed(&store, &PreferencesStore::changed);
    const Preferences wanted{120s, 30min};
    QVERIFY(store.save(wanted).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.preferences(), wanted);

    PreferencesStore again(path()); // a restart
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.preferences(), wanted);
    const QJsonObject json = QJsonDocument::fromJson(readFile(path())).object();
    QCOMPARE(json.value(u"refreshLeadSeconds"_s).toInt(), 120);
    QCOMPARE(json.value(u"reminderSnoozeMinutes"_s).toInt(), 30);
}

void TestPreferencesStore::saveRefusesOutOfRange_data()
{
    QTest::addColumn<qint64>("leadSeconds");
    QTest::addColumn<qint64>("snoozeMinutes");
    QTest::addColumn<QString>("field");

    QTest::newRow("lead below 0") << qint64(-1) << qint64(15) << u"refreshLeadSeconds"_s;
    QTest::newRow("lead above an hour") << qint64(3601) << qint64(15) << u"refreshLeadSeconds"_s;
    QTest::newRow("snooze below a minute") << qint64(60) << qint64(0) << u"reminderSnoozeMinutes"_s;
    QTest::newRow("snooze above a day") << qint64(60) << qint64(24 * 60 + 1) << u"reminderSnoozeMinutes"_s;
}

void TestPreferencesStore::saveRefusesOutOfRange()
{
    QFETCH(qint64, leadSeconds);
    QFETCH(qint64, snoozeMinutes);
    QFETCH(QString, field);

    PreferencesStore store(path());
    QSignalSpy changed(&store, &PreferencesStore::changed);
    const Result<void> saved
        = store.save(Preferences{std::chrono::seconds(leadSeconds), std::chrono::minutes(snoozeMinutes)});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidConfiguration);
    QCOMPARE(saved.error().field, field);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(store.preferences(), Preferences{});
}

void TestPreferencesStore::loadReportsOutOfRange_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<qint64>("leadSeconds");
    QTest::addColumn<qint64>("snoozeMinutes");

    QTest::newRow("lead too long") << QByteArray(
        R"({"version":1,"refreshLeadSeconds":99999,"reminderSnoozeMinutes":5})")
                                   << QStringList{u"refreshLeadSeconds"_s} << qint64(60) << qint64(5);
    QTest::newRow("snooze not a number") << QByteArray(
        R"({"version":1,"refreshLeadSeconds":0,"reminderSnoozeMinutes":"5"})")
                                         << QStringList{u"reminderSnoozeMinutes"_s} << qint64(0) << qint64(15);
    QTest::newRow("fraction") << QByteArray(R"({"version":1,"refreshLeadSeconds":1.5})")
                              << QStringList{u"refreshLeadSeconds"_s} << qint64(60) << qint64(15);
    QTest::newRow("both at their limits")
        << QByteArray(R"({"version":1,"refreshLeadSeconds":3600,"reminderSnoozeMinutes":1440})") << QStringList{}
        << qint64(3600) << qint64(1440);
}

void TestPreferencesStore::loadReportsOutOfRange()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, fields);
    QFETCH(qint64, leadSeconds);
    QFETCH(qint64, snoozeMinutes);

    writeFile(path(), file);
    PreferencesStore store(path());
    for (qsizetype i = 0; i < fields.size(); ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"preferences.json.*"_s + fields.at(i)));
    QStringList found;
    for (const Error &problem : store.load())
        found.append(problem.field);
    QCOMPARE(found, fields);
    QCOMPARE(store.preferences().refreshLead.count(), leadSeconds);
    QCOMPARE(store.preferences().reminderSnooze.count(), snoozeMinutes);
    QCOMPARE(readFile(path()), file); // reported, not rewritten
}

void TestPreferencesStore::unreadableFileIsKeptAndReported()
{
    const QByteArray garbage = "{ not json";
    writeFile(path(), garbage);
    PreferencesStore store(path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"preferences.json could not be read"_s));
    const QList<Error> problems = store.load();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().code, ErrorCode::ConfigurationUnreadable);
    QCOMPARE(store.preferences(), Preferences{});
    QCOMPARE(readFile(path()), garbage);
    QCOMPARE(StoreFixture::entriesNextTo(path()), QStringList{u"preferences.json"_s});
}

void TestPreferencesStore::saveIsAtomic()
{
    PreferencesStore store(path());
    QVERIFY(store.save(Preferences{10s, 2min}).ok());
    QVERIFY(store.save(Preferences{20s, 3min}).ok());
    // QSaveFile: no temporary left beside it, and the file is the user's alone.
    QCOMPARE(StoreFixture::entriesNextTo(path()), QStringList{u"preferences.json"_s});
    QCOMPARE(QFile::permissions(path()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFile::Permissions());
    PreferencesStore again(path());
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.preferences(), (Preferences{20s, 3min}));
}

// The loopback proxy's switch and port (issue 13): off by default, read back after a restart.
void TestPreferencesStore::proxyIsRemembered()
{
    PreferencesStore store(path());
    QVERIFY(store.load().isEmpty());
    QVERIFY(!store.preferences().proxyEnabled);
    QCOMPARE(store.preferences().proxyPort, quint16(0));
    Preferences wanted;
    wanted.proxyEnabled = true;
    wanted.proxyPort = 47123;
    QVERIFY(store.save(wanted).ok());
    PreferencesStore again(path());
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.preferences(), wanted);
    const QJsonObject json = QJsonDocument::fromJson(readFile(path())).object();
    QCOMPARE(json.value(u"proxyEnabled"_s).toBool(), true);
    QCOMPARE(json.value(u"proxyPort"_s).toInt(), 47123);
}

void TestPreferencesStore::loadReportsWrongProxyValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("enabled not a bool") << QByteArray(R"({"version":1,"proxyEnabled":"yes"})") << u"proxyEnabled"_s;
    QTest::newRow("port too large") << QByteArray(R"({"version":1,"proxyPort":65536})") << u"proxyPort"_s;
    QTest::newRow("port negative") << QByteArray(R"({"version":1,"proxyPort":-1})") << u"proxyPort"_s;
    QTest::newRow("port fraction") << QByteArray(R"({"version":1,"proxyPort":80.5})") << u"proxyPort"_s;
    QTest::newRow("port a string") << QByteArray(R"({"version":1,"proxyPort":"80"})") << u"proxyPort"_s;
}

void TestPreferencesStore::loadReportsWrongProxyValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    writeFile(path(), json);
    PreferencesStore store(path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(field));
    const QList<Error> problems = store.load();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    QVERIFY(!store.preferences().proxyEnabled); // the defaults stand in
    QCOMPARE(store.preferences().proxyPort, quint16(0));
}

QTEST_GUILESS_MAIN(TestPreferencesStore)
#include "tst_preferencesstore.moc"
