#include "ui/SleepWatcher.h"

#include <QDBusConnection>

namespace callout {

SleepWatcher::SleepWatcher(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    m_watching = bus.isConnected()
        && bus.connect(u"org.freedesktop.login1"_qs, u"/org/freedesktop/login1"_qs,
                       u"org.freedesktop.login1.Manager"_qs, u"PrepareForSleep"_qs, this,
                       SLOT(onPrepareForSleep(bool))); // QtDBus connects by signature only
}

void SleepWatcher::onPrepareForSleep(bool goingToSleep)
{
    if (!goingToSleep)
        Q_EMIT resumed();
}

} // namespace callout
