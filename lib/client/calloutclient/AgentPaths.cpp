#include "calloutclient/AgentPaths.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callout::agentpaths {

QString runtimeDirectory()
{
    // $XDG_RUNTIME_DIR (Qt falls back to a private /tmp/runtime-<user> folder when it is unset).
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u"/callout"_s;
}

QString socketPath()
{
    return runtimeDirectory() + u"/agent.sock"_s;
}

QString lockPath()
{
    return runtimeDirectory() + u"/agent.lock"_s;
}

} // namespace callout::agentpaths
