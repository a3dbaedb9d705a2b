// callout: the desktop agent. The only process that reads or writes the configuration, the
// sign-in state and the keychain. main() builds the object graph; every rule lives in lib/.
#include "callout/Clock.h"
#include "callout/ConfigStore.h"
#include "callout/CredentialCatalog.h"
#include "callout/KeychainSecretStore.h"
#include "callout/Paths.h"
#include "callout/SignInService.h"
#include "callout/StateStore.h"
#include "callout/TokenManager.h"
#include "ui/DesktopBrowserOpener.h"
#include "ui/SettingsWindow.h"
#include "ui/SleepWatcher.h"
#include "ui/TrayController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace callout;

namespace {

void installTranslations(QApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"callout"_qs, u"_"_qs, u":/i18n"_qs))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(paths::ApplicationName));
    QApplication::setApplicationDisplayName(u"Callout"_qs);
    QApplication::setApplicationVersion(QStringLiteral(CALLOUT_VERSION));
    QApplication::setDesktopFileName(QString::fromLatin1(paths::DesktopFileId));
    QApplication::setWindowIcon(QIcon(u":/icons/callout.svg"_qs));
    QApplication::setQuitOnLastWindowClosed(false); // the agent lives in the tray
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Callout agent: OAuth 2.0 named credentials "
                                                                     "for every program on the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    SystemClock clock;
    KeychainSecretStore secrets;
    ConfigStore configStore(paths::configFile(), clock);
    StateStore stateStore(paths::stateFile(), clock);
    CredentialCatalog catalog(configStore, stateStore, secrets);
    const QList<Error> problems = catalog.load();
    DesktopBrowserOpener browser;
    SignInService signIn(catalog, secrets, browser, clock);
    TokenManager tokens(catalog, secrets, clock);
    SleepWatcher sleep;
    QObject::connect(&sleep, &SleepWatcher::resumed, &tokens, &TokenManager::rearm);

    SettingsWindow settings(catalog);
    settings.showProblems(problems);
    QObject::connect(&settings, &SettingsWindow::signInRequested, &signIn, [&](const QString &name) {
        if (const Result<void> started = signIn.signIn(name); !started.ok()) {
            const NamedCredential *credential = catalog.configuration().credentialByName(name);
            settings.showSignInResult(credential ? credential->id : QString(), started.error());
        }
    });
    QObject::connect(&signIn, &SignInService::signInUrl, &settings, &SettingsWindow::showSignInUrl);
    QObject::connect(&signIn, &SignInService::signInFinished, &settings, &SettingsWindow::showSignInResult);
    TrayController tray;
    QObject::connect(&tray, &TrayController::settingsRequested, &settings, [&settings] {
        settings.show();
        settings.raise();
        settings.activateWindow();
    });
    QObject::connect(&tray, &TrayController::quitRequested, &app, &QApplication::quit);

    // Without a system tray (or with problems to show) the window is the way in.
    if (!tray.show() || !problems.isEmpty())
        settings.show();
    return QApplication::exec();
}
