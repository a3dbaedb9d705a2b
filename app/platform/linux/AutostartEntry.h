#pragma once

#include "platform/StartAtLogin.h"

#include <QString>

namespace callout {

// "Start at login" on a freedesktop session: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/<desktop file id>.desktop, that runs the agent in the tray without
// opening a window (`callout --minimized`). Present means on; removing it turns it off.
class AutostartEntry final : public StartAtLogin
{
public:
    static constexpr auto MinimizedOption = "--minimized";

    // Starts `executable` (the running agent's own path in the app); `path` defaults to the
    // user's autostart folder, tests give their own.
    explicit AutostartEntry(QString executable, QString path = defaultPath());

    static QString defaultPath();
    const QString &path() const { return m_path; }

    // Whether the entry exists and is not switched off (Hidden=true, as desktop settings tools do).
    bool isEnabled() const override;
    // On: writes the entry (atomically; the folder is made if missing). Off: removes it.
    Result<void> setEnabled(bool enabled) override;

    // The entry's text for `executable`: Exec quoted as the Desktop Entry spec asks.
    static QByteArray contents(const QString &executable);

private:
    Result<void> write();
    Result<void> remove();

    QString m_executable;
    QString m_path;
};

} // namespace callout
