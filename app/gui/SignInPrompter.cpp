#include "gui/SignInPrompter.h"

#include "callout/core/Clock.h"
#include "callout/session/AttentionTracker.h"
#include "callout/session/CallAuthorization.h"
#include "callout/session/SessionEndWatcher.h"
#include "callout/session/SignInService.h"
#include "callout/session/SignOutService.h"
#include "callout/store/CredentialCatalog.h"
#include "callout/store/PreferencesStore.h"
#include "gui/ReauthPrompt.h"
#include "gui/TrayController.h"

#include <algorithm>

namespace callout {

SignInPrompter::SignInPrompter(CredentialCatalog &catalog, AttentionTracker &tracker, SignInService &signIn,
                               SignOutService &signOut, ReauthPrompt &prompt, NotificationBackend *notifications,
                               TrayController *tray, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_tracker(tracker)
    , m_signIn(signIn)
    , m_prompt(prompt)
    , m_notifications(notifications)
    , m_tray(tray)
{
    connect(&tracker, &AttentionTracker::promptRequested, this, &SignInPrompter::present);
    connect(&prompt, &ReauthPrompt::reauthenticateRequested, this, &SignInPrompter::reauthenticate);
    connect(&prompt, &ReauthPrompt::laterRequested, &tracker, &AttentionTracker::later);
    connect(&prompt, &ReauthPrompt::openAgainRequested, &signIn, &SignInService::openBrowserAgain);
    connect(&prompt, &ReauthPrompt::cancelRequested, &signIn, &SignInService::cancel);
    connect(&signIn, &SignInService::signInUrl, &prompt, &ReauthPrompt::showSignInUrl);
    connect(&signIn, &SignInService::signInFinished, this, [this](const QString &id, const Error &error) {
        if (error.code != ErrorCode::None && m_tracker.needingAttention().contains(id)) {
            // The user asked and it failed: show why, with Try again.
            m_prompt.showFor(m_tracker.needingAttention());
        }
        m_prompt.signInFinished(id, error);
    });
    if (notifications) {
        connect(notifications, &NotificationBackend::reauthenticateRequested, this, &SignInPrompter::reauthenticate);
        connect(notifications, &NotificationBackend::laterRequested, &tracker, &AttentionTracker::later);
        connect(notifications, &NotificationBackend::promptRequested, this, &SignInPrompter::showPrompt);
    }
    if (tray) {
        connect(tray, &TrayController::signInRequested, this, &SignInPrompter::reauthenticate);
        connect(tray, &TrayController::promptRequested, this, &SignInPrompter::showPrompt);
        connect(tray, &TrayController::signOutRequested, &signOut, [this, &signOut](const QString &id) {
            if (const NamedCredential *c = m_catalog.configuration().credentialById(id))
                signOut.signOut(c->name, [](const Result<void> &) {});
        });
    }
}

QList<AttentionItem> SignInPrompter::itemsFor(const QStringList &credentialIds) const
{
    QList<AttentionItem> items;
    for (const QString &id : credentialIds) {
        if (const NamedCredential *c = m_catalog.configuration().credentialById(id))
            items.append({id, c->displayLabel(), ReauthPrompt::reasonFor(m_catalog, id),
                          m_catalog.externalAuthentication(id).awaitsFirstSignIn()});
    }
    return items;
}

void SignInPrompter::present(const QStringList &credentialIds)
{
    if (credentialIds.isEmpty()) {
        if (m_notifications)
            m_notifications->close();
        m_prompt.showFor({});
        return;
    }
    if (m_notifications && m_notifications->isAvailable()) {
        m_notifications->show(itemsFor(credentialIds));
        if (m_prompt.isVisible()) // keep an open prompt in step
            m_prompt.showFor(credentialIds);
        return;
    }
    m_prompt.showFor(credentialIds);
}

void SignInPrompter::followSnooze(const PreferencesStore &preferences)
{
    auto apply = [this, &preferences] {
        const std::chrono::minutes snooze = preferences.preferences().reminderSnooze;
        m_tracker.setSnooze(snooze);
        m_prompt.setSnooze(snooze);
    };
    apply();
    connect(&preferences, &PreferencesStore::changed, this, apply);
}

void SignInPrompter::followWaitingCalls(const CoreCallAuthorizer &calls)
{
    for (const NamedCredential &credential : m_catalog.configuration().namedCredentials)
        m_prompt.setWaitingCalls(credential.id, calls.waitingCalls(credential.id));
    connect(&calls, &CoreCallAuthorizer::waitingCallsChanged, this, [this, &calls](const QString &credentialId) {
        m_prompt.setWaitingCalls(credentialId, calls.waitingCalls(credentialId));
    });
}

void SignInPrompter::followSessionEnds(SessionEndWatcher &watcher, const Clock &clock,
                                       NotificationBackend *notifications)
{
    m_watcher = &watcher;
    m_clock = &clock;
    m_warningNotifications = notifications;
    connect(&watcher, &SessionEndWatcher::warningsChanged, this, &SignInPrompter::presentSessionWarnings);
    if (notifications) {
        connect(notifications, &NotificationBackend::reauthenticateRequested, this, &SignInPrompter::reauthenticate);
        connect(notifications, &NotificationBackend::laterRequested, &watcher, &SessionEndWatcher::later);
    }
    presentSessionWarnings();
}

void SignInPrompter::followWarningPreferences(SessionEndWatcher &watcher, const PreferencesStore &preferences)
{
    auto apply = [&watcher, &preferences] {
        const Preferences &p = preferences.preferences();
        watcher.warnings().setSettings({p.sessionWarningLead, p.quietHoursStart, p.quietHoursEnd});
        watcher.check();
    };
    apply();
    connect(&preferences, &PreferencesStore::changed, &watcher, apply);
}

QString SignInPrompter::sessionEndingText(const QString &label, const QDateTime &end, const QDateTime &now)
{
    const int minutes = static_cast<int>(std::max<qint64>(1, (now.secsTo(end) + 59) / 60));
    // The singular has its own source string so that English reads right without a translation.
    if (minutes == 1)
        return tr("%1 will ask you to sign in again in 1 minute — sign in now?").arg(label);
    return tr("%1 will ask you to sign in again in %n minutes — sign in now?", nullptr, minutes).arg(label);
}

void SignInPrompter::presentSessionWarnings()
{
    if (!m_watcher || !m_clock)
        return;
    QHash<QString, QString> texts;
    QList<AttentionItem> items;
    const QDateTime now = m_clock->now();
    for (const QString &id : m_watcher->warned()) {
        const NamedCredential *credential = m_catalog.configuration().credentialById(id);
        if (!credential)
            continue;
        const QString text = sessionEndingText(credential->displayLabel(), m_watcher->endOf(id), now);
        texts.insert(id, text);
        items.append({id, credential->displayLabel(), text, false, true});
    }
    if (m_tray)
        m_tray->setSessionWarnings(texts);
    if (!m_warningNotifications)
        return;
    if (items.isEmpty())
        m_warningNotifications->close();
    else if (m_warningNotifications->isAvailable())
        m_warningNotifications->show(items);
}

void SignInPrompter::showPrompt()
{
    m_prompt.showFor(m_tracker.needingAttention());
}

void SignInPrompter::reauthenticate(const QString &credentialId)
{
    const NamedCredential *credential = m_catalog.configuration().credentialById(credentialId);
    if (!credential)
        return;
    if (m_notifications)
        m_notifications->close();
    if (m_warningNotifications)
        m_warningNotifications->close();
    m_prompt.signInStarted(credentialId);
    m_signIn.signIn(credentialId); // the outcome comes as signInFinished, also when it fails at once
}

} // namespace callout
