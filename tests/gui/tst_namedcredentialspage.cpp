// Settings page "Named Credentials": add, edit, rename and delete through the core's edit plans;
// every problem at its field and Save disabled meanwhile; the warning before tokens are discarded
// and its effect on the keychain; an open editor that follows changes made meanwhile.
#include "EditorPageFixture.h"
#include "MessageBoxAnswerer.h"
#include "callout/model/TokenSet.h"
#include "gui/NamedCredentialsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::MessageBoxAnswerer;
using test::typeInto;

namespace {

// One raw literal per line: moc cannot read a raw string literal that spans lines.
const QByteArray Document
    = R"({)"
      R"(  "authProviders": [)"
      R"(    {"name": "Acme", "authorizeUrl": "https://login.acme.test/authorize", "tokenUrl": "https://login.acme.test/token",)"
      R"(     "clientId": "callout-desktop"},)"
      R"(    {"name": "Other", "authorizeUrl": "https://other.test/authorize", "tokenUrl": "https://other.test/token",)"
      R"(     "clientId": "other-client"}],)"
      R"(  "namedCredentials": [)"
      R"(    {"name": "AcmeApi", "label": "Acme API", "url": "https://api.acme.test/v2", "authProvider": "Acme",)"
      R"(     "scopes": "orders.read", "headers": {"X-Tenant": "north"}},)"
      R"(    {"name": "Second", "url": "https://second.test", "authProvider": "Other"}])"
      R"(})";

} // namespace

class TestNamedCredentialsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addsACredential();
    void editsAndRenamesKeepingTheId();
    void problemIsShownAtItsField_data();
    void problemIsShownAtItsField();
    void providerIsRequired();
    void headerProblemIsShownAtItsRow_data();
    void headerProblemIsShownAtItsRow();
    void insertsTheTokenMergeField();
    void warnsBeforeTokensAreDiscarded_data();
    void warnsBeforeTokensAreDiscarded();
    void deletesACredentialAndItsTokens();
    void newProviderIsRequestedFromTheProviderList();
    void followsChangesMadeMeanwhile();
    void keepsTheEditOfADeletedEntry();
    void anotherEntryWaitsForTheUnsavedEdit();
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
    void open(const QString &name);
    void storeTokensOf(const QString &name);
    bool hasTokens(const QString &name) const;
    void chooseProvider(const QString &name);
    // Changes callout.json on disk as a user or calloutctl would, and has the core read it again.
    void editFile(const std::function<void(QJsonObject &credential)> &change);

    std::unique_ptr<test::EditorPageFixture> m_fixture;
    std::unique_ptr<QWidget> m_window; // owns the page
    NamedCredentialsPage *m_page = nullptr;
};

void TestNamedCredentialsPage::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<test::EditorPageFixture>();
    QVERIFY(m_fixture->core.load().isEmpty());
    QVERIFY(m_fixture->import(Document));
    m_page = new NamedCredentialsPage(m_fixture->core);
    m_window = test::showInWindow(m_page, QSize(1000, 700));
}

void TestNamedCredentialsPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_fixture.reset();
}

QString TestNamedCredentialsPage::id(const QString &name) const
{
    const NamedCredential *credential = m_fixture->core.catalog.configuration().credentialByName(name);
    return credential ? credential->id : QString();
}

void TestNamedCredentialsPage::open(const QString &name)
{
    // As the user does: a click on its row.
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

void TestNamedCredentialsPage::storeTokensOf(const QString &name)
{
    TokenSet tokens;
    tokens.accessToken = u"at-"_s + name;
    tokens.refreshToken = u"rt-"_s + name;
    tokens.issued = m_fixture->clock.now();
    tokens.expiry = tokens.issued.addSecs(3600);
    QVERIFY(test::storeTokens(m_fixture->secrets, id(name), tokens));
}

bool TestNamedCredentialsPage::hasTokens(const QString &name) const
{
    return m_fixture->secrets.items().contains(secretkeys::credentialTokens(id(name)));
}

void TestNamedCredentialsPage::chooseProvider(const QString &name)
{
    auto *combo = child<QComboBox>(u"providerCombo"_s);
    const int index = combo->findText(name);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // what a user's choice emits
}

void TestNamedCredentialsPage::editFile(const std::function<void(QJsonObject &credential)> &change)
{
    QJsonObject document = QJsonDocument::fromJson(test::readFile(m_fixture->configPath())).object();
    QJsonArray credentials = document.value(u"namedCredentials"_s).toArray();
    QJsonObject acme = credentials.at(0).toObject();
    QCOMPARE(acme.value(u"name"_s).toString(), u"AcmeApi"_s);
    change(acme);
    if (acme.isEmpty())
        credentials.removeAt(0);
    else
        credentials.replace(0, acme);
    document.insert(u"namedCredentials"_s, credentials);
    test::writeFile(m_fixture->configPath(), QJsonDocument(document).toJson());
    QVERIFY(m_fixture->core.catalog.reloadConfiguration().isEmpty());
}

void TestNamedCredentialsPage::addsACredential()
{
    auto *save = child<QPushButton>(u"saveButton"_s);
    QTest::mouseClick(child<QPushButton>(u"newButton"_s), Qt::LeftButton);
    QVERIFY(m_page->currentId().isEmpty());
    QVERIFY(!save->isEnabled());
    QVERIFY(typeInto(m_page, u"labelEdit"_s, u"Billing"_s));
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"BillingApi"_s));
    QVERIFY(typeInto(m_page, u"urlEdit"_s, u"https://billing.acme.test/api"_s));
    chooseProvider(u"Acme"_s);
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"billing.read"_s));
    child<QCheckBox>(u"generateAuthorizationHeader"_s)->setChecked(false);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_VERIFY(!id(u"BillingApi"_s).isEmpty());
    const NamedCredential *saved = m_fixture->core.catalog.configuration().credentialByName(u"BillingApi"_s);
    QCOMPARE(saved->label, u"Billing"_s);
    QCOMPARE(saved->url, QUrl(u"https://billing.acme.test/api"_s));
    QCOMPARE(saved->authProvider, u"Acme"_s);
    QCOMPARE(saved->scopes, u"billing.read"_s);
    QVERIFY(!saved->generateAuthorizationHeader);
    // The editor now shows the saved entry, selected in the list, and nothing is left to save.
    QTRY_COMPARE(m_page->currentId(), saved->id);
    QCOMPARE(child<QListView>(u"entries"_s)->model()->rowCount(), 3);
    QCOMPARE(child<QListView>(u"entries"_s)->currentIndex().data(ConfigurationListModel::IdRole).toString(), saved->id);
    QVERIFY(!save->isEnabled());
    QCOMPARE(child<QLabel>(u"status"_s)->text(), u"Saved."_s);
}

void TestNamedCredentialsPage::editsAndRenamesKeepingTheId()
{
    const QString before = id(u"AcmeApi"_s);
    storeTokensOf(u"AcmeApi"_s);
    open(u"AcmeApi"_s);
    QCOMPARE(child<QLineEdit>(u"labelEdit"_s)->text(), u"Acme API"_s);
    QCOMPARE(child<QLineEdit>(u"urlEdit"_s)->text(), u"https://api.acme.test/v2"_s);
    QCOMPARE(child<QComboBox>(u"providerCombo"_s)->currentText(), u"Acme"_s);

    MessageBoxAnswerer answerer(QMessageBox::Yes, 0);
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"AcmeOrders"_s));
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"orders.read orders.write"_s));
    QVERIFY(typeInto(m_page, u"urlEdit"_s, u"https://api.acme.test/v3"_s)); // same origin
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);

    QTRY_COMPARE(id(u"AcmeOrders"_s), before); // a rename is an edit
    QVERIFY(id(u"AcmeApi"_s).isEmpty());
    const NamedCredential *saved = m_fixture->core.catalog.configuration().credentialById(before);
    QCOMPARE(saved->scopes, u"orders.read orders.write"_s);
    QCOMPARE(saved->url, QUrl(u"https://api.acme.test/v3"_s));
    QVERIFY(answerer.texts.isEmpty()); // nothing to warn about: the tokens stay
    QVERIFY(m_fixture->secrets.items().contains(secretkeys::credentialTokens(before)));
}

void TestNamedCredentialsPage::problemIsShownAtItsField_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problemLabel");
    QTest::addColumn<QString>("message");

    QTest::newRow("name missing") << u"nameEdit"_s << QString() << u"nameProblem"_s << u"Name: is required"_s;
    QTest::newRow("name not a name") << u"nameEdit"_s << u"9lives"_s << u"nameProblem"_s
                                     << u"Name: must start with a letter"_s;
    QTest::newRow("name taken") << u"nameEdit"_s << u"Second"_s << u"nameProblem"_s
                                << u"Name: \"Second\" is used more than once"_s;
    QTest::newRow("url missing") << u"urlEdit"_s << QString() << u"urlProblem"_s << u"URL: is required"_s;
    QTest::newRow("url plain http") << u"urlEdit"_s << u"http://api.acme.test"_s << u"urlProblem"_s
                                    << u"URL: must be an absolute https URL"_s;
    QTest::newRow("url relative") << u"urlEdit"_s << u"api.acme.test/v2"_s << u"urlProblem"_s
                                  << u"URL: must be an absolute https URL"_s;
    QTest::newRow("url with query") << u"urlEdit"_s << u"https://api.acme.test/v2?tenant=1"_s << u"urlProblem"_s
                                    << u"URL: must not contain a query"_s;
    QTest::newRow("url with password") << u"urlEdit"_s << u"https://me:pw@api.acme.test/"_s << u"urlProblem"_s
                                       << u"URL: must not contain a user name or password"_s;
}

void TestNamedCredentialsPage::problemIsShownAtItsField()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    QFETCH(QString, problemLabel);
    QFETCH(QString, message);

    open(u"AcmeApi"_s);
    auto *save = child<QPushButton>(u"saveButton"_s);
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"orders.write"_s)); // a valid edit first
    QVERIFY(save->isEnabled());
    QVERIFY(typeInto(m_page, edit, text));

    auto *label = child<QLabel>(problemLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(message), qPrintable(label->text()));
    QVERIFY(!save->isEnabled());
    // Only that field shows a problem, and nothing goes to the general line.
    for (QLabel *other : m_page->findChildren<QLabel *>(QRegularExpression(u"Problem$"_s))) {
        if (other != label)
            QVERIFY2(!other->isVisible(), qPrintable(other->objectName() + u": "_s + other->text()));
    }
    QCOMPARE(label->property("severity").toString(), u"problem"_s);
    QVERIFY(!child<QLabel>(u"generalProblems"_s)->isVisible());

    // Fixed again: the message goes, Save comes back.
    QVERIFY(typeInto(m_page, edit, edit == u"nameEdit"_s ? u"AcmeApi"_s : u"https://api.acme.test/v2"_s));
    QVERIFY(!label->isVisible());
    QVERIFY(save->isEnabled());
}

void TestNamedCredentialsPage::providerIsRequired()
{
    QTest::mouseClick(child<QPushButton>(u"newButton"_s), Qt::LeftButton);
    QVERIFY(typeInto(m_page, u"nameEdit"_s, u"NoProvider"_s));
    QVERIFY(typeInto(m_page, u"urlEdit"_s, u"https://api.example.test"_s));
    auto *label = child<QLabel>(u"authProviderProblem"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Auth Provider: is required"_s);
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    chooseProvider(u"Other"_s);
    QVERIFY(!label->isVisible());
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
}

void TestNamedCredentialsPage::headerProblemIsShownAtItsRow_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("not a header name") << QStringList{u"Bad Name"_s} << u"x"_s
                                       << u"Header “Bad Name”: is not a valid HTTP header name"_s;
    QTest::newRow("line break") << QStringList{u"X-Note"_s} << u"a\nb"_s
                                << u"Header “X-Note”: must not contain line breaks"_s;
    QTest::newRow("own Authorization") << QStringList{u"Authorization"_s} << u"Bearer x"_s
                                       << u"Header “Authorization”: conflicts with generateAuthorizationHeader"_s;
    QTest::newRow("given twice") << QStringList{u"X-Twice"_s, u"X-Twice"_s} << u"v"_s
                                 << u"Header “X-Twice”: is given more than once"_s;
}

void TestNamedCredentialsPage::headerProblemIsShownAtItsRow()
{
    QFETCH(QStringList, names);
    QFETCH(QString, value);
    QFETCH(QString, message);

    open(u"AcmeApi"_s);
    auto *table = child<QWidget>(u"headersTable"_s)->findChild<QTableWidget *>(u"table"_s);
    auto *add = child<QWidget>(u"headersTable"_s)->findChild<QPushButton *>(u"addButton"_s);
    for (const QString &name : names) {
        QTest::mouseClick(add, Qt::LeftButton);
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(name);
        table->item(row, 1)->setText(value);
    }
    auto *label = child<QLabel>(u"headersProblem"_s);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(message), qPrintable(label->text()));
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    // The row itself is marked, and says why.
    const int row = table->rowCount() - 1;
    QVERIFY(table->item(row, 0)->toolTip().contains(message.section(u": "_s, 1).toHtmlEscaped()));
    QVERIFY(table->item(0, 0)->toolTip().isEmpty()); // X-Tenant is fine

    // Removing the row fixes it.
    for (qsizetype i = 0; i < names.size(); ++i) {
        table->setCurrentCell(table->rowCount() - 1, 0);
        QTest::mouseClick(child<QWidget>(u"headersTable"_s)->findChild<QPushButton *>(u"removeButton"_s),
                          Qt::LeftButton);
    }
    QVERIFY(!label->isVisible());
}

void TestNamedCredentialsPage::insertsTheTokenMergeField()
{
    open(u"AcmeApi"_s);
    auto *table = child<QWidget>(u"headersTable"_s)->findChild<QTableWidget *>(u"table"_s);
    table->setCurrentCell(-1, -1);
    QTest::mouseClick(child<QPushButton>(u"insertTokenFieldButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 1)->text(), QLatin1StringView(NamedCredential::OAuthTokenMergeField));
    table->item(1, 0)->setText(u"X-Access-Token"_s);
    // Into the current row's value, after what is there.
    table->item(1, 1)->setText(u"Token "_s);
    table->setCurrentCell(1, 1);
    QTest::mouseClick(child<QPushButton>(u"insertTokenFieldButton"_s), Qt::LeftButton);
    QCOMPARE(table->item(1, 1)->text(), u"Token "_s + QLatin1StringView(NamedCredential::OAuthTokenMergeField));

    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(
        m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->headers.value(u"X-Access-Token"_s),
        u"Token {!$Credential.OAuthToken}"_s);
    QCOMPARE(m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->headers.value(u"X-Tenant"_s),
             u"north"_s);
}

void TestNamedCredentialsPage::warnsBeforeTokensAreDiscarded_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("answerYes");

    QTest::newRow("another origin, yes") << u"https://elsewhere.test/v2"_s << u"Acme"_s << true;
    QTest::newRow("another origin, cancel") << u"https://elsewhere.test/v2"_s << u"Acme"_s << false;
    QTest::newRow("another provider, yes") << u"https://api.acme.test/v2"_s << u"Other"_s << true;
    QTest::newRow("another provider, cancel") << u"https://api.acme.test/v2"_s << u"Other"_s << false;
}

void TestNamedCredentialsPage::warnsBeforeTokensAreDiscarded()
{
    QFETCH(QString, url);
    QFETCH(QString, provider);
    QFETCH(bool, answerYes);

    storeTokensOf(u"AcmeApi"_s);
    open(u"AcmeApi"_s);
    QVERIFY(typeInto(m_page, u"urlEdit"_s, url));
    chooseProvider(provider);
    {
        MessageBoxAnswerer answerer(answerYes ? QMessageBox::Yes : QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(answerer.names, QStringList{u"discardWarning"_s});
        QVERIFY2(answerer.texts.first().contains(u"AcmeApi"_s), qPrintable(answerer.texts.first()));
        QVERIFY(answerer.texts.first().contains(u"new sign-in"_s));
    }
    const NamedCredential *stored = m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s);
    if (!answerYes) {
        QCOMPARE(stored->url, QUrl(u"https://api.acme.test/v2"_s));
        QCOMPARE(stored->authProvider, u"Acme"_s);
        QVERIFY(hasTokens(u"AcmeApi"_s));
        // The edit is still there, ready to be saved.
        QCOMPARE(child<QLineEdit>(u"urlEdit"_s)->text(), url);
        QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
        return;
    }
    QTRY_VERIFY(!hasTokens(u"AcmeApi"_s));
    stored = m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s);
    QCOMPARE(stored->url, QUrl(url));
    QCOMPARE(stored->authProvider, provider);
}

void TestNamedCredentialsPage::deletesACredentialAndItsTokens()
{
    storeTokensOf(u"AcmeApi"_s);
    const QString before = id(u"AcmeApi"_s);
    open(u"AcmeApi"_s);
    {
        MessageBoxAnswerer no(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(no.texts.size(), 1);
        QVERIFY(no.texts.first().contains(u"Acme API"_s));
    }
    QVERIFY(!id(u"AcmeApi"_s).isEmpty());

    MessageBoxAnswerer yes(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(id(u"AcmeApi"_s).isEmpty());
    QTRY_VERIFY(!m_fixture->secrets.items().contains(secretkeys::credentialTokens(before)));
    QCOMPARE(child<QListView>(u"entries"_s)->model()->rowCount(), 1);
    QTRY_COMPARE(m_page->currentId(), id(u"Second"_s)); // the next entry
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"Second"_s);
    QCOMPARE(child<QLabel>(u"status"_s)->text(), u"Deleted Acme API."_s);
}

void TestNamedCredentialsPage::newProviderIsRequestedFromTheProviderList()
{
    open(u"AcmeApi"_s);
    QSignalSpy requested(m_page, &NamedCredentialsPage::newProviderRequested);
    auto *combo = child<QComboBox>(u"providerCombo"_s);
    const int newItem = combo->findText(u"New…"_s);
    QVERIFY(newItem > 0);
    combo->setCurrentIndex(newItem);
    Q_EMIT combo->activated(newItem);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(combo->currentText(), u"Acme"_s); // "New…" is an action, not a choice
    QVERIFY(!m_page->isModified());
}

void TestNamedCredentialsPage::followsChangesMadeMeanwhile()
{
    open(u"AcmeApi"_s);
    auto *notice = child<QLabel>(u"notice"_s);
    QVERIFY(!notice->isVisible());

    // Not edited here: the editor shows the new version.
    editFile([](QJsonObject &credential) { credential.insert(u"label"_s, u"Acme Orders"_s); });
    QCOMPARE(child<QLineEdit>(u"labelEdit"_s)->text(), u"Acme Orders"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"changed meanwhile"_s));
    QCOMPARE(child<QListView>(u"entries"_s)->currentIndex().data().toString(), u"Acme Orders (AcmeApi)"_s);

    // Edited here: the edit stays, the page says so, and Save replaces the change.
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"orders.admin"_s));
    editFile([](QJsonObject &credential) { credential.insert(u"url"_s, u"https://api.acme.test/v9"_s); });
    QCOMPARE(child<QLineEdit>(u"scopesEdit"_s)->text(), u"orders.admin"_s);
    QVERIFY(notice->text().contains(u"Your edit is kept"_s));
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->scopes, u"orders.admin"_s);
    QCOMPARE(m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->url,
             QUrl(u"https://api.acme.test/v2"_s));

    // Revert shows what is stored.
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"x"_s));
    QTest::mouseClick(child<QPushButton>(u"revertButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(u"scopesEdit"_s)->text(), u"orders.admin"_s);
    QVERIFY(!m_page->isModified());
}

void TestNamedCredentialsPage::keepsTheEditOfADeletedEntry()
{
    const QString before = id(u"AcmeApi"_s);
    open(u"AcmeApi"_s);
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"orders.admin"_s));
    editFile([](QJsonObject &credential) { credential = {}; });
    QVERIFY(id(u"AcmeApi"_s).isEmpty());
    QCOMPARE(child<QListView>(u"entries"_s)->model()->rowCount(), 1); // no stale row
    QVERIFY(child<QLabel>(u"notice"_s)->text().contains(u"deleted meanwhile"_s));
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"AcmeApi"_s);
    QCOMPARE(child<QLineEdit>(u"scopesEdit"_s)->text(), u"orders.admin"_s);

    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!id(u"AcmeApi"_s).isEmpty());
    QVERIFY(id(u"AcmeApi"_s) != before); // added again: a new entry
    QCOMPARE(m_fixture->core.catalog.configuration().credentialByName(u"AcmeApi"_s)->scopes, u"orders.admin"_s);
}

void TestNamedCredentialsPage::anotherEntryWaitsForTheUnsavedEdit()
{
    open(u"AcmeApi"_s);
    QVERIFY(typeInto(m_page, u"scopesEdit"_s, u"orders.admin"_s));
    auto *list = child<QListView>(u"entries"_s);
    list->selectionModel()->setCurrentIndex(list->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_page->currentId(), id(u"AcmeApi"_s));
    QCOMPARE(child<QLineEdit>(u"scopesEdit"_s)->text(), u"orders.admin"_s);
    QCOMPARE(child<QLabel>(u"status"_s)->text(), u"Save or revert your changes first."_s);
    QTRY_COMPARE(list->currentIndex().data(ConfigurationListModel::IdRole).toString(), id(u"AcmeApi"_s));
    QTest::mouseClick(child<QPushButton>(u"newButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->currentId(), id(u"AcmeApi"_s));

    QTest::mouseClick(child<QPushButton>(u"revertButton"_s), Qt::LeftButton);
    list->selectionModel()->setCurrentIndex(list->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_page->currentId(), id(u"Second"_s));
}

void TestNamedCredentialsPage::screenshot()
{
    open(u"AcmeApi"_s);
    auto *table = child<QWidget>(u"headersTable"_s)->findChild<QTableWidget *>(u"table"_s);
    table->setCurrentCell(-1, -1);
    QTest::mouseClick(child<QPushButton>(u"insertTokenFieldButton"_s), Qt::LeftButton);
    table->item(1, 0)->setText(u"X-Access-Token"_s);
    QVERIFY(typeInto(m_page, u"urlEdit"_s, u"https://api.acme.test/v2?tenant=north"_s));
    QVERIFY(child<QLabel>(u"urlProblem"_s)->isVisible());
    test::saveScreenshot(m_window.get(), u"settings-named-credentials"_s);
}

QTEST_MAIN(TestNamedCredentialsPage)
#include "tst_namedcredentialspage.moc"
