// The tray icon through the StatusNotifierItem D-Bus protocol (KDE Plasma, GNOME's AppIndicator
// extension, most panels), read and clicked the way a panel does it: a real watcher
// (status-notifier-watcher) and a real tray (gtk-sni-tray-standalone) on a session bus of this test's
// own. ctest runs it under dbus-run-session: on the run's shared bus the watcher would turn every other
// test's tray icon into a StatusNotifierItem, and tst_traycontroller proves the XEmbed one meanwhile.
#include "CatalogFixture.h"
#include "TestEnvironment.h"
#include "gui/TrayController.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QtEndian>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

const QString WatcherService = u"org.kde.StatusNotifierWatcher"_s;
const QString WatcherPath = u"/StatusNotifierWatcher"_s;
const QString ItemInterface = u"org.kde.StatusNotifierItem"_s;
const QString ItemPath = u"/StatusNotifierItem"_s;
const QString MenuInterface = u"com.canonical.dbusmenu"_s;

QDBusConnection bus()
{
    return QDBusConnection::sessionBus();
}

// The test plays the panel in the item's own process: a call is sent, then waited for with this
// thread serving the item meanwhile (QDBus::Block would wait for itself). QDBus::BlockWithGui is no
// substitute: seen waiting past its timeout, forever, for a watcher busy with a host's registration.
QDBusMessage callAndWait(const QDBusMessage &message)
{
    const QDBusPendingCall pending = bus().asyncCall(message, 5000);
    if (!QTest::qWaitFor([&pending] { return pending.isFinished(); }, 6000))
        return QDBusMessage::createError(QDBusError::Timeout, u"no reply"_s);
    return pending.reply();
}

bool ci()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

QVariant busProperty(const QString &service, const QString &path, const QString &interface, const QString &name)
{
    QDBusMessage get = QDBusMessage::createMethodCall(service, path, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << interface << name;
    const QDBusMessage reply = callAndWait(get);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusVariant>().variant();
}

// An SNI image list (a(iiay), ARGB32 in network byte order): its largest image.
QImage largestImage(const QDBusArgument &argument)
{
    QImage largest;
    argument.beginArray();
    while (!argument.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray bytes;
        argument.beginStructure();
        argument >> width >> height >> bytes;
        argument.endStructure();
        if (width <= largest.width() || bytes.size() != qsizetype(width) * height * 4)
            continue;
        QImage image(width, height, QImage::Format_ARGB32);
        const auto *pixels = reinterpret_cast<const quint32 *>(bytes.constData());
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < width; ++x)
                line[x] = qFromBigEndian(pixels[y * width + x]);
        }
        largest = image;
    }
    argument.endArray();
    return largest;
}

// What the icon file looks like at that size, as Qt draws it.
QImage expectedImage(const QString &file, QSize size)
{
    return QIcon(file).pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
}

struct MenuItem {
    int id = 0;
    QString label;
    bool enabled = true;
};

// A com.canonical.dbusmenu layout, (ia{sv}av), flattened: submenus' items follow their parent.
void collectItems(const QDBusArgument &argument, QList<MenuItem> &items)
{
    MenuItem item;
    QVariantMap properties;
    argument.beginStructure();
    argument >> item.id >> properties;
    item.label = properties.value(u"label"_s).toString();
    item.enabled = properties.value(u"enabled"_s, true).toBool();
    if (item.id != 0)
        items.append(item);
    argument.beginArray();
    while (!argument.atEnd()) {
        QDBusVariant child;
        argument >> child;
        collectItems(child.variant().value<QDBusArgument>(), items);
    }
    argument.endArray();
    argument.endStructure();
}

} // namespace

class TestTraySni : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void itemRegistersWithTheWatcher();
    void iconAndToolTipFollowTheState();
    void menuReauthenticates();
    void submenuReauthenticates();
    void activateOpensSettings();

private:
    bool startProcess(QProcess &process, const QString &program, const QStringList &arguments);
    // The registered item this process shows (once the watcher lists exactly one), else empty.
    QString ourItem() const;
    bool show(TrayController &tray, QString &item);
    QString toolTip(const QString &item) const;
    QImage iconImage(const QString &item) const;
    QList<MenuItem> menuItems(const QString &item) const;
    QStringList menuLabels(const QString &item) const;
    bool click(const QString &item, const QString &label);
    void importTwo() { QVERIFY(m_fixture->importCredentials({u"DemoApi"_s, u"Files"_s}, {u"Demo API"_s})); }
    void setStatus(const QString &name, AuthStatus status) { QVERIFY(m_fixture->setStatus(name, status)); }
    void markSignedInOnce(const QString &name);
    void screenshot(const QString &name);

    QProcess m_watcher;
    QProcess m_host;
    std::unique_ptr<test::CatalogFixture> m_fixture;
};

bool TestTraySni::startProcess(QProcess &process, const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_AT_BRIDGE"_s, u"1"_s); // GTK would start an accessibility bus on ours
    process.setProcessEnvironment(env);
    // The panel reports every item that went away (each test's) on its own: a log, not the test's output.
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
        process.setStandardOutputFile(artifacts + u"/tray-sni-"_s + program + u".log"_s);
    else
        process.setStandardOutputFile(QProcess::nullDevice());
    // They end with the test, even when it crashes: no panel or watcher outlives its run.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process.start(program, arguments);
    CHECK_OR_RETURN_FALSE(process.waitForStarted(10000), qPrintable(program + u": "_s + process.errorString()));
    return true;
}

void TestTraySni::initTestCase()
{
    for (const QString &program : {u"status-notifier-watcher"_s, u"gtk-sni-tray-standalone"_s}) {
        if (QStandardPaths::findExecutable(program).isEmpty()) {
            if (ci())
                QFAIL("CI needs haskell-status-notifier-item-utils and haskell-gtk-sni-tray-utils");
            QSKIP("needs status-notifier-watcher and gtk-sni-tray-standalone (haskell-status-notifier-item-utils, "
                  "haskell-gtk-sni-tray-utils)");
        }
    }
    if (QGuiApplication::platformName() != u"xcb"_s) {
        if (ci())
            QFAIL("the StatusNotifierItem tray needs an X display: run the tests with tests/run.sh");
        QSKIP("needs an X display for the tray (tests/run.sh starts Xvfb)");
    }
    // A bus of this test's own (dbus-run-session): nothing but the bus itself owns a name there.
    QVERIFY2(bus().isConnected(), "needs a session bus: run with ctest (under dbus-run-session)");
    QStringList others = bus().interface()->registeredServiceNames().value();
    others.removeIf([](const QString &name) { return name.startsWith(u':') || name == u"org.freedesktop.DBus"_s; });
    QVERIFY2(others.isEmpty(),
             qPrintable(u"not a private session bus (ctest runs this test under dbus-run-session); it has "_s
                        + others.join(u", "_s)));

    // The watcher and a tray that registers with it as the host, as a panel does, before any tray
    // icon exists: Qt chooses StatusNotifierItem over XEmbed once, for the first icon, when a watcher
    // reports a registered host.
    QVERIFY(startProcess(m_watcher, u"status-notifier-watcher"_s, {}));
    QTRY_VERIFY_WITH_TIMEOUT(bus().interface()->isServiceRegistered(WatcherService), 10000);
    QVERIFY(startProcess(m_host, u"gtk-sni-tray-standalone"_s, {u"--bottom"_s, u"--end"_s, u"--size"_s, u"32"_s}));
    // The panel's name first (the bus answers that): the watcher is asked only once the panel is there.
    const QString host = u"org.kde.StatusNotifierHost-standalone-%1"_s.arg(m_host.processId());
    QTRY_VERIFY_WITH_TIMEOUT(bus().interface()->isServiceRegistered(host), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        busProperty(WatcherService, WatcherPath, WatcherService, u"IsStatusNotifierHostRegistered"_s).toBool(), 10000);
}

void TestTraySni::cleanupTestCase()
{
    for (QProcess *process : {&m_host, &m_watcher}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000))
            process->kill();
        process->waitForFinished(5000);
    }
}

void TestTraySni::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY2(m_watcher.state() == QProcess::Running, "status-notifier-watcher exited");
    QVERIFY2(m_host.state() == QProcess::Running, "gtk-sni-tray-standalone exited");
    m_fixture = std::make_unique<test::CatalogFixture>();
}

void TestTraySni::cleanup()
{
    m_fixture.reset();
}

QString TestTraySni::ourItem() const
{
    QStringList ours;
    const QStringList items
        = busProperty(WatcherService, WatcherPath, WatcherService, u"RegisteredStatusNotifierItems"_s).toStringList();
    for (const QString &entry : items) {
        // An entry is a bus name, optionally followed by the object path.
        const QString service = entry.section(u'/', 0, 0);
        const QDBusReply<uint> pid = bus().interface()->servicePid(service);
        if (pid.isValid() && pid.value() == uint(QCoreApplication::applicationPid()))
            ours.append(service);
    }
    return ours.size() == 1 ? ours.constFirst() : QString();
}

// Shows the icon; `item` is the bus name the watcher lists it under.
bool TestTraySni::show(TrayController &tray, QString &item)
{
    CHECK_OR_RETURN_FALSE(tray.show(), "the tray reports no system tray");
    std::ignore = QTest::qWaitFor([&] { return !(item = ourItem()).isEmpty(); }, 10000);
    CHECK_OR_RETURN_FALSE(!item.isEmpty(), "no item of this process registered with the watcher");
    return true;
}

// The ToolTip property, (sa(iiay)ss): icon name, icon, title, text. Qt puts the tooltip in the title.
QString TestTraySni::toolTip(const QString &item) const
{
    const QVariant value = busProperty(item, ItemPath, ItemInterface, u"ToolTip"_s);
    if (!value.canConvert<QDBusArgument>())
        return u"<no ToolTip>"_s;
    const QDBusArgument argument = value.value<QDBusArgument>();
    QString iconName;
    QString title;
    QString text;
    argument.beginStructure();
    argument >> iconName;
    std::ignore = largestImage(argument);
    argument >> title >> text;
    argument.endStructure();
    return text.isEmpty() ? title : title + u'\n' + text;
}

QImage TestTraySni::iconImage(const QString &item) const
{
    // Callout's icons are files, not theme names: the panel gets the pixels.
    if (!busProperty(item, ItemPath, ItemInterface, u"IconName"_s).toString().isEmpty())
        return {};
    const QVariant value = busProperty(item, ItemPath, ItemInterface, u"IconPixmap"_s);
    return value.canConvert<QDBusArgument>() ? largestImage(value.value<QDBusArgument>()) : QImage();
}

QList<MenuItem> TestTraySni::menuItems(const QString &item) const
{
    const QString menuPath = busProperty(item, ItemPath, ItemInterface, u"Menu"_s).value<QDBusObjectPath>().path();
    // What a panel sends before it opens the menu, then the whole tree.
    QDBusMessage aboutToShow = QDBusMessage::createMethodCall(item, menuPath, MenuInterface, u"AboutToShow"_s);
    aboutToShow << 0;
    callAndWait(aboutToShow);
    QDBusMessage getLayout = QDBusMessage::createMethodCall(item, menuPath, MenuInterface, u"GetLayout"_s);
    getLayout << 0 << -1 << QStringList();
    const QDBusMessage reply = callAndWait(getLayout);
    QList<MenuItem> items;
    if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2)
        collectItems(reply.arguments().at(1).value<QDBusArgument>(), items);
    return items;
}

QStringList TestTraySni::menuLabels(const QString &item) const
{
    QStringList labels;
    for (const MenuItem &m : menuItems(item))
        labels.append(m.label);
    return labels;
}

// Clicks the menu item with that label as a panel does: an Event "clicked" for its id.
bool TestTraySni::click(const QString &item, const QString &label)
{
    const QList<MenuItem> items = menuItems(item);
    const auto found
        = std::find_if(items.cbegin(), items.cend(), [&label](const MenuItem &m) { return m.label == label; });
    CHECK_OR_RETURN_FALSE(found != items.cend(),
                          qPrintable(u"no \"%1\" in %2"_s.arg(label, menuLabels(item).join(u" | "_s))));
    CHECK_OR_RETURN_FALSE(found->enabled, qPrintable(label + u" is disabled"_s));
    const QString menuPath = busProperty(item, ItemPath, ItemInterface, u"Menu"_s).value<QDBusObjectPath>().path();
    QDBusMessage event = QDBusMessage::createMethodCall(item, menuPath, MenuInterface, u"Event"_s);
    event << found->id << u"clicked"_s << QVariant::fromValue(QDBusVariant(0)) << uint(0);
    const QDBusMessage reply = callAndWait(event);
    CHECK_OR_RETURN_FALSE(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    return true;
}

void TestTraySni::markSignedInOnce(const QString &name)
{
    ExternalAuthentication record = m_fixture->catalog().externalAuthentication(m_fixture->id(name));
    record.user = u"alice"_s;
    record.accessTokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_fixture->catalog().updateExternalAuthentication(record).ok());
}

void TestTraySni::screenshot(const QString &name)
{
    const QString artifacts = qEnvironmentVariable("CALLOUT_ARTIFACTS_DIR");
    if (artifacts.isEmpty())
        return;
    QTest::qWait(500); // the panel reads the new icon and paints it
    QDir().mkpath(artifacts);
    QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(artifacts + u'/' + name));
}

void TestTraySni::itemRegistersWithTheWatcher()
{
    QVERIFY(ourItem().isEmpty());
    {
        TrayController tray(m_fixture->catalog());
        QString item;
        QVERIFY(show(tray, item));
        QCOMPARE(busProperty(item, ItemPath, ItemInterface, u"Status"_s).toString(), u"Active"_s);
        // The XEmbed path never docks here: the icon has no place on an X screen.
        QVERIFY(tray.trayIcon()->geometry().isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(ourItem().isEmpty(), 10000); // gone with the tray
}

// The states tst_traycontroller checks, here as a panel reads them, while the icon stays shown.
void TestTraySni::iconAndToolTipFollowTheState()
{
    TrayController tray(m_fixture->catalog());
    QString item;
    QVERIFY(show(tray, item));
    const auto looksLike = [&](const QString &file) {
        const QImage shown = iconImage(item);
        return !shown.isNull() && shown == expectedImage(file, shown.size());
    };

    QCOMPARE(toolTip(item), u"Callout — nothing set up yet. Open Settings to add a sign-in."_s);
    QVERIFY(looksLike(u":/icons/callout-unconfigured.svg"_s));
    QVERIFY(!looksLike(u":/icons/callout.svg"_s)); // the comparison tells the icons apart
    screenshot(u"tray-sni-unconfigured.png"_s);

    importTwo();
    QTRY_COMPARE(toolTip(item), u"Callout — signed in"_s);
    QTRY_VERIFY(looksLike(u":/icons/callout.svg"_s));

    setStatus(u"Files"_s, AuthStatus::SigningIn);
    QTRY_COMPARE(toolTip(item), u"Callout — signing in…"_s);
    QTRY_VERIFY(looksLike(u":/icons/callout-busy.svg"_s));

    setStatus(u"Files"_s, AuthStatus::SignedOut);
    setStatus(u"DemoApi"_s, AuthStatus::SignInRequired);
    markSignedInOnce(u"DemoApi"_s);
    QTRY_COMPARE(toolTip(item), u"Callout — sign in again: Demo API"_s);
    QTRY_VERIFY(looksLike(u":/icons/callout-attention.svg"_s));
    screenshot(u"tray-sni-attention.png"_s);

    setStatus(u"DemoApi"_s, AuthStatus::SignedIn);
    QTRY_COMPARE(toolTip(item), u"Callout — signed in"_s);
    QTRY_VERIFY(looksLike(u":/icons/callout.svg"_s));
}

// The menu follows the state too: Re-authenticate appears once the session ends, with the icon shown.
void TestTraySni::menuReauthenticates()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    QString item;
    QVERIFY(show(tray, item));
    QSignalSpy signIn(&tray, &TrayController::signInRequested);
    QSignalSpy quit(&tray, &TrayController::quitRequested);

    QVERIFY(menuLabels(item).contains(u"Demo API — Signed out"_s));
    QVERIFY(!menuLabels(item).contains(u"Re-authenticate Demo API"_s));

    setStatus(u"DemoApi"_s, AuthStatus::SignInRequired);
    markSignedInOnce(u"DemoApi"_s);
    QTRY_VERIFY(menuLabels(item).contains(u"Re-authenticate Demo API"_s));
    QVERIFY(menuLabels(item).contains(u"Demo API — Sign-in required"_s));
    QVERIFY(!menuLabels(item).contains(u"Demo API — Signed out"_s)); // the old entries are gone

    QVERIFY(click(item, u"Re-authenticate Demo API"_s));
    QTRY_COMPARE(signIn.count(), 1);
    QCOMPARE(signIn.constFirst().constFirst().toString(), m_fixture->id(u"DemoApi"_s));
    QCOMPARE(quit.count(), 0); // that item, not another
}

// The credential's own submenu: its Re-authenticate, after the menu was rebuilt under the panel.
void TestTraySni::submenuReauthenticates()
{
    importTwo();
    TrayController tray(m_fixture->catalog());
    QString item;
    QVERIFY(show(tray, item));
    QSignalSpy signIn(&tray, &TrayController::signInRequested);
    setStatus(u"Files"_s, AuthStatus::SignedIn);
    markSignedInOnce(u"Files"_s);

    QTRY_VERIFY(menuLabels(item).contains(u"Files — Signed in"_s));
    // Only Files is signed in: its submenu's first item is the only plain "Re-authenticate".
    QVERIFY(click(item, u"Re-authenticate"_s));
    QTRY_COMPARE(signIn.count(), 1);
    QCOMPARE(signIn.constFirst().constFirst().toString(), m_fixture->id(u"Files"_s));
}

// A panel's left click (Activate) opens the settings, as on the XEmbed tray.
void TestTraySni::activateOpensSettings()
{
    TrayController tray(m_fixture->catalog());
    QString item;
    QVERIFY(show(tray, item));
    QSignalSpy settings(&tray, &TrayController::settingsRequested);
    QDBusMessage activate = QDBusMessage::createMethodCall(item, ItemPath, ItemInterface, u"Activate"_s);
    activate << 0 << 0;
    QCOMPARE(callAndWait(activate).type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE(settings.count(), 1);
}

QTEST_MAIN(TestTraySni)
#include "tst_traysni.moc"
