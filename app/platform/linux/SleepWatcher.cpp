#include "platform/linux/SleepWatcher.h"

#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace callout {

SleepWatcher::SleepWatcher(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    m_watching = bus.isConnected()
        && bus.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                       u"PrepareForSleep"_s, this,
                       SLOT(onPrepareForSleep(bool))); // QtDBus connects by signature only
}

void SleepWatcher::onPrepareForSleep(bool goingToSleep)
{
    if (!goingToSleep)
        Q_EMIT resumed();
}

} // namespace callout
