// The loop Callout exists for, end to end: a refresh token is refused → one prompt → one click on
// Re-authenticate → the scripted user signs in at the real OAuth server → signed in, prompt gone,
// and the waiting `login` finishes. Runs under Xvfb (tests/run.sh).
#include "ManualClock.h"
#include "ServerImport.h"
#include "TestEnvironment.h"
#include "TestServer.h"
#include "callout/agent/CalloutCore.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/session/AttentionTracker.h"
#include "callout/store/KeychainSecretStore.h"
#include "gui/ReauthPrompt.h"
#include "gui/SignInPrompter.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;
using test::TestServer;

class TestReauthFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneClickReauthenticates();
    void failedReauthenticationOffersTryAgain();
    void laterHidesThePromptUntilTheReminder();

private:
    void signInAndBreakTheSession();
    QPushButton *reauthButton() const;
    QString id() const { return m_core->catalog.configuration().credentialByName(u"Api"_s)->id; }
    AuthStatus status() const { return m_core->catalog.externalAuthentication(id()).status; }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<KeychainSecretStore> m_secrets;
    XdgOpenBrowserOpener m_browser;
    std::unique_ptr<CalloutCore> m_core;
    std::unique_ptr<AttentionTracker> m_tracker;
    std::unique_ptr<ReauthPrompt> m_prompt;
    std::unique_ptr<SignInPrompter> m_prompter;
};

void TestReauthFlow::init()
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
    m_tracker = std::make_unique<AttentionTracker>(m_core->catalog, m_clock);
    m_tracker->setOnlineCheck([] { return true; });
    m_prompt = std::make_unique<ReauthPrompt>(m_core->catalog);
    m_prompter = std::make_unique<SignInPrompter>(m_core->catalog, *m_tracker, m_core->signIn, m_core->signOut,
                                                  *m_prompt, nullptr, nullptr);
}

void TestReauthFlow::cleanup()
{
    if (m_core && m_core->catalog.configuration().credentialByName(u"Api"_s)) {
        bool removed = false;
        m_core->catalog.removeCredential(u"Api"_s, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }
    m_prompter.reset();
    m_prompt.reset();
    m_tracker.reset();
    m_core.reset();
    m_secrets.reset();
    m_dir.reset();
    m_server.stop();
}

void TestReauthFlow::signInAndBreakTheSession()
{
    test::ServerImport document(m_server);
    document.provider(u"Demo"_s, u"public-client"_s).credential(u"Api"_s, u"Demo"_s, u"Demo API"_s);
    if (!document.importInto(m_core->catalog))
        return;
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    m_core->signIn.signIn(id());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(status(), AuthStatus::SignedIn);

    // The service ends the session: the refresh token is refused.
    QVERIFY(m_server.addFault({{u"endpoint"_s, u"token"_s},
                               {u"grant_type"_s, u"refresh_token"_s},
                               {u"mode"_s, u"oauth-error"_s},
                               {u"error"_s, u"invalid_grant"_s}}));
    m_clock.advance(600);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^token request failed: \"sign-in-required\""_s));
    bool answered = false;
    m_core->tokens.accessToken(u"Api"_s, this, [&answered](Result<QString> r) {
        QCOMPARE(r.error().code, ErrorCode::SignInRequired);
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(status(), AuthStatus::SignInRequired);
}

QPushButton *TestReauthFlow::reauthButton() const
{
    QWidget *row = m_prompt->findChild<QWidget *>(u"row-Api"_s);
    return row ? row->findChild<QPushButton *>(u"reauthenticateButton"_s) : nullptr;
}

void TestReauthFlow::oneClickReauthenticates()
{
    signInAndBreakTheSession();
    QTRY_VERIFY(m_prompt->isVisible()); // exactly one prompt, with the reason in plain words
    QCOMPARE(m_prompt->shownCredentials(), QStringList{id()});
    const QString message = m_prompt->findChild<QWidget *>(u"row-Api"_s)->findChild<QLabel *>()->text();
    QVERIFY2(message.startsWith(u"Demo API: "_s) && message.contains(u"Sign in again"_s), qPrintable(message));
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (!artifacts.isEmpty() && QTest::qWaitForWindowExposed(m_prompt.get())) {
        QTest::qWait(200);
        QDir().mkpath(artifacts);
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u"/reauth-prompt.png"_s));
    }

    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    QTest::mouseClick(reauthButton(), Qt::LeftButton); // the one click
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<callout::Error>().code, ErrorCode::None);
    QCOMPARE(status(), AuthStatus::SignedIn);
    QTRY_VERIFY(!m_prompt->isVisible());

    // Calls work again with the new session.
    bool answered = false;
    m_core->tokens.accessToken(u"Api"_s, this, [&](Result<QString> r) {
        QVERIFY(r.ok());
        QCOMPARE(
            m_server.request("GET", m_server.url(u"/api/me"_s), {}, {{"Authorization", "Bearer " + r.value().toUtf8()}})
                .status,
            200);
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
}

void TestReauthFlow::failedReauthenticationOffersTryAgain()
{
    signInAndBreakTheSession();
    QTRY_VERIFY(m_prompt->isVisible());
    qputenv("CALLOUT_BROWSER_MODE", "deny");
    QSignalSpy finished(&m_core->signIn, &SignInService::signInFinished);
    QTest::mouseClick(reauthButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(m_prompt->isVisible());
    QCOMPARE(reauthButton()->text(), u"&Try again"_s);
    QCOMPARE(status(), AuthStatus::SignInRequired);

    qputenv("CALLOUT_BROWSER_MODE", "normal");
    QTest::mouseClick(reauthButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(status(), AuthStatus::SignedIn);
    QTRY_VERIFY(!m_prompt->isVisible());
}

void TestReauthFlow::laterHidesThePromptUntilTheReminder()
{
    signInAndBreakTheSession();
    QTRY_VERIFY(m_prompt->isVisible());
    QTest::mouseClick(m_prompt->findChild<QPushButton *>(u"laterButton"_s), Qt::LeftButton);
    QVERIFY(!m_prompt->isVisible());
    m_clock.advance(15 * 60);
    m_tracker->remindIfDue();
    QVERIFY(m_prompt->isVisible());
}

QTEST_MAIN(TestReauthFlow)
#include "tst_reauthflow.moc"
