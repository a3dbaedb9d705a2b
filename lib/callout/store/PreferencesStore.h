#pragma once

#include "callout/core/Error.h"
#include "callout/core/Result.h"

#include <QObject>
#include <QString>
#include <QTime>

#include <chrono>

namespace callout {

// The agent's own settings (the settings window's General page). Not the configuration of
// providers and credentials: nothing here is exported or imported.
struct Preferences {
    static constexpr std::chrono::seconds MinRefreshLead{0};
    static constexpr std::chrono::seconds MaxRefreshLead{3600};
    static constexpr std::chrono::minutes MinReminderSnooze{1};
    static constexpr std::chrono::minutes MaxReminderSnooze{24 * 60};
    static constexpr std::chrono::minutes MinSessionWarningLead{1};
    static constexpr std::chrono::minutes MaxSessionWarningLead{24 * 60};

    std::chrono::seconds refreshLead{60};    // refresh this long before the access token expires
    std::chrono::minutes reminderSnooze{15}; // "Later" on the re-authenticate prompt hides it this long
    // Warn this long before a session ends whatever the refreshes (SessionEndWarnings).
    std::chrono::minutes sessionWarningLead{30};
    // No such warning from start to end (local time, may span midnight); both invalid: none.
    QTime quietHoursStart{};
    QTime quietHoursEnd{};
    // The loopback proxy (issue 13): off by default; its port is kept so that scripts keep their
    // URL across restarts (0 until a free one has been chosen).
    bool proxyEnabled = false;
    quint16 proxyPort = 0;

    // Every value out of its range, each with its JSON key in `field` ("refreshLeadSeconds", …).
    QList<Error> validate() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// preferences.json next to callout.json ($XDG_CONFIG_HOME/callout/preferences.json), written
// atomically; a missing file means the defaults, an unreadable one is reported and kept.
class PreferencesStore : public QObject
{
    Q_OBJECT

public:
    explicit PreferencesStore(QString path, QObject *parent = nullptr);

    QList<Error> load(); // problems found; the defaults stand in for what could not be read
    const Preferences &preferences() const { return m_preferences; }
    // Refuses invalid values (nothing is written); emits changed() after a save.
    Result<void> save(const Preferences &preferences);
    const QString &path() const { return m_path; }

Q_SIGNALS:
    void changed();

private:
    QString m_path;
    Preferences m_preferences;
};

} // namespace callout
