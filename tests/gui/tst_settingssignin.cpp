// From a configured but never signed-in credential to a signed-in one without a terminal: New in
// "Authentication Settings for External Systems", Save with "Start Authentication Flow on Save",
// the scripted user signs in at the real OAuth server (issue 12). Runs under Xvfb (tests/run.sh).
#include "ManualClock.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"
#include "callout/agent/CalloutCore.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/store/KeychainSecretStore.h"
#include "gui/AuthenticationSettingsPage.h"
#include "gui/CredentialTableModel.h"
#include "gui/ExternalAuthenticationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::TestServer;

class TestSettingsSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startAuthenticationFlowOnSaveSignsIn();

private:
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<KeychainSecretStore> m_secrets;
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<CalloutCore> m_core;
};

void TestSettingsSignIn::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    if (QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty())
        QFAIL("xdg-open (xdg-utils) is needed");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // xdg-open takes the $BROWSER path only outside a desktop: hide the display from it alone.
    qputenv("BROWSER", (u"env -u DISPLAY "_s + TestServer::browserScript()).toUtf8());
    qputenv("CALLOUT_BROWSER_MODE", "normal");
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<KeychainSecretStore>(u"callout-test-"_s
                                                      + QString::number(QRandomGenerator::system()->generate(), 16));
    m_core = std::make_unique<CalloutCore>(m_dir->filePath(u"callout.json"_s), m_dir->filePath(u"state.json"_s),
                                           *m_secrets, m_browser, m_clock);
    QVERIFY(m_core->load().isEmpty());
}

void TestSettingsSignIn::cleanup()
{
    if (m_core && m_core->catalog.configuration().credentialByName(u"Api"_s)) {
        bool removed = false;
        m_core->catalog.removeCredential(u"Api"_s, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }
    m_core.reset();
    m_secrets.reset();
    m_dir.reset();
    m_server.stop();
}

void TestSettingsSignIn::startAuthenticationFlowOnSaveSignsIn()
{
    test::ServerImport document(m_server);
    document.provider(u"Demo"_s, u"public-client"_s).credential(u"Api"_s, u"Demo"_s, u"Demo API"_s);
    if (!document.importInto(m_core->catalog))
        return;
    AuthenticationSettingsPage page(*m_core);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QTest::mouseClick(page.findChild<QPushButton *>(u"newButton"_s), Qt::LeftButton);
    ExternalAuthenticationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<ExternalAuthenticationDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox *>(u"credential"_s)->currentText(), u"Demo API (Api)"_s);
    QVERIFY(dialog->findChild<QCheckBox *>(u"startFlow"_s)->isChecked());
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::None);

    const QString id = m_core->catalog.configuration().credentialByName(u"Api"_s)->id;
    QCOMPARE(m_core->catalog.externalAuthentication(id).status, AuthStatus::SignedIn);
    const QAbstractItemModel *model = page.findChild<QTableView *>(u"credentials"_s)->model();
    QCOMPARE(model->index(0, CredentialTableModel::Status).data().toString(), u"Signed in"_s);
    QVERIFY(!model->index(0, CredentialTableModel::User).data().toString().isEmpty());
    auto *message = page.findChild<QLabel *>(u"signInMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Signed in to Demo API."_s);
    QVERIFY(page.findChild<QWidget *>(u"PendingSignInBar"_s)->isHidden());
}

QTEST_MAIN(TestSettingsSignIn)
#include "tst_settingssignin.moc"
