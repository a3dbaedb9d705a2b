#include "QtProgram.h"

#include "calloutclient/WireNames.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

namespace calloutctl::lean {

namespace {

constexpr const char *QtProgramName = "calloutctl-qt";

std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t size = ::readlink("/proc/self/exe", path, sizeof(path) - 1);
    if (size <= 0)
        return {};
    const std::string self(path, std::size_t(size));
    return self.substr(0, self.rfind('/'));
}

} // namespace

int execQtProgram(char *argv[])
{
    const std::string folder = ownFolder();
    const std::string candidates[] = {folder + "/../libexec/callout/" + QtProgramName, folder + '/' + QtProgramName};
    int problem = ENOENT;
    for (const std::string &candidate : candidates) {
        if (folder.empty() || ::access(candidate.c_str(), X_OK) != 0)
            continue;
        ::execv(candidate.c_str(), argv);
        problem = errno; // found but not run: say why below
    }
    std::fprintf(stderr, "calloutctl: cannot run %s (looked in %s/../libexec/callout and %s): %s\n", QtProgramName,
                 folder.c_str(), folder.c_str(), std::strerror(problem));
    return int(callout::wire::ExitCode::AgentUnavailable);
}

} // namespace calloutctl::lean
