// The settings window lists every named credential with its sign-in status.
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "TestEnvironment.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/StateStore.h"
#include "gui/CredentialTableModel.h"
#include "gui/SettingsWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

using namespace callout;

class TestSettingsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyCatalogShowsHowToStart();
    void listsCredentialsWithStatus();
    void showsLoadProblems();
    void signInButtonAsksToSignInTheSelectedCredential();
    void showsTheSignInAddressWhenNoBrowserOpened();
    void serverTextIsShownLiterally();

private:
    void importDemo();

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConfigStore> m_configStore;
    std::unique_ptr<StateStore> m_stateStore;
    std::unique_ptr<CredentialCatalog> m_catalog;
};

void TestSettingsWindow::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    m_configStore = std::make_unique<ConfigStore>(m_dir->filePath(u"callout.json"_s), m_clock);
    m_stateStore = std::make_unique<StateStore>(m_dir->filePath(u"state.json"_s), m_clock);
    m_catalog = std::make_unique<CredentialCatalog>(*m_configStore, *m_stateStore, m_secrets);
    QVERIFY(m_catalog->load().isEmpty());
}

void TestSettingsWindow::cleanup()
{
    m_catalog.reset();
    m_stateStore.reset();
    m_configStore.reset();
    m_dir.reset();
}

void TestSettingsWindow::importDemo()
{
    bool done = false;
    m_catalog->importDocument(R"({"authProviders": [{"name": "Demo", "authorizeUrl": "https://a.example/auth",
        "tokenUrl": "https://a.example/token", "clientId": "c"}],
        "namedCredentials": [{"name": "DemoApi", "label": "Demo API", "url": "https://api.example/v1",
                              "authProvider": "Demo"}]})",
                              false, [&done](Result<ImportPlan> r) {
                                  QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
                                  done = true;
                              });
    QTRY_VERIFY(done);
}

void TestSettingsWindow::emptyCatalogShowsHowToStart()
{
    SettingsWindow window(*m_catalog);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.findChild<QLabel *>(u"emptyHint"_s);
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"calloutctl import"_s));
}

void TestSettingsWindow::listsCredentialsWithStatus()
{
    SettingsWindow window(*m_catalog);
    window.show();
    importDemo();
    auto *table = window.findChild<QTableView *>(u"credentials"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CredentialTableModel::Label).data().toString(), u"Demo API"_s);
    QCOMPARE(table->model()->index(0, CredentialTableModel::Status).data().toString(), u"Signed out"_s);
    QVERIFY(!window.findChild<QLabel *>(u"emptyHint"_s)->isVisible());

    // A status change reaches the row.
    const QString id = m_catalog->configuration().credentialByName(u"DemoApi"_s)->id;
    ExternalAuthentication record = m_catalog->externalAuthentication(id);
    record.status = AuthStatus::SigningIn;
    QVERIFY(m_catalog->updateExternalAuthentication(record).ok());
    QCOMPARE(table->model()->index(0, CredentialTableModel::Status).data().toString(), u"Signing in…"_s);
}

void TestSettingsWindow::showsLoadProblems()
{
    SettingsWindow window(*m_catalog);
    window.show();
    auto *banner = window.findChild<QLabel *>(u"problems"_s);
    QVERIFY(!banner->isVisible());
    window.showProblems(
        {Error(ErrorCode::InvalidConfiguration, u"must be an absolute https URL"_s, u"namedCredentials[0].url"_s)});
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"namedCredentials[0].url: must be an absolute https URL"_s);
    window.showProblems({});
    QVERIFY(!banner->isVisible());
}

void TestSettingsWindow::signInButtonAsksToSignInTheSelectedCredential()
{
    SettingsWindow window(*m_catalog);
    window.show();
    importDemo();
    auto *button = window.findChild<QPushButton *>(u"signInButton"_s);
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing selected
    window.findChild<QTableView *>(u"credentials"_s)->selectRow(0);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), u"Sign in"_s);
    QSignalSpy requested(&window, &SettingsWindow::signInRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"DemoApi"_s);

    // Signed in: the same button re-authenticates.
    const QString id = m_catalog->configuration().credentialByName(u"DemoApi"_s)->id;
    ExternalAuthentication record = m_catalog->externalAuthentication(id);
    record.status = AuthStatus::SigningIn;
    QVERIFY(m_catalog->updateExternalAuthentication(record).ok());
    QVERIFY(!button->isEnabled()); // one sign-in at a time
    record.status = AuthStatus::SignedIn;
    QVERIFY(m_catalog->updateExternalAuthentication(record).ok());
    QCOMPARE(button->text(), u"Re-authenticate"_s);
}

void TestSettingsWindow::showsTheSignInAddressWhenNoBrowserOpened()
{
    SettingsWindow window(*m_catalog);
    window.show();
    importDemo();
    const QString id = m_catalog->configuration().credentialByName(u"DemoApi"_s)->id;
    const QUrl url(u"https://a.example/auth?client_id=c&state=xyz"_s);
    window.showSignInUrl(id, url, false);
    auto *message = window.findChild<QLabel *>(u"signInMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(url.toString(QUrl::FullyEncoded)));
    QVERIFY(message->text().contains(u"Demo API"_s));
    window.showSignInResult(id, Error(ErrorCode::AccessDenied, u"Access was denied."_s));
    QVERIFY(message->text().contains(u"Access was denied."_s));
}

// Finding 7 (issue 11): server text (an error description, a user name) is never rich text.
void TestSettingsWindow::serverTextIsShownLiterally()
{
    SettingsWindow window(*m_catalog);
    window.show();
    importDemo();
    const QString id = m_catalog->configuration().credentialByName(u"DemoApi"_s)->id;
    const QString markup = u"<b>x</b><img src=\"https://evil.example/t.png\">"_s;
    window.showSignInResult(id, Error(ErrorCode::AccessDenied, markup));
    window.showProblems({Error(ErrorCode::ProtocolError, markup)});

    // Every label that can show changing text takes it literally; only the static heading is formatted.
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    QVERIFY(labels.size() >= 3);
    for (const QLabel *label : labels) {
        if (label->objectName() != u"heading"_s)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    auto *message = window.findChild<QLabel *>(u"signInMessage"_s);
    QVERIFY(message->text().contains(markup));
    QVERIFY(window.findChild<QLabel *>(u"problems"_s)->text().contains(markup));

    // Tool tips are rich text whenever they look like it: the status tip must show the markup as text.
    ExternalAuthentication record = m_catalog->externalAuthentication(id);
    record.user = markup;
    record.lastError = Error(ErrorCode::AccessDenied, markup);
    QVERIFY(m_catalog->updateExternalAuthentication(record).ok());
    const QAbstractItemModel *model = window.findChild<QTableView *>(u"credentials"_s)->model();
    for (const int column : {int(CredentialTableModel::Status), int(CredentialTableModel::User)}) {
        const QString tip = model->index(0, column).data(Qt::ToolTipRole).toString();
        QTextDocument shown; // as QToolTip shows it
        if (Qt::mightBeRichText(tip))
            shown.setHtml(tip);
        else
            shown.setPlainText(tip);
        QVERIFY2(shown.toPlainText().contains(markup), qPrintable(tip));
    }
}

QTEST_MAIN(TestSettingsWindow)
#include "tst_settingswindow.moc"
