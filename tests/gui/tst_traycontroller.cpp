// The tray icon and its menu, in a real XEmbed system tray (Xvfb + trayer under tests/run.sh).
#include "TestEnvironment.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace callout;

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuOffersSettingsAndQuit();
    void settingsActionAsksForSettings();
    void quitActionAsksToQuit();
    void leftClickOpensSettings();
    void iconAppearsInTheSystemTray();
};

void TestTrayController::menuOffersSettingsAndQuit()
{
    TrayController tray;
    QStringList texts;
    for (const QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(texts, (QStringList{u"Settings…"_qs, u"Quit Callout"_qs}));
    QVERIFY(!tray.trayIcon()->icon().isNull());
}

void TestTrayController::settingsActionAsksForSettings()
{
    TrayController tray;
    QSignalSpy spy(&tray, &TrayController::settingsRequested);
    tray.settingsAction()->trigger();
    QCOMPARE(spy.count(), 1);
}

void TestTrayController::quitActionAsksToQuit()
{
    TrayController tray;
    QSignalSpy spy(&tray, &TrayController::quitRequested);
    tray.quitAction()->trigger();
    QCOMPARE(spy.count(), 1);
}

void TestTrayController::leftClickOpensSettings()
{
    TrayController tray;
    QSignalSpy spy(&tray, &TrayController::settingsRequested);
    Q_EMIT tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
    Q_EMIT tray.trayIcon()->activated(QSystemTrayIcon::Context); // the menu, not the window
    QCOMPARE(spy.count(), 1);
}

void TestTrayController::iconAppearsInTheSystemTray()
{
    if (QGuiApplication::platformName() != u"xcb"_qs) {
        if (test::keychainRequired())
            QFAIL("the GUI tests need an X display with a system tray: run them with tests/run.sh");
        QSKIP("needs an X display with a system tray (tests/run.sh starts Xvfb + trayer)");
    }
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    TrayController tray;
    QVERIFY(tray.show());
    QVERIFY(tray.trayIcon()->isVisible());
    // XEmbed: the tray gives the icon a place on screen once it has docked it.
    QTRY_VERIFY_WITH_TIMEOUT(tray.trayIcon()->geometry().isValid() && !tray.trayIcon()->geometry().isEmpty(), 10000);

    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (!artifacts.isEmpty()) {
        QTest::qWait(300); // let the tray paint the icon before the screenshot
        QDir().mkpath(artifacts);
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u"/tray-signed-in.png"_qs));
    }
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
