#include "callout/session/SessionEndWatcher.h"

#include "callout/core/Clock.h"
#include "callout/session/SessionEnd.h"
#include "callout/store/CredentialCatalog.h"

namespace callout {

SessionEndWatcher::SessionEndWatcher(const CredentialCatalog &catalog, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_warnings(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // to the second is enough for a warning minutes ahead
    connect(&m_timer, &QTimer::timeout, this, &SessionEndWatcher::check);
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &SessionEndWatcher::check);
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &SessionEndWatcher::check);
    scheduleNextCheck();
}

QStringList SessionEndWatcher::warned() const
{
    QStringList ids;
    for (const NamedCredential &credential : m_catalog.configuration().namedCredentials) {
        if (m_shown.contains(credential.id))
            ids.append(credential.id);
    }
    return ids;
}

void SessionEndWatcher::check()
{
    review(Review::WarnAndSchedule);
}

void SessionEndWatcher::scheduleNextCheck()
{
    review(Review::ScheduleOnly);
}

// One pass over the credentials (it runs on every record change: with 10,000 credentials a second
// pass would double its cost): withdraws and raises warnings when asked to, and arms the timer for
// the earliest moment one can fall due.
void SessionEndWatcher::review(Review what)
{
    const QDateTime now = m_clock.now();
    const bool warn = what == Review::WarnAndSchedule;
    bool changed = false;
    if (warn) {
        // Withdrawn: the credential is gone, signed out or in again (another session), or the end
        // came (the sign-in prompt takes over).
        for (auto it = m_shown.begin(); it != m_shown.end();) {
            const std::optional<SessionEnd> end = SessionEnd::of(m_catalog, it.key());
            if (!end || end->sessionStarted != m_shownStartedAt.value(it.key()) || now >= end->at) {
                m_shownStartedAt.remove(it.key());
                it = m_shown.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
    }
    QDateTime next;
    const auto earlier = [&next](const QDateTime &time) {
        if (time.isValid() && (!next.isValid() || time < next))
            next = time;
    };
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it)
        earlier(it.value()); // withdrawn when the session ends
    for (const NamedCredential &credential : m_catalog.configuration().namedCredentials) {
        if (m_shown.contains(credential.id))
            continue;
        const std::optional<SessionEnd> end = SessionEnd::of(m_catalog, credential);
        if (!end)
            continue;
        const QDateTime lastUsed = m_catalog.externalAuthentication(credential.id).lastUsed;
        if (warn && m_warnings.isDue(credential.id, end->sessionStarted, end->at, lastUsed)) {
            m_warnings.warned(credential.id, end->sessionStarted);
            m_shown.insert(credential.id, end->at);
            m_shownStartedAt.insert(credential.id, end->sessionStarted);
            earlier(end->at);
            changed = true;
            continue;
        }
        earlier(m_warnings.nextDueCheck(credential.id, end->sessionStarted, end->at, lastUsed));
    }
    arm(next);
    if (changed)
        Q_EMIT warningsChanged();
}

void SessionEndWatcher::arm(const QDateTime &next)
{
    m_nextCheck = next;
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    using namespace std::chrono;
    const qint64 wait
        = std::clamp<qint64>(m_clock.now().msecsTo(next), 0, duration_cast<milliseconds>(LongestSleep).count());
    m_timer.start(milliseconds(wait + 1000)); // a second late rather than a moment early
}

void SessionEndWatcher::later()
{
    if (m_shown.isEmpty())
        return;
    for (auto it = m_shownStartedAt.cbegin(); it != m_shownStartedAt.cend(); ++it)
        m_warnings.warned(it.key(), it.value());
    m_shown.clear();
    m_shownStartedAt.clear();
    scheduleNextCheck();
    Q_EMIT warningsChanged();
}

} // namespace callout
