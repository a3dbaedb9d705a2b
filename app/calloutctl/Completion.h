#pragma once

#include <QString>

namespace calloutctl {

// `calloutctl completion bash`: a bash completion script for calloutctl's commands, options and
// (through `calloutctl list --names --no-start`) the names of the named credentials.
QString bashCompletion();

} // namespace calloutctl
