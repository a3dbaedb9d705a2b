// Times whole processes for tests/bench/run.sh: fork/exec each command RUNS times, round-robin so
// that drift on a busy machine hits all commands alike, stdout and stderr to /dev/null (stdin too).
// Prints one line per command: "<median µs> <runs>". A run that fails ends the program (exit 1).
//   bench_exec RUNS -- COMMAND [ARGS...] [-- COMMAND [ARGS...]]...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

// One run of `argv` from fork to reaped exit, in microseconds; -1 if it did not exit with 0.
double timeOnce(char *const argv[], int devNull)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(devNull, 0);
        dup2(devNull, 1);
        dup2(devNull, 2);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return -1;
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return std::chrono::duration<double, std::micro>(end - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    const int runs = argc > 2 ? std::atoi(argv[1]) : 0;
    std::vector<std::vector<char *>> commands;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            commands.emplace_back();
        } else if (!commands.empty()) {
            commands.back().push_back(argv[i]);
        }
    }
    const bool usable = runs > 0 && !commands.empty()
        && std::none_of(commands.begin(), commands.end(), [](const auto &c) { return c.empty(); });
    if (!usable) {
        std::fputs("usage: bench_exec RUNS -- COMMAND [ARGS...] [-- COMMAND [ARGS...]]...\n", stderr);
        return 2;
    }
    for (auto &command : commands)
        command.push_back(nullptr);
    const int devNull = open("/dev/null", O_RDWR);
    std::vector<std::vector<double>> times(commands.size());
    for (int run = 0; run < runs; ++run) {
        for (size_t c = 0; c < commands.size(); ++c) {
            const double us = timeOnce(commands[c].data(), devNull);
            if (us < 0) {
                std::fprintf(stderr, "bench_exec: %s failed\n", commands[c][0]);
                return 1;
            }
            times[c].push_back(us);
        }
    }
    for (auto &t : times) {
        std::sort(t.begin(), t.end());
        const size_t n = t.size();
        const double median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
        std::printf("%.0f %zu\n", median, n);
    }
    return 0;
}
