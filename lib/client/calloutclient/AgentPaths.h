#pragma once

#include <QString>

// Where the agent and its clients meet. Shared by the agent and by the lean calloutctl.
namespace callout::agentpaths {

QString runtimeDirectory(); // $XDG_RUNTIME_DIR/callout
QString socketPath();       // $XDG_RUNTIME_DIR/callout/agent.sock
QString lockPath();         // $XDG_RUNTIME_DIR/callout/agent.lock

} // namespace callout::agentpaths
