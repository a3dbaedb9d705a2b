// "Authentication Settings for External Systems": the table over the catalog, its buttons, the
// needs-fixing rows, the pending sign-in's address and the line under the table (issues 12, 16).
#include "CoreFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "gui/AuthenticationSettingsPage.h"
#include "gui/CredentialTableModel.h"
#include "gui/SignInDetailsPanel.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

using namespace callout;
using test::CoreFixture;
using test::ScriptedBrowser;

class TestAuthenticationSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEverySignInWithItsStatus();
    void needsFixingRowsNameTheEntryAndItsProblem();
    void signInButtonFollowsTheStatus_data();
    void signInButtonFollowsTheStatus();
    void reauthenticateShowsTheAddressWithCancel();
    void noBrowserOffersCopyAndOpenAgain();
    void signOutFromTheTable();
    void deleteAsksNamingTheCredential_data();
    void deleteAsksNamingTheCredential();
    void messagesFollowTheState();
    void doubleClickOpensTheDetails();
    void rowsFollowTheCatalog();
    void serverTextIsShownLiterally();

private:
    QTableView *table() const { return m_page->findChild<QTableView *>(u"credentials"_s); }
    QPushButton *button(const QString &name) const { return m_page->findChild<QPushButton *>(name); }
    QLabel *label(const QString &name) const { return m_page->findChild<QLabel *>(name); }
    int rowOf(const QString &name) const;
    void select(const QString &name);
    void saveScreenshot(const QString &name);

    std::unique_ptr<CoreFixture> m_fixture;
    std::unique_ptr<AuthenticationSettingsPage> m_page;
};

void TestAuthenticationSettingsPage::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<CoreFixture>();
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s, u"Demo"_s}, {u"Test API"_s, u"Demo API"_s}));
    m_page = std::make_unique<AuthenticationSettingsPage>(m_fixture->core());
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAuthenticationSettingsPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

int TestAuthenticationSettingsPage::rowOf(const QString &name) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CredentialTableModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

void TestAuthenticationSettingsPage::select(const QString &name)
{
    const int row = rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    table()->selectRow(row);
}

void TestAuthenticationSettingsPage::saveScreenshot(const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty())
        return;
    QDir().mkpath(artifacts);
    QVERIFY(m_page->grab().save(artifacts + u'/' + name));
}

void TestAuthenticationSettingsPage::listsEverySignInWithItsStatus()
{
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignInRequired));
    const QAbstractItemModel *model = table()->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers.append(model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers,
             (QStringList{u"Named Credential"_s, u"Auth Provider"_s, u"User"_s, u"Status"_s, u"Expires"_s,
                          u"Last refresh"_s}));
    const int row = rowOf(u"TestApi"_s);
    QCOMPARE(model->index(row, CredentialTableModel::Credential).data().toString(), u"Test API"_s);
    QCOMPARE(model->index(row, CredentialTableModel::Provider).data().toString(), u"Demo"_s);
    // The row that needs the user says so, and what to do.
    QCOMPARE(model->index(row, CredentialTableModel::Status).data().toString(),
             u"Sign-in required — Re-authenticate"_s);
    QVERIFY(model->index(row, CredentialTableModel::Status).data(CredentialTableModel::NeedsUserRole).toBool());
    QVERIFY(!model->index(row, CredentialTableModel::Status).data(Qt::DecorationRole).isNull());
    QVERIFY(label(u"emptyHint"_s)->isHidden());
}

void TestAuthenticationSettingsPage::needsFixingRowsNameTheEntryAndItsProblem()
{
    // Issue 16, item 5: an entry that cannot be used is listed, with its name and what is wrong.
    QJsonObject file = QJsonDocument::fromJson(test::readFile(m_fixture->configPath())).object();
    QJsonArray credentials = file.value(u"namedCredentials"_s).toArray();
    QJsonObject broken = credentials.at(0).toObject();
    broken.insert(u"name"_s, u"Broken"_s);
    broken.insert(u"id"_s, u"broken-id"_s);
    broken.insert(u"url"_s, u"http://api.example/plain"_s);
    credentials.append(broken);
    file.insert(u"namedCredentials"_s, credentials);
    test::writeFile(m_fixture->configPath(), QJsonDocument(file).toJson());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"configuration has 1 problems"_s));
    m_fixture->catalog().reloadConfiguration();

    const QAbstractItemModel *model = table()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    const int row = rowOf(u"Broken"_s);
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, 0).data(CredentialTableModel::NeedsFixingRole).toBool());
    QCOMPARE(model->index(row, CredentialTableModel::Credential).data().toString(), u"Broken"_s);
    const QString status = model->index(row, CredentialTableModel::Status).data().toString();
    QVERIFY2(status.startsWith(u"Needs fixing: URL must be an absolute https URL"_s), qPrintable(status));
    QVERIFY2(!status.contains(u"namedCredentials["_s), qPrintable(status));
    select(u"Broken"_s);
    for (const QString &name : {u"editButton"_s, u"deleteButton"_s, u"reauthenticateButton"_s, u"signOutButton"_s})
        QVERIFY2(!button(name)->isEnabled(), qPrintable(name));
}

void TestAuthenticationSettingsPage::signInButtonFollowsTheStatus_data()
{
    QTest::addColumn<AuthStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("isDefault");
    QTest::addColumn<bool>("signOutEnabled");
    // Issue 16, item 7: never "Re-authenticate" for a credential that never had a session.
    QTest::newRow("signed-out") << AuthStatus::SignedOut << u"Sign &in"_s << true << false << false;
    QTest::newRow("signed-in") << AuthStatus::SignedIn << u"&Re-authenticate"_s << true << false << true;
    QTest::newRow("sign-in-required") << AuthStatus::SignInRequired << u"&Re-authenticate"_s << true << true << true;
    QTest::newRow("signing-in") << AuthStatus::SigningIn << QString() << false << false << false; // text: either
    QTest::newRow("error") << AuthStatus::Error << u"Sign &in"_s << true << false << true;
}

void TestAuthenticationSettingsPage::signInButtonFollowsTheStatus()
{
    QFETCH(AuthStatus, status);
    QFETCH(QString, text);
    QFETCH(bool, enabled);
    QFETCH(bool, isDefault);
    QFETCH(bool, signOutEnabled);
    QPushButton *signIn = button(u"reauthenticateButton"_s);
    QVERIFY(!signIn->isEnabled()); // nothing selected
    select(u"TestApi"_s);
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, status));
    if (!text.isEmpty())
        QCOMPARE(signIn->text(), text);
    QCOMPARE(signIn->isEnabled(), enabled);
    QCOMPARE(signIn->isDefault(), isDefault);
    QCOMPARE(button(u"signOutButton"_s)->isEnabled(), signOutEnabled);
}

void TestAuthenticationSettingsPage::reauthenticateShowsTheAddressWithCancel()
{
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignInRequired));
    select(u"TestApi"_s);
    auto *pending = m_page->findChild<QWidget *>(u"PendingSignInBar"_s);
    QVERIFY(pending && pending->isHidden());
    QTest::mouseClick(button(u"reauthenticateButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_fixture->browser().opened.size(), 1);
    QTRY_VERIFY(pending->isVisible());
    const QString id = m_fixture->id(u"TestApi"_s);
    QVERIFY(m_fixture->core().signIn.isSigningIn(id));
    QCOMPARE(m_page->findChild<QLineEdit *>(u"signInAddress"_s)->text(),
             m_fixture->browser().opened.first().toString(QUrl::FullyEncoded));
    const QString text = label(u"pendingText"_s)->text();
    QVERIFY2(text.contains(u"Continue in your browser"_s) && text.contains(u"Test API"_s), qPrintable(text));
    QVERIFY(!button(u"reauthenticateButton"_s)->isEnabled()); // one sign-in at a time …
    QVERIFY(button(u"cancelSignIn"_s)->isEnabled());          // … and a way out of it
    m_page->resize(1280, 800);
    saveScreenshot(u"settings-signing-in.png"_s);

    QSignalSpy finished(&m_fixture->core().signIn, &SignInService::signInFinished);
    QTest::mouseClick(button(u"cancelSignIn"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::SignInCancelled);
    QVERIFY(pending->isHidden());
    QCOMPARE(m_fixture->catalog().externalAuthentication(id).status, AuthStatus::SignInRequired);
    QVERIFY(button(u"reauthenticateButton"_s)->isEnabled());
}

void TestAuthenticationSettingsPage::noBrowserOffersCopyAndOpenAgain()
{
    // Issue 16, item 1: no browser → the address, Copy and Open again, not a silent wait.
    m_fixture->browser().user = ScriptedBrowser::User::HasNoBrowser;
    const char *noBrowser = "no browser could be opened; the sign-in URL is shown to the user instead";
    QTest::ignoreMessage(QtWarningMsg, noBrowser);
    select(u"Demo"_s);
    QTest::mouseClick(button(u"reauthenticateButton"_s), Qt::LeftButton);
    auto *pending = m_page->findChild<QWidget *>(u"PendingSignInBar"_s);
    QTRY_VERIFY(pending->isVisible());
    const QString text = label(u"pendingText"_s)->text();
    QVERIFY2(text.contains(u"No browser could be opened"_s) && text.contains(u"Demo API"_s), qPrintable(text));
    const QString address = m_page->findChild<QLineEdit *>(u"signInAddress"_s)->text();
    QVERIFY2(address.startsWith(u"http://127.0.0.1:"_s) && address.contains(u"/start/"_s), qPrintable(address));

    QTest::mouseClick(button(u"copyAddress"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), address);
    const qsizetype tries = m_fixture->browser().opened.size();
    QTest::ignoreMessage(QtWarningMsg, noBrowser); // still none
    QTest::mouseClick(button(u"openAgain"_s), Qt::LeftButton);
    QTRY_COMPARE(m_fixture->browser().opened.size(), tries + 1);
    QVERIFY(pending->isVisible());
    m_fixture->core().signIn.cancel(m_fixture->id(u"Demo"_s));
    QTRY_VERIFY(pending->isHidden());
}

void TestAuthenticationSettingsPage::signOutFromTheTable()
{
    const QString id = m_fixture->id(u"TestApi"_s);
    QVERIFY(test::storeTokens(m_fixture->secrets(), id, TokenSet{u"access"_s, u"refresh"_s, {}, {}, {}}));
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    select(u"TestApi"_s);
    QTest::mouseClick(button(u"signOutButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_fixture->catalog().externalAuthentication(id).status, AuthStatus::SignedOut);
    QTRY_VERIFY(label(u"signInMessage"_s)->isVisible());
    QCOMPARE(label(u"signInMessage"_s)->text(), u"Signed out of Test API."_s);
    QVERIFY(!m_fixture->secrets().items().contains(secretkeys::credentialTokens(id)));
    QVERIFY(!button(u"signOutButton"_s)->isEnabled());
}

void TestAuthenticationSettingsPage::deleteAsksNamingTheCredential_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("delete") << true;
    QTest::newRow("cancel") << false;
}

void TestAuthenticationSettingsPage::deleteAsksNamingTheCredential()
{
    QFETCH(bool, confirm);
    const QString id = m_fixture->id(u"TestApi"_s);
    QVERIFY(test::storeTokens(m_fixture->secrets(), id, TokenSet{u"access"_s, u"refresh"_s, {}, {}, {}}));
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    select(u"TestApi"_s);
    QTest::mouseClick(button(u"deleteButton"_s), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_page->findChild<QMessageBox *>(u"deleteConfirmation"_s)) && question->isVisible());
    QVERIFY2(question->text().contains(u"Test API"_s), qPrintable(question->text()));
    QAbstractButton *answer = nullptr;
    for (QAbstractButton *each : question->buttons()) {
        if (question->buttonRole(each) == (confirm ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
            answer = each;
    }
    QVERIFY(answer);
    QTest::mouseClick(answer, Qt::LeftButton);
    if (!confirm) {
        QTest::qWait(50);
        QVERIFY(m_fixture->catalog().configuration().credentialById(id));
        QVERIFY(m_fixture->secrets().items().contains(secretkeys::credentialTokens(id)));
        return;
    }
    QTRY_VERIFY(!m_fixture->catalog().configuration().credentialById(id));
    QCOMPARE(table()->model()->rowCount(), 1);
    QTRY_VERIFY(!m_fixture->secrets().items().contains(secretkeys::credentialTokens(id)));
    QTRY_COMPARE(label(u"signInMessage"_s)->text(), u"Deleted Test API."_s);
    QVERIFY(label(u"signInMessage"_s)->isVisible());
}

void TestAuthenticationSettingsPage::messagesFollowTheState()
{
    // Issue 16, item 4: "Signed in to Test API." must not outlive the signed-in state.
    const QString id = m_fixture->id(u"TestApi"_s);
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    Q_EMIT m_fixture->core().signIn.signInFinished(id, Error());
    QLabel *message = label(u"signInMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Signed in to Test API."_s);
    QVERIFY(m_fixture->changeRecord(u"TestApi"_s, [](ExternalAuthentication &r) { r.user = u"someone"_s; }));
    QVERIFY(message->isVisible()); // same state, still true
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignInRequired));
    QVERIFY(message->isHidden());

    // Another credential's change leaves a message about this one alone.
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedOut));
    Q_EMIT m_fixture->core().signIn.signInFinished(id, Error(ErrorCode::AccessDenied, u"Access was denied."_s));
    QCOMPARE(message->text(), u"Sign-in to Test API did not complete: Access was denied."_s);
    QVERIFY(m_fixture->setStatus(u"Demo"_s, AuthStatus::SignedIn));
    QVERIFY(message->isVisible());
}

void TestAuthenticationSettingsPage::doubleClickOpensTheDetails()
{
    auto *details = m_page->findChild<SignInDetailsPanel *>();
    QVERIFY(details);
    QVERIFY(details->isHidden()); // until asked for
    const int row = rowOf(u"Demo"_s);
    const QRect cell = table()->visualRect(table()->model()->index(row, 0));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(details->isVisible());
    QCOMPARE(details->credentialId(), m_fixture->id(u"Demo"_s));
    select(u"TestApi"_s); // it follows the selection
    QCOMPARE(details->credentialId(), m_fixture->id(u"TestApi"_s));
    auto *close = details->findChild<QPushButton *>(u"closeDetails"_s);
    QTRY_VERIFY(close->isVisible() && close->width() > 0); // laid out now that the panel shows
    close->click();
    QVERIFY(details->isHidden());
}

void TestAuthenticationSettingsPage::rowsFollowTheCatalog()
{
    select(u"Demo"_s);
    QVERIFY(m_fixture->importCredentials({u"Another"_s}));
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(m_page->selectedCredentialId(), m_fixture->id(u"Demo"_s)); // still the same one selected
}

// Finding 7 (issue 11): server text (an error description, a user name) is never rich text.
void TestAuthenticationSettingsPage::serverTextIsShownLiterally()
{
    const QString id = m_fixture->id(u"TestApi"_s);
    const QString markup = u"<b>x</b><img src=\"https://evil.example/t.png\">"_s;
    Q_EMIT m_fixture->core().signIn.signInFinished(id, Error(ErrorCode::AccessDenied, markup));
    for (const QLabel *each : m_page->findChildren<QLabel *>())
        QVERIFY2(each->textFormat() == Qt::PlainText || each->objectName().endsWith(u"Label"_s), // static form labels
                 qPrintable(each->objectName()));
    QVERIFY(label(u"signInMessage"_s)->text().contains(markup));

    QVERIFY(m_fixture->changeRecord(u"TestApi"_s, [&](ExternalAuthentication &record) {
        record.user = markup;
        record.lastError = Error(ErrorCode::AccessDenied, markup);
    }));
    const QAbstractItemModel *model = table()->model();
    for (const int column : {int(CredentialTableModel::Status), int(CredentialTableModel::User)}) {
        const QString tip = model->index(rowOf(u"TestApi"_s), column).data(Qt::ToolTipRole).toString();
        QTextDocument shown; // as QToolTip shows it
        if (Qt::mightBeRichText(tip))
            shown.setHtml(tip);
        else
            shown.setPlainText(tip);
        QVERIFY2(shown.toPlainText().contains(markup), qPrintable(tip));
    }
}

QTEST_MAIN(TestAuthenticationSettingsPage)
#include "tst_authenticationsettingspage.moc"
