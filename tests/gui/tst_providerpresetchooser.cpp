// Issue 15: the Auth. Providers editor's "Start from a preset" chooser fills the form from the
// built-in presets, asks for the preset's placeholders (refusing values that would change the
// URLs' structure), shows what the user must type and register, and the result saves with its
// client secret in the keychain.
#include "EditorPageFixture.h"
#include "gui/AuthProvidersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::typeInto;

namespace {
const QString Secret = u"gui-preset-s3cr3t"_s;
} // namespace

class TestProviderPresetChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gitHubPresetFillsTheFormAndSaves();
    void placeholderIsAskedAndChecked();
    void openIdPresetLeavesTheEndpointsToDiscovery();
    void openingAnEntryResetsTheChooser();
    void screenshot();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    bool choose(const QString &presetId);
    QString text(const QString &edit) const { return child<QLineEdit>(edit)->text(); }
    void fill() { QTest::mouseClick(child<QPushButton>(u"presetApplyButton"_s), Qt::LeftButton); }

    std::unique_ptr<test::EditorPageFixture> m_fixture;
    std::unique_ptr<QWidget> m_window;
    AuthProvidersPage *m_page = nullptr;
};

void TestProviderPresetChooser::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<test::EditorPageFixture>();
    QVERIFY(m_fixture->core.load().isEmpty());
    m_page = new AuthProvidersPage(m_fixture->core);
    m_window = test::showInWindow(m_page, QSize(1000, 900));
}

void TestProviderPresetChooser::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_fixture.reset();
}

bool TestProviderPresetChooser::choose(const QString &presetId)
{
    auto *combo = child<QComboBox>(u"presetCombo"_s);
    const int index = combo->findData(presetId);
    CHECK_OR_RETURN_FALSE(index > 0, qPrintable(u"no preset "_s + presetId));
    combo->setCurrentIndex(index);
    CHECK_OR_RETURN_FALSE(child<QWidget>(u"presetPanel"_s)->isVisible(), "the preset's panel is hidden");
    return true;
}

void TestProviderPresetChooser::gitHubPresetFillsTheFormAndSaves()
{
    QVERIFY(!child<QWidget>(u"presetPanel"_s)->isVisible());
    QVERIFY(choose(u"github-oauth-app"_s));
    // What to type and register, before anything is filled in.
    const QString notes = child<QLabel>(u"presetNotes"_s)->text();
    QVERIFY2(notes.contains(u"Client ID, Client secret"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"http://127.0.0.1/callback"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"no refresh_token"_s), qPrintable(notes));
    QVERIFY(text(u"tokenUrlEdit"_s).isEmpty());

    fill();
    QCOMPARE(text(u"nameEdit"_s), u"GitHub"_s);
    QCOMPARE(text(u"authorizeUrlEdit"_s), u"https://github.com/login/oauth/authorize"_s);
    QCOMPARE(text(u"tokenUrlEdit"_s), u"https://github.com/login/oauth/access_token"_s);
    QCOMPARE(text(u"userInfoUrlEdit"_s), u"https://api.github.com/user"_s);
    QCOMPARE(text(u"defaultScopesEdit"_s), u"read:user user:email"_s);
    QCOMPARE(text(u"redirectUriEdit"_s), QString());
    QCOMPARE(child<QComboBox>(u"clientAuthenticationCombo"_s)->currentData().toInt(), int(ClientAuthentication::Post));
    QCOMPARE(m_window->focusWidget(), child<QLineEdit>(u"clientIdEdit"_s)); // what is left to type

    // Only the client id and secret are typed.
    QVERIFY(typeInto(m_page, u"clientIdEdit"_s, u"Iv1.gui"_s));
    QVERIFY(typeInto(m_page, u"clientSecretEdit"_s, Secret));
    auto *save = child<QPushButton>(u"saveButton"_s);
    QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(u"generalProblems"_s)->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    const auto stored = [this] { return m_fixture->core.catalog.configuration().providerByName(u"GitHub"_s); };
    QTRY_VERIFY(stored());
    QCOMPARE(stored()->clientId, u"Iv1.gui"_s);
    QCOMPARE(stored()->tokenUrl, QUrl(u"https://github.com/login/oauth/access_token"_s));
    QCOMPARE(stored()->clientAuthentication, ClientAuthentication::Post);
    QTRY_COMPARE(m_fixture->secrets.items().value(secretkeys::providerClientSecret(stored()->id)), Secret.toUtf8());
    QVERIFY(!test::readFile(m_fixture->configPath()).contains(Secret.toUtf8()));
}

void TestProviderPresetChooser::placeholderIsAskedAndChecked()
{
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"Contoso"_s));
    QVERIFY(choose(u"microsoft-entra-id"_s));
    auto *tenant = child<QLineEdit>(u"presetValue_tenant"_s);
    QVERIFY(tenant);
    QTRY_VERIFY(tenant->isVisible());
    QVERIFY(child<QLabel>(u"presetNotes"_s)->text().contains(u"Tenant"_s));

    // A value that would change the URL's path is refused, and nothing is filled in.
    QVERIFY(typeInto(m_page, u"presetValue_tenant"_s, u"../x"_s));
    fill();
    auto *problem = child<QLabel>(u"presetProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"tenant: "_s), qPrintable(problem->text()));
    QVERIFY(text(u"tokenUrlEdit"_s).isEmpty());

    QVERIFY(typeInto(m_page, u"presetValue_tenant"_s, u"contoso.onmicrosoft.com"_s));
    fill();
    QVERIFY(!problem->isVisible());
    QCOMPARE(text(u"tokenUrlEdit"_s), u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s);
    QCOMPARE(text(u"nameEdit"_s), u"Contoso"_s); // a typed name is kept
    QCOMPARE(child<QComboBox>(u"clientAuthenticationCombo"_s)->currentData().toInt(), int(ClientAuthentication::None));
}

void TestProviderPresetChooser::openIdPresetLeavesTheEndpointsToDiscovery()
{
    QVERIFY(choose(u"openid-connect"_s));
    QVERIFY(typeInto(m_page, u"presetValue_issuer"_s, u"https://id.example.test"_s));
    fill();
    QCOMPARE(text(u"issuerEdit"_s), u"https://id.example.test"_s);
    QVERIFY(text(u"authorizeUrlEdit"_s).isEmpty());
    QVERIFY(text(u"tokenUrlEdit"_s).isEmpty());
    QCOMPARE(text(u"defaultScopesEdit"_s), u"openid"_s);
    QVERIFY(typeInto(m_page, u"clientIdEdit"_s, u"desktop"_s));
    QVERIFY2(child<QPushButton>(u"saveButton"_s)->isEnabled(), qPrintable(child<QLabel>(u"generalProblems"_s)->text()));
}

void TestProviderPresetChooser::openingAnEntryResetsTheChooser()
{
    QVERIFY(choose(u"google"_s));
    fill();
    QVERIFY(typeInto(m_page, u"clientIdEdit"_s, u"google-desktop"_s));
    QVERIFY(typeInto(m_page, u"clientSecretEdit"_s, Secret));
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_fixture->core.catalog.configuration().providerByName(u"Google"_s));
    QTRY_VERIFY(!m_page->currentId().isEmpty());
    QCOMPARE(child<QComboBox>(u"presetCombo"_s)->currentIndex(), 0);
    QVERIFY(!child<QWidget>(u"presetPanel"_s)->isVisible());
}

void TestProviderPresetChooser::screenshot()
{
    QVERIFY(choose(u"salesforce-my-domain"_s));
    QVERIFY(typeInto(m_page, u"presetValue_myDomain"_s, u"MyCompany"_s));
    fill();
    test::saveScreenshot(m_window.get(), u"settings-auth-providers-preset"_s);
}

QTEST_MAIN(TestProviderPresetChooser)
#include "tst_providerpresetchooser.moc"
