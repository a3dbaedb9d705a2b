#pragma once

#include "platform/NotificationBackend.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace callout {

class AttentionTracker;
class Clock;
class CoreCallAuthorizer;
class PreferencesStore;
class CredentialCatalog;
class ReauthPrompt;
class SessionEndWatcher;
class SignInService;
class SignOutService;
class TrayController;

// Connects "a sign-in needs the user" to what the user sees and clicks: an actionable desktop
// notification where the notification server has actions, else Callout's own prompt window; the
// tray and the prompt always offer Re-authenticate. One click starts the browser sign-in.
class SignInPrompter : public QObject
{
    Q_OBJECT

public:
    SignInPrompter(CredentialCatalog &catalog, AttentionTracker &tracker, SignInService &signIn,
                   SignOutService &signOut, ReauthPrompt &prompt, NotificationBackend *notifications,
                   TrayController *tray, QObject *parent = nullptr);

    void reauthenticate(const QString &credentialId);
    void showPrompt();
    // Later snoozes for the preferences' reminder snooze: now, and whenever it changes.
    void followSnooze(const PreferencesStore &preferences);
    // The prompt says how many calls wait for each sign-in: now, and whenever that changes.
    void followWaitingCalls(const CoreCallAuthorizer &calls);
    // Sessions that end soon (issue 18): the tray turns to attention and `notifications` (a backend of
    // their own, apart from the sign-in one) offers Sign in now, which signs in as Re-authenticate
    // does, and Later, which puts the warning off for the hour.
    void followSessionEnds(SessionEndWatcher &watcher, const Clock &clock, NotificationBackend *notifications);
    // Follows the preferences' lead and quiet hours: now, and whenever they change.
    static void followWarningPreferences(SessionEndWatcher &watcher, const PreferencesStore &preferences);
    // "Demo API will ask you to sign in again in 25 minutes — sign in now?"
    static QString sessionEndingText(const QString &label, const QDateTime &end, const QDateTime &now);

private:
    void present(const QStringList &credentialIds);
    void presentSessionWarnings();
    QList<AttentionItem> itemsFor(const QStringList &credentialIds) const;

    CredentialCatalog &m_catalog;
    AttentionTracker &m_tracker;
    SignInService &m_signIn;
    ReauthPrompt &m_prompt;
    QPointer<NotificationBackend> m_notifications;
    QPointer<TrayController> m_tray;
    QPointer<SessionEndWatcher> m_watcher;
    const Clock *m_clock = nullptr;
    QPointer<NotificationBackend> m_warningNotifications;
};

} // namespace callout
