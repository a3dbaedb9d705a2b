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

// Decides when to ask the user to sign in again: as soon as a credential needs the user, once per
// episode (until it is signed in again), all such credentials in one prompt; Later snoozes the
// prompt, then it reminds — never while offline.
class AttentionTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes DefaultSnooze{15};

    AttentionTracker(const CredentialCatalog &catalog, const Clock &clock, QObject *parent = nullptr);

    void setSnooze(std::chrono::seconds snooze) { m_snooze = snooze; }
    // Whether the network is up (QNetworkInformation when the platform has it); injectable for tests.
    void setOnlineCheck(std::function<bool()> isOnline) { m_isOnline = std::move(isOnline); }

    // Credential ids whose status is sign-in-required, in configuration order.
    QStringList needingAttention() const;
    // Any sign-in or refresh under way.
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
