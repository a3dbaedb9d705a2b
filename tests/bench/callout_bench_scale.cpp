// callout_bench_scale: the scale and idle figures of tests/bench/scale.sh (issue 17, rows 5-7).
// The agent's own object graph (CalloutCore, LocalApiServer, and in --desktop the tray and the
// attention parts, as app/callout/main.cpp builds them at login) over N named credentials, with an
// in-memory keychain so that the figures are Callout's, not gnome-keyring's.
//
//   seed DIR N                      callout.json and state.json with N signed-in credentials
//   agent DIR N [--desktop] [--report FILE]
//                                   runs the agent on DIR; SIGUSR1 starts / ends a timer count
//   paint DIR N                     prints the settings window's first paint (ms) and exits
//   parse DIR                       the load's floor: reads callout.json and state.json and parses
//                                   them with QJsonDocument, nothing more; prints ms
//   ready TIMEOUT_MS SOCKET -- PROGRAM ARGS...
//                                   starts PROGRAM, prints "MS PID" once SOCKET answers `list`
//   keyring-seed SERVICE FROM TO    writes items FROM..TO-1 into the Secret Service (QtKeychain)
#include "MemorySecretStore.h"
#include "callout/agent/CalloutCore.h"
#include "callout/agent/LocalApiServer.h"
#include "callout/core/Clock.h"
#include "callout/model/TokenDiscard.h"
#include "callout/oauth/BrowserOpener.h"
#include "callout/session/AttentionTracker.h"
#include "callout/store/ConfigStore.h"
#include "callout/store/StateStore.h"
#include "calloutclient/AgentPaths.h"
#include "gui/ReauthPrompt.h"
#include "gui/SettingsWindow.h"
#include "gui/SignInPrompter.h"
#include "gui/TrayController.h"
#include "platform/linux/FreedesktopNotifications.h"
#include "platform/linux/SleepWatcher.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <QTimerEvent>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace callout;

namespace {

QString credentialId(int i)
{
    return u"bench-cred-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

// ---- seed: the files a user with N signed-in credentials has ----------------------------------

Configuration benchConfiguration(int count)
{
    Configuration configuration;
    AuthProvider provider;
    provider.id = u"bench-provider"_s;
    provider.name = u"Bench"_s;
    provider.authorizeUrl = QUrl(u"https://auth.bench.example/authorize"_s);
    provider.tokenUrl = QUrl(u"https://auth.bench.example/token"_s);
    provider.clientId = u"bench-client"_s;
    provider.defaultScopes = u"openid api"_s;
    configuration.authProviders.append(provider);
    for (int i = 0; i < count; ++i) {
        NamedCredential credential;
        credential.id = credentialId(i);
        credential.name = u"BenchApi%1"_s.arg(i);
        credential.label = u"Bench API %1"_s.arg(i);
        credential.url = QUrl(u"https://api%1.bench.example/v1"_s.arg(i));
        credential.authProvider = provider.name;
        configuration.namedCredentials.append(credential);
    }
    return configuration;
}

// Signed in an hour ago, tokens valid for hours more: what a day's sign-ins leave in state.json.
int seed(const QString &dir, int count)
{
    SystemClock clock;
    const Configuration configuration = benchConfiguration(count);
    QDir().mkpath(dir);
    ConfigStore config(QDir(dir).filePath(u"callout.json"_s), clock);
    if (const Result<void> saved = config.save(configuration); !saved.ok()) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(saved.error().message));
        return 1;
    }
    StateStore::Records records;
    const QDateTime now = clock.now();
    for (const NamedCredential &credential : configuration.namedCredentials) {
        ExternalAuthentication record;
        record.credentialId = credential.id;
        record.status = AuthStatus::SignedIn;
        record.user = u"bench.user@example.com"_s;
        record.grantedScopes = u"openid api"_s;
        record.accessTokenExpiry = now.addSecs(4 * 3600);
        record.lastRefresh = now.addSecs(-3600);
        record.tokenBinding = tokenBinding(configuration, credential);
        record.addEvent({AuthEvent::Kind::SignedIn, now.addSecs(-3600), {}});
        records.insert(credential.id, record);
    }
    StateStore state(QDir(dir).filePath(u"state.json"_s), clock);
    if (const Result<void> saved = state.save(records); !saved.ok()) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(saved.error().message));
        return 1;
    }
    return 0;
}

// The keychain's tokens of every seeded credential: opaque tokens of 64 characters, issued an hour
// ago, expiring in four hours, each with a refresh token. The same bytes for all: the agent reads
// none of them to start, and serializing 10,000 would be the benchmark's cost in "ready", not Callout's.
void fillKeychain(MemorySecretStore &secrets, int count, QObject *context)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenSet tokens;
    tokens.accessToken = u"at-bench-"_s.leftJustified(64, u'x');
    tokens.refreshToken = u"rt-bench-"_s.leftJustified(64, u'y');
    tokens.issued = now.addSecs(-3600);
    tokens.expiry = now.addSecs(4 * 3600);
    tokens.grantedScope = u"openid api"_s;
    const QByteArray bytes = tokens.toBytes();
    for (int i = 0; i < count; ++i)
        secrets.write(secretkeys::credentialTokens(credentialId(i)), bytes, context, [](const Result<void> &) {});
}

class NoBrowser final : public BrowserOpener
{
public:
    bool open(const QUrl &, QObject *, FailedLater) override { return false; }
};

// ---- agent: which timers fire while idle ------------------------------------------------------

// Counts the timer events the main thread delivers, by receiver (class, interval, parent), between
// two SIGUSR1s; the second writes the count to the report file.
class TimerCounter : public QObject
{
public:
    explicit TimerCounter(QString reportFile)
        : m_reportFile(std::move(reportFile))
    { }

    void toggle()
    {
        if (!m_counting) {
            m_counts.clear();
            m_counting = true;
            m_window.start();
            return;
        }
        m_counting = false;
        QFile report(m_reportFile);
        if (!report.open(QIODevice::Append))
            return;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            report.write(u"TIMER\t%1\t%2\t%3\n"_s.arg(it.key()).arg(it.value()).arg(m_window.elapsed()).toUtf8());
        report.write(u"TIMERS-DONE\t%1\n"_s.arg(m_window.elapsed()).toUtf8());
    }

protected:
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        if (m_counting && event->type() == QEvent::Timer)
            ++m_counts[describe(receiver)];
        return false;
    }

private:
    static QString describe(QObject *receiver)
    {
        QString text = QString::fromLatin1(receiver->metaObject()->className());
        if (const auto *timer = qobject_cast<QTimer *>(receiver))
            text
                += u" interval %1 ms%2"_s.arg(timer->interval()).arg(timer->isSingleShot() ? u" single-shot"_s : u""_s);
        if (!receiver->objectName().isEmpty())
            text += u" \"%1\""_s.arg(receiver->objectName());
        if (receiver->parent())
            text += u" in %1"_s.arg(QString::fromLatin1(receiver->parent()->metaObject()->className()));
        return text;
    }

    QString m_reportFile;
    bool m_counting = false;
    QElapsedTimer m_window;
    QHash<QString, int> m_counts;
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(signalPipe[1], &byte, 1);
}

void appendReport(const QString &file, const QString &line)
{
    QFile report(file);
    if (report.open(QIODevice::Append))
        report.write((line + u'\n').toUtf8());
}

int runAgent(const QString &dir, int count, bool desktop, const QString &reportFile)
{
    SystemClock clock;
    NoBrowser browser;
    MemorySecretStore secrets;
    QObject keychainContext;
    fillKeychain(secrets, count, &keychainContext);
    QCoreApplication::processEvents(); // the queued write callbacks: not the configuration's cost

    QElapsedTimer loading;
    loading.start();
    CalloutCore core(QDir(dir).filePath(u"callout.json"_s), QDir(dir).filePath(u"state.json"_s), secrets, browser,
                     clock);
    const QList<Error> problems = core.load();
    const qint64 loadNs = loading.nsecsElapsed();
    for (const Error &problem : problems)
        std::fprintf(stderr, "agent: %s\n", qPrintable(problem.toString()));
    if (core.catalog.configuration().namedCredentials.size() != count) {
        std::fprintf(stderr, "agent: loaded %lld credentials, not %d\n",
                     qlonglong(core.catalog.configuration().namedCredentials.size()), count);
        return 1;
    }
    appendReport(reportFile, u"CONFIG-LOAD-MS\t%1"_s.arg(double(loadNs) / 1e6, 0, 'f', 2));

    LocalApiServer api(core.api);
    if (const Result<void> listening = api.listen(agentpaths::socketPath()); !listening.ok()) {
        std::fprintf(stderr, "agent: %s\n", qPrintable(listening.error().message));
        return 1;
    }
    SleepWatcher sleep;
    QObject::connect(&sleep, &SleepWatcher::resumed, &core.tokens, &TokenManager::rearm);

    // As app/callout/main.cpp's runDesktop() started at login (--minimized): the tray shows, the
    // attention parts run; the settings window is built only when first opened (runPaint).
    std::unique_ptr<TrayController> tray;
    std::unique_ptr<AttentionTracker> attention;
    std::unique_ptr<ReauthPrompt> prompt;
    std::unique_ptr<FreedesktopNotifications> notifications;
    std::unique_ptr<SignInPrompter> prompter;
    if (desktop) {
        QApplication::setQuitOnLastWindowClosed(false);
        tray = std::make_unique<TrayController>(core.catalog);
        attention = std::make_unique<AttentionTracker>(core.catalog, clock);
        prompt = std::make_unique<ReauthPrompt>(core.catalog);
        notifications = std::make_unique<FreedesktopNotifications>();
        prompter = std::make_unique<SignInPrompter>(core.catalog, *attention, core.signIn, core.signOut, *prompt,
                                                    notifications.get(), tray.get());
        prompter->followSnooze(core.preferences);
        prompter->followWaitingCalls(core.calls);
        appendReport(reportFile, u"TRAY-SHOWN\t%1"_s.arg(tray->show() ? u"yes"_s : u"no"_s));
    }
    const QDateTime wake = core.tokens.nextWakeUp();
    appendReport(reportFile,
                 u"NEXT-REFRESH\t%1"_s.arg(wake.isValid() ? wake.toString(Qt::ISODate) : u"none scheduled"_s));

    TimerCounter counter(reportFile);
    QCoreApplication::instance()->installEventFilter(&counter);
    if (::pipe(signalPipe) != 0)
        return 1;
    QSocketNotifier signals(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signals, &QSocketNotifier::activated, &counter, [&counter] {
        char byte = 0;
        (void)!::read(signalPipe[0], &byte, 1);
        counter.toggle();
    });
    std::signal(SIGUSR1, onSignal);
    std::signal(SIGTERM, [](int) { std::_Exit(0); });
    return QCoreApplication::exec();
}

// ---- paint: the settings window's first paint -------------------------------------------------

// Construction, show() and the first paint of the window (every child is painted in the same
// backing-store pass): a zero timer posted from the first Paint event runs once that pass is done.
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] { painted = true; });
        }
        return false;
    }

private:
    bool m_seen = false;
};

int runPaint(const QString &dir, int count)
{
    SystemClock clock;
    NoBrowser browser;
    MemorySecretStore secrets;
    QObject keychainContext;
    fillKeychain(secrets, count, &keychainContext);
    CalloutCore core(QDir(dir).filePath(u"callout.json"_s), QDir(dir).filePath(u"state.json"_s), secrets, browser,
                     clock);
    (void)core.load();
    QCoreApplication::processEvents();

    QElapsedTimer elapsed;
    elapsed.start();
    SettingsWindow window(core);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    while (!firstPaint.painted && elapsed.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!firstPaint.painted)
        return 1;
    std::printf("%.2f\n", double(elapsed.nsecsElapsed()) / 1e6);
    return 0;
}

// ---- parse: what any Qt program pays to read the same files -----------------------------------

int runParse(const QString &dir)
{
    QElapsedTimer elapsed;
    elapsed.start();
    qsizetype keys = 0;
    for (const QString &name : {u"callout.json"_s, u"state.json"_s}) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        keys += document.object().size(); // used, so that the parse is not optimised away
    }
    const qint64 ns = elapsed.nsecsElapsed();
    if (keys == 0)
        return 1;
    std::printf("%.2f\n", double(ns) / 1e6);
    return 0;
}

// ---- ready: process start until the local API answers `list` ----------------------------------

qint64 nowNs()
{
    timespec t = {};
    ::clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// One `list` over a fresh connection; true when an answer line came back.
bool listAnswers(const char *socketPath)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socketPath, sizeof address.sun_path - 1);
    bool answered = false;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        const char request[] = "{\"v\":1,\"id\":1,\"method\":\"list\",\"params\":{}}\n";
        if (::write(fd, request, sizeof request - 1) == ssize_t(sizeof request - 1)) {
            char buffer[65536];
            pollfd wait = {fd, POLLIN, 0};
            const qint64 deadline = nowNs() + 30'000'000'000;
            while (!answered && nowNs() < deadline && ::poll(&wait, 1, 1000) >= 0) {
                const ssize_t got = ::read(fd, buffer, sizeof buffer);
                if (got <= 0)
                    break;
                answered = std::memchr(buffer, '\n', size_t(got)) != nullptr;
            }
        }
    }
    ::close(fd);
    return answered;
}

int runReady(int timeoutMs, const char *socketPath, char **program)
{
    const qint64 start = nowNs();
    // The program's output goes to stderr: stdout is this answer, and a caller reading it to its end
    // (a shell's $(...)) would otherwise wait for the program to exit.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, program[0], &actions, nullptr, program, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::perror("ready: posix_spawn");
        return 1;
    }
    while (nowNs() - start < qint64(timeoutMs) * 1000000) {
        if (listAnswers(socketPath)) {
            std::printf("%.2f %d\n", double(nowNs() - start) / 1e6, int(pid));
            return 0;
        }
        ::usleep(1000);
    }
    std::fprintf(stderr, "ready: no answer within %d ms\n", timeoutMs);
    ::kill(pid, SIGTERM);
    return 1;
}

// ---- keyring-seed: items in the real Secret Service -------------------------------------------

// Writes items FROM..TO-1 of SERVICE, 16 at a time (one D-Bus round trip each would take minutes).
int runKeyringSeed(const QString &service, int from, int to)
{
    int next = from;
    int running = 0;
    int failed = 0;
    std::function<void()> startOne = [&] {
        if (next >= to)
            return;
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setAutoDelete(true);
        job->setKey(u"item-%1"_s.arg(next++));
        job->setBinaryData(QByteArray(64, 'k'));
        ++running;
        QObject::connect(job, &QKeychain::Job::finished, [&](QKeychain::Job *done) {
            if (done->error() != QKeychain::NoError)
                ++failed;
            --running;
            startOne();
            if (running == 0)
                QCoreApplication::quit();
        });
        job->start();
    };
    for (int i = 0; i < 16; ++i)
        startOne();
    if (running > 0)
        QCoreApplication::exec();
    if (failed > 0)
        std::fprintf(stderr, "keyring-seed: %d writes failed\n", failed);
    return failed == 0 ? 0 : 1;
}

int usage()
{
    std::fprintf(stderr, "usage: callout_bench_scale seed|agent|paint|parse|ready|keyring-seed ... (see the source)\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2)
        return usage();
    const QByteArray mode = argv[1];
    if (mode == "ready") {
        int separator = 4;
        if (argc < 6 || std::strcmp(argv[separator], "--") != 0)
            return usage();
        return runReady(std::atoi(argv[2]), argv[3], argv + separator + 1);
    }
    bool desktop = mode == "paint";
    QString reportFile = u"/dev/null"_s;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--desktop") == 0)
            desktop = true;
        if (std::strcmp(argv[i], "--report") == 0 && i + 1 < argc)
            reportFile = QString::fromLocal8Bit(argv[i + 1]);
    }
    std::unique_ptr<QCoreApplication> app
        = desktop ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (mode == "seed" && arguments.size() >= 4)
        return seed(arguments.at(2), arguments.at(3).toInt());
    if (mode == "agent" && arguments.size() >= 4)
        return runAgent(arguments.at(2), arguments.at(3).toInt(), desktop, reportFile);
    if (mode == "paint" && arguments.size() >= 4)
        return runPaint(arguments.at(2), arguments.at(3).toInt());
    if (mode == "parse" && arguments.size() >= 3)
        return runParse(arguments.at(2));
    if (mode == "keyring-seed" && arguments.size() >= 5)
        return runKeyringSeed(arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt());
    return usage();
}
