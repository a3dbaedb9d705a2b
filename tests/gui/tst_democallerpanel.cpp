// The demo caller's page in the settings window: the caller's log as it is written ("HH:mm:ss  text",
// newest at the bottom), the Demo API's sign-in status with a Sign in button only while it is not
// signed in (the click starts the sign-in in the browser), and Call now. The agent's core on
// temporary files, a loopback fake as the demo API; a screenshot of the page with every outcome.
#include "FakeServiceFixture.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "callout/model/TokenSet.h"
#include "demo/DemoCaller.h"
#include "demo/DemoCallerPanel.h"
#include "demo/DemoPolicy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace callout;
using demo::DemoCaller;
using demo::DemoCallerPanel;
using test::FakeHttpServer;

class TestDemoCallerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void explainsTheDemo();
    void showsTheLogAsItIsWritten();
    void signInOnlyWhileNotSignedIn();
    void callNowCalls();
    void screenshot();

private:
    template<typename T> T *child(const QString &name) const { return m_panel->findChild<T *>(name); }
    QListWidget *log() const { return child<QListWidget>(u"log"_s); }
    QPushButton *signInButton() const { return child<QPushButton>(u"signInButton"_s); }
    QPushButton *callNowButton() const { return child<QPushButton>(u"callNowButton"_s); }
    QString status() const { return child<QLabel>(u"status"_s)->text(); }
    QString lastLine() const { return log()->count() ? log()->item(log()->count() - 1)->text() : QString(); }
    QString id() const { return m_service->id(); }
    int apiRequests() const;
    void saveScreenshot(const QString &name);

    std::unique_ptr<test::FakeServiceFixture> m_service;
    std::unique_ptr<DemoCaller> m_caller;
    std::unique_ptr<DemoCallerPanel> m_panel;
    demo::DemoPolicy m_policy;
};

namespace {

FakeHttpServer::Response me()
{
    return FakeHttpServer::json(200, R"({"user":"Demo User","tokenExpiresInSeconds":42})");
}

// "HH:mm:ss  text", the time of day the line was logged.
QRegularExpression lineOf(const QString &text)
{
    return QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d  "_s + QRegularExpression::escape(text) + u'$');
}

} // namespace

void TestDemoCallerPanel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_service = std::make_unique<test::FakeServiceFixture>();
    m_service->api = [](const FakeHttpServer::Request &) { return me(); };
    QVERIFY(m_service->setUp());
    m_caller = std::make_unique<DemoCaller>(m_service->core().catalog(), m_service->core().core().calls, u"DemoApi"_s,
                                            m_policy.callInterval);
    m_panel = std::make_unique<DemoCallerPanel>(m_service->core().core(), *m_caller, m_policy);
    m_panel->resize(760, 560);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestDemoCallerPanel::cleanup()
{
    m_panel.reset();
    m_caller.reset();
    m_service.reset();
}

int TestDemoCallerPanel::apiRequests() const
{
    const auto &requests = m_service->server().requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [](const FakeHttpServer::Request &r) { return r.target == "/api/me"; }));
}

void TestDemoCallerPanel::explainsTheDemo()
{
    const QString text = child<QLabel>(u"explanation"_s)->text();
    QVERIFY2(text.contains(u"live 60 seconds"_s), qPrintable(text));
    QVERIFY2(text.contains(u"after 3 minutes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"callout:DemoApi/me every 10 seconds"_s), qPrintable(text));
    QVERIFY(!m_panel->accessibleName().isEmpty());
    for (QWidget *widget :
         {static_cast<QWidget *>(log()), static_cast<QWidget *>(signInButton()),
          static_cast<QWidget *>(callNowButton()), static_cast<QWidget *>(child<QLabel>(u"status"_s))})
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));

    // Other lengths, in their own words.
    demo::DemoPolicy policy{std::chrono::seconds(1), std::chrono::seconds(90), std::chrono::seconds(600)};
    DemoCallerPanel other(m_service->core().core(), *m_caller, policy);
    const QString otherText = other.findChild<QLabel *>(u"explanation"_s)->text();
    QVERIFY2(otherText.contains(u"live 1 second,"_s), qPrintable(otherText));
    QVERIFY2(otherText.contains(u"after 90 seconds"_s), qPrintable(otherText));
    QVERIFY2(otherText.contains(u"every 10 minutes"_s), qPrintable(otherText));
}

void TestDemoCallerPanel::showsTheLogAsItIsWritten()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    QCOMPARE(log()->count(), 0);
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 1);
    QVERIFY2(lineOf(u"200 — token still valid (Demo User, 42 s left)"_s).match(lastLine()).hasMatch(),
             qPrintable(lastLine()));
    QCOMPARE(lastLine().left(8), m_caller->log().constLast().time.toLocalTime().toString(u"HH:mm:ss"_s));

    m_service->api = [](const FakeHttpServer::Request &) { return FakeHttpServer::json(500, R"({"error":"boom"})"); };
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 2);
    QVERIFY2(lineOf(u"500 — X: boom"_s).match(lastLine()).hasMatch(), qPrintable(lastLine())); // newest last
    QVERIFY(log()->item(0)->foreground().color() != log()->item(1)->foreground().color());

    // A page opened later shows what was logged before.
    DemoCallerPanel later(m_service->core().core(), *m_caller, m_policy);
    auto *laterLog = later.findChild<QListWidget *>(u"log"_s);
    QCOMPARE(laterLog->count(), 2);
    QCOMPARE(laterLog->item(1)->text(), lastLine());

    // Many lines: the newest stays in view.
    m_service->api = [](const FakeHttpServer::Request &) { return me(); };
    for (int i = 0; i < 30; ++i) {
        m_caller->callNow();
        QTRY_COMPARE(log()->count(), 3 + i);
    }
    QScrollBar *bar = log()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestDemoCallerPanel::signInOnlyWhileNotSignedIn()
{
    QTRY_VERIFY(signInButton()->isVisible());
    QVERIFY2(status().startsWith(u"Demo API: Signed out"_s), qPrintable(status()));

    // A call to a credential never signed in makes it sign-in-required: still a first sign-in.
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 1);
    QVERIFY2(lineOf(u"Not signed in yet: waiting for you to sign in"_s).match(lastLine()).hasMatch(),
             qPrintable(lastLine()));
    QCOMPARE(m_service->core().catalog().externalAuthentication(id()).status, AuthStatus::SignInRequired);
    QVERIFY(signInButton()->isVisible());
    QCOMPARE(status(), u"Demo API: Not signed in yet"_s);
    saveScreenshot(u"demo-caller-panel-not-signed-in.png"_s);

    QTest::mouseClick(signInButton(), Qt::LeftButton);
    QTRY_COMPARE(m_service->core().browser().opened.size(), 1);
    QCOMPARE(m_service->core().browser().opened.constFirst().host(), u"127.0.0.1"_s); // Callout's start page
    QVERIFY(!signInButton()->isVisible());
    QVERIFY2(status().startsWith(u"Demo API: Signing in"_s), qPrintable(status()));

    // The user came back from the browser: signed in (as SignInService would), the call completes.
    m_service->core().core().signIn.cancel(id());
    QVERIFY(m_service->signIn(u"at-first"_s));
    QTRY_COMPARE(log()->count(), 2);
    QVERIFY2(lineOf(u"200 — the waiting call completed (Demo User, 42 s left)"_s).match(lastLine()).hasMatch(),
             qPrintable(lastLine()));
    QVERIFY(!signInButton()->isVisible());
    QVERIFY2(status().startsWith(u"Demo API: Signed in"_s), qPrintable(status()));

    // The session ended: Re-authenticate (the tray's and the notification's), not a first sign-in.
    QVERIFY(m_service->core().setStatus(u"DemoApi"_s, AuthStatus::SignInRequired));
    QCOMPARE(status(), u"Demo API: Sign-in required: the service ended the session"_s);
    QVERIFY(signInButton()->isVisible());
    QCOMPARE(signInButton()->text(), u"&Re-authenticate"_s);

    // Signed out: Sign in again.
    QVERIFY(m_service->core().setStatus(u"DemoApi"_s, AuthStatus::SignedOut));
    QVERIFY(signInButton()->isVisible());
    QCOMPARE(signInButton()->text(), u"&Sign in"_s);
    QCOMPARE(status(), u"Demo API: Signed out"_s);
}

void TestDemoCallerPanel::callNowCalls()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    QVERIFY(callNowButton()->isEnabled());
    m_service->server().hold();
    QTest::mouseClick(callNowButton(), Qt::LeftButton);
    QTRY_COMPARE(apiRequests(), 1);
    QVERIFY(!callNowButton()->isEnabled()); // one call at a time
    m_service->server().release();
    QTRY_COMPARE(log()->count(), 1);
    QVERIFY(callNowButton()->isEnabled());
    QTest::mouseClick(callNowButton(), Qt::LeftButton);
    QTRY_COMPARE(log()->count(), 2);
    QCOMPARE(apiRequests(), 2);
}

// Every outcome once, as the demo shows them: saved for people to look at.
void TestDemoCallerPanel::screenshot()
{
    QVERIFY(m_service->signIn(u"at-initial"_s));
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 1);
    bool refused = false;
    m_service->api = [&refused](const FakeHttpServer::Request &) {
        if (!std::exchange(refused, true))
            return FakeHttpServer::Response{401, {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}, {}};
        return me();
    };
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 2);
    // The service ended the session: it refuses the token, and only a new sign-in helps.
    QVERIFY(m_service->core().setStatus(u"DemoApi"_s, AuthStatus::SignInRequired));
    m_service->api = [](const FakeHttpServer::Request &request) {
        return request.headers.value("authorization") == "Bearer at-again"
            ? me()
            : FakeHttpServer::Response{401, {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}, {}};
    };
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 3);
    QVERIFY2(lastLine().contains(u"Re-authenticate"_s), qPrintable(lastLine()));
    QVERIFY(m_service->signIn(u"at-again"_s));
    QTRY_COMPARE(log()->count(), 4);
    m_service->api = [](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(503, R"({"error":"temporarily_unavailable"})");
    };
    m_caller->callNow();
    QTRY_COMPARE(log()->count(), 5);
    QVERIFY(lastLine().contains(u"503"_s));

    if (qEnvironmentVariableIsEmpty("CALLOUT_ARTIFACTS_DIR"))
        QSKIP("CALLOUT_ARTIFACTS_DIR is not set (tests/run.sh sets it)");
    saveScreenshot(u"demo-caller-panel.png"_s);
}

void TestDemoCallerPanel::saveScreenshot(const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty())
        return;
    QDir().mkpath(artifacts);
    QVERIFY(m_panel->grab().save(artifacts + u'/' + name));
}

QTEST_MAIN(TestDemoCallerPanel)
#include "tst_democallerpanel.moc"
