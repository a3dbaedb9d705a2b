#pragma once

#include "callout/session/SessionEndWarnings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace callout {

class Clock;
class CredentialCatalog;

// Raises the warning before a forced sign-in: looks at every signed-in credential's session end
// (SessionEnd) whenever a record changes and when the next one can fall due (one single-shot
// timer, so that an idle agent sleeps: issue 17), and asks SessionEndWarnings whether to warn. The tray and the
// notification show what it raises; Sign in now is an ordinary sign-in, after which the warning goes (a new session);
// Later puts it off for the reminder interval.
class SessionEndWatcher : public QObject
{
    Q_OBJECT

public:
    // The longest the timer sleeps: the wall clock may have moved (suspend, a clock change).
    static constexpr std::chrono::hours LongestSleep{1};

    SessionEndWatcher(const CredentialCatalog &catalog, const Clock &clock, QObject *parent = nullptr);

    SessionEndWarnings &warnings() { return m_warnings; }
    // The credentials warned about now, in configuration order, and when each one's session ends.
    QStringList warned() const;
    QDateTime endOf(const QString &credentialId) const { return m_shown.value(credentialId); }
    // When the timer runs check() next (invalid: nothing can fall due without a change of a record).
    QDateTime nextCheck() const { return m_nextCheck; }

public Q_SLOTS:
    // Warns about what is due and withdraws what is over (timer; tests call it after moving the clock).
    void check();
    // Later: the warnings shown now go away until the reminder interval is over.
    void later();

Q_SIGNALS:
    // The warnings to show changed (a new one, or one withdrawn: signed in again, ended, Later).
    void warningsChanged();

private:
    enum class Review { WarnAndSchedule, ScheduleOnly };
    void scheduleNextCheck();
    void review(Review what);
    void arm(const QDateTime &next);

    const CredentialCatalog &m_catalog;
    const Clock &m_clock;
    SessionEndWarnings m_warnings;
    QHash<QString, QDateTime> m_shown;          // id → session end, while its warning is up
    QHash<QString, QDateTime> m_shownStartedAt; // id → the session it is about
    QTimer m_timer;
    QDateTime m_nextCheck;
};

} // namespace callout
