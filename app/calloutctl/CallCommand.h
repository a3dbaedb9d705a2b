#pragma once

#include <QStringList>

#include <functional>

namespace calloutctl {

// `calloutctl call`: one HTTP request through a named credential (README, "calloutctl call").
// `arguments` are the program's; `agentRunning(mayStart)` makes sure an agent listens (starting one
// unless told not to). Returns calloutctl's exit status.
int runCall(const QStringList &arguments, const std::function<bool(bool mayStart)> &agentRunning);

} // namespace calloutctl
