// The tray icon and its menu, in a real XEmbed system tray (Xvfb + trayer under tests/run.sh).
#include "CatalogFixture.h"
#include "TestEnvironment.h"
#include "gui/SignInPrompter.h"
#include "gui/TrayController.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

Q_DECLARE_METATYPE(callout::AuthStatus)

namespace {

QStringList texts(const QMenu *menu)
{
    QStringList list;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            list.append(action->text());
    }
    return list;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *inner = actionNamed(action->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyMenuOffersSettingsAndQuit();
    void menuListsEveryCredentialWithItsStatus();
    void manyCredentialsLeaveTheRestToSettings();
    void attentionStateOffersReauthenticate();
    void busyWhileSigningIn();
    void signInOrReauthenticate_data();
    void signInOrReauthenticate();
    void neverSignedInIsOfferedSignIn();
    void actionsAskThroughSignals();
    void sessionEndingTurnsToAttention();
    void leftClickOpensSettings();
    void iconAppearsInTheSystemTray();

private:
    void importTwo() { QVERIFY(m_fixture->importCredentials({u"DemoApi"_s, u"Files"_s}, {u"Demo API"_s})); }
    void setStatus(const QString &name, AuthStatus status) { QVERIFY(m_fixture->setStatus(name, status)); }
    // What a sign-in leaves in the record (the fixture's status steps leave no such trace).
    void markSignedInOnce(const QString &name);
    static QImage iconImage(const TrayController &tray) { return tray.trayIcon()->icon().pixmap(32).toImage(); }
    QString id(const QString &name) const { return m_fixture->id(name); }
    void screenshot(const QString &name);

    std::unique_ptr<test::CatalogFixture> m_fixture;
};

void TestTrayController::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_fixture = std::make_unique<test::CatalogFixture>();
}

void TestTrayController::cleanup()
{
    m_fixture.reset();
}

void TestTrayController::screenshot(const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty() || QGuiApplication::platformName() != u"xcb"_s)
        return;
    QTest::qWait(300); // let the tray and menus paint first
    QDir().mkpath(artifacts);
    QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u'/' + name));
}

void TestTrayController::markSignedInOnce(const QString &name)
{
    ExternalAuthentication record = m_fixture->catalog().externalAuthentication(id(name));
    record.user = u"alice"_s;
    record.accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_fixture->catalog().updateExternalAuthentication(record).ok());
}

// Issue 16, item 7: with nothing configured the tray does not look like "all signed in".
void TestTrayController::emptyMenuOffersSettingsAndQuit()
{
    TrayController tray(m_fixture->catalog());
    QCOMPARE(texts(tray.menu()), (QStringList{u"Settings…"_s, u"Quit Callout"_s}));
    QCOMPARE(tray.state(), TrayController::State::SignedIn);
    QVERIFY(tray.isUnconfigured());
    QVERIFY(!tray.trayIcon()->icon().isNull());
    QCOMPARE(tray.trayIcon()->toolTip(), u"Callout — nothing set up yet. Open Settings to add a sign-in."_s);
    const QImage unconfigured = iconImage(tray);
    if (tray.show()) {
        screenshot(u"tray-unconfigured.png"_s);
        tray.trayIcon()->hide();
    }

    importTwo();
    QVERIFY(!tray.isUnconfigured());
    QCOMPARE(tray.state(), TrayController::State::SignedIn);
    QCOMPARE(tray.trayIcon()->toolTip(), u"Callout — signed in"_s);
    QVERIFY(iconImage(tray) != unconfigured);
}

void TestTrayController::menuListsEveryCredentialWithItsStatus()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"DemoApi"_s, AuthStatus::SignedIn);
    markSignedInOnce(u"DemoApi"_s); // with an access token expiry, which the tray does not show
    const QStringList menu = texts(tray.menu());
    QCOMPARE(menu.size(), 4);
    QCOMPARE(menu.at(0), u"Demo API — Signed in"_s); // issue 16, item 6: not "(until 16:26)"
    QCOMPARE(menu.at(1), u"Files — Signed out"_s);
    QCOMPARE(tray.state(), TrayController::State::SignedIn);
    QCOMPARE(tray.trayIcon()->toolTip(), u"Callout — signed in"_s);
}

void TestTrayController::manyCredentialsLeaveTheRestToSettings()
{
    QStringList names;
    for (int i = 0; i < TrayController::MaxCredentialMenus + 3; ++i)
        names.append(u"Api%1"_s.arg(i, 2, 10, QChar(u'0')));
    QVERIFY(m_fixture->importCredentials(names));
    TrayController tray(m_fixture->catalog());
    const QString last = names.last();
    setStatus(last, AuthStatus::SignInRequired);
    markSignedInOnce(last);
    const QStringList menu = texts(tray.menu());
    QCOMPARE(tray.menu()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly).size(),
             TrayController::MaxCredentialMenus);
    QCOMPARE(menu.at(TrayController::MaxCredentialMenus - 1), u"Api24 — Signed out"_s);
    QCOMPARE(menu.at(TrayController::MaxCredentialMenus), u"3 more in Settings…"_s);
    // One beyond the submenus that needs the user is still offered in the menu.
    QVERIFY(menu.contains(u"Re-authenticate %1"_s.arg(last)));
    QSignalSpy settings(&tray, &TrayController::settingsRequested);
    actionNamed(tray.menu(), u"3 more in Settings…"_s)->trigger();
    QCOMPARE(settings.size(), 1);
}

void TestTrayController::attentionStateOffersReauthenticate()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"DemoApi"_s, AuthStatus::SignInRequired);
    markSignedInOnce(u"DemoApi"_s);
    QCOMPARE(tray.state(), TrayController::State::Attention);
    QVERIFY(texts(tray.menu()).contains(u"Re-authenticate Demo API"_s));
    QVERIFY(texts(tray.menu()).contains(u"Show the sign-in prompt…"_s));
    QVERIFY(tray.trayIcon()->toolTip().contains(u"Demo API"_s));
    if (tray.show()) {
        screenshot(u"tray-attention.png"_s);
        tray.menu()->popup(QPoint(900, 30));
        QVERIFY(QTest::qWaitForWindowExposed(tray.menu()));
        screenshot(u"tray-menu.png"_s);
        tray.menu()->hide();
    }
}

void TestTrayController::busyWhileSigningIn()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"Files"_s, AuthStatus::SigningIn);
    QCOMPARE(tray.state(), TrayController::State::Busy);
    QCOMPARE(tray.trayIcon()->toolTip(), u"Callout — signing in…"_s);
}

void TestTrayController::signInOrReauthenticate_data()
{
    QTest::addColumn<AuthStatus>("status");
    QTest::addColumn<QString>("action");
    QTest::newRow("signed out") << AuthStatus::SignedOut << u"Sign in"_s;
    QTest::newRow("error") << AuthStatus::Error << u"Sign in"_s;
    QTest::newRow("signed in") << AuthStatus::SignedIn << u"Re-authenticate"_s;
    QTest::newRow("refreshing") << AuthStatus::Refreshing << u"Re-authenticate"_s;
    QTest::newRow("sign-in required") << AuthStatus::SignInRequired << u"Re-authenticate"_s;
}

// The rule is isReauthentication() in lib (model/AuthStatus); the settings window shows the same.
void TestTrayController::signInOrReauthenticate()
{
    QFETCH(AuthStatus, status);
    QFETCH(QString, action);
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"DemoApi"_s, status);
    if (status != AuthStatus::SignedOut && status != AuthStatus::Error)
        markSignedInOnce(u"DemoApi"_s);
    const QMenu *submenu = tray.menu()->actions().constFirst()->menu();
    QVERIFY(submenu);
    QCOMPARE(texts(submenu).constFirst(), action);
    QCOMPARE(isReauthentication(status), action == u"Re-authenticate"_s);
}

// Issue 16, item 7: a credential whose token was asked for before it ever signed in needs the user,
// but has no session to renew.
void TestTrayController::neverSignedInIsOfferedSignIn()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"DemoApi"_s, AuthStatus::SignInRequired);
    QCOMPARE(tray.state(), TrayController::State::Attention);
    QCOMPARE(texts(tray.menu()->actions().constFirst()->menu()).constFirst(), u"Sign in"_s);
    QVERIFY(texts(tray.menu()).contains(u"Sign in to Demo API"_s));
    QVERIFY(!texts(tray.menu()).contains(u"Re-authenticate Demo API"_s));
}

void TestTrayController::actionsAskThroughSignals()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"DemoApi"_s, AuthStatus::SignInRequired);
    markSignedInOnce(u"DemoApi"_s);
    QSignalSpy signIn(&tray, &TrayController::signInRequested);
    QSignalSpy signOut(&tray, &TrayController::signOutRequested);
    QSignalSpy prompt(&tray, &TrayController::promptRequested);
    QSignalSpy settings(&tray, &TrayController::settingsRequested);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    actionNamed(tray.menu(), u"Re-authenticate Demo API"_s)->trigger();
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.first().first().toString(), id(u"DemoApi"_s));
    actionNamed(tray.menu(), u"Sign out"_s)->trigger(); // the first credential's submenu
    QCOMPARE(signOut.count(), 1);
    actionNamed(tray.menu(), u"Show the sign-in prompt…"_s)->trigger();
    QCOMPARE(prompt.count(), 1);
    actionNamed(tray.menu(), u"Settings…"_s)->trigger();
    QCOMPARE(settings.count(), 1);
    actionNamed(tray.menu(), u"Quit Callout"_s)->trigger();
    QCOMPARE(quit.count(), 1);
    // Another application's notification being clicked (Qt turns it into messageClicked) does nothing.
    Q_EMIT tray.trayIcon()->messageClicked();
    QCOMPARE(prompt.count(), 1);
}

// Issue 18: a session that ends soon asks for the user: attention, the warning as the tooltip and a
// menu entry that signs in now (as Re-authenticate does); withdrawn, the tray is back to signed in.
void TestTrayController::sessionEndingTurnsToAttention()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    setStatus(u"DemoApi"_s, AuthStatus::SignedIn);
    QCOMPARE(tray.state(), TrayController::State::SignedIn);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = SignInPrompter::sessionEndingText(u"Demo API"_s, now.addSecs(25 * 60 - 10), now);
    QCOMPARE(text, u"Demo API will ask you to sign in again in 25 minutes — sign in now?"_s);
    QCOMPARE(SignInPrompter::sessionEndingText(u"Demo API"_s, now.addSecs(20), now),
             u"Demo API will ask you to sign in again in 1 minute — sign in now?"_s);

    tray.setSessionWarnings({{id(u"DemoApi"_s), text}});
    QCOMPARE(tray.state(), TrayController::State::Attention);
    QCOMPARE(tray.trayIcon()->toolTip(), text);
    QSignalSpy signIn(&tray, &TrayController::signInRequested);
    QAction *action = actionNamed(tray.menu(), text);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.constFirst().constFirst().toString(), id(u"DemoApi"_s));

    tray.setSessionWarnings({});
    QCOMPARE(tray.state(), TrayController::State::SignedIn);
    QVERIFY(!actionNamed(tray.menu(), text));
}

void TestTrayController::leftClickOpensSettings()
{
    TrayController tray(m_fixture->catalog());
    QSignalSpy spy(&tray, &TrayController::settingsRequested);
    Q_EMIT tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
    Q_EMIT tray.trayIcon()->activated(QSystemTrayIcon::Context); // the menu, not the window
    QCOMPARE(spy.count(), 1);
}

void TestTrayController::iconAppearsInTheSystemTray()
{
    if (QGuiApplication::platformName() != u"xcb"_s) {
        if (test::keychainRequired())
            QFAIL("the GUI tests need an X display with a system tray: run them with tests/run.sh");
        QSKIP("needs an X display with a system tray (tests/run.sh starts Xvfb + trayer)");
    }
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    TrayController tray(m_fixture->catalog());
    QVERIFY(tray.show());
    QVERIFY(tray.trayIcon()->isVisible());
    // XEmbed: the tray gives the icon a place on screen once it has docked it.
    QTRY_VERIFY_WITH_TIMEOUT(tray.trayIcon()->geometry().isValid() && !tray.trayIcon()->geometry().isEmpty(), 10000);
    screenshot(u"tray-signed-in.png"_s);
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
