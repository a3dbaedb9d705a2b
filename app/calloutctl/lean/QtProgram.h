#pragma once

namespace calloutctl::lean {

// The full calloutctl (Qt; `calloutctl-qt`), which handles every command, message and exit code:
// installed in ../libexec/callout/ from this program's folder, in a build tree beside it.
// Runs it in this process with the same arguments (argv[0] included, so that it names itself
// calloutctl); returns only when it cannot, after saying so on stderr, with the exit status to use.
[[nodiscard]] int execQtProgram(char *argv[]);

} // namespace calloutctl::lean
