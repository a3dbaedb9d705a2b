#pragma once

#include "CallOptions.h"

#include <QIODevice>
#include <QString>

#include <memory>

namespace calloutctl {

// A request body the call engine can rewind (a retry, a call sent again after the user signed in
// sends it again): a regular file as it is; stdin, a pipe or a newline-stripped file read to the end
// first, in memory up to MaxBodyInMemory and spooled to a temporary file in the agent's runtime
// folder (0700) above.
struct LoadedBody {
    std::unique_ptr<QIODevice> device; // null without a body, or on failure
    QString problem;                   // why it could not be read
};

inline constexpr qint64 MaxBodyInMemory = qint64(64) * 1024 * 1024;

LoadedBody loadBody(const BodySpec &spec);

} // namespace calloutctl
