// The settings window: a list of pages, the first being "Authentication Settings for External
// Systems"; a banner that names the entries of callout.json that need fixing and follows the file;
// a title that says "Callout" once; closing never quits; its size is remembered (issues 12, 16).
#include "CoreFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "gui/AuthProvidersPage.h"
#include "gui/AuthenticationSettingsPage.h"
#include "gui/CredentialTableModel.h"
#include "gui/NamedCredentialsPage.h"
#include "gui/SettingsWindow.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::CoreFixture;

class TestSettingsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void titleSaysCalloutOnce();
    void pagesAreListedAndShown();
    void closingDoesNotQuit();
    void remembersItsSize();
    void bannerNamesTheCredentialAndFollowsTheFile();
    void startupProblemsAreShown();
    void emptyConfigurationSaysHowToStart();
    void screenshotOfTheFirstPage();
    void screenshotsOfTheEditorPages();

private:
    // Adds an entry "Broken" whose URL is not https (or restores the file) and lets the catalog read it.
    void breakTheFile(bool broken);

    std::unique_ptr<CoreFixture> m_fixture;
};

void TestSettingsWindow::initTestCase()
{
    QApplication::setApplicationDisplayName(u"Callout"_s); // as the agent sets it
}

void TestSettingsWindow::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<CoreFixture>();
}

void TestSettingsWindow::cleanup()
{
    m_fixture.reset();
}

void TestSettingsWindow::breakTheFile(bool broken)
{
    QJsonObject file = QJsonDocument::fromJson(test::readFile(m_fixture->configPath())).object();
    QJsonArray credentials = file.value(u"namedCredentials"_s).toArray();
    if (broken) {
        QJsonObject entry = credentials.at(0).toObject();
        entry.insert(u"name"_s, u"Broken"_s);
        entry.insert(u"id"_s, u"broken-id"_s);
        entry.insert(u"url"_s, u"http://api.example/plain"_s);
        credentials.append(entry);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"configuration has 1 problems"_s));
    } else {
        credentials.removeLast();
    }
    file.insert(u"namedCredentials"_s, credentials);
    test::writeFile(m_fixture->configPath(), QJsonDocument(file).toJson());
    m_fixture->catalog().reloadConfiguration();
}

void TestSettingsWindow::titleSaysCalloutOnce()
{
    SettingsWindow window(m_fixture->core());
    // The platform appends " — <display name>" unless the title ends with it (QPlatformWindow::formatWindowTitle).
    const QString title = window.windowTitle();
    const QString shown = title.endsWith(u"Callout"_s) ? title : title + u" — Callout"_s;
    QCOMPARE(shown.count(u"Callout"_s), 1);
    QCOMPARE(shown, u"Settings — Callout"_s);
}

void TestSettingsWindow::pagesAreListedAndShown()
{
    SettingsWindow window(m_fixture->core());
    auto *pages = window.findChild<QListWidget *>(u"pages"_s);
    QVERIFY(!pages->accessibleName().isEmpty());
    QCOMPARE(pages->count(), 3);
    QCOMPARE(pages->item(0)->text(), u"Authentication Settings for External Systems"_s);
    QCOMPARE(pages->item(1)->text(), u"Named Credentials"_s);
    QCOMPARE(pages->item(2)->text(), u"Auth. Providers"_s);
    QCOMPARE(window.currentPage(), window.authenticationPage());

    QWidget general;
    window.addPage(&general, u"General"_s);
    QCOMPARE(pages->count(), 4);
    QCOMPARE(window.currentPage(), window.authenticationPage()); // adding does not switch
    pages->setCurrentRow(3);
    QCOMPARE(window.currentPage(), &general);
    window.showPage(window.authenticationPage());
    QCOMPARE(pages->currentRow(), 0);
    window.findChild<QStackedWidget *>(u"stack"_s)->removeWidget(&general);
}

void TestSettingsWindow::closingDoesNotQuit()
{
    QApplication::setQuitOnLastWindowClosed(true); // even where the agent would not have turned it off
    SettingsWindow window(m_fixture->core());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    QVERIFY(window.close());
    QTest::qWait(50);
    QCOMPARE(lastClosed.size(), 0);
    QCOMPARE(quitting.size(), 0);
}

void TestSettingsWindow::remembersItsSize()
{
    {
        SettingsWindow window(m_fixture->core());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 555);
        QTRY_COMPARE(window.size(), QSize(900, 555));
        window.close();
    }
    SettingsWindow again(m_fixture->core());
    QCOMPARE(again.size(), QSize(900, 555));
    // UI state stays out of callout.json (which is exported and edited by hand).
    QVERIFY(!test::readFile(m_fixture->configPath()).contains("geometry"));
}

void TestSettingsWindow::bannerNamesTheCredentialAndFollowsTheFile()
{
    // Issue 16, item 5: the banner names the credential (not a JSON path) and follows the file.
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s}, {u"Test API"_s}));
    SettingsWindow window(m_fixture->core());
    window.show();
    auto *banner = window.findChild<QLabel *>(u"problems"_s);
    QVERIFY(banner->isHidden());
    breakTheFile(true);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Broken needs fixing: URL must be an absolute https URL"_s),
             qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(u"namedCredentials["_s), qPrintable(banner->text()));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    breakTheFile(false); // fixed in the editor
    QVERIFY(banner->isHidden());
}

void TestSettingsWindow::startupProblemsAreShown()
{
    SettingsWindow window(m_fixture->core());
    window.show();
    window.setStartupProblems({Error(ErrorCode::ConfigurationUnreadable, u"state.json could not be read"_s)});
    auto *banner = window.findChild<QLabel *>(u"problems"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"state.json could not be read"_s));
}

void TestSettingsWindow::emptyConfigurationSaysHowToStart()
{
    SettingsWindow window(m_fixture->core());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.findChild<QLabel *>(u"emptyHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"New"_s));
    QVERIFY(hint->text().contains(u"calloutctl import"_s));
}

// settings-authentication.png: signed-in, sign-in-required, signed-out and needs-fixing rows, with
// the details of the signed-in one.
void TestSettingsWindow::screenshotOfTheFirstPage()
{
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s, u"Crm"_s, u"Reports"_s},
                                         {u"Test API"_s, u"CRM (production)"_s, u"Reports"_s}));
    const QDateTime now = m_fixture->clock().now();
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    QVERIFY(m_fixture->changeRecord(u"TestApi"_s, [&](ExternalAuthentication &record) {
        record.user = u"ada@example.test"_s;
        record.grantedScopes = u"openid api"_s;
        record.accessTokenExpiry = now.addSecs(3000);
        record.lastRefresh = now.addSecs(-600);
        record.history = {{AuthEvent::Kind::SignedIn, now.addSecs(-7200), {}},
                          {AuthEvent::Kind::Refreshed, now.addSecs(-600), {}}};
    }));
    QVERIFY(m_fixture->setStatus(u"Crm"_s, AuthStatus::SignInRequired, u"The refresh token was revoked."_s));
    breakTheFile(true);

    SettingsWindow window(m_fixture->core());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AuthenticationSettingsPage *page = window.authenticationPage();
    page->showDetails(m_fixture->id(u"TestApi"_s));
    QCOMPARE(page->findChild<QTableView *>(u"credentials"_s)->model()->rowCount(), 4);
    QTest::qWait(50);
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (!artifacts.isEmpty()) {
        QDir().mkpath(artifacts);
        QVERIFY(window.grab().save(artifacts + u"/settings-authentication.png"_s));
    }
}

// settings-window-named-credentials.png, settings-window-auth-providers.png: the editor pages in the
// window itself (1280×800), their first entry open.
void TestSettingsWindow::screenshotsOfTheEditorPages()
{
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s, u"Crm"_s}, {u"Test API"_s, u"CRM (production)"_s}));
    SettingsWindow window(m_fixture->core());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    const QList<std::pair<QWidget *, QString>> pages{{window.namedCredentialsPage(), u"named-credentials"_s},
                                                     {window.authProvidersPage(), u"auth-providers"_s}};
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        QCOMPARE(window.currentPage(), page);
        auto *list = page->findChild<QAbstractItemView *>(u"entries"_s);
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::qWait(50);
        if (!artifacts.isEmpty()) {
            QDir().mkpath(artifacts);
            QVERIFY(window.grab().save(artifacts + u"/settings-window-"_s + name + u".png"_s));
        }
    }
}

QTEST_MAIN(TestSettingsWindow)
#include "tst_settingswindow.moc"
