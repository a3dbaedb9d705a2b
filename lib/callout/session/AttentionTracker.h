#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

namespace callout {

class Clock;
class CredentialCatalog;

// The one owner of the attention episode: decides when to ask the user to sign in again ("ask now /
// already asked / snoozed"). As soon as a credential needs the user (its record says
// sign-in-required), once per episode (until it is signed in again), all such credentials in one
// prompt; Later snoozes the prompt, then it reminds — never while offline. TokenManager only
// records the status; it asks no one.
class AttentionTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes DefaultSnooze{15};

    AttentionTracker(const CredentialCatalog &catalog, const Clock &clock, QObject *parent = nullptr);

    void setSnooze(std::chrono::seconds snooze) { m_snooze = snooze; }
    // Whether the network is up (QNetworkInformation when the platform has it); injectable for tests.
    void setOnlineCheck(std::function<bool()> isOnline) { m_isOnline = std::move(isOnline); }

    // Credential ids whose status is sign-in-required, in configuration order (SignInOverview).
    QStringList needingAttention() const;
    // Any sign-in or refresh under way (SignInOverview).
    bool isBusy() const;
    QDateTime reminderAt() const { return m_snoozedUntil; }

public Q_SLOTS:
    // The user chose Later: hide the prompt until the snooze is over.
    void later();
    // Shows the prompt again if the snooze is over (timer; tests call it after moving the clock).
    void remindIfDue();

Q_SIGNALS:
    // Show or update the prompt with these credentials; an empty list closes it.
    void promptRequested(const QStringList &credentialIds);
    // Something the tray shows changed (attention, busy, statuses).
    void stateChanged();

private:
    void update();
    void armReminder();

    const CredentialCatalog &m_catalog;
    const Clock &m_clock;
    std::chrono::seconds m_snooze = DefaultSnooze;
    std::function<bool()> m_isOnline;
    QSet<QString> m_prompted; // ids already prompted in their current episode
    QStringList m_shown;      // what the prompt shows now
    QDateTime m_snoozedUntil;
    QTimer m_reminder;
};

} // namespace callout
