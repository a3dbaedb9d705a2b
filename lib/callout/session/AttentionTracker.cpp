#include "callout/session/AttentionTracker.h"

#include "callout/core/Clock.h"
#include "callout/session/SignInOverview.h"
#include "callout/store/CredentialCatalog.h"

#include <QNetworkInformation>

namespace callout {

namespace {

bool systemSaysOnline()
{
    // Without a backend (no NetworkManager, tests) nothing is known: assume online.
    QNetworkInformation *info = QNetworkInformation::instance();
    return !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

AttentionTracker::AttentionTracker(const CredentialCatalog &catalog, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_isOnline(systemSaysOnline)
{
    m_reminder.setSingleShot(true);
    connect(&m_reminder, &QTimer::timeout, this, &AttentionTracker::remindIfDue);
    connect(&catalog, &CredentialCatalog::externalAuthenticationChanged, this, &AttentionTracker::update);
    connect(&catalog, &CredentialCatalog::configurationChanged, this, &AttentionTracker::update);
    update();
}

QStringList AttentionTracker::needingAttention() const
{
    return SignInOverview::of(m_catalog).needingUser();
}

bool AttentionTracker::isBusy() const
{
    return SignInOverview::of(m_catalog).isBusy();
}

void AttentionTracker::update()
{
    const QStringList current = needingAttention();
    const QSet<QString> currentSet(current.begin(), current.end());
    // An episode ends when the credential no longer needs the user; a sign-in under way (which may
    // fail and come back) is still part of it.
    for (auto it = m_prompted.begin(); it != m_prompted.end();) {
        const AuthStatus status = m_catalog.externalAuthentication(*it).status;
        if (needsUser(status) || status == AuthStatus::SigningIn)
            ++it;
        else
            it = m_prompted.erase(it);
    }
    const QSet<QString> fresh = currentSet - m_prompted;
    if (!fresh.isEmpty()) {
        // A new episode: tell the user now, snoozed or not, with everything that needs them.
        m_prompted += fresh;
        m_snoozedUntil = {};
        m_reminder.stop();
        m_shown = current;
        Q_EMIT promptRequested(m_shown);
    } else if (!m_shown.isEmpty()) {
        QStringList stillNeeded;
        for (const QString &id : std::as_const(m_shown)) {
            if (currentSet.contains(id))
                stillNeeded.append(id);
        }
        if (stillNeeded != m_shown) {
            m_shown = stillNeeded;
            Q_EMIT promptRequested(m_shown);
        }
    }
    if (current.isEmpty()) {
        m_snoozedUntil = {};
        m_reminder.stop();
    }
    Q_EMIT stateChanged();
}

void AttentionTracker::later()
{
    m_shown.clear();
    m_snoozedUntil = m_clock.now().addSecs(m_snooze.count());
    armReminder();
    Q_EMIT promptRequested({});
}

void AttentionTracker::armReminder()
{
    if (!m_snoozedUntil.isValid())
        return;
    m_reminder.start(int(std::clamp<qint64>(m_clock.now().msecsTo(m_snoozedUntil), 0, 24LL * 3600 * 1000)));
}

void AttentionTracker::remindIfDue()
{
    if (!m_snoozedUntil.isValid() || m_clock.now() < m_snoozedUntil)
        return;
    if (!m_isOnline()) {
        // Signing in needs the network: wait rather than nag while offline.
        m_snoozedUntil = m_clock.now().addSecs(m_snooze.count());
        armReminder();
        return;
    }
    m_snoozedUntil = {};
    m_shown = needingAttention();
    if (!m_shown.isEmpty())
        Q_EMIT promptRequested(m_shown);
}

} // namespace callout
