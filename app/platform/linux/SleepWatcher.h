#pragma once

#include <QObject>

namespace callout {

// Tells when the machine wakes from suspend (logind's PrepareForSleep(false) on the system bus),
// so timers that slept through can be re-armed from the clock.
class SleepWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SleepWatcher(QObject *parent = nullptr);
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void resumed();

private Q_SLOTS:
    void onPrepareForSleep(bool goingToSleep);

private:
    bool m_watching = false;
};

} // namespace callout
