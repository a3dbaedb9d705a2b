#pragma once

#include <QString>

// Where the agent and its clients meet. Shared by the agent and by the lean calloutctl.
namespace callout::agentpaths {

// Which agent a process belongs to: the user's, or the demo's (`callout --demo`, `calloutctl
// --demo`), which has files, a socket, a lock and a keychain service of its own, so that it runs
// beside the user's agent and never touches its credentials.
enum class Instance { User, Demo };

// Chooses the instance before any path is asked for: it sets the application name, which every
// XDG path (QStandardPaths) and the keychain service follow.
void selectInstance(Instance instance);
Instance instance();
QString instanceName(); // "callout", or "callout-demo"

QString runtimeDirectory(); // $XDG_RUNTIME_DIR/<instanceName>
QString socketPath();       // $XDG_RUNTIME_DIR/<instanceName>/agent.sock
QString lockPath();         // $XDG_RUNTIME_DIR/<instanceName>/agent.lock

} // namespace callout::agentpaths
