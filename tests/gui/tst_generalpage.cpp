// The settings window's General page (issue 12), offscreen: start at login writes a valid XDG
// autostart entry and removes it; the reminder snooze and refresh lead are validated with
// Preferences' own rules (the message at its field, Apply disabled) and saved to the core; import
// and export go through the page with the file name given by the test instead of a dialog.
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "ScriptedBrowser.h"
#include "TestEnvironment.h"
#include "callout/agent/CalloutCore.h"
#include "gui/GeneralPage.h"
#include "platform/linux/AutostartEntry.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace callout;

class TestGeneralPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startAtLoginWritesAValidEntryAndRemovesIt();
    void execIsQuotedAsTheSpecAsks_data();
    void execIsQuotedAsTheSpecAsks();
    void invalidValuesAreShownAtTheirField_data();
    void invalidValuesAreShownAtTheirField();
    void appliedPreferencesReachTheCore();
    void importThroughThePage();
    void importProblemsAreShown_data();
    void importProblemsAreShown();
    void exportThroughThePage();
    void screenshot();

private:
    template<typename T> T *child(const char *name) const { return m_page->findChild<T *>(QString::fromLatin1(name)); }
    QString transferMessage() const { return child<QLabel>("transferMessage")->text(); }
    QString importDocument() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock;
    MemorySecretStore m_secrets;
    test::ScriptedBrowser m_browser;
    std::unique_ptr<CalloutCore> m_core;
    std::unique_ptr<AutostartEntry> m_autostart;
    std::unique_ptr<GeneralPage> m_page;
    QString m_chosenFile; // what the "file dialog" answers
};

void TestGeneralPage::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           m_secrets, m_browser, m_clock);
    QVERIFY(m_core->load().isEmpty());
    m_autostart = std::make_unique<AutostartEntry>(u"/opt/Callout Apps/bin/callout"_s,
                                                   m_dir->filePath(u"autostart/io.github.callout.Callout.desktop"_s));
    m_page = std::make_unique<GeneralPage>(*m_core, *m_autostart);
    m_page->setFileChooser([this](QWidget *, GeneralPage::FileChoice) { return m_chosenFile; });
    m_page->resize(1280, 800);
    m_page->show();
}

void TestGeneralPage::cleanup()
{
    m_page.reset();
    m_autostart.reset();
    m_core.reset();
    m_dir.reset();
}

// A click on the box itself (the check box spans the page; its middle is past its text).
static void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

void TestGeneralPage::startAtLoginWritesAValidEntryAndRemovesIt()
{
    QVERIFY(!child<QCheckBox>("startAtLogin")->isChecked());
    clickCheckBox(child<QCheckBox>("startAtLogin"));
    QVERIFY(child<QCheckBox>("startAtLogin")->isChecked());
    QVERIFY(m_autostart->isEnabled());
    const QByteArray entry = test::readFile(m_autostart->path());
    QVERIFY2(entry.contains("\nExec=\"/opt/Callout Apps/bin/callout\" --minimized\n"), entry.constData());

    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty())
        QFAIL("desktop-file-validate is needed (packaging/install-deps.sh installs desktop-file-utils)");
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(validator, {m_autostart->path()});
    QVERIFY(validate.waitForFinished(10000));
    const QByteArray output = validate.readAll();
    QVERIFY2(validate.exitCode() == 0 && output.isEmpty(), output.constData());

    // A page opened later shows what is true.
    GeneralPage again(*m_core, *m_autostart);
    QVERIFY(again.findChild<QCheckBox *>(u"startAtLogin"_s)->isChecked());

    clickCheckBox(child<QCheckBox>("startAtLogin"));
    QVERIFY(!QFile::exists(m_autostart->path()));
    QVERIFY(!m_autostart->isEnabled());
}

void TestGeneralPage::execIsQuotedAsTheSpecAsks_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << u"/usr/bin/callout"_s << u"Exec=/usr/bin/callout --minimized"_s;
    QTest::newRow("space") << u"/opt/my apps/callout"_s << u"Exec=\"/opt/my apps/callout\" --minimized"_s;
    QTest::newRow("reserved") << u"/opt/a$b\"c/callout"_s << u"Exec=\"/opt/a\\$b\\\"c/callout\" --minimized"_s;
    QTest::newRow("percent") << u"/opt/100%/callout"_s << u"Exec=/opt/100%%/callout --minimized"_s;
}

void TestGeneralPage::execIsQuotedAsTheSpecAsks()
{
    QFETCH(QString, executable);
    QFETCH(QString, exec);
    const QStringList lines = QString::fromUtf8(AutostartEntry::contents(executable)).split(u'\n');
    QVERIFY2(lines.contains(exec), qPrintable(lines.join(u'\n')));
}

void TestGeneralPage::invalidValuesAreShownAtTheirField_data()
{
    QTest::addColumn<int>("snooze");
    QTest::addColumn<int>("lead");
    QTest::addColumn<QString>("snoozeMessage");
    QTest::addColumn<QString>("leadMessage");
    QTest::newRow("snooze too short") << 0 << 60 << u"must be between 1 and 1440"_s << QString();
    QTest::newRow("snooze too long") << 1441 << 60 << u"must be between 1 and 1440"_s << QString();
    QTest::newRow("lead too long") << 15 << 3601 << QString() << u"must be between 0 and 3600"_s;
    QTest::newRow("both") << 0 << 9999 << u"must be between 1 and 1440"_s << u"must be between 0 and 3600"_s;
    QTest::newRow("valid") << 30 << 120 << QString() << QString();
}

void TestGeneralPage::invalidValuesAreShownAtTheirField()
{
    QFETCH(int, snooze);
    QFETCH(int, lead);
    QFETCH(QString, snoozeMessage);
    QFETCH(QString, leadMessage);
    child<QSpinBox>("reminderSnooze")->setValue(snooze);
    child<QSpinBox>("refreshLead")->setValue(lead);
    QCOMPARE(child<QLabel>("reminderSnoozeMessage")->text(), snoozeMessage);
    QCOMPARE(child<QLabel>("reminderSnoozeMessage")->isVisible(), !snoozeMessage.isEmpty());
    QCOMPARE(child<QLabel>("refreshLeadMessage")->text(), leadMessage);
    QCOMPARE(child<QLabel>("refreshLeadMessage")->isVisible(), !leadMessage.isEmpty());
    QCOMPARE(child<QPushButton>("applyButton")->isEnabled(), snoozeMessage.isEmpty() && leadMessage.isEmpty());
}

void TestGeneralPage::appliedPreferencesReachTheCore()
{
    QCOMPARE(child<QSpinBox>("reminderSnooze")->value(), 15); // the defaults
    QCOMPARE(child<QSpinBox>("refreshLead")->value(), 60);
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled()); // nothing changed yet
    child<QSpinBox>("reminderSnooze")->setValue(45);
    child<QSpinBox>("refreshLead")->setValue(300);
    QSignalSpy changed(&m_core->preferences, &PreferencesStore::changed);
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_core->preferences.preferences().reminderSnooze, std::chrono::minutes(45));
    QCOMPARE(m_core->preferences.preferences().refreshLead, std::chrono::seconds(300));
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled());
    // Saved in the file: a new store over it reads the same.
    PreferencesStore reread(m_core->preferences.path());
    QVERIFY(reread.load().isEmpty());
    QCOMPARE(reread.preferences(), m_core->preferences.preferences());

    // Revert goes back to what is saved.
    child<QSpinBox>("reminderSnooze")->setValue(99);
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
    QCOMPARE(child<QSpinBox>("reminderSnooze")->value(), 45);
}

QString TestGeneralPage::importDocument() const
{
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, u"https://id.example/auth"_s},
                               {u"tokenUrl"_s, u"https://id.example/token"_s},
                               {u"clientId"_s, u"desktop"_s},
                               {u"clientAuthentication"_s, u"post"_s},
                               {u"clientSecret"_s, u"s3cr3t-from-the-document"_s}};
    const QJsonObject credential{
        {u"name"_s, u"Api"_s}, {u"url"_s, u"https://api.example/v1"_s}, {u"authProvider"_s, u"Demo"_s}};
    const QJsonObject document{
        {u"version"_s, 1}, {u"authProviders"_s, QJsonArray{provider}}, {u"namedCredentials"_s, QJsonArray{credential}}};
    const QString path = m_dir->filePath(u"import.json"_s);
    test::writeFile(path, QJsonDocument(document).toJson());
    return path;
}

void TestGeneralPage::importThroughThePage()
{
    m_chosenFile = importDocument();
    QSignalSpy finished(m_page.get(), &GeneralPage::transferFinished);
    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(transferMessage().startsWith(u"Added: "_s), qPrintable(transferMessage()));
    QVERIFY2(transferMessage().contains(u"Api"_s) && transferMessage().contains(u"Demo"_s),
             qPrintable(transferMessage()));
    QVERIFY(m_core->catalog.configuration().credentialByName(u"Api"_s));
    const QString providerId = m_core->catalog.configuration().providerByName(u"Demo"_s)->id;
    QCOMPARE(m_secrets.items().value(secretkeys::providerClientSecret(providerId)), "s3cr3t-from-the-document");
}

void TestGeneralPage::importProblemsAreShown_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no such file
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QByteArray() << u"No such file or directory"_s;
    QTest::newRow("not JSON") << QByteArray("{ nope") << u"was not imported"_s;
    QTest::newRow("invalid entry") << QByteArray(
        R"({"version":1,"namedCredentials":[{"name":"Api","url":"ftp://x","authProvider":"None"}]})")
                                   << u"namedCredentials[0]"_s;
}

void TestGeneralPage::importProblemsAreShown()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    m_chosenFile = m_dir->filePath(u"bad.json"_s);
    if (!content.isEmpty())
        test::writeFile(m_chosenFile, content);
    QSignalSpy finished(m_page.get(), &GeneralPage::transferFinished);
    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(transferMessage().contains(expected), qPrintable(transferMessage()));
    QVERIFY(m_core->catalog.configuration().namedCredentials.isEmpty()); // all or nothing
}

void TestGeneralPage::exportThroughThePage()
{
    m_chosenFile = importDocument();
    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    QTRY_VERIFY(m_core->catalog.configuration().credentialByName(u"Api"_s));

    m_chosenFile = m_dir->filePath(u"export/out.json"_s);
    QDir().mkpath(m_dir->filePath(u"export"_s));
    QSignalSpy finished(m_page.get(), &GeneralPage::transferFinished);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    const QByteArray exported = test::readFile(m_chosenFile);
    QCOMPARE(exported, m_core->catalog.exportDocument()); // the same document as `calloutctl export`
    QVERIFY(!exported.contains("s3cr3t-from-the-document"));
    QVERIFY2(transferMessage().contains(u"out.json"_s), qPrintable(transferMessage()));

    m_chosenFile.clear(); // the user cancelled the dialog
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
}

void TestGeneralPage::screenshot()
{
    child<QSpinBox>("reminderSnooze")->setValue(0); // one message shown, to see where it goes
    m_chosenFile = importDocument();
    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    QTRY_VERIFY(!transferMessage().isEmpty());
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty())
        QSKIP("CALLOUT_ARTIFACTS_DIR is not set (tests/run.sh sets it)");
    QDir().mkpath(artifacts);
    QVERIFY(m_page->grab().save(artifacts + u"/settings-general.png"_s));
}

QTEST_MAIN(TestGeneralPage)
#include "tst_generalpage.moc"
