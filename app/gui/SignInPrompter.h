#pragma once

#include "platform/NotificationBackend.h"

#include <QObject>
#include <QPointer>

namespace callout {

class AttentionTracker;
class CoreCallAuthorizer;
class PreferencesStore;
class CredentialCatalog;
class ReauthPrompt;
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

private:
    void present(const QStringList &credentialIds);
    QList<AttentionItem> itemsFor(const QStringList &credentialIds) const;

    CredentialCatalog &m_catalog;
    AttentionTracker &m_tracker;
    SignInService &m_signIn;
    ReauthPrompt &m_prompt;
    QPointer<NotificationBackend> m_notifications;
};

} // namespace callout
