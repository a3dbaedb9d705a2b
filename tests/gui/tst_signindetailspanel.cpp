// The details of one sign-in (issue 12): user, granted vs requested scopes with a Re-authenticate
// offer for missing ones, expiry, refreshes (done and planned), the last error in the server's own
// words with its time, and the history.
#include "CoreFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "gui/SignInDetailsPanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace callout;
using test::CoreFixture;

class TestSignInDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEverythingKnownAboutTheSignIn();
    void followsTheRecord();
    void needsFixingEntryShowsItsProblems();

private:
    QString field(const QString &name) const { return m_panel->findChild<QLabel *>(name)->text(); }
    static QString shown(const QDateTime &time) { return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat); }

    std::unique_ptr<CoreFixture> m_fixture;
    std::unique_ptr<SignInDetailsPanel> m_panel;
};

void TestSignInDetailsPanel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<CoreFixture>();
    QVERIFY(m_fixture->importCredentials({u"TestApi"_s}, {u"Test API"_s}));
    m_panel = std::make_unique<SignInDetailsPanel>(m_fixture->core());
    m_panel->resize(420, 600);
    m_panel->show();
}

void TestSignInDetailsPanel::cleanup()
{
    m_panel.reset();
    m_fixture.reset();
}

void TestSignInDetailsPanel::showsEverythingKnownAboutTheSignIn()
{
    const QString id = m_fixture->id(u"TestApi"_s);
    const QDateTime now = m_fixture->clock().now();
    const QDateTime expiry = now.addSecs(3600);
    QVERIFY(test::storeTokens(m_fixture->secrets(), id, TokenSet{u"access"_s, u"refresh"_s, expiry, now, u"openid"_s}));
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignedIn));
    const QString serverWords = u"<b>busy</b> — try later"_s;
    const QDateTime refusedAt = now.addSecs(-60);
    QVERIFY(m_fixture->changeRecord(u"TestApi"_s, [&](ExternalAuthentication &record) {
        record.user = u"ada@example.test"_s;
        record.grantedScopes = u"openid"_s;
        record.accessTokenExpiry = expiry;
        record.lastRefresh = now.addSecs(-120);
        record.lastError = Error(ErrorCode::ServerUnavailable, serverWords);
        record.history
            = {{AuthEvent::Kind::SignedIn, now.addSecs(-600), {}}, {AuthEvent::Kind::Refused, refusedAt, serverWords}};
    }));
    // The token manager plans a refresh once the tokens are in use.
    bool served = false;
    m_fixture->core().tokens.accessToken(u"TestApi"_s, this, [&served](const Result<QString> &token) {
        QVERIFY(token.ok());
        served = true;
    });
    QTRY_VERIFY(served);
    const QDateTime planned = m_fixture->core().tokens.plannedRefresh(id);
    QVERIFY(planned.isValid());

    m_panel->setCredential(id);
    QVERIFY2(field(u"title"_s).startsWith(u"Test API"_s), qPrintable(field(u"title"_s)));
    QCOMPARE(field(u"user"_s), u"ada@example.test"_s);
    QCOMPARE(field(u"requestedScopes"_s), u"openid api"_s); // the provider's default
    QCOMPARE(field(u"grantedScopes"_s), u"openid"_s);
    QCOMPARE(field(u"missingScopes"_s), u"api"_s);
    QCOMPARE(field(u"expires"_s), shown(expiry));
    QCOMPARE(field(u"lastRefresh"_s), shown(now.addSecs(-120)));
    QCOMPARE(field(u"plannedRefresh"_s), shown(planned));
    // The server's own words, literally, with when they were said.
    auto *lastError = m_panel->findChild<QLabel *>(u"lastError"_s);
    QCOMPARE(lastError->textFormat(), Qt::PlainText);
    const QDateTime errorTime = m_fixture->catalog().externalAuthentication(id).lastErrorTime;
    QVERIFY(errorTime.isValid());
    QCOMPARE(lastError->text(), shown(errorTime) + u" — "_s + serverWords);
    auto *history = m_panel->findChild<QTreeWidget *>(u"history"_s);
    // The catalog keeps the history (the record's own list is not taken as it is): the sign-in.
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(1), u"Signed in"_s);

    // Missing scopes come with the way to get them.
    auto *offer = m_panel->findChild<QPushButton *>(u"reauthenticateForScopes"_s);
    QVERIFY(offer->isVisible());
    QSignalSpy requested(m_panel.get(), &SignInDetailsPanel::reauthenticateRequested);
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), id);
}

void TestSignInDetailsPanel::followsTheRecord()
{
    const QString id = m_fixture->id(u"TestApi"_s);
    m_panel->setCredential(id);
    QCOMPARE(field(u"expires"_s), u"(no session)"_s);
    QCOMPARE(field(u"lastError"_s), u"none"_s);
    QVERIFY(m_panel->findChild<QPushButton *>(u"reauthenticateForScopes"_s)->isHidden());
    QVERIFY(m_fixture->setStatus(u"TestApi"_s, AuthStatus::SignInRequired, u"The refresh token was revoked."_s));
    QVERIFY2(field(u"lastError"_s).endsWith(u" — The refresh token was revoked."_s), qPrintable(field(u"lastError"_s)));
    QVERIFY(field(u"title"_s).contains(u"Sign-in required"_s));
}

void TestSignInDetailsPanel::needsFixingEntryShowsItsProblems()
{
    QJsonObject file = QJsonDocument::fromJson(test::readFile(m_fixture->configPath())).object();
    QJsonArray credentials = file.value(u"namedCredentials"_s).toArray();
    QJsonObject broken = credentials.at(0).toObject();
    broken.insert(u"url"_s, u"http://api.example/plain"_s);
    credentials.replace(0, broken);
    file.insert(u"namedCredentials"_s, credentials);
    test::writeFile(m_fixture->configPath(), QJsonDocument(file).toJson());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"configuration has 1 problems"_s));
    m_fixture->catalog().reloadConfiguration();
    m_panel->setCredential(broken.value(u"id"_s).toString());
    QCOMPARE(field(u"title"_s), u"TestApi — Needs fixing"_s);
    QVERIFY2(field(u"lastError"_s).startsWith(u"URL must be an absolute https URL"_s),
             qPrintable(field(u"lastError"_s)));
}

QTEST_MAIN(TestSignInDetailsPanel)
#include "tst_signindetailspanel.moc"
