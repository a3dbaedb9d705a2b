// Settings page "Auth. Providers": add, edit, rename and delete through the core's edit plans;
// every problem at its field; the client secret is write-only (the keychain holds it, never a
// file or the export); a moved token URL drops the secret unless a new one is entered, after a
// warning; a provider in use cannot be deleted; a failed keychain write keeps the edit.
#include "EditorPageFixture.h"
#include "MessageBoxAnswerer.h"
#include "callout/model/TokenSet.h"
#include "gui/AuthProvidersPage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::MessageBoxAnswerer;
using test::typeInto;

namespace {

const QString StoredSecret = u"stored-s3cr3t-Qa8"_s;
const QString NewSecret = u"new-s3cr3t-Zp4"_s;

// One raw literal per line: moc cannot read a raw string literal that spans lines.
const QByteArray Document
    = R"({)"
      R"(  "authProviders": [)"
      R"(    {"name": "Acme", "issuer": "https://login.acme.test", "authorizeUrl": "https://login.acme.test/authorize",)"
      R"(     "tokenUrl": "https://login.acme.test/token", "clientId": "callout-desktop", "clientAuthentication": "post",)"
      R"(     "clientSecret": "stored-s3cr3t-Qa8", "defaultScopes": "openid orders.read"},)"
      R"(    {"name": "Other", "authorizeUrl": "https://other.test/authorize", "tokenUrl": "https://other.test/token",)"
      R"(     "clientId": "other-client", "clientAuthentication": "basic", "clientSecret": "other-s3cr3t"}],)"
      R"(  "namedCredentials": [)"
      R"(    {"name": "AcmeApi", "label": "Acme API", "url": "https://api.acme.test/v2", "authProvider": "Acme"}])"
      R"(})";

} // namespace

class TestAuthProvidersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addsAProviderWithItsSecret();
    void renamesAProviderAndItsCredentialsFollow();
    void problemIsShownAtItsField_data();
    void problemIsShownAtItsField();
    void warningIsShownAtItsFieldAndAllowsSaving();
    void reservedParameterIsShownAtItsRow();
    void storedSecretIsNeverShown();
    void replacesTheStoredSecret();
    void removesTheStoredSecret();
    void movedTokenUrlDropsTheSecretAfterAWarning_data();
    void movedTokenUrlDropsTheSecretAfterAWarning();
    void deletingAProviderInUseIsRefused();
    void deletesAnUnusedProviderAndItsSecret();
    void keychainFailureKeepsTheEdit();
    void followsChangesMadeMeanwhile();
    void screenshot();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QString id(const QString &name) const;
    const AuthProvider *provider(const QString &name) const;
    void open(const QString &name);
    QString storedSecret(const QString &name) const;
    bool hasTokens(const QString &credentialName) const;
    void save();

    std::unique_ptr<test::EditorPageFixture> m_fixture;
    std::unique_ptr<QWidget> m_window; // owns the page
    AuthProvidersPage *m_page = nullptr;
};

void TestAuthProvidersPage::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<test::EditorPageFixture>();
    QVERIFY(m_fixture->core.load().isEmpty());
    QVERIFY(m_fixture->import(Document));
    TokenSet tokens;
    tokens.accessToken = u"at-acme"_s;
    tokens.refreshToken = u"rt-acme"_s;
    tokens.issued = m_fixture->clock.now();
    tokens.expiry = tokens.issued.addSecs(3600);
    QVERIFY(test::storeTokens(m_fixture->secrets,
                              m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->id, tokens));
    m_page = new AuthProvidersPage(m_fixture->core);
    m_window = test::showInWindow(m_page, QSize(1000, 800));
}

void TestAuthProvidersPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_fixture.reset();
}

QString TestAuthProvidersPage::id(const QString &name) const
{
    const AuthProvider *found = provider(name);
    return found ? found->id : QString();
}

const AuthProvider *TestAuthProvidersPage::provider(const QString &name) const
{
    return m_fixture->core.catalog.configuration().providerByName(name);
}

void TestAuthProvidersPage::open(const QString &name)
{
    auto *list = child<QListView>(u"entries"_s);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(ConfigurationListModel::IdRole).toString() == id(name)) {
            list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            QCOMPARE(m_page->currentId(), id(name));
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + name));
}

QString TestAuthProvidersPage::storedSecret(const QString &name) const
{
    return QString::fromUtf8(m_fixture->secrets.items().value(secretkeys::providerClientSecret(id(name))));
}

bool TestAuthProvidersPage::hasTokens(const QString &credentialName) const
{
    const NamedCredential *credential = m_fixture->core.catalog.configuration().credentialByName(credentialName);
    return m_fixture->secrets.items().contains(secretkeys::credentialTokens(credential->id));
}

void TestAuthProvidersPage::save()
{
    auto *button = child<QPushButton>(u"saveButton"_s);
    QVERIFY2(button->isEnabled(), qPrintable(child<QLabel>(u"generalProblems"_s)->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestAuthProvidersPage::addsAProviderWithItsSecret()
{
    QTest::mouseClick(child<QPushButton>(u"newButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"secretStatus"_s)->text().contains(u"No client secret is stored"_s));
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"Billing"_s));
    QVERIFY(typeInto(m_page, u"authorizeUrlEdit"_s, u"https://auth.billing.test/authorize"_s));
    QVERIFY(typeInto(m_page, u"tokenUrlEdit"_s, u"https://auth.billing.test/token"_s));
    QVERIFY(typeInto(m_page, u"clientIdEdit"_s, u"billing-desktop"_s));
    auto *method = child<QComboBox>(u"clientAuthenticationCombo"_s);
    method->setCurrentIndex(method->findData(int(ClientAuthentication::Basic)));
    // Basic without a secret is allowed, but the editor points it out at the field.
    QVERIFY(child<QLabel>(u"clientSecretProblem"_s)->isVisible());
    QVERIFY(child<QLabel>(u"clientSecretProblem"_s)->text().contains(u"no client secret will be stored"_s));
    QVERIFY(typeInto(m_page, u"clientSecretEdit"_s, NewSecret));
    QVERIFY(!child<QLabel>(u"clientSecretProblem"_s)->isVisible());
    QVERIFY(typeInto(m_page, u"defaultScopesEdit"_s, u"invoices.read"_s));
    save();

    QTRY_VERIFY(provider(u"Billing"_s));
    QCOMPARE(provider(u"Billing"_s)->tokenUrl, QUrl(u"https://auth.billing.test/token"_s));
    QCOMPARE(provider(u"Billing"_s)->clientAuthentication, ClientAuthentication::Basic);
    QCOMPARE(provider(u"Billing"_s)->defaultScopes, u"invoices.read"_s);
    QTRY_COMPARE(storedSecret(u"Billing"_s), NewSecret);
    // Never in callout.json nor the export.
    QVERIFY(!test::readFile(m_fixture->configPath()).contains(NewSecret.toUtf8()));
    QVERIFY(!m_fixture->core.catalog.exportDocument().contains(NewSecret.toUtf8()));
    QVERIFY(test::filesContaining(m_fixture->dir.path(), NewSecret.toUtf8()).isEmpty());
    // Shown back only as "stored".
    QTRY_COMPARE(m_page->currentId(), id(u"Billing"_s));
    QTRY_VERIFY(child<QLabel>(u"secretStatus"_s)->text().contains(u"A client secret is stored"_s));
    QVERIFY(child<QLineEdit>(u"clientSecretEdit"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
}

void TestAuthProvidersPage::renamesAProviderAndItsCredentialsFollow()
{
    const QString before = id(u"Acme"_s);
    open(u"Acme"_s);
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"AcmeCorp"_s));
    MessageBoxAnswerer answerer(QMessageBox::Yes, 0);
    save();
    QTRY_COMPARE(id(u"AcmeCorp"_s), before);
    QCOMPARE(m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->authProvider, u"AcmeCorp"_s);
    QVERIFY(answerer.texts.isEmpty()); // a rename discards nothing
    QVERIFY(hasTokens(u"AcmeApi"_s));
    QCOMPARE(storedSecret(u"AcmeCorp"_s), StoredSecret);
}

void TestAuthProvidersPage::problemIsShownAtItsField_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problemLabel");
    QTest::addColumn<QString>("message");

    QTest::newRow("name missing") << u"nameEdit"_s << QString() << u"nameProblem"_s << u"Name: is required"_s;
    QTest::newRow("name not a name") << u"nameEdit"_s << u"Acme Corp"_s << u"nameProblem"_s
                                     << u"Name: must start with a letter"_s;
    QTest::newRow("name taken") << u"nameEdit"_s << u"Acme"_s << u"nameProblem"_s
                                << u"Name: \"Acme\" is used more than once"_s;
    QTest::newRow("issuer plain http") << u"issuerEdit"_s << u"http://login.acme.test"_s << u"issuerProblem"_s
                                       << u"Issuer: must be an absolute https URL"_s;
    QTest::newRow("authorize URL plain http")
        << u"authorizeUrlEdit"_s << u"http://login.acme.test/a"_s << u"authorizeUrlProblem"_s
        << u"Authorize URL: must be an absolute https URL"_s;
    QTest::newRow("token URL with password")
        << u"tokenUrlEdit"_s << u"https://u:p@login.acme.test/token"_s << u"tokenUrlProblem"_s
        << u"Token URL: must not contain a user name or password"_s;
    QTest::newRow("revocation URL with fragment")
        << u"revocationUrlEdit"_s << u"https://login.acme.test/r#x"_s << u"revocationUrlProblem"_s
        << u"Revocation URL: must not contain a fragment"_s;
    QTest::newRow("user info URL relative") << u"userInfoUrlEdit"_s << u"/userinfo"_s << u"userInfoUrlProblem"_s
                                            << u"User info URL: must be an absolute https URL"_s;
    QTest::newRow("client id missing") << u"clientIdEdit"_s << QString() << u"clientIdProblem"_s
                                       << u"Client ID: is required"_s;
    QTest::newRow("redirect not loopback")
        << u"redirectUriEdit"_s << u"https://callback.acme.test/cb"_s << u"redirectUriProblem"_s << u"Redirect URI: "_s;
}

void TestAuthProvidersPage::problemIsShownAtItsField()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    QFETCH(QString, problemLabel);
    QFETCH(QString, message);

    open(u"Other"_s); // no issuer: its endpoints are required
    auto *save = child<QPushButton>(u"saveButton"_s);
    QVERIFY(typeInto(m_page, u"defaultScopesEdit"_s, u"profile"_s)); // a valid edit first
    QVERIFY(save->isEnabled());
    QVERIFY(typeInto(m_page, edit, text));

    auto *label = child<QLabel>(problemLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(message), qPrintable(label->text()));
    QVERIFY(!save->isEnabled());
    QCOMPARE(label->property("severity").toString(), u"problem"_s);
    // No other field has a problem (a warning the edit causes, e.g. the secret that goes, may show).
    for (QLabel *other : m_page->findChildren<QLabel *>(QRegularExpression(u"Problem$"_s))) {
        if (other != label && other->isVisible())
            QVERIFY2(other->property("severity").toString() == u"warning"_s,
                     qPrintable(other->objectName() + u": "_s + other->text()));
    }
    QVERIFY(!child<QLabel>(u"generalProblems"_s)->isVisible());
}

void TestAuthProvidersPage::warningIsShownAtItsFieldAndAllowsSaving()
{
    open(u"Acme"_s);
    QVERIFY(typeInto(m_page, u"tokenUrlEdit"_s, u"https://tokens.elsewhere.test/token"_s));
    auto *label = child<QLabel>(u"tokenUrlProblem"_s);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"is on another server"_s), qPrintable(label->text()));
    QCOMPARE(label->property("severity").toString(), u"warning"_s);
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
}

void TestAuthProvidersPage::reservedParameterIsShownAtItsRow()
{
    open(u"Acme"_s);
    auto *parameters = child<QWidget>(u"parametersTable"_s);
    auto *table = parameters->findChild<QTableWidget *>(u"table"_s);
    QTest::mouseClick(parameters->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    table->item(0, 0)->setText(u"prompt"_s);
    table->item(0, 1)->setText(u"consent"_s);
    QVERIFY(!child<QLabel>(u"extraAuthorizeParametersProblem"_s)->isVisible());
    QTest::mouseClick(parameters->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    table->item(1, 0)->setText(u"state"_s);
    table->item(1, 1)->setText(u"fixed"_s);
    auto *label = child<QLabel>(u"extraAuthorizeParametersProblem"_s);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(u"Parameter “state”: is set by Callout itself"_s), qPrintable(label->text()));
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());

    table->setCurrentCell(1, 0);
    QTest::mouseClick(parameters->findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
    save();
    QTRY_COMPARE(provider(u"Acme"_s)->extraAuthorizeParameters.value(u"prompt"_s), u"consent"_s);
}

void TestAuthProvidersPage::storedSecretIsNeverShown()
{
    open(u"Acme"_s);
    auto *status = child<QLabel>(u"secretStatus"_s);
    QTRY_VERIFY(status->text().contains(u"A client secret is stored"_s));
    auto *secret = child<QLineEdit>(u"clientSecretEdit"_s);
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!secret->isEnabled()); // replaced only on purpose
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(child<QPushButton>(u"replaceSecretButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"removeSecretButton"_s)->isVisible());
    for (const QLineEdit *edit : m_page->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(StoredSecret));
    QVERIFY(!m_page->isModified());
}

void TestAuthProvidersPage::replacesTheStoredSecret()
{
    open(u"Acme"_s);
    QTRY_VERIFY(child<QPushButton>(u"replaceSecretButton"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(u"replaceSecretButton"_s), Qt::LeftButton);
    auto *secret = child<QLineEdit>(u"clientSecretEdit"_s);
    QVERIFY(secret->isEnabled());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled()); // nothing entered yet
    QVERIFY(child<QLabel>(u"clientSecretProblem"_s)->isVisible());
    QVERIFY(typeInto(m_page, u"clientSecretEdit"_s, NewSecret));
    MessageBoxAnswerer answerer(QMessageBox::Yes, 0);
    save();
    QTRY_COMPARE(storedSecret(u"Acme"_s), NewSecret);
    QVERIFY(answerer.texts.isEmpty());
    QVERIFY(hasTokens(u"AcmeApi"_s)); // the same client: its tokens stay
    QVERIFY(!test::readFile(m_fixture->configPath()).contains(NewSecret.toUtf8()));
    QVERIFY(!m_fixture->core.catalog.exportDocument().contains(NewSecret.toUtf8()));
    QTRY_VERIFY(secret->text().isEmpty()); // the editor shows the saved entry again
    QTRY_COMPARE(child<QLabel>(u"secretStatus"_s)->text(), u"A client secret is stored in the keychain."_s);
    QVERIFY(!secret->isEnabled());
}

void TestAuthProvidersPage::removesTheStoredSecret()
{
    open(u"Acme"_s);
    QTRY_VERIFY(child<QPushButton>(u"removeSecretButton"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(u"removeSecretButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"secretStatus"_s)->text().contains(u"deleted from the keychain on Save"_s));
    QVERIFY(m_page->isModified());
    MessageBoxAnswerer answerer(QMessageBox::Yes, 0);
    save();
    QTRY_VERIFY(!m_fixture->secrets.items().contains(secretkeys::providerClientSecret(id(u"Acme"_s))));
    QVERIFY(answerer.texts.isEmpty()); // asked for: no warning
    QTRY_VERIFY(child<QLabel>(u"secretStatus"_s)->text().contains(u"No client secret is stored"_s));
}

void TestAuthProvidersPage::movedTokenUrlDropsTheSecretAfterAWarning_data()
{
    QTest::addColumn<QString>("newSecret");
    QTest::addColumn<bool>("answerYes");

    QTest::newRow("no new secret") << QString() << true;
    QTest::newRow("new secret entered") << NewSecret << true;
    QTest::newRow("cancelled") << QString() << false;
}

void TestAuthProvidersPage::movedTokenUrlDropsTheSecretAfterAWarning()
{
    QFETCH(QString, newSecret);
    QFETCH(bool, answerYes);

    open(u"Acme"_s);
    QTRY_VERIFY(child<QPushButton>(u"replaceSecretButton"_s)->isVisible());
    QVERIFY(typeInto(m_page, u"tokenUrlEdit"_s, u"https://login.acme.test/oauth2/token"_s));
    if (!newSecret.isEmpty()) {
        QTest::mouseClick(child<QPushButton>(u"replaceSecretButton"_s), Qt::LeftButton);
        QVERIFY(typeInto(m_page, u"clientSecretEdit"_s, newSecret));
    }
    {
        MessageBoxAnswerer answerer(answerYes ? QMessageBox::Yes : QMessageBox::Cancel);
        save();
        QCOMPARE(answerer.names, QStringList{u"discardWarning"_s});
        const QString &text = answerer.texts.first();
        QVERIFY2(text.contains(u"AcmeApi"_s), qPrintable(text));
        // The secret is named only when it is about to go.
        QCOMPARE(text.contains(u"client secret of Acme"_s), newSecret.isEmpty());
    }
    if (!answerYes) {
        QCOMPARE(provider(u"Acme"_s)->tokenUrl, QUrl(u"https://login.acme.test/token"_s));
        QCOMPARE(storedSecret(u"Acme"_s), StoredSecret);
        QVERIFY(hasTokens(u"AcmeApi"_s));
        QCOMPARE(child<QLineEdit>(u"tokenUrlEdit"_s)->text(), u"https://login.acme.test/oauth2/token"_s);
        return;
    }
    QTRY_COMPARE(provider(u"Acme"_s)->tokenUrl, QUrl(u"https://login.acme.test/oauth2/token"_s));
    QTRY_VERIFY(!hasTokens(u"AcmeApi"_s));
    if (newSecret.isEmpty())
        QTRY_VERIFY(!m_fixture->secrets.items().contains(secretkeys::providerClientSecret(id(u"Acme"_s))));
    else
        QTRY_COMPARE(storedSecret(u"Acme"_s), newSecret);
}

void TestAuthProvidersPage::deletingAProviderInUseIsRefused()
{
    open(u"Acme"_s);
    MessageBoxAnswerer answerer(QMessageBox::Yes, 0);
    QTest::mouseClick(child<QPushButton>(u"deleteButton"_s), Qt::LeftButton);
    QVERIFY(answerer.texts.isEmpty()); // refused before anything is asked
    auto *status = child<QLabel>(u"status"_s);
    QVERIFY2(status->text().contains(u"AcmeApi"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"cannot be deleted"_s));
    QVERIFY(provider(u"Acme"_s));
    QCOMPARE(storedSecret(u"Acme"_s), StoredSecret);
}

void TestAuthProvidersPage::deletesAnUnusedProviderAndItsSecret()
{
    const QString before = id(u"Other"_s);
    open(u"Other"_s);
    MessageBoxAnswerer answerer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!provider(u"Other"_s));
    QCOMPARE(answerer.names, QStringList{u"deleteQuestion"_s});
    QTRY_VERIFY(!m_fixture->secrets.items().contains(secretkeys::providerClientSecret(before)));
    QCOMPARE(child<QListView>(u"entries"_s)->model()->rowCount(), 1);
    QTRY_COMPARE(m_page->currentId(), id(u"Acme"_s)); // the next entry
}

void TestAuthProvidersPage::keychainFailureKeepsTheEdit()
{
    open(u"Acme"_s);
    QTRY_VERIFY(child<QPushButton>(u"replaceSecretButton"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(u"replaceSecretButton"_s), Qt::LeftButton);
    QVERIFY(typeInto(m_page, u"clientSecretEdit"_s, NewSecret));
    QVERIFY(typeInto(m_page, u"defaultScopesEdit"_s, u"openid orders.write"_s));
    m_fixture->secrets.setFailure(Error(ErrorCode::KeychainLocked, u"The keychain is locked."_s));
    save();
    auto *status = child<QLabel>(u"status"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Not saved: "_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"locked"_s));
    // Nothing changed, and the edit is all there to save again.
    QCOMPARE(provider(u"Acme"_s)->defaultScopes, u"openid orders.read"_s);
    QCOMPARE(child<QLineEdit>(u"clientSecretEdit"_s)->text(), NewSecret);
    QCOMPARE(child<QLineEdit>(u"defaultScopesEdit"_s)->text(), u"openid orders.write"_s);
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());

    m_fixture->secrets.setFailure(std::nullopt); // unlocked
    save();
    QTRY_COMPARE(provider(u"Acme"_s)->defaultScopes, u"openid orders.write"_s);
    QCOMPARE(storedSecret(u"Acme"_s), NewSecret);
}

void TestAuthProvidersPage::followsChangesMadeMeanwhile()
{
    open(u"Other"_s);
    // Renamed elsewhere (an import through calloutctl would do the same).
    const EditPlan plan = [this] {
        AuthProvider renamed = *provider(u"Other"_s);
        renamed.name = u"Partner"_s;
        return configedit::saveProvider(m_fixture->core.catalog.configuration(), renamed);
    }();
    bool applied = false;
    m_fixture->core.catalog.applyEdit(plan, [&applied](Result<void> r) { applied = r.ok(); });
    QTRY_VERIFY(applied);
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"Partner"_s);
    QVERIFY(child<QLabel>(u"notice"_s)->isVisible());
    QVERIFY(child<QLabel>(u"notice"_s)->text().contains(u"Partner was changed meanwhile"_s));
    QStringList rows;
    const QAbstractItemModel *model = child<QListView>(u"entries"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, 0).data().toString());
    QCOMPARE(rows, (QStringList{u"Acme"_s, u"Partner"_s}));
}

void TestAuthProvidersPage::screenshot()
{
    open(u"Acme"_s);
    QTRY_VERIFY(child<QPushButton>(u"replaceSecretButton"_s)->isVisible());
    QVERIFY(typeInto(m_page, u"revocationUrlEdit"_s, u"https://login.acme.test/revoke"_s));
    QVERIFY(typeInto(m_page, u"userInfoUrlEdit"_s, u"https://login.acme.test/userinfo"_s));
    QVERIFY(typeInto(m_page, u"redirectUriEdit"_s, u"http://localhost:8123/callback#done"_s));
    QVERIFY(child<QLabel>(u"redirectUriProblem"_s)->isVisible());
    test::saveScreenshot(m_window.get(), u"settings-auth-providers"_s);
}

QTEST_MAIN(TestAuthProvidersPage)
#include "tst_authproviderspage.moc"
