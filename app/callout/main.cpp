// callout: the desktop agent. The only process that reads or writes the configuration, the
// sign-in state and the keychain. main() builds the object graph; every rule lives in lib/.
#include "callout/agent/CalloutCore.h"
#include "callout/agent/LocalApiServer.h"
#include "callout/core/Clock.h"
#include "callout/core/Paths.h"
#include "callout/session/AttentionTracker.h"
#include "callout/session/SessionEndWatcher.h"
#include "callout/store/KeychainSecretStore.h"
#include "calloutclient/AgentPaths.h"
#include "calloutclient/ApiClient.h"
#include "calloutclient/Translations.h"
#include "demo/DemoMode.h"
#include "gui/GeneralPage.h"
#include "gui/ReauthPrompt.h"
#include "gui/SettingsWindow.h"
#include "gui/SignInPrompter.h"
#include "gui/TrayController.h"
#include "platform/linux/AutostartEntry.h"
#include "platform/linux/DesktopBrowserOpener.h"
#include "platform/linux/FreedesktopNotifications.h"
#include "platform/linux/SleepWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QLockFile>
#include <QNetworkInformation>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

bool hasArgument(int argc, char *argv[], const char *argument)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], argument) == 0)
            return true;
    }
    return false;
}

// Every client and every browser connection costs a descriptor: start with as many as the system
// allows (the API servers also cap their connections), so that nobody can run the agent out.
void raiseOpenFileLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            qWarning("callout: could not raise the open file limit: %s", std::strerror(errno));
    }
}

// Another agent runs: give it our arguments (it brings its window forward) and leave.
int handOverToRunningAgent(const QStringList &arguments)
{
    for (int attempt = 0; attempt < 50; ++attempt) { // the other agent may still be starting
        ApiClient client;
        if (client.connectToAgent(agentpaths::socketPath(), 200)) {
            const QJsonObject answer
                = client.request(u"activate"_s, {{u"arguments"_s, QJsonArray::fromStringList(arguments)}}, 5000);
            return answer.value(u"ok"_s).toBool() ? 0 : 1;
        }
        QThread::msleep(100);
    }
    qCritical("callout: another agent holds %s but does not answer.", qPrintable(agentpaths::lockPath()));
    return 1;
}

// A demo option's seconds: whole seconds from 1 to a day.
std::optional<std::chrono::seconds> demoSeconds(const QCommandLineParser &parser, const QString &option,
                                                std::chrono::seconds fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int seconds = parser.value(option).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 86400)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

// Reads the command line (exits on --help, --version and mistakes); returns the demo's policy.
demo::DemoPolicy processCommandLine(QCoreApplication &app)
{
    QCommandLineParser parser;
    // The paths are those of this user (and instance), so that the help says where to look.
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "main",
            "Callout agent: OAuth 2.0 named credentials for every program on the desktop.\n\n"
            "It runs once per user, in the system tray: the tray icon shows whether every credential is\n"
            "signed in, and its menu offers Re-authenticate, Sign in / Sign out and Settings... The\n"
            "settings window edits the auth providers and named credentials and lists your sign-ins.\n"
            "Starting callout again brings that window forward.\n\n"
            "Configuration: %1\n"
            "Sign-in records: %2\n"
            "Tokens and client secrets: the keychain (Secret Service), service \"%3\".\n\n"
            "Programs and scripts use the agent through calloutctl (see calloutctl --help and\n"
            "man calloutctl), which starts it when needed.\n\n"
            "callout --demo shows the whole loop with no account: a demo OAuth service and API run\n"
            "inside the agent, a Demo caller calls callout:DemoApi/me, and the service ends the session\n"
            "after a few minutes so that you see the Re-authenticate button at work. The demo is a\n"
            "separate agent with its own files, socket and keychain service (callout-demo); use it\n"
            "with calloutctl --demo.")
            .arg(QDir::toNativeSeparators(paths::configFile()), QDir::toNativeSeparators(paths::stateFile()),
                 agentpaths::instanceName()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"headless"_s, QCoreApplication::translate("main", "Run without a window or tray icon.")});
    parser.addOption(
        {QString::fromLatin1(AutostartEntry::MinimizedOption).mid(2),
         QCoreApplication::translate("main", "Start in the tray without opening a window (start at login).")});
    const demo::DemoPolicy defaults;
    parser.addOption({u"demo"_s, QCoreApplication::translate("main", "Start the demo: no account needed.")});
    parser.addOption({u"demo-token-ttl"_s,
                      QCoreApplication::translate("main", "Demo: seconds an access token lives (default %1).")
                          .arg(defaults.tokenLifetime.count()),
                      QCoreApplication::translate("main", "seconds")});
    parser.addOption({u"demo-session"_s,
                      QCoreApplication::translate("main",
                                                  "Demo: seconds until the service ends the session, "
                                                  "whatever the refreshes (default %1).")
                          .arg(defaults.sessionLength.count()),
                      QCoreApplication::translate("main", "seconds")});
    parser.addOption({u"demo-call-interval"_s,
                      QCoreApplication::translate("main", "Demo: seconds between the Demo caller's calls (default %1).")
                          .arg(defaults.callInterval.count()),
                      QCoreApplication::translate("main", "seconds")});
    parser.process(app);

    const QStringList demoOptions{u"demo-token-ttl"_s, u"demo-session"_s, u"demo-call-interval"_s};
    if (!parser.isSet(u"demo"_s) && std::any_of(demoOptions.begin(), demoOptions.end(), [&parser](const QString &o) {
            return parser.isSet(o);
        })) {
        qCritical("callout: the --demo-* options go with --demo.");
        std::exit(2);
    }
    demo::DemoPolicy policy;
    const auto tokenLifetime = demoSeconds(parser, u"demo-token-ttl"_s, defaults.tokenLifetime);
    const auto sessionLength = demoSeconds(parser, u"demo-session"_s, defaults.sessionLength);
    const auto callInterval = demoSeconds(parser, u"demo-call-interval"_s, defaults.callInterval);
    if (!tokenLifetime || !sessionLength || !callInterval) {
        qCritical("callout: the --demo-* options take whole seconds from 1 to 86400.");
        std::exit(2);
    }
    policy.tokenLifetime = *tokenLifetime;
    policy.sessionLength = *sessionLength;
    policy.callInterval = *callInterval;
    return policy;
}

// One agent per user: the lock decides; the socket is how the others reach it.
bool lockAsTheOnlyAgent(QLockFile &lock)
{
    QDir().mkpath(agentpaths::runtimeDirectory());
    QFile::setPermissions(agentpaths::runtimeDirectory(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    lock.setStaleLockTime(0); // only a dead owner makes the lock stale, however long it has run
    return lock.tryLock(200);
}

// Retries for a minute: the login session's panel may start after the autostart entries.
void showTrayWhenAvailable(TrayController &tray)
{
    if (tray.show())
        return;
    auto *retry = new QTimer(&tray);
    QObject::connect(retry, &QTimer::timeout, &tray, [retry, &tray, attempts = 0]() mutable {
        if (tray.show() || ++attempts >= 30)
            retry->deleteLater();
    });
    retry->start(2000);
}

// The tray, the settings window and the re-authenticate prompt over the running core.
// In demo mode (`demo` set) the window opens on the Demo caller page, and the General page (start at
// login, the proxy) is left out: the demo is not the agent to start at login.
int runDesktop(CalloutCore &core, const Clock &clock, const SleepWatcher &sleep, const QList<Error> &problems,
               bool minimized, demo::DemoMode *demo)
{
    QApplication::setApplicationDisplayName(demo ? QCoreApplication::translate("main", "Callout demo") : u"Callout"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(paths::DesktopFileId));
    QApplication::setWindowIcon(QIcon(u":/icons/callout.svg"_s));
    QApplication::setQuitOnLastWindowClosed(false); // the agent lives in the tray

    // "Start at login" (the General page: GeneralPage(core, autostart)): an XDG autostart entry that
    // runs this program minimised. Declared first: it outlives the window's pages.
    AutostartEntry autostart(QCoreApplication::applicationFilePath());
    // The window changes state only through the core; it follows sign-ins and the file by itself.
    // Built when first asked for: an agent started at login may idle in the tray for days, and with
    // thousands of credentials the window's pages cost start-up time and memory nobody looks at.
    std::unique_ptr<SettingsWindow> settings;
    auto showSettings = [&] {
        if (!settings) {
            settings = std::make_unique<SettingsWindow>(core);
            settings->setStartupProblems(problems);
            if (demo) {
                QWidget *panel = demo->createPanel(settings.get());
                settings->addPage(panel, QCoreApplication::translate("main", "Demo caller"));
                settings->showPage(panel);
            } else {
                settings->addPage(new GeneralPage(core, autostart, settings.get()),
                                  QCoreApplication::translate("main", "General"));
            }
        }
        settings->show();
        settings->raise();
        settings->activateWindow();
    };
    if (demo)
        minimized = false;
    QObject showing; // the connections below end before the window goes
    QObject::connect(&core.api, &ApiHandler::activationRequested, &showing, showSettings);

    TrayController tray(core.catalog);
    QObject::connect(&tray, &TrayController::settingsRequested, &showing, showSettings);
    QObject::connect(&tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit);

    // When a session ends and refresh cannot help: one notification or prompt, one click.
    AttentionTracker attention(core.catalog, clock);
    ReauthPrompt prompt(core.catalog);
    FreedesktopNotifications notifications;
    SignInPrompter prompter(core.catalog, attention, core.signIn, core.signOut, prompt, &notifications, &tray);
    prompter.followSnooze(core.preferences);     // the General page's reminder snooze
    prompter.followWaitingCalls(core.calls);     // "A call is waiting" in the prompt's rows
    if (!attention.needingAttention().isEmpty()) // left over from the last run: say so now
        prompter.showPrompt();
    // Before a session ends whatever the refreshes: a warning, so the user signs in when it suits them.
    SessionEndWatcher sessionEnds(core.catalog, clock);
    FreedesktopNotifications sessionEndNotifications;
    SignInPrompter::followWarningPreferences(sessionEnds, core.preferences); // the General page's lead, quiet hours
    prompter.followSessionEnds(sessionEnds, clock, &sessionEndNotifications);
    // Its timer does not run while the machine sleeps: look again on waking up.
    QObject::connect(&sleep, &SleepWatcher::resumed, &sessionEnds, &SessionEndWatcher::check);
    // Without a system tray (or with problems to show) the window is the way in; started at login,
    // the session's tray may come up a moment after us: wait for it rather than open a window.
    if (minimized)
        showTrayWhenAvailable(tray);
    else if (!tray.show() || !problems.isEmpty() || demo)
        showSettings();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = hasArgument(argc, argv, "--headless");
    // Printing the help or the version needs no display (a package's checks, a terminal over ssh).
    const bool printsOnly = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--help-all") || hasArgument(argc, argv, "--version")
        || hasArgument(argc, argv, "-v");
    std::unique_ptr<QCoreApplication> app = headless || printsOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                                   : std::make_unique<QApplication>(argc, argv);
    // The demo is an agent of its own: its files, socket, lock and keychain service.
    agentpaths::selectInstance(hasArgument(argc, argv, "--demo") ? agentpaths::Instance::Demo
                                                                 : agentpaths::Instance::User);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLOUT_VERSION));
    installTranslations(*app);
    const demo::DemoPolicy demoPolicy = processCommandLine(*app);

    const bool minimized = hasArgument(argc, argv, AutostartEntry::MinimizedOption);
    QLockFile lock(agentpaths::lockPath());
    if (!lockAsTheOnlyAgent(lock)) // started at login while one runs: it is there already, quietly
        return minimized ? 0 : handOverToRunningAgent(QCoreApplication::arguments().mid(1));

    raiseOpenFileLimit();

    // Where the platform can tell, reminders wait while offline (AttentionTracker).
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);

    SystemClock clock;
    KeychainSecretStore secrets(agentpaths::instanceName());
    XdgOpenBrowserOpener xdgOpen;
    DesktopBrowserOpener desktop;
    BrowserOpener &browser = headless ? static_cast<BrowserOpener &>(xdgOpen) : desktop;
    CalloutCore core(paths::configFile(), paths::stateFile(), secrets, browser, clock);
    // Keychain items say what they are ("Callout — Test API (tokens)"), also after a rename.
    secrets.setItemLabels(
        [&core](const QString &key) { return secretkeys::itemLabel(core.catalog.configuration(), key); });
    QObject::connect(&core.catalog, &CredentialCatalog::configurationChanged, &core.catalog,
                     [&secrets] { secrets.refreshLabels(); });
    const QList<Error> problems = core.load();
    for (const Error &problem : problems)
        qWarning("callout: %s", qPrintable(problem.toString()));

    std::unique_ptr<demo::DemoMode> demo;
    if (agentpaths::instance() == agentpaths::Instance::Demo) {
        demo = std::make_unique<demo::DemoMode>(core, clock, demoPolicy);
        QObject::connect(demo.get(), &demo::DemoMode::failed, QCoreApplication::instance(), [](const QString &message) {
            qCritical("callout: the demo could not set up its configuration: %s", qPrintable(message));
            QCoreApplication::exit(1);
        });
        if (const Result<void> started = demo->start(); !started.ok()) {
            qCritical("callout: the demo service could not start: %s", qPrintable(started.error().message));
            return 1;
        }
    }

    LocalApiServer api(core.api);
    if (const Result<void> listening = api.listen(agentpaths::socketPath()); !listening.ok()) {
        qCritical("callout: %s", qPrintable(listening.error().message));
        return 1;
    }
    // Unreachable for good: leave, so that the lock is free and the next client starts an agent.
    // Not qApp: headless, the application is a QCoreApplication, and qApp's cast to QApplication is UB.
    QObject::connect(&api, &LocalApiServer::listeningLost, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(1); });
    SleepWatcher sleep;
    QObject::connect(&sleep, &SleepWatcher::resumed, &core.tokens, &TokenManager::rearm);

    return headless ? QCoreApplication::exec() : runDesktop(core, clock, sleep, problems, minimized, demo.get());
}
