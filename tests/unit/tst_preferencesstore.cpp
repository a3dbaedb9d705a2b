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
    void sessionWarningsAreRemembered();
    void sessionWarningValuesChecked_data();
    void sessionWarningValuesChecked();

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

// The warning before a forced sign-in (issue 18): its lead and the quiet hours.
void TestPreferencesStore::sessionWarningsAreRemembered()
{
    PreferencesStore store(path());
    QVERIFY(store.load().isEmpty());
    QCOMPARE(store.preferences().sessionWarningLead, 30min);
    QVERIFY(!store.preferences().quietHoursStart.isValid());
    Preferences wanted;
    wanted.sessionWarningLead = 45min;
    wanted.quietHoursStart = QTime(22, 30);
    wanted.quietHoursEnd = QTime(7, 0);
    QVERIFY(store.save(wanted).ok());
    PreferencesStore again(path());
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.preferences(), wanted);
    const QJsonObject json = QJsonDocument::fromJson(readFile(path())).object();
    QCOMPARE(json.value(u"sessionWarningLeadMinutes"_s).toInt(), 45);
    QCOMPARE(json.value(u"quietHoursStart"_s).toString(), u"22:30"_s);
    QCOMPARE(json.value(u"quietHoursEnd"_s).toString(), u"07:00"_s);

    Preferences halfQuiet = wanted;
    halfQuiet.quietHoursEnd = {};
    const Result<void> refused = store.save(halfQuiet);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"quietHoursEnd"_s);
    Preferences noLead = wanted;
    noLead.sessionWarningLead = 0min;
    QCOMPARE(store.save(noLead).error().field, u"sessionWarningLeadMinutes"_s);
}

void TestPreferencesStore::sessionWarningValuesChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("lead over a day") << QByteArray(R"({"version":1,"sessionWarningLeadMinutes":1441})")
                                     << QStringList{u"sessionWarningLeadMinutes"_s};
    QTest::newRow("quiet start not a time")
        << QByteArray(R"({"version":1,"quietHoursStart":"late","quietHoursEnd":"07:00"})")
        << QStringList{u"quietHoursStart"_s, u"quietHoursStart"_s};
    QTest::newRow("quiet end missing") << QByteArray(R"({"version":1,"quietHoursStart":"22:00"})")
                                       << QStringList{u"quietHoursStart"_s};
    QTest::newRow("fine") << QByteArray(
        R"({"version":1,"sessionWarningLeadMinutes":10,"quietHoursStart":"12:00","quietHoursEnd":"13:00"})")
                          << QStringList{};
}

void TestPreferencesStore::sessionWarningValuesChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    writeFile(path(), json);
    PreferencesStore store(path());
    for (const QString &field : fields)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"preferences.json.*"_s + field));
    QStringList found;
    for (const Error &problem : store.load())
        found.append(problem.field);
    QCOMPARE(found, fields);
    // Quiet hours are both set or none.
    QCOMPARE(store.preferences().quietHoursStart.isValid(), store.preferences().quietHoursEnd.isValid());
    if (fields.isEmpty()) {
        QCOMPARE(store.preferences().sessionWarningLead, 10min);
        QCOMPARE(store.preferences().quietHoursStart, QTime(12, 0));
    }
}

QTEST_GUILESS_MAIN(TestPreferencesStore)
#include "tst_preferencesstore.moc"
