// Freedesktop notifications with actions: first against a notification server of the test's own on the
// session bus (to click buttons and send other applications' signals), then against the real dunst.
// Needs the private session bus and Xvfb of tests/run.sh: nothing owns org.freedesktop.Notifications there.
#include "platform/linux/FreedesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;

AttentionItem demoApi()
{
    return {u"demo-api"_s, u"Demo API"_s, u"Demo API: the service ended your session. Sign in again to continue."_s};
}

AttentionItem mail()
{
    return {u"mail"_s, u"Mail"_s, u"Mail: the password was changed."_s};
}

bool ci()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

} // namespace

// A notification server that records what it is asked and emits what the test tells it to.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout;
        uint id;
    };

    QStringList capabilities{u"actions"_s, u"body"_s, u"body-markup"_s};
    QList<Notification> notifications;
    QList<uint> closed;

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Callout tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake"_s;
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        // As real servers do: replacing a notification that is gone shows a new one.
        const uint id = m_open.contains(replacesId) ? replacesId : m_nextId++;
        m_open.insert(id);
        notifications.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
        return id;
    }

    void CloseNotification(uint id)
    {
        closed.append(id);
        if (m_open.remove(id))
            Q_EMIT NotificationClosed(id, 3); // as the specification says
    }

public:
    // The user clicked an action: servers then close the notification (unless it is "resident").
    void invoke(uint id, const QString &actionKey)
    {
        Q_EMIT ActionInvoked(id, actionKey);
        if (m_open.remove(id))
            Q_EMIT NotificationClosed(id, 2);
    }

    void closeByServer(uint id, uint reason)
    {
        m_open.remove(id);
        Q_EMIT NotificationClosed(id, reason);
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_nextId = 41; // not 1, so a mix-up with a count or an index shows
    QSet<uint> m_open;
};

class TestFreedesktopNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unavailableWithoutServer();
    void unavailableWithoutActions();
    void availableWithActions();
    void becomesAvailableWhenServerStarts();
    void oneItem();
    void firstSignInIsNoSignInAgain();
    void sessionEndingOffersSignInNowAndLater();
    void bodyIsEscapedForMarkupServers_data();
    void bodyIsEscapedForMarkupServers();
    void severalItems();
    void secondShowReplacesFirst();
    void emptyListCloses();
    void actionOnOwnNotification_data();
    void actionOnOwnNotification();
    void actionOnForeignNotificationIsIgnored();
    void userDismissal();
    void foreignClosingIsIgnored();
    void closingAfterAnActionIsNoDismissal();
    void actionWithoutClosingKeepsTheNotification();
    void closeCallsCloseNotification();

    void realDunst(); // last: it starts a real server, stopped in cleanup()

private:
    void startServer(const QStringList &capabilities = {u"actions"_s, u"body"_s, u"body-markup"_s});
    // Shows the items and returns the id the server gave their notification.
    uint showAndWait(FreedesktopNotifications &backend, const QList<AttentionItem> &items);
    // Returns once every signal the server emitted so far has reached the backends.
    void waitForEarlierSignals();
    QString dunstctl(const QStringList &arguments);

    FakeNotificationServer *m_server = nullptr;
    bool m_registered = false;
    QProcess *m_dunst = nullptr;
};

void TestFreedesktopNotifications::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs a session bus: run with tests/run.sh");
    QVERIFY2(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService),
             "something else owns org.freedesktop.Notifications on this bus");
    m_server = new FakeNotificationServer;
}

void TestFreedesktopNotifications::cleanup()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (m_registered) {
        bus.unregisterObject(kPath);
        bus.unregisterService(kService);
        m_registered = false;
    }
    delete m_server;
    m_server = nullptr;
    if (m_dunst) {
        m_dunst->terminate();
        if (!m_dunst->waitForFinished(5000))
            m_dunst->kill();
        m_dunst->waitForFinished(5000);
        delete m_dunst;
        m_dunst = nullptr;
    }
    QTRY_VERIFY(!bus.interface()->isServiceRegistered(kService));
}

void TestFreedesktopNotifications::startServer(const QStringList &capabilities)
{
    m_server->capabilities = capabilities;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.registerObject(kPath, m_server, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(bus.registerService(kService));
    m_registered = true;
}

uint TestFreedesktopNotifications::showAndWait(FreedesktopNotifications &backend, const QList<AttentionItem> &items)
{
    const qsizetype before = m_server->notifications.size();
    backend.show(items);
    [&] { QTRY_COMPARE(m_server->notifications.size(), before + 1); }();
    // The reply with the id is delivered before any signal the server emits from now on.
    return m_server->notifications.isEmpty() ? 0 : m_server->notifications.constLast().id;
}

void TestFreedesktopNotifications::waitForEarlierSignals()
{
    // Bus signals arrive in the order they were sent: a second backend's dismissal is the marker.
    FreedesktopNotifications marker;
    QSignalSpy dismissed(&marker, &NotificationBackend::dismissed);
    const uint id = showAndWait(marker, {mail()});
    m_server->closeByServer(id, 1);
    QTRY_COMPARE(dismissed.count(), 1);
}

void TestFreedesktopNotifications::unavailableWithoutServer()
{
    FreedesktopNotifications backend;
    QVERIFY(!backend.isAvailable());
}

void TestFreedesktopNotifications::unavailableWithoutActions()
{
    startServer({u"body"_s, u"body-markup"_s});
    FreedesktopNotifications backend;
    QVERIFY(!backend.isAvailable());
}

void TestFreedesktopNotifications::availableWithActions()
{
    startServer();
    FreedesktopNotifications backend;
    QVERIFY(backend.isAvailable());
}

void TestFreedesktopNotifications::becomesAvailableWhenServerStarts()
{
    FreedesktopNotifications backend;
    QVERIFY(!backend.isAvailable());
    startServer();
    QTRY_VERIFY(backend.isAvailable()); // the cached "no" is dropped when the service gets an owner
    QVERIFY(QDBusConnection::sessionBus().unregisterService(kService));
    QTRY_VERIFY(!backend.isAvailable());
}

void TestFreedesktopNotifications::oneItem()
{
    startServer();
    FreedesktopNotifications backend;
    showAndWait(backend, {demoApi()});

    const FakeNotificationServer::Notification sent = m_server->notifications.constFirst();
    QCOMPARE(sent.appName, u"Callout"_s);
    QCOMPARE(sent.replacesId, 0u);
    QCOMPARE(sent.appIcon, u"io.github.callout.Callout"_s);
    QCOMPARE(sent.summary, u"Sign in again"_s);
    QCOMPARE(sent.body, demoApi().reason);
    QCOMPARE(sent.actions,
             (QStringList{u"default"_s, u"Re-authenticate"_s, u"reauth:demo-api"_s, u"Re-authenticate"_s, u"later"_s,
                          u"Later"_s}));
    QCOMPARE(sent.expireTimeout, 0);
    QCOMPARE(sent.hints.value(u"desktop-entry"_s), QVariant(u"io.github.callout.Callout"_s));
    const QVariant urgency = sent.hints.value(u"urgency"_s);
    QCOMPARE(urgency.metaType(), QMetaType::fromType<uchar>()); // the specification's BYTE, 'y'
    QCOMPARE(urgency.value<uchar>(), uchar(1));
}

// A program asked for a credential never signed in: the notification asks for a sign-in, not for
// another one; among several, that one's button says so too.
void TestFreedesktopNotifications::firstSignInIsNoSignInAgain()
{
    startServer();
    FreedesktopNotifications backend;
    AttentionItem first{u"mail"_s, u"Mail"_s, u"Mail: a program wants to use it."_s, true};
    showAndWait(backend, {first});
    FakeNotificationServer::Notification sent = m_server->notifications.constLast();
    QCOMPARE(sent.summary, u"Sign in"_s);
    QCOMPARE(sent.actions,
             (QStringList{u"default"_s, u"Sign in"_s, u"reauth:mail"_s, u"Sign in"_s, u"later"_s, u"Later"_s}));

    showAndWait(backend, {demoApi(), first});
    sent = m_server->notifications.constLast();
    QCOMPARE(sent.summary, u"2 sign-ins need you"_s);
    QVERIFY2(sent.actions.contains(u"Re-authenticate Demo API"_s), qPrintable(sent.actions.join(u", "_s)));
    QVERIFY2(sent.actions.contains(u"Sign in to Mail"_s), qPrintable(sent.actions.join(u", "_s)));
}

// Issue 18: before a session ends, Sign in now and Later; a second backend beside the sign-in one
// hears only its own notification's actions.
void TestFreedesktopNotifications::sessionEndingOffersSignInNowAndLater()
{
    startServer();
    FreedesktopNotifications signIns;
    FreedesktopNotifications warnings;
    QSignalSpy signInsReauth(&signIns, &NotificationBackend::reauthenticateRequested);
    QSignalSpy reauth(&warnings, &NotificationBackend::reauthenticateRequested);
    QSignalSpy later(&warnings, &NotificationBackend::laterRequested);
    const QString text = u"Demo API will ask you to sign in again in 25 minutes — sign in now?"_s;
    const uint id = showAndWait(warnings, {{u"demo"_s, u"Demo API"_s, text, false, true}});
    FakeNotificationServer::Notification sent = m_server->notifications.constLast();
    QCOMPARE(sent.summary, u"Sign in again soon"_s);
    QCOMPARE(sent.body, text);
    QCOMPARE(sent.actions,
             (QStringList{u"default"_s, u"Sign in now"_s, u"reauth:demo"_s, u"Sign in now"_s, u"later"_s, u"Later"_s}));

    m_server->invoke(id, u"reauth:demo"_s);
    QTRY_COMPARE(reauth.count(), 1);
    QCOMPARE(reauth.constFirst().constFirst().toString(), u"demo"_s);
    const uint again = showAndWait(warnings, {{u"demo"_s, u"Demo API"_s, text, false, true}});
    m_server->invoke(again, u"later"_s);
    QTRY_COMPARE(later.count(), 1);
    waitForEarlierSignals();
    QCOMPARE(signInsReauth.count(), 0);
}

void TestFreedesktopNotifications::bodyIsEscapedForMarkupServers_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("body");
    const QStringList plain{u"actions"_s, u"body"_s};
    QTest::newRow("body-markup") << (plain + QStringList{u"body-markup"_s})
                                 << u"A &lt;b&gt; &amp; C: failed\nMail: the password was changed."_s;
    QTest::newRow("plain body") << plain << u"A <b> & C: failed\nMail: the password was changed."_s;
}

void TestFreedesktopNotifications::bodyIsEscapedForMarkupServers()
{
    QFETCH(QStringList, capabilities);
    QFETCH(QString, body);
    startServer(capabilities);
    FreedesktopNotifications backend;
    QVERIFY(backend.isAvailable());
    showAndWait(backend, {{u"abc"_s, u"A <b> & C"_s, u"A <b> & C: failed"_s}, mail()});
    QCOMPARE(m_server->notifications.constFirst().body, body);
}

void TestFreedesktopNotifications::severalItems()
{
    startServer();
    FreedesktopNotifications backend;
    showAndWait(backend, {demoApi(), mail()});

    const FakeNotificationServer::Notification sent = m_server->notifications.constFirst();
    QCOMPARE(sent.summary, u"2 sign-ins need you"_s);
    QCOMPARE(sent.body, demoApi().reason + u'\n' + mail().reason);
    QCOMPARE(sent.actions,
             (QStringList{u"default"_s, u"Show all"_s, u"reauth:demo-api"_s, u"Re-authenticate Demo API"_s,
                          u"reauth:mail"_s, u"Re-authenticate Mail"_s, u"later"_s, u"Later"_s}));
    QCOMPARE(sent.expireTimeout, 0);
}

void TestFreedesktopNotifications::secondShowReplacesFirst()
{
    startServer();
    FreedesktopNotifications backend;
    const uint first = showAndWait(backend, {demoApi()});
    const uint second = showAndWait(backend, {demoApi(), mail()});
    QCOMPARE(m_server->notifications.constLast().replacesId, first);
    QCOMPARE(second, first);
}

void TestFreedesktopNotifications::emptyListCloses()
{
    startServer();
    FreedesktopNotifications backend;
    const uint id = showAndWait(backend, {demoApi()});
    backend.show({});
    QTRY_COMPARE(m_server->closed, QList<uint>{id});
}

void TestFreedesktopNotifications::actionOnOwnNotification_data()
{
    QTest::addColumn<QList<AttentionItem>>("items");
    QTest::addColumn<QString>("actionKey");
    QTest::addColumn<QString>("reauthenticated"); // the credential, or empty for none
    QTest::addColumn<int>("prompts");
    QTest::addColumn<int>("laters");

    const QList<AttentionItem> one{demoApi()};
    const QList<AttentionItem> two{demoApi(), mail()};
    QTest::newRow("button, one item") << one << u"reauth:demo-api"_s << u"demo-api"_s << 0 << 0;
    QTest::newRow("button, second of two") << two << u"reauth:mail"_s << u"mail"_s << 0 << 0;
    QTest::newRow("click, one item") << one << u"default"_s << u"demo-api"_s << 0 << 0;
    QTest::newRow("click, two items") << two << u"default"_s << QString() << 1 << 0;
    QTest::newRow("later") << two << u"later"_s << QString() << 0 << 1;
}

void TestFreedesktopNotifications::actionOnOwnNotification()
{
    QFETCH(QList<AttentionItem>, items);
    QFETCH(QString, actionKey);
    QFETCH(QString, reauthenticated);
    QFETCH(int, prompts);
    QFETCH(int, laters);

    startServer();
    FreedesktopNotifications backend;
    QSignalSpy reauth(&backend, &NotificationBackend::reauthenticateRequested);
    QSignalSpy prompt(&backend, &NotificationBackend::promptRequested);
    QSignalSpy later(&backend, &NotificationBackend::laterRequested);
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    const uint id = showAndWait(backend, items);

    m_server->invoke(id, actionKey);
    QTRY_COMPARE(reauth.count() + prompt.count() + later.count(), 1);
    QCOMPARE(reauth.count(), reauthenticated.isEmpty() ? 0 : 1);
    if (!reauthenticated.isEmpty())
        QCOMPARE(reauth.constFirst().constFirst().toString(), reauthenticated);
    QCOMPARE(prompt.count(), prompts);
    QCOMPARE(later.count(), laters);
    waitForEarlierSignals(); // the server closed it after the action: that is no dismissal
    QCOMPARE(dismissed.count(), 0);
}

void TestFreedesktopNotifications::actionOnForeignNotificationIsIgnored()
{
    startServer();
    FreedesktopNotifications backend;
    QSignalSpy reauth(&backend, &NotificationBackend::reauthenticateRequested);
    QSignalSpy prompt(&backend, &NotificationBackend::promptRequested);
    QSignalSpy later(&backend, &NotificationBackend::laterRequested);
    const uint id = showAndWait(backend, {demoApi()});

    // Another application's notification, with keys that would mean something to us.
    Q_EMIT m_server->ActionInvoked(id + 100, u"reauth:demo-api"_s);
    Q_EMIT m_server->ActionInvoked(id + 100, u"default"_s);
    Q_EMIT m_server->ActionInvoked(id + 100, u"later"_s);
    Q_EMIT m_server->ActionInvoked(0, u"default"_s);
    // Signals arrive in order: once ours is handled, the foreign ones were seen (and ignored).
    Q_EMIT m_server->ActionInvoked(id, u"later"_s);
    QTRY_COMPARE(later.count(), 1);
    QCOMPARE(reauth.count(), 0);
    QCOMPARE(prompt.count(), 0);
}

void TestFreedesktopNotifications::userDismissal()
{
    startServer();
    FreedesktopNotifications backend;
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    const uint id = showAndWait(backend, {demoApi()});

    m_server->closeByServer(id, 2);
    QTRY_COMPARE(dismissed.count(), 1);
    // The id is forgotten: the next notification is a new one, and close() has nothing to close.
    backend.close();
    showAndWait(backend, {demoApi()});
    QCOMPARE(m_server->notifications.constLast().replacesId, 0u);
    QVERIFY(m_server->closed.isEmpty());
}

void TestFreedesktopNotifications::foreignClosingIsIgnored()
{
    startServer();
    FreedesktopNotifications backend;
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    const uint id = showAndWait(backend, {demoApi()});

    Q_EMIT m_server->NotificationClosed(id + 100, 2);
    Q_EMIT m_server->NotificationClosed(id + 100, 1);
    waitForEarlierSignals();
    QCOMPARE(dismissed.count(), 0);
    // Still our notification: the next show() replaces it.
    showAndWait(backend, {demoApi()});
    QCOMPARE(m_server->notifications.constLast().replacesId, id);
}

void TestFreedesktopNotifications::closingAfterAnActionIsNoDismissal()
{
    startServer();
    FreedesktopNotifications backend;
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    QSignalSpy reauth(&backend, &NotificationBackend::reauthenticateRequested);
    // The agent answers a click by showing what is left, as soon as it hears of it.
    connect(
        &backend, &NotificationBackend::reauthenticateRequested, this, [&backend] { backend.show({mail()}); },
        Qt::SingleShotConnection);
    const uint id = showAndWait(backend, {demoApi(), mail()});

    m_server->invoke(id, u"reauth:demo-api"_s); // ActionInvoked, then NotificationClosed(id, 2)
    QTRY_COMPARE(m_server->notifications.size(), 2);
    QCOMPARE(reauth.count(), 1);
    QCOMPARE(m_server->notifications.constLast().replacesId, id);
    const uint next = m_server->notifications.constLast().id;
    QVERIFY(next != id); // the server had closed it: a new one
    // The new notification expires later: that counts.
    m_server->closeByServer(next, 1);
    QTRY_COMPARE(dismissed.count(), 1);
}

void TestFreedesktopNotifications::actionWithoutClosingKeepsTheNotification()
{
    // dunst leaves a notification on screen after its action: the backend must still reach it.
    startServer();
    FreedesktopNotifications backend;
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    QSignalSpy later(&backend, &NotificationBackend::laterRequested);
    const uint id = showAndWait(backend, {demoApi(), mail()});

    Q_EMIT m_server->ActionInvoked(id, u"later"_s);
    QTRY_COMPARE(later.count(), 1);
    QCOMPARE(showAndWait(backend, {mail()}), id);
    QCOMPARE(m_server->notifications.constLast().replacesId, id);
    // The new content was not answered: its dismissal counts.
    m_server->closeByServer(id, 2);
    QTRY_COMPARE(dismissed.count(), 1);

    const uint again = showAndWait(backend, {mail()});
    Q_EMIT m_server->ActionInvoked(again, u"later"_s);
    QTRY_COMPARE(later.count(), 2);
    backend.close();
    QTRY_COMPARE(m_server->closed, QList<uint>{again});
}

void TestFreedesktopNotifications::closeCallsCloseNotification()
{
    startServer();
    FreedesktopNotifications backend;
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    QSignalSpy later(&backend, &NotificationBackend::laterRequested);
    backend.close(); // nothing shown: nothing to close
    const uint id = showAndWait(backend, {demoApi()});

    backend.close();
    QTRY_COMPARE(m_server->closed, QList<uint>{id});
    backend.close();
    Q_EMIT m_server->ActionInvoked(id, u"later"_s); // after close() the id is no longer ours
    Q_EMIT m_server->NotificationClosed(id, 2);
    waitForEarlierSignals();
    QCOMPARE(m_server->closed, QList<uint>{id});
    QCOMPARE(dismissed.count(), 0); // reason 3 (our own call) is no dismissal
    QCOMPARE(later.count(), 0);
}

QString TestFreedesktopNotifications::dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(u"dunstctl"_s, arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        qWarning() << "dunstctl" << arguments << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void TestFreedesktopNotifications::realDunst()
{
    if (QStandardPaths::findExecutable(u"dunst"_s).isEmpty()
        || QStandardPaths::findExecutable(u"dunstctl"_s).isEmpty()) {
        if (ci())
            QFAIL("dunst and dunstctl are needed in CI (apt install dunst)");
        QSKIP("dunst or dunstctl is not installed");
    }
    if (QGuiApplication::platformName() != u"xcb"_s) {
        if (ci())
            QFAIL("dunst needs an X display: run the tests with tests/run.sh");
        QSKIP("dunst needs an X display (tests/run.sh starts Xvfb)");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"dunstrc"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[global]\n    font = Monospace 8\n");
    file.close();

    m_dunst = new QProcess;
    m_dunst->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dunst->setStandardOutputFile(QProcess::nullDevice());
    m_dunst->start(u"dunst"_s, {u"-config"_s, config});
    QVERIFY2(m_dunst->waitForStarted(), qPrintable(m_dunst->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(kService), 10000);

    FreedesktopNotifications backend;
    QSignalSpy reauth(&backend, &NotificationBackend::reauthenticateRequested);
    QSignalSpy dismissed(&backend, &NotificationBackend::dismissed);
    QVERIFY(backend.isAvailable());
    backend.show({demoApi()});
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({u"count"_s, u"displayed"_s}), u"1"_s, 10000);

    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (!artifacts.isEmpty()) {
        QTest::qWait(300); // let dunst paint before the screenshot
        QDir().mkpath(artifacts);
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u"/notification.png"_s));
    }

    // What a click on the notification does in dunst: its default action.
    QCOMPARE(dunstctl({u"action"_s, u"0"_s}), QString());
    QTRY_COMPARE_WITH_TIMEOUT(reauth.count(), 1, 10000);
    QCOMPARE(reauth.constFirst().constFirst().toString(), demoApi().credentialId);
    // dunst keeps the notification after the action: the agent closes it, which is no dismissal.
    backend.close();
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({u"count"_s, u"displayed"_s}), u"0"_s, 10000);
    QTest::qWait(200); // a NotificationClosed would have come by now
    QCOMPARE(dismissed.count(), 0);
}

QTEST_MAIN(TestFreedesktopNotifications)
#include "tst_freedesktopnotifications.moc"
