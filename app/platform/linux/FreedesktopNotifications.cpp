#include "platform/linux/FreedesktopNotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace callout {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "callout.notify")

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
const QString kDesktopEntry = u"io.github.callout.Callout"_s;
const QString kReauthPrefix = u"reauth:"_s;
constexpr int kCapabilitiesTimeoutMs = 1000; // isAvailable() must answer; a hung server is "unavailable"
constexpr uint kClosedExpired = 1;
constexpr uint kClosedByUser = 2;

// Only the markup characters: servers that render markup would eat "<token>" or "&".
QString escapeMarkup(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : NotificationBackend(parent)
    , m_bus(QDBusConnection::sessionBus())
    , m_watcher(new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this))
{
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                m_capabilities.reset();
                refreshCapabilities();
                // Another server does not know our notification, and its ids name other ones. Only a
                // different owner counts: a late NameOwnerChanged may still name the server we use.
                if (!newOwner.isEmpty() && newOwner != m_server) {
                    m_id = 0;
                    m_shown.clear();
                }
            });
    // QtDBus connects bus signals by signature only: the one string-based connect we allow. Naming
    // the service makes QtDBus drop the same signals sent by anyone but the server's owner.
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onNotificationClosed(uint, uint)));
    refreshCapabilities();
}

FreedesktopNotifications::~FreedesktopNotifications() = default;

bool FreedesktopNotifications::isAvailable()
{
    if (!m_capabilities) {
        // Asked before the asynchronous answer came: ask now, briefly. Only a running server is
        // asked, since calling the name would D-Bus-activate an installed one (e.g. dunst).
        QDBusConnectionInterface *busDaemon = m_bus.interface();
        if (!busDaemon || !busDaemon->isServiceRegistered(kService))
            return false;
        const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
        const QDBusPendingReply<QStringList> reply = m_bus.call(call, QDBus::Block, kCapabilitiesTimeoutMs);
        if (reply.isError()) {
            qCWarning(lcNotify) << "GetCapabilities failed:" << reply.error().message();
            return false; // not cached: a slow server may answer next time
        }
        m_capabilities = reply.value();
    }
    return m_capabilities->contains(u"actions"_s);
}

void FreedesktopNotifications::refreshCapabilities()
{
    QDBusConnectionInterface *busDaemon = m_bus.interface();
    if (!busDaemon || !busDaemon->isServiceRegistered(kService)) {
        m_capabilities = QStringList(); // and no activation, as in isAvailable()
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        // A watcher still alive since an owner change would bring the old server's answer.
        const QDBusPendingReply<QStringList> reply = *finished;
        if (!reply.isError() && !m_capabilities)
            m_capabilities = reply.value();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, watcher, &QObject::deleteLater);
}

void FreedesktopNotifications::show(const QList<AttentionItem> &items)
{
    if (items.isEmpty()) {
        close();
        return;
    }
    m_wanted = items;
    if (m_notifyInFlight) {
        m_wantedChanged = true; // sent once the server told us the id to replace
        return;
    }
    sendNotify();
}

void FreedesktopNotifications::close()
{
    m_wanted.clear();
    if (m_notifyInFlight) {
        m_wantedChanged = true;
        return;
    }
    if (m_id == 0)
        return;
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s)
        << m_id;
    m_bus.asyncCall(call); // nothing to wait for: NotificationClosed(reason 3) is ignored anyway
    m_id = 0;
    m_shown.clear();
}

void FreedesktopNotifications::sendNotify()
{
    const bool one = m_wanted.size() == 1;
    QStringList actions;
    QStringList reasons;
    // A credential nobody signed in to yet asks for a first sign-in, not for another one.
    const bool firstSignIn = one && m_wanted.constFirst().firstSignIn;
    // A warning before the session ends: every item is one (SignInPrompter keeps them apart).
    const bool ending = m_wanted.constFirst().sessionEnding;
    const QString oneAction = ending ? tr("Sign in now") : firstSignIn ? tr("Sign in") : tr("Re-authenticate");
    if (one) {
        // A click on the notification itself re-authenticates, as the only thing it can mean.
        actions << u"default"_s << oneAction;
    } else {
        actions << u"default"_s << tr("Show all");
    }
    for (const AttentionItem &item : std::as_const(m_wanted)) {
        actions << kReauthPrefix + item.credentialId;
        if (one)
            actions << oneAction;
        else if (ending)
            actions << tr("Sign in now to %1").arg(item.label);
        else
            actions << (item.firstSignIn ? tr("Sign in to %1") : tr("Re-authenticate %1")).arg(item.label);
        reasons << item.reason;
    }
    actions << u"later"_s << tr("Later");

    const int count = static_cast<int>(m_wanted.size());
    const QString summary = ending ? tr("Sign in again soon")
        : one                      ? (firstSignIn ? tr("Sign in") : tr("Sign in again"))
                                   : tr("%n sign-ins need you", nullptr, count);
    // Spec: without "body-markup" markup shows through as text; unknown capabilities → escape.
    const bool markup = !m_capabilities || m_capabilities->contains(u"body-markup"_s);
    const QString body = reasons.join(u'\n');
    const QVariantMap hints{
        {u"desktop-entry"_s, kDesktopEntry},
        {u"urgency"_s, QVariant::fromValue(uchar(1))}, // normal; uchar marshals as 'y'
    };

    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << u"Callout"_s << m_id << kDesktopEntry << summary << (markup ? escapeMarkup(body) : body) << actions << hints
         << 0; // expire_timeout 0: stays until the user acts
    m_notifyInFlight = true;
    m_answered = false; // the new content has no answer yet (reset now: the reply may come after its signals)
    m_shown = m_wanted;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &FreedesktopNotifications::onNotifyFinished);
}

void FreedesktopNotifications::onNotifyFinished(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    m_notifyInFlight = false;
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        qCWarning(lcNotify) << "Notify failed:" << reply.error().message();
        m_id = 0;
        m_shown.clear();
    } else {
        m_id = reply.value();
        m_server = call->reply().service();
        qCDebug(lcNotify) << "notification" << m_id << "from" << m_server;
    }
    if (m_wantedChanged) {
        m_wantedChanged = false;
        if (m_wanted.isEmpty())
            close();
        else
            sendNotify();
    }
    // QtDBus delivers replies and signals on separate paths: a signal about the new notification can
    // come before the reply that tells its id. Those are handled now that the id is known.
    const QList<std::function<void()>> early = std::exchange(m_early, {});
    for (const std::function<void()> &handle : early)
        handle();
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    if (id != m_id && m_notifyInFlight) {
        m_early.append([this, id, actionKey] { onActionInvoked(id, actionKey); });
        return;
    }
    if (id == 0 || id != m_id)
        return; // another application's notification
    // Most servers close the notification after an action (reason 2, as if dismissed); dunst keeps
    // it. Either way the id stays ours until then, so close() and show() still reach it.
    m_answered = true;
    if (actionKey.startsWith(kReauthPrefix)) {
        Q_EMIT reauthenticateRequested(actionKey.mid(kReauthPrefix.size()));
    } else if (actionKey == u"default"_s) {
        if (m_shown.size() == 1)
            Q_EMIT reauthenticateRequested(m_shown.constFirst().credentialId);
        else
            Q_EMIT promptRequested();
    } else if (actionKey == u"later"_s) {
        Q_EMIT laterRequested();
    }
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    if (id != m_id && m_notifyInFlight) {
        m_early.append([this, id, reason] { onNotificationClosed(id, reason); });
        return;
    }
    if (id == 0 || id != m_id)
        return;
    m_id = 0;
    m_shown.clear();
    if ((reason == kClosedExpired || reason == kClosedByUser) && !m_answered)
        Q_EMIT dismissed();
}

} // namespace callout
