#pragma once

#include <QString>

// Where Callout keeps its files. Both executables set the application name through
// agentpaths::selectInstance (`callout`, or `callout-demo` for the demo), so they agree on every
// XDG path.
namespace callout::paths {

inline constexpr auto DesktopFileId = "io.github.callout.Callout";

QString configFile(); // $XDG_CONFIG_HOME/<instance>/callout.json
QString stateFile();  // $XDG_DATA_HOME/<instance>/state.json

} // namespace callout::paths
