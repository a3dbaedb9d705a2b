#pragma once

#include <QString>

// Where Callout keeps its files. Both executables set the application name `callout`, so they
// agree on every XDG path.
namespace callout::paths {

inline constexpr auto ApplicationName = "callout";
inline constexpr auto DesktopFileId = "io.github.callout.Callout";

QString configFile(); // $XDG_CONFIG_HOME/callout/callout.json
QString stateFile();  // $XDG_DATA_HOME/callout/state.json

} // namespace callout::paths
