#include "callout/session/SessionEndWarnings.h"

#include "callout/core/Clock.h"

#include <algorithm>

namespace callout {

using namespace std::chrono;

SessionEndWarnings::SessionEndWarnings(const Clock &clock)
    : m_clock(clock)
{ }

bool SessionEndWarnings::isDue(const QString &credentialId, const QDateTime &sessionStarted, const QDateTime &end,
                               const QDateTime &lastUsed) const
{
    const QDateTime now = m_clock.now();
    if (!end.isValid() || now >= end || now < end.addSecs(-duration_cast<seconds>(m_settings.lead).count()))
        return false;
    if (!lastUsed.isValid() || lastUsed.secsTo(now) >= duration_cast<seconds>(IdleAfter).count())
        return false;
    if (isQuiet(now))
        return false;
    const auto warned = m_warned.constFind(credentialId);
    // A warning about an earlier session does not count: signing in starts over.
    if (warned != m_warned.cend() && warned->sessionStarted == sessionStarted
        && warned->at.secsTo(now) < duration_cast<seconds>(ReminderInterval).count())
        return false;
    return true;
}

QDateTime SessionEndWarnings::nextDueCheck(const QString &credentialId, const QDateTime &sessionStarted,
                                           const QDateTime &end, const QDateTime &lastUsed) const
{
    const QDateTime now = m_clock.now();
    if (!end.isValid() || now >= end)
        return {};
    QDateTime next = std::max(now, end.addSecs(-duration_cast<seconds>(m_settings.lead).count()));
    const auto warned = m_warned.constFind(credentialId);
    if (warned != m_warned.cend() && warned->sessionStarted == sessionStarted)
        next = std::max(next, warned->at.addSecs(duration_cast<seconds>(ReminderInterval).count()));
    // Idle by then: only a use (a change of the record) can make it due.
    if (!lastUsed.isValid() || lastUsed.secsTo(next) >= duration_cast<seconds>(IdleAfter).count())
        return {};
    next = quietOver(next);
    return next < end ? next : QDateTime();
}

void SessionEndWarnings::warned(const QString &credentialId, const QDateTime &sessionStarted)
{
    m_warned.insert(credentialId, {m_clock.now(), sessionStarted});
}

bool SessionEndWarnings::isQuiet(const QDateTime &time) const
{
    const QTime &start = m_settings.quietStart;
    const QTime &end = m_settings.quietEnd;
    if (!start.isValid() || !end.isValid() || start == end)
        return false;
    const QTime local = time.toLocalTime().time();
    if (start < end)
        return start <= local && local < end;
    return local >= start || local < end; // over midnight
}

QDateTime SessionEndWarnings::quietOver(const QDateTime &time) const
{
    if (!isQuiet(time))
        return time;
    const QDateTime local = time.toLocalTime();
    QDateTime over(local.date(), m_settings.quietEnd, Qt::LocalTime);
    if (over <= local)
        over = QDateTime(local.date().addDays(1), m_settings.quietEnd, Qt::LocalTime);
    return over;
}

} // namespace callout
