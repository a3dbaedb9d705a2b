#include "calloutclient/AgentPaths.h"

#include <QStandardPaths>

namespace callout::agentpaths {

QString runtimeDirectory()
{
    // $XDG_RUNTIME_DIR (Qt falls back to a private /tmp/runtime-<user> folder when it is unset).
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u"/callout"_qs;
}

QString socketPath()
{
    return runtimeDirectory() + u"/agent.sock"_qs;
}

QString lockPath()
{
    return runtimeDirectory() + u"/agent.lock"_qs;
}

} // namespace callout::agentpaths
