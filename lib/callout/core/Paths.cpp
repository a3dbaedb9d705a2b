#include "callout/core/Paths.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callout::paths {

QString configFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/callout.json"_s;
}

QString stateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/state.json"_s;
}

} // namespace callout::paths
