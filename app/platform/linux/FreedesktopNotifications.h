#pragma once

#include "platform/NotificationBackend.h"

#include <QDBusConnection>
#include <QStringList>

#include <functional>
#include <optional>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace callout {

// Actionable desktop notifications through org.freedesktop.Notifications on the session bus.
// QSystemTrayIcon::showMessage() has no buttons and takes every ActionInvoked on the bus for its
// own; this backend only reacts to the notification it showed itself.
class FreedesktopNotifications final : public NotificationBackend
{
    Q_OBJECT

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);
    ~FreedesktopNotifications() override;

    bool isAvailable() override;
    void show(const QList<AttentionItem> &items) override;
    void close() override;

private Q_SLOTS:
    // Bus signals; QtDBus can only connect them by signature (see the constructor).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void refreshCapabilities();
    void sendNotify();
    void onNotifyFinished(QDBusPendingCallWatcher *call);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher;
    std::optional<QStringList> m_capabilities; // unknown until the server answered
    QList<AttentionItem> m_wanted;             // what should be on screen
    QList<AttentionItem> m_shown;              // what the notification m_id shows
    uint m_id = 0;                             // the server's id of our notification; 0 = none
    QString m_server;                          // the unique bus name of the server that gave m_id
    QList<std::function<void()>> m_early;      // bus signals that came before Notify's reply
    bool m_notifyInFlight = false;
    bool m_wantedChanged = false; // show()/close() came while Notify was in flight
    bool m_answered = false;      // the user chose an action: the closing that follows is no dismissal
};

} // namespace callout
