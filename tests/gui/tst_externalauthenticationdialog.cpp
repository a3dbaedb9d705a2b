// The edit dialog of "Authentication Settings for External Systems": the credential to sign in to,
// its provider and scope; Save applies a plan through the catalog, warns before tokens go, and
// starts the sign-in when asked (issue 12).
#include "CoreFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "gui/ExternalAuthenticationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::CoreFixture;

class TestExternalAuthenticationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newOffersCredentialsWithoutASessionFirst();
    void newNamedCredentialLeadsToItsPage();
    void problemIsShownAtItsFieldAndSaveIsDisabled();
    void saveAppliesTheScope_data();
    void saveAppliesTheScope();
    void providerChangeWarnsBeforeTokensGo_data();
    void providerChangeWarnsBeforeTokensGo();
    void escapeCancels();

private:
    std::unique_ptr<ExternalAuthenticationDialog> open(const QString &credentialName);
    QPushButton *saveButton(QDialog *dialog) const
    {
        return dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save);
    }
    void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<CoreFixture> m_fixture;
};

void TestExternalAuthenticationDialog::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<CoreFixture>();
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s, u"Demo"_s}, {u"Test API"_s, u"Demo API"_s}));
}

void TestExternalAuthenticationDialog::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<ExternalAuthenticationDialog> TestExternalAuthenticationDialog::open(const QString &credentialName)
{
    auto dialog = std::make_unique<ExternalAuthenticationDialog>(
        m_fixture->core(), credentialName.isEmpty() ? QString() : m_fixture->id(credentialName));
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        QTest::qFail("dialog not shown", __FILE__, __LINE__);
    return dialog;
}

void TestExternalAuthenticationDialog::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty())
        return;
    QDir().mkpath(artifacts);
    QVERIFY(widget->grab().save(artifacts + u'/' + name));
}

void TestExternalAuthenticationDialog::newOffersCredentialsWithoutASessionFirst()
{
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    const auto dialog = open({});
    auto *credential = dialog->findChild<QComboBox *>(u"credential"_s);
    QCOMPARE(credential->count(), 3);
    QCOMPARE(credential->itemText(0), u"Demo API (Demo)"_s); // no session yet: first
    QCOMPARE(credential->itemText(1), u"Test API (TestApi)"_s);
    QCOMPARE(credential->itemText(2), u"New named credential…"_s);
    QCOMPARE(dialog->selectedCredentialId(), m_fixture->id(u"Demo"_s));
    QCOMPARE(dialog->findChild<QComboBox *>(u"provider"_s)->currentText(), u"Demo"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"protocol"_s)->text(), u"OAuth 2.0"_s);
    auto *startFlow = dialog->findChild<QCheckBox *>(u"startFlow"_s);
    QVERIFY(startFlow->isChecked()); // Start Authentication Flow on Save: checked by default
    QVERIFY(saveButton(dialog.get())->isEnabled());
    dialog->resize(640, 360);
    saveScreenshot(dialog.get(), u"external-authentication-dialog.png"_s);
}

void TestExternalAuthenticationDialog::newNamedCredentialLeadsToItsPage()
{
    const auto dialog = open({});
    QSignalSpy requested(dialog.get(), &ExternalAuthenticationDialog::newNamedCredentialRequested);
    auto *credential = dialog->findChild<QComboBox *>(u"credential"_s);
    credential->setFocus();
    credential->setCurrentIndex(credential->count() - 1);
    Q_EMIT credential->activated(credential->count() - 1); // as a user's choice does
    QCOMPARE(requested.size(), 1);
    QVERIFY(dialog->isHidden());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestExternalAuthenticationDialog::problemIsShownAtItsFieldAndSaveIsDisabled()
{
    const auto dialog = open(u"TestApi"_s);
    QVERIFY(!dialog->findChild<QComboBox *>(u"credential"_s)->isEnabled()); // an edit is of this one
    auto *provider = dialog->findChild<QComboBox *>(u"provider"_s);
    auto *problem = dialog->findChild<QLabel *>(u"providerProblem"_s);
    QVERIFY(problem->isHidden());
    provider->setCurrentIndex(-1); // no provider chosen
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"required"_s), qPrintable(problem->text()));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"scopeProblem"_s)->isHidden());
    provider->setCurrentIndex(provider->findText(u"Demo"_s));
    QVERIFY(problem->isHidden());
    QVERIFY(saveButton(dialog.get())->isEnabled());
}

void TestExternalAuthenticationDialog::saveAppliesTheScope_data()
{
    QTest::addColumn<bool>("startFlow");
    QTest::newRow("start the flow") << true;
    QTest::newRow("only save") << false;
}

void TestExternalAuthenticationDialog::saveAppliesTheScope()
{
    QFETCH(bool, startFlow);
    const auto dialog = open(u"TestApi"_s);
    QSignalSpy saved(dialog.get(), &ExternalAuthenticationDialog::saved);
    dialog->findChild<QLineEdit *>(u"scope"_s)->setText(u"openid  api.read"_s);
    dialog->findChild<QCheckBox *>(u"startFlow"_s)->setChecked(startFlow);
    QVERIFY(dialog->plan().discards.isEmpty()); // a scope change keeps the tokens
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QString id = m_fixture->id(u"TestApi"_s);
    QCOMPARE(m_fixture->catalog().configuration().credentialById(id)->scopes, u"openid api.read"_s);
    QVERIFY(test::readFile(m_fixture->configPath()).contains("openid api.read"));
    QCOMPARE(m_fixture->core().signIn.isSigningIn(id), startFlow);
    if (startFlow) {
        QTRY_COMPARE(m_fixture->browser().opened.size(), 1);
        m_fixture->core().signIn.cancel(id);
        QTRY_VERIFY(!m_fixture->core().signIn.isSigningIn(id));
    }
}

void TestExternalAuthenticationDialog::providerChangeWarnsBeforeTokensGo_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("save") << true;
    QTest::newRow("cancel") << false;
}

void TestExternalAuthenticationDialog::providerChangeWarnsBeforeTokensGo()
{
    QFETCH(bool, confirm);
    const QString id = m_fixture->id(u"TestApi"_s);
    QVERIFY(test::storeTokens(m_fixture->secrets(), id, TokenSet{u"access"_s, u"refresh"_s, {}, {}, {}}));
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    const auto dialog = open(u"TestApi"_s);
    dialog->findChild<QCheckBox *>(u"startFlow"_s)->setChecked(false);
    auto *provider = dialog->findChild<QComboBox *>(u"provider"_s);
    provider->setCurrentIndex(provider->findText(u"Other"_s)); // tokens must not reach another server
    QCOMPARE(dialog->plan().discards.size(), 1);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QMessageBox *warning = nullptr;
    QTRY_VERIFY((warning = dialog->findChild<QMessageBox *>(u"discardWarning"_s)) && warning->isVisible());
    QVERIFY2(warning->text().contains(u"Test API"_s), qPrintable(warning->text()));
    QTest::mouseClick(warning->button(confirm ? QMessageBox::Save : QMessageBox::Cancel), Qt::LeftButton);
    const QString tokensKey = secretkeys::credentialTokens(id);
    if (!confirm) {
        QTest::qWait(50);
        QVERIFY(dialog->isVisible()); // the edit stays, for another try
        QCOMPARE(m_fixture->catalog().configuration().credentialById(id)->authProvider, u"Demo"_s);
        QVERIFY(m_fixture->secrets().items().contains(tokensKey));
        QCOMPARE(m_fixture->catalog().externalAuthentication(id).status, AuthStatus::SignedIn);
        return;
    }
    QTRY_VERIFY(dialog->isHidden());
    QCOMPARE(m_fixture->catalog().configuration().credentialById(id)->authProvider, u"Other"_s);
    QTRY_VERIFY(!m_fixture->secrets().items().contains(tokensKey));
    QTRY_COMPARE(m_fixture->catalog().externalAuthentication(id).status, AuthStatus::SignedOut);
}

void TestExternalAuthenticationDialog::escapeCancels()
{
    const auto dialog = open(u"TestApi"_s);
    dialog->findChild<QLineEdit *>(u"scope"_s)->setText(u"changed"_s);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isHidden());
    QCOMPARE(m_fixture->catalog().configuration().credentialByName(u"TestApi"_s)->scopes, QString());
}

QTEST_MAIN(TestExternalAuthenticationDialog)
#include "tst_externalauthenticationdialog.moc"
