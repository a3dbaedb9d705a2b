#include "calloutclient/AgentPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callout::agentpaths {

namespace {
Instance selected = Instance::User;
} // namespace

void selectInstance(Instance instance)
{
    selected = instance;
    QCoreApplication::setApplicationName(instanceName());
}

Instance instance()
{
    return selected;
}

QString instanceName()
{
    return selected == Instance::Demo ? u"callout-demo"_s : u"callout"_s;
}

QString runtimeDirectory()
{
    // $XDG_RUNTIME_DIR (Qt falls back to a private /tmp/runtime-<user> folder when it is unset).
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u'/' + instanceName();
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
