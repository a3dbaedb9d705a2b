#include "callout/Paths.h"

#include <QStandardPaths>

namespace callout::paths {

QString configFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/callout.json"_qs;
}

QString stateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/state.json"_qs;
}

} // namespace callout::paths
