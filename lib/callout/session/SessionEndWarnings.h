#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>

#include <chrono>

namespace callout {

class Clock;

// Decides when to warn that a session ends soon whatever the refreshes (SessionEnd), so that the
// user signs in again when it suits them rather than in the middle of a call: from `lead` before
// the end; at most one reminder per credential per hour (shown or put off with Later); none in the
// quiet hours; none for a credential no program used in the last day; a new sign-in starts over.
// Asks no one itself: SessionEndWatcher asks it and raises the warning.
class SessionEndWarnings
{
public:
    static constexpr std::chrono::hours ReminderInterval{1};
    static constexpr std::chrono::hours IdleAfter{24};

    struct Settings {
        std::chrono::minutes lead{30};
        QTime quietStart{}; // local time; both invalid: no quiet hours; start after end: over midnight
        QTime quietEnd{};
    };

    explicit SessionEndWarnings(const Clock &clock);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // Whether to warn now about the session that began at `sessionStarted` and ends at `end`, for a
    // credential last used at `lastUsed` (invalid: never).
    bool isDue(const QString &credentialId, const QDateTime &sessionStarted, const QDateTime &end,
               const QDateTime &lastUsed) const;
    // The earliest time after now at which isDue() may turn true for this session without anything
    // else changing (the lead reached, the reminder interval over, the quiet hours over); invalid
    // when only a change of the record can make it due (ended, or idle: a use changes the record).
    QDateTime nextDueCheck(const QString &credentialId, const QDateTime &sessionStarted, const QDateTime &end,
                           const QDateTime &lastUsed) const;
    // The warning was shown, or put off with Later: none for this session until the interval is over.
    void warned(const QString &credentialId, const QDateTime &sessionStarted);
    // Forgets what was shown (the credential was signed in again, or removed).
    void reset(const QString &credentialId) { m_warned.remove(credentialId); }

    bool isQuiet(const QDateTime &time) const;
    // When the quiet hours that contain `time` are over (`time` itself when it is not in them).
    QDateTime quietOver(const QDateTime &time) const;

private:
    struct Warned {
        QDateTime at;
        QDateTime sessionStarted;
    };

    const Clock &m_clock;
    Settings m_settings;
    QHash<QString, Warned> m_warned; // by credential id
};

} // namespace callout
